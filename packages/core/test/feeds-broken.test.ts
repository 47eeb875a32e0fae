import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedText } from '../src/feeds/parse.js';
import { AFTER_AS_OF } from './fixtures/feeds/load.js';
import { sample, sampleText } from './fixtures/feeds/samples.js';

// Broken feeds that must be refused whole: bad JSON, bad envelope, bad lists, caps.

const now = AFTER_AS_OF;
const big = 'x'.repeat(100 * 1024);
const KIND =
  "a feed kind (petitions, hotline, fire, antifraud, grassroots, or a self-describing feed's own name in lower-case letters, digits and dashes)";

/** A broken feed that must be refused whole, with the first problem at `pointer`. */
type Rejected = [name: string, input: () => unknown, pointer: string, expected: string];

const rejected: Rejected[] = [
  ['truncated JSON', () => sampleText('grassroots').slice(0, 900), '', 'complete, valid JSON text'],
  [
    'NaN in JSON text',
    () => '{"kind":"grassroots","schemaVersion":NaN}',
    '',
    'complete, valid JSON text',
  ],
  [
    'Infinity in JSON text',
    () => sampleText('grassroots').replace('"value":539', '"value":Infinity'),
    '',
    'complete, valid JSON text',
  ],
  ['empty text', () => '', '', 'complete, valid JSON text'],
  [
    '10 MB text',
    () => `[${'0,'.repeat(5 * 1024 * 1024)}0]`,
    '',
    'a feed of at most 4194304 characters',
  ],
  ['not an object', () => [], '', 'an object'],
  ['null', () => null, '', 'an object'],
  ['missing kind', () => ({ ...sample('grassroots'), kind: undefined }), '/kind', KIND],
  [
    'kind that is no name',
    () => ({ ...sample('grassroots'), kind: 'Weather Feed' }),
    '/kind',
    KIND,
  ],
  [
    'own kind without a declaration',
    () => ({ ...sample('grassroots'), kind: 'weather' }),
    '/fields',
    'the fields of each table (a "weather" feed is not one of the five built-in kinds, so it declares its fields)',
  ],
  [
    'domain kind with a declaration',
    () => ({ ...sample('grassroots'), fields: { indicators: [{ name: 'id', type: 'string' }] } }),
    '/fields',
    'no "fields" on a grassroots feed (its fields are built in)',
  ],
  [
    'future schema version',
    () => ({ ...sample('grassroots'), schemaVersion: 2 }),
    '/schemaVersion',
    'schema version 1',
  ],
  [
    'schema version as string',
    () => ({ ...sample('grassroots'), schemaVersion: '1' }),
    '/schemaVersion',
    'schema version 1',
  ],
  [
    'asOf without offset',
    () => ({ ...sample('grassroots'), asOf: '2022-12-31T14:00:00' }),
    '/asOf',
    'an ISO 8601 timestamp with offset',
  ],
  [
    'asOf not a date',
    () => ({ ...sample('grassroots'), asOf: 'yesterday' }),
    '/asOf',
    'an ISO 8601 timestamp with offset',
  ],
  [
    'asOf in the future',
    () => ({ ...sample('grassroots'), asOf: '2023-06-01T00:00:00+08:00' }),
    '/asOf',
    'a time not in the future (now is 2023-01-01T00:00:00+08:00)',
  ],
  [
    '100 kB source string',
    () => ({ ...sample('grassroots'), source: big }),
    '/source',
    'a string of at most 200 characters',
  ],
  ['missing data', () => ({ ...sample('grassroots'), data: undefined }), '/data', 'an object'],
  ['data is an array', () => ({ ...sample('grassroots'), data: [] }), '/data', 'an object'],
  [
    'missing record list',
    () => ({ ...sample('grassroots'), data: {} }),
    '/data/indicators',
    'an array',
  ],
  [
    'record list of wrong type',
    () => ({ ...sample('fire'), data: { ...sample('fire').data, stations: { a: 1 } } }),
    '/data/stations',
    'an array',
  ],
  [
    '10 MB array as a value',
    () => ({ ...sample('grassroots'), data: { indicators: new Array(2_000_000).fill(0) } }),
    '/data/indicators',
    'an array of at most 10000 items',
  ],
  [
    'over-deep nesting',
    () => {
      let deep: unknown = 1;
      for (let i = 0; i < 40; i++) deep = [deep];
      return { ...sample('grassroots'), data: { indicators: [deep] } };
    },
    '/data/indicators/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0',
    'nesting at most 16 levels deep',
  ],
];

describe('broken feeds are refused whole', () => {
  it.each(rejected)('%s', (_name, input, pointer, expected) => {
    const value = input();
    const parsed =
      typeof value === 'string'
        ? parseFeedText(value, undefined, { now })
        : parseFeed(value, undefined, { now });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.pointer).toBe(pointer);
    expect(parsed.problems[0]?.expected).toBe(expected);
  });

  it('names the kind when the caller pins another', () => {
    const parsed = parseFeed(sample('fire'), 'hotline', { now });
    expect(parsed).toEqual({
      ok: false,
      problems: [{ pointer: '/kind', expected: '"hotline"', found: '"fire"' }],
    });
  });

  it('a bad envelope wins over bad records: only envelope problems, nothing kept', () => {
    const feed = sample('grassroots');
    feed.asOf = 'soon';
    feed.data.indicators[0].value = -1;
    const parsed = parseFeed(feed, 'grassroots', { now });
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { pointer: '/asOf', expected: 'an ISO 8601 timestamp with offset', found: '"soon"' },
      ],
    });
  });

  it('refuses an oversized array by its length without reading one item', () => {
    // Any read of an element throws, so passing proves the cap is checked before the items.
    const huge = new Proxy(new Array(2_000_000), {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) throw new Error(`read item ${prop}`);
        return Reflect.get(target, prop, receiver);
      },
    });
    const parsed = parseFeed({ ...sample('grassroots'), data: { indicators: huge } }, undefined, {
      now,
    });
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          pointer: '/data/indicators',
          expected: 'an array of at most 10000 items',
          found: 'an array of 2000000 items',
        },
      ],
    });
  });

  it('refuses a cyclic value (depth cap) instead of looping', () => {
    const feed = sample('grassroots');
    feed.data.indicators[0].self = feed;
    const parsed = parseFeed(feed, undefined, { now });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]?.expected).toBe('nesting at most 16 levels deep');
  });
});
