import { describe, expect, it } from 'vitest';
import { domainDeclaration } from '../src/feeds/declarations.js';
import {
  type Binding,
  bindingSchema,
  checkBinding,
  faultText,
  runBinding,
} from '../src/model/binding.js';

// A binding that does not fit its feed or its widget is found before anything renders, with a
// path into the binding and a sentence in both languages.

const parse = (raw: unknown) => bindingSchema.parse(raw) as Binding;
const petitions = domainDeclaration('petitions');

describe('checkBinding', () => {
  it('accepts a binding that fits', () => {
    const b = parse({
      feed: 'petitions',
      pointer: '/data/monthly',
      transforms: [{ group: { by: ['month'], aggregate: { received: 'sum' } } }],
      view: { kind: 'series', x: 'month', y: 'received' },
    });
    expect(checkBinding(b, petitions, ['series'], 'TrendChart')).toEqual([]);
  });

  it.each([
    [
      'a view the widget does not show',
      { view: { kind: 'value', value: 'received' } },
      ['series'],
      '/view/kind: TrendChart shows a series view, but the binding makes a value view',
    ],
    [
      'a field the table does not declare',
      {
        transforms: [{ group: { by: ['month'], aggregate: { recieved: 'sum' } } }],
        view: { kind: 'value', value: 'recieved' },
      },
      ['value'],
      '/transforms/0/group/aggregate/recieved: no field "recieved" (fields here: district, districtName, town, townName, month, received, accusation)',
    ],
    [
      'a sum over text',
      {
        transforms: [{ group: { aggregate: { districtName: 'sum' } } }],
        view: { kind: 'value', value: 'districtName' },
      },
      ['value'],
      '/transforms/0/group/aggregate/districtName: field "districtName" is a string; a number is needed here',
    ],
    [
      'a view field dropped by a group',
      {
        transforms: [{ group: { by: ['district'], aggregate: { received: 'sum' } } }],
        view: { kind: 'value', value: 'accusation' },
      },
      ['value'],
      '/view/value: no field "accusation" (fields here: district, districtName, received)',
    ],
    [
      'a table the feed does not have',
      { pointer: '/data/monthy', view: { kind: 'value', value: 'received' } },
      ['value'],
      '/pointer: the feed has no table "monthy" (tables: monthly, subjects, channels, backlog, zeroAccusation, outcomes, labourDisputes, townPractices, satisfaction)',
    ],
  ])('finds %s', (_name, change, accepts, text) => {
    const b = parse({ feed: 'petitions', pointer: '/data/monthly', ...change });
    const found = checkBinding(b, petitions, accepts as never, 'TrendChart');
    expect(found.map((f) => faultText(f, 'en'))).toContain(text);
    expect(found.every((f) => f.message['zh-CN'].length > 0)).toBe(true);
  });

  it('says it in Chinese too', () => {
    const b = parse({
      feed: 'petitions',
      pointer: '/data/monthly',
      view: { kind: 'value', value: 'x' },
    });
    expect(
      faultText(
        checkBinding(b, petitions, ['value'], 'KpiCard')[0] ?? {
          path: [],
          message: { 'zh-CN': '', en: '' },
        },
        'zh-CN',
      ),
    ).toMatch(/^\/view\/value: 没有字段“x”/);
  });
});

describe('bindingSchema', () => {
  it.each([
    [{ filtr: {} }, '0.filtr', 'unknown transform "filtr"'],
    [{ filter: { place: 'selected' }, sort: { field: 'x' } }, '0', 'each transform is one key'],
    [{ group: { aggregate: { n: 'median' } } }, '0.group.aggregate.n', ''],
  ])('points into a bad transform %#', (step, path, message) => {
    const r = bindingSchema.safeParse({
      feed: 'petitions',
      pointer: '/data/monthly',
      transforms: [step],
      view: { kind: 'value', value: 'n' },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const issue = r.error.issues.find(
      (i) => ['transforms', ...path.split('.')].join('.') === i.path.join('.'),
    );
    expect(issue, JSON.stringify(r.error.issues)).toBeDefined();
    expect(issue?.message).toContain(message);
  });

  it('points into a bad view mapping', () => {
    const r = bindingSchema.safeParse({
      feed: 'petitions',
      pointer: '/data/monthly',
      view: { kind: 'series', x: 'month' },
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual(['view', 'y']);
  });
});

describe('runBinding on live data', () => {
  it('returns a fault rather than throwing when a value view gets several rows', () => {
    const b = parse({
      feed: 'petitions',
      pointer: '/data/monthly',
      view: { kind: 'value', value: 'received' },
    });
    const feed = {
      kind: 'petitions',
      schemaVersion: 1,
      asOf: '2022-12-31T00:00:00+08:00',
      source: 't',
      data: {
        monthly: [
          { district: '330109', month: '2022-01', received: 1 },
          { district: '330109', month: '2022-02', received: 2 },
        ],
      },
    };
    const r = runBinding(b, feed);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(faultText(r.fault, 'en')).toBe(
        '/view: a value view needs one row, but there are 2: group or filter first',
      );
  });
});
