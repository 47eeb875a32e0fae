import type { ParseResult } from '../../src/client/feed-contract.js';
import type { FeedKind } from '../../src/feeds/kinds.js';

/** A record tied to a place, as every feed record is. */
export interface TestRecord {
  district: string;
  town?: string;
  month: string;
  count: number;
}

/** The `data` of the test feed. */
export interface TestData {
  records: TestRecord[];
}

/** A feed document of the test kind, as a plain object. */
export function testDoc(asOf: string, records: unknown[] = [], kind: FeedKind = 'petitions') {
  return { kind, schemaVersion: 1, asOf, source: 'test', data: { records } };
}

const describe = (value: unknown): string =>
  value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 40);

/**
 * A small parser with the real contract: a bad envelope is rejected with problems; a record
 * with a negative count is dropped with its reason.
 */
export function testParse(input: unknown): ParseResult<TestData> {
  const doc = input as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, problems: [{ pointer: '', expected: 'an object', found: describe(doc) }] };
  }
  const checks: [string, boolean][] = [
    ['kind', typeof doc.kind === 'string'],
    ['schemaVersion', doc.schemaVersion === 1],
    ['asOf', typeof doc.asOf === 'string'],
    ['source', typeof doc.source === 'string'],
  ];
  const problems = checks
    .filter(([, ok]) => !ok)
    .map(([key]) => ({ pointer: `/${key}`, expected: 'a valid value', found: describe(doc[key]) }));
  const data = doc.data as { records?: unknown } | undefined;
  if (!Array.isArray(data?.records)) {
    problems.push({
      pointer: '/data/records',
      expected: 'an array',
      found: describe(data?.records),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const records: TestRecord[] = [];
  const dropped: { pointer: string; reason: string }[] = [];
  (data as { records: TestRecord[] }).records.forEach((record, i) => {
    if (record.count < 0) {
      dropped.push({
        pointer: `/data/records/${i}/count`,
        reason: `expected a non-negative integer, found ${record.count}`,
      });
    } else records.push(record);
  });
  return {
    ok: true,
    feed: {
      kind: doc.kind as FeedKind,
      schemaVersion: 1,
      asOf: doc.asOf as string,
      source: doc.source as string,
      data: { records },
    },
    dropped,
  };
}

/** A feed read every 10 s, timed out after 2 s, stale after a minute, at feeds.test. */
export function testFeedConfig(id: string, url = `https://feeds.test/${id}.json`) {
  return { id, url, intervalMs: 10_000, timeoutMs: 2_000, staleAfterMs: 60_000 };
}

/** A test document with one good record (count) and one the parser drops (a negative count). */
export function docWithDrop(count: number) {
  return testDoc('2022-12-31T14:00:00+08:00', [
    { district: '330109', month: '2022-12', count },
    { district: '330411', month: '2022-12', count: -1 },
  ]);
}
