import { readFileSync } from 'node:fs';
import { type FeedEnvelope, parseFeed, periodSpanOf } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import { bindingsOf } from '../src/config/bindings-of.js';
import { validateScreenConfig } from '../src/config/validate.js';
import { spanReader } from '../src/time/span-reader.js';

// The screen's span of months, read feed by feed: the same span as reading every feed, and a
// change of one feed scans only that feed's records again.

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
const result = validateScreenConfig(read('data/screens/default.json'));
if (!result.ok) throw new Error(JSON.stringify(result.faults));
const config = result.config;
const bindings = bindingsOf(config).map((b) => b.bind);

function load(id: string): FeedEnvelope<unknown> {
  const parsed = parseFeed(read(`data/${config.feeds[id]?.url}`), id as 'petitions', {
    now: new Date('2023-01-01T00:00:00+08:00'),
  });
  if (!parsed.ok) throw new Error(id);
  return parsed.feed;
}

/** The feed counting how often its records are scanned (each scan reads its data once). */
function counted(feed: FeedEnvelope<unknown>, walks: { n: number }): FeedEnvelope<unknown> {
  const { data, ...rest } = feed;
  return Object.defineProperty({ ...rest }, 'data', {
    enumerable: true,
    get() {
      walks.n++;
      return data;
    },
  }) as FeedEnvelope<unknown>;
}

describe('spanReader', () => {
  const ids = Object.keys(config.feeds);

  it('reads the span every feed gives, and follows a feed whose history changes', () => {
    const feeds = new Map(ids.map((id) => [id, load(id)]));
    const readSpan = spanReader(bindings);
    const whole = periodSpanOf(bindings, (name) => feeds.get(name));
    expect(whole).toEqual({ first: '2020-01', last: '2022-12' });
    expect(readSpan((name) => feeds.get(name))).toEqual(whole);
    // The petitions feed loses its 2020 months: the span starts with the next-earliest feed.
    const petitions = feeds.get('petitions') as FeedEnvelope<{ monthly: { month: string }[] }>;
    const later = {
      ...petitions,
      data: {
        ...petitions.data,
        monthly: petitions.data.monthly.filter((r) => !r.month.startsWith('2020')),
      },
    };
    feeds.set('petitions', later as FeedEnvelope<unknown>);
    expect(readSpan((name) => feeds.get(name))).toEqual(
      periodSpanOf(bindings, (name) => feeds.get(name)),
    );
    expect(readSpan(() => undefined)).toBeUndefined();
  });

  it('scans a feed again only when its value is a new one', () => {
    const walks = Object.fromEntries(ids.map((id) => [id, { n: 0 }]));
    const feeds = new Map(ids.map((id) => [id, counted(load(id), walks[id] as { n: number })]));
    const readSpan = spanReader(bindings);
    readSpan((name) => feeds.get(name));
    const after = (id: string) => (walks[id] as { n: number }).n;
    const first = Object.fromEntries(ids.map((id) => [id, after(id)]));
    expect(first.hotline).toBeGreaterThan(0);
    // The petitions feed changes; the hotline's thousands of cases are not walked again.
    feeds.set('petitions', counted(load('petitions'), walks.petitions as { n: number }));
    readSpan((name) => feeds.get(name));
    expect(after('hotline')).toBe(first.hotline);
    expect(after('petitions')).toBeGreaterThan(first.petitions as number);
  });

  it("takes a value's span from the worker when it sent one, and scans only the others", () => {
    const walks = Object.fromEntries(ids.map((id) => [id, { n: 0 }]));
    const feeds = new Map(ids.map((id) => [id, counted(load(id), walks[id] as { n: number })]));
    const hotline = feeds.get('hotline');
    const petitions = feeds.get('petitions');
    const given = new Map<unknown, { first: string; last: string } | null>([
      [hotline, { first: '2019-06', last: '2023-03' }],
      [petitions, null],
    ]);
    const readSpan = spanReader(bindings, (value) => given.get(value));
    expect(readSpan((name) => feeds.get(name))).toEqual({ first: '2019-06', last: '2023-03' });
    expect((walks.hotline as { n: number }).n).toBe(0);
    expect((walks.petitions as { n: number }).n).toBe(0);
    const others = ids.filter((id) => id !== 'hotline' && id !== 'petitions');
    expect(others.some((id) => (walks[id] as { n: number }).n > 0)).toBe(true);
    // The worker found no months in the petitions: they add none, and the others still count.
    const onlyPetitions = spanReader(bindings, (value) => given.get(value));
    expect(onlyPetitions((name) => (name === 'petitions' ? petitions : undefined))).toBeUndefined();
  });
});
