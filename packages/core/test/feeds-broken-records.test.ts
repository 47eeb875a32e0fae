import { describe, expect, it } from 'vitest';
import { FEED_KINDS } from '../src/feeds/kinds.js';
import { parseFeed, parseFeedText } from '../src/feeds/parse.js';
import { AFTER_AS_OF } from './fixtures/feeds/load.js';
import { sample, sampleText } from './fixtures/feeds/samples.js';

// Broken records inside good feeds: each is dropped with its reason, the rest are kept.

const now = AFTER_AS_OF;
const big = 'x'.repeat(100 * 1024);

/** A feed that stays valid but loses one record, whose reason must say why. */
type Dropped = [
  name: string,
  kind: string,
  list: string,
  index: number,
  breakIt: (r: Record<string, unknown>) => unknown,
  reason: string,
];

const dropped: Dropped[] = [
  [
    'negative count',
    'petitions',
    'monthly',
    3,
    (r) => ({ ...r, received: -4 }),
    'received: expected a non-negative integer, found -4',
  ],
  [
    'fractional count',
    'petitions',
    'monthly',
    5,
    (r) => ({ ...r, accusation: 1.5 }),
    'accusation: expected a non-negative integer, found 1.5',
  ],
  [
    'count as string',
    'petitions',
    'monthly',
    6,
    (r) => ({ ...r, received: '12' }),
    'received: expected a non-negative integer, found "12"',
  ],
  [
    'NaN as a value',
    'grassroots',
    'indicators',
    0,
    (r) => ({ ...r, value: Number.NaN }),
    'value: expected a finite number ≥ 0, found NaN',
  ],
  [
    'Infinity as a value',
    'antifraud',
    'monthly',
    2,
    (r) => ({ ...r, lossesYuan: Number.POSITIVE_INFINITY }),
    'lossesYuan: expected an amount in yuan (a finite number ≥ 0), found Infinity',
  ],
  [
    'unknown district code',
    'petitions',
    'monthly',
    0,
    (r) => ({ ...r, district: '999999' }),
    'district: expected a known district adcode (330109, 330110, 330111, 330112, 330113, 330127, 330402, 330411, 330421, 330424), found "999999"',
  ],
  [
    'district as a number',
    'grassroots',
    'indicators',
    1,
    (r) => ({ ...r, district: 330109 }),
    'district: expected a known district adcode (330109, 330110, 330111, 330112, 330113, 330127, 330402, 330411, 330421, 330424), found 330109',
  ],
  [
    'town outside its district',
    'fire',
    'hazards',
    0,
    (r) => ({ ...r, town: '330109104' }),
    'town: expected a town code inside district 330411, found "330109104"',
  ],
  [
    'town code malformed',
    'fire',
    'hazards',
    1,
    (r) => ({ ...r, town: '33041110' }),
    'town: expected a 9-digit town code, found "33041110"',
  ],
  [
    'townName without town',
    'grassroots',
    'indicators',
    2,
    (r) => ({ ...r, townName: '新塍镇' }),
    'townName: expected town and townName together, found "新塍镇"',
  ],
  [
    'missing field',
    'petitions',
    'monthly',
    7,
    ({ accusation: _, ...r }) => r,
    'accusation: expected a non-negative integer, found nothing (missing)',
  ],
  [
    'accusation above received',
    'petitions',
    'monthly',
    8,
    (r) => ({ ...r, accusation: (r.received as number) + 1 }),
    'accusation: expected accusation ≤ received',
  ],
  [
    'month in the future',
    'petitions',
    'monthly',
    9,
    (r) => ({ ...r, month: '2023-03' }),
    'month: expected a time not in the future (now is 2023-01-01T00:00:00+08:00), found "2023-03"',
  ],
  [
    'month malformed',
    'antifraud',
    'monthly',
    10,
    (r) => ({ ...r, month: '2022-13' }),
    'month: expected a month as YYYY-MM, found "2022-13"',
  ],
  [
    'stage time in the future',
    'hotline',
    'cases',
    3579,
    (r) => ({ ...r, times: { ...(r.times as object), received: '2023-02-01T09:00:00+08:00' } }),
    'times/received: expected a time not in the future',
  ],
  [
    'stage times out of order',
    'hotline',
    'cases',
    1,
    (r) => ({ ...r, times: { ...(r.times as object), assigned: '2021-01-01T09:00:00+08:00' } }),
    'times/assigned: expected a time after the previous stage',
  ],
  [
    'reached stage without a time',
    'hotline',
    'cases',
    2,
    (r) => ({ ...r, times: { received: (r.times as { received: string }).received } }),
    'times/assigned: expected a time for reached stage assigned, found nothing (missing)',
  ],
  [
    'unknown stage',
    'hotline',
    'cases',
    3,
    (r) => ({ ...r, stage: 'archived' }),
    'stage: expected one of received, assigned, handled, closureReviewed, followedUp, found "archived"',
  ],
  [
    '100 kB name',
    'fire',
    'stations',
    4,
    (r) => ({ ...r, name: big }),
    `name: expected a string of at most 200 characters, found "${'x'.repeat(60)}…" (102400 characters)`,
  ],
  [
    'record is null',
    'grassroots',
    'indicators',
    3,
    () => null,
    '(record): expected an object, found null',
  ],
  [
    'location outside China',
    'fire',
    'stations',
    5,
    (r) => ({ ...r, location: [-0.12, 51.5] }),
    'location/0: expected a GCJ-02 longitude, found -0.12',
  ],
  [
    'unknown enum value',
    'petitions',
    'backlog',
    0,
    (r) => ({ ...r, level: 'county' }),
    'level: expected one of national, provincial, city, found "county"',
  ],
];

describe('good feeds', () => {
  it.each(FEED_KINDS)('%s validates with nothing dropped', (kind) => {
    const parsed = parseFeedText(sampleText(kind), kind, { now });
    expect(parsed.ok && parsed.dropped).toEqual([]);
  });
});

describe('bad records are dropped, good ones kept', () => {
  it.each(dropped)('%s', (_name, kind, list, index, breakIt, reason) => {
    const feed = sample(kind);
    const before = feed.data[list].length;
    const victim = feed.data[list][index];
    feed.data[list][index] = breakIt(victim);
    const parsed = parseFeed(feed, undefined, { now });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dropped).toHaveLength(1);
    expect(parsed.dropped[0]?.pointer).toBe(`/data/${list}/${index}`);
    expect(parsed.dropped[0]?.reason.startsWith(reason)).toBe(true);
    const kept = (parsed.feed.data as unknown as Record<string, unknown[]>)[list] ?? [];
    expect(kept).toHaveLength(before - 1);
    expect(kept).not.toContainEqual(victim);
  });

  it('keeps every good record of a partly bad feed and lists each dropped one', () => {
    const feed = sample('petitions');
    const total = feed.data.monthly.length;
    for (const i of [0, 10, 20]) feed.data.monthly[i].received = -1;
    const parsed = parseFeed(feed, 'petitions', { now });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dropped.map((d) => d.pointer)).toEqual([
      '/data/monthly/0',
      '/data/monthly/10',
      '/data/monthly/20',
    ]);
    expect((parsed.feed.data as { monthly: unknown[] }).monthly).toHaveLength(total - 3);
    expect((parsed.feed.data as { backlog: unknown[] }).backlog).toHaveLength(3);
  });
});
