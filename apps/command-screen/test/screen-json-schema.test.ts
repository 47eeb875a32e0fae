import { readdirSync, readFileSync } from 'node:fs';
import { TRANSFORMS, VIEWS } from '@onescreen/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateScreenConfig } from '../src/config/validate.js';

// The published JSON Schema is what an editor or a data team's CI checks a screen config with,
// without running our code: it must accept every config we ship and refuse the binding mistakes
// that the app refuses, not only the ones zod's structure alone can see.

// biome-ignore lint/suspicious/noExplicitAny: the tests edit arbitrary parts of a JSON document
type Doc = Record<string, any>;

const root = new URL('../../../', import.meta.url);
const readJson = (path: string): Doc =>
  JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Doc;

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(readJson('data/schemas/screen.schema.json'));

const shipped = [
  ...readdirSync(new URL('data/screens/', root))
    .filter((f) => f.endsWith('.json') && !f.includes('playlist'))
    .map((f) => `data/screens/${f}`),
  'docs/tutorial/road-accidents.screen.json',
];

/** The first widget in the document that has a binding (depth first), or null. */
function firstBound(doc: unknown): Doc | null {
  if (!doc || typeof doc !== 'object') return null;
  if (!Array.isArray(doc) && (doc as Doc).bind) return doc as Doc;
  for (const value of Object.values(doc)) {
    const found = firstBound(value);
    if (found) return found;
  }
  return null;
}

/** The default config with one change to its first binding. */
function withBinding(change: (bind: Doc) => void): Doc {
  const doc = structuredClone(readJson('data/screens/default.json'));
  const widget = firstBound(doc);
  if (!widget) throw new Error('the default screen has no bound widget');
  change(widget.bind);
  return doc;
}

describe('data/schemas/screen.schema.json', () => {
  it.each(shipped)('accepts %s', (path) => {
    const ok = validate(readJson(path));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  const mistakes: [string, (bind: Doc) => void][] = [
    ['an unknown transform', (b) => b.transforms.push({ explode: { field: 'x' } })],
    ['two transforms in one step', (b) => b.transforms.push({ top: 3, sort: { field: 'x' } })],
    ['a top of zero', (b) => b.transforms.push({ top: 0 })],
    ['a sort with no field', (b) => b.transforms.push({ sort: { order: 'desc' } })],
    ['a sort in no known order', (b) => b.transforms.push({ sort: { field: 'x', order: 'up' } })],
    ['an unknown view kind', (b) => (b.view = { kind: 'pie', value: 'x' })],
    ['a view field its kind does not read', (b) => (b.view = { ...b.view, colour: 'red' })],
    ['a lights view without its level field', (b) => (b.view = { kind: 'lights' })],
  ];
  it.each(mistakes)('refuses %s, as the app does', (_, change) => {
    const doc = withBinding(change);
    expect(validate(doc)).toBe(false);
    expect(validateScreenConfig(doc).ok).toBe(false);
  });

  it('spells out every transform and view kind the app knows', () => {
    const defs = readJson('data/schemas/screen.schema.json').$defs as Doc;
    const keys = (defs.bindingTransform.oneOf as Doc[]).map((s) => s.required[0]);
    expect(keys).toEqual(Object.keys(TRANSFORMS));
    const kinds = (defs.bindingView.oneOf as Doc[]).map((s) => s.properties.kind.const);
    expect(kinds).toEqual(Object.keys(VIEWS));
    expect(kinds).toContain('lights');
  });
});
