import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { domainDeclaration, feedDeclaration } from '../src/feeds/declarations.js';
import { FEED_KINDS } from '../src/feeds/kinds.js';
import { inspectFeed, parseFeed } from '../src/feeds/parse.js';
import { AFTER_AS_OF, repoFile } from './fixtures/feeds/load.js';

// A feed of a kind the code has never heard of declares its fields and is checked by them,
// with the same rules as the five domain kinds: a bad record is dropped with its reason.

const now = AFTER_AS_OF;

function accidents(records: unknown[], fields?: unknown) {
  return {
    kind: 'traffic-accidents',
    schemaVersion: 1,
    asOf: '2022-12-31T23:00:00+08:00',
    source: 'test',
    title: { 'zh-CN': '交通事故', en: 'Traffic accidents' },
    fields: fields ?? {
      monthly: [
        { name: 'district', type: 'place', nameField: 'districtName' },
        { name: 'districtName', type: 'string' },
        { name: 'town', type: 'place', optional: true, within: 'district' },
        { name: 'month', type: 'month' },
        { name: 'accidents', type: 'integer', min: 0, unit: { 'zh-CN': '起', en: 'accidents' } },
        { name: 'severity', type: 'category', values: ['minor', 'serious'] },
        { name: 'at.lon', type: 'longitude', optional: true },
        { name: 'at.lat', type: 'latitude', optional: true },
      ],
    },
    data: { monthly: records },
  };
}

const good = {
  district: '330109',
  districtName: '萧山区',
  month: '2022-01',
  accidents: 41,
  severity: 'minor',
};

describe('self-describing feeds', () => {
  it('keeps good records as declared, with the declaration and title on the feed', () => {
    const r = parseFeed(accidents([good, { ...good, at: { lon: 120.3, lat: 30.2 } }]), undefined, {
      now,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.feed.kind).toBe('traffic-accidents');
    expect(r.feed.title?.en).toBe('Traffic accidents');
    expect((r.feed.data as Record<string, unknown[]>).monthly).toHaveLength(2);
    expect(feedDeclaration(r.feed)?.monthly?.map((f) => f.name)).toContain('at.lon');
    expect(r.dropped).toEqual([]);
  });

  it.each([
    ['a negative count', { accidents: -1 }, 'accidents: expected a non-negative integer, found -1'],
    [
      'a count as text',
      { accidents: '41' },
      'accidents: expected a non-negative integer, found "41"',
    ],
    ['NaN text', { accidents: 'NaN' }, 'accidents: expected a non-negative integer, found "NaN"'],
    [
      'a value not allowed',
      { severity: 'fatal' },
      'severity: expected one of minor, serious, found "fatal"',
    ],
    ['a bad month', { month: '2022-13' }, 'month: expected a month as YYYY-MM, found "2022-13"'],
    [
      'a missing field',
      { districtName: undefined },
      'districtName: expected a string, found nothing (missing)',
    ],
    [
      'a future month',
      { month: '2031-01' },
      'month: expected a time not in the future (now is 2023-01-01T00:00:00+08:00), found "2031-01"',
    ],
    [
      'a town outside its district',
      { town: '330411001' },
      'town: expected a place inside district 330109, found "330411001"',
    ],
    [
      'a longitude out of range',
      { at: { lon: 200, lat: 30 } },
      'at/lon: expected a GCJ-02 longitude, found 200',
    ],
  ])('drops a record with %s, with its reason', (_name, change, reason) => {
    const r = parseFeed(accidents([good, { ...good, ...change }]), undefined, { now });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.feed.data as Record<string, unknown[]>).monthly).toHaveLength(1);
    expect(r.dropped).toEqual([{ pointer: '/data/monthly/1', reason }]);
  });

  it.each([
    ['an unknown type', [{ name: 'x', type: 'money' }], '/fields/monthly/0/type'],
    [
      'a duplicate name',
      [
        { name: 'x', type: 'number' },
        { name: 'x', type: 'integer' },
      ],
      '/fields/monthly/1/name',
    ],
    ['a category without values', [{ name: 'x', type: 'category' }], '/fields/monthly/0/values'],
    ['min above max', [{ name: 'x', type: 'number', min: 5, max: 1 }], '/fields/monthly/0/max'],
    [
      'a nameField that is not declared',
      [{ name: 'p', type: 'place', nameField: 'pName' }],
      '/fields/monthly/0/nameField',
    ],
    [
      'a label in one language',
      [{ name: 'x', type: 'number', label: { en: 'X' } }],
      '/fields/monthly/0/label/zh-CN',
    ],
  ])('refuses a declaration with %s, pointing into /fields', (_name, fields, pointer) => {
    const r = parseFeed(accidents([good], { monthly: fields }), undefined, { now });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.pointer)).toContain(pointer);
  });

  it('refuses a declared table missing from data', () => {
    const doc = accidents([good]);
    const r = parseFeed({ ...doc, data: {} }, undefined, { now });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.pointer).toBe('/data/monthly');
  });

  it('reports every problem of a dropped record to the validator', () => {
    const { recordProblems } = inspectFeed(
      accidents([{ ...good, accidents: -1, severity: 'x' }]),
      undefined,
      { now },
    );
    expect(recordProblems.map((p) => p.pointer).sort()).toEqual([
      '/data/monthly/0/accidents',
      '/data/monthly/0/severity',
    ]);
  });

  it('passes the published JSON Schema (Ajv, draft 2020-12)', () => {
    const schema = JSON.parse(
      readFileSync(repoFile('data/schemas/self-describing.feed.schema.json'), 'utf8'),
    );
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(accidents([good])), JSON.stringify(validate.errors)).toBe(true);
    expect(
      validate({ ...accidents([good]), fields: { monthly: [{ name: 'x', type: 'money' }] } }),
    ).toBe(false);
  });
});

describe('the domain kinds in the same vocabulary', () => {
  it.each(FEED_KINDS)('declares every field of every %s table', (kind) => {
    const decl = domainDeclaration(kind);
    for (const [table, fields] of Object.entries(decl)) {
      expect(fields.length, table).toBeGreaterThan(0);
      for (const f of fields) expect(f.type, `${table}.${f.name}`).toBeTruthy();
    }
  });

  it('reads nested and optional fields back with their words', () => {
    const cases = domainDeclaration('hotline').cases ?? [];
    const assigned = cases.find((f) => f.name === 'times.assigned');
    expect(assigned).toMatchObject({
      type: 'datetime',
      optional: true,
      label: { 'zh-CN': '审核交办' },
    });
    const stage = cases.find((f) => f.name === 'stage');
    expect(stage?.valueLabels?.closureReviewed).toEqual({
      'zh-CN': '办结审核',
      en: 'Closure review',
    });
    const station = domainDeclaration('fire').stations ?? [];
    expect(station.filter((f) => f.name.startsWith('location.')).map((f) => f.type)).toEqual([
      'longitude',
      'latitude',
    ]);
    const received = domainDeclaration('petitions').monthly?.find((f) => f.name === 'received');
    expect(received?.unit).toEqual({ 'zh-CN': '件', en: 'cases' });
  });
});
