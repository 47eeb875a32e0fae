import { envelopeSchema, type FeedEnvelope } from './envelope.js';
import { futureTimes } from './future.js';
import { issuesToProblems } from './issues.js';
import type { FeedKind } from './kinds.js';
import { FEED_LIMITS } from './limits.js';
import type { DroppedRecord, FeedProblem } from './pointer.js';
import { describeFound, toPointer } from './pointer.js';
import { precheck } from './precheck.js';
import type { FeedData, FeedDataMap } from './registry.js';
import { tablesOf } from './tables.js';

/** The outcome of parsing a feed: the checked feed plus dropped records, or why it was refused. */
export type ParseResult<T> =
  | { ok: true; feed: FeedEnvelope<T>; dropped: DroppedRecord[] }
  | { ok: false; problems: FeedProblem[] };

/** Options of parseFeed / parseFeedText. */
export interface ParseOptions {
  /** The clock used to refuse times in the future (default: the current time). */
  now?: Date;
}

/** A parse result plus every problem inside dropped records (what the validator prints). */
export interface FeedInspection {
  /** The same result parseFeed returns. */
  result: ParseResult<FeedData>;
  /** One problem per bad field of each dropped record, with full pointers. */
  recordProblems: FeedProblem[];
}

const refuse = (problems: FeedProblem[]): FeedInspection => ({
  result: { ok: false, problems },
  recordProblems: [],
});

/** Parses a JSON value and reports both the result and the problems behind each drop. */
export function inspectFeed(
  raw: unknown,
  expected?: FeedKind,
  options: ParseOptions = {},
): FeedInspection {
  const now = (options.now ?? new Date()).getTime();
  const tooBig = precheck(raw);
  if (tooBig.length > 0) return refuse(tooBig);

  const env = envelopeSchema.safeParse(raw);
  if (!env.success) return refuse(issuesToProblems(env.error.issues, raw));
  const { kind, schemaVersion, asOf, source, title } = env.data;
  if (expected !== undefined && kind !== expected) {
    return refuse([{ pointer: '/kind', expected: `"${expected}"`, found: `"${kind}"` }]);
  }
  const lateAsOf = futureTimes(asOf, now, ['asOf']);
  if (lateAsOf.length > 0) return refuse(lateAsOf);

  const tables = tablesOf(kind, env.data.fields);
  if (!tables.ok) return refuse(tables.problems);

  // A missing or non-array list is structural: the feed is refused whole.
  const rawData = env.data.data;
  const badLists = tables.lists.flatMap(([key]) =>
    Array.isArray(rawData[key])
      ? []
      : [
          {
            pointer: toPointer(['data', key]),
            expected: 'an array',
            found: describeFound(rawData[key]),
          },
        ],
  );
  if (badLists.length > 0) return refuse(badLists);

  // Each record is checked alone: a bad one is dropped with its reason, the rest are kept
  // as the schema returned them (unknown keys stripped), so nothing is parsed twice.
  const data: Record<string, unknown[]> = {};
  const dropped: DroppedRecord[] = [];
  const recordProblems: FeedProblem[] = [];
  for (const [key, schema] of tables.lists) {
    data[key] = [];
    (rawData[key] as unknown[]).forEach((record, i) => {
      const at = ['data', key, i];
      const checked = schema.safeParse(record);
      const problems = checked.success
        ? futureTimes(checked.data, now, at)
        : issuesToProblems(checked.error.issues, record, at);
      if (problems.length === 0) {
        data[key]?.push(checked.data);
        return;
      }
      dropped.push({ pointer: toPointer(at), reason: dropReason(toPointer(at), problems) });
      recordProblems.push(...problems);
    });
  }
  const feed: FeedEnvelope<FeedData> = {
    kind,
    schemaVersion,
    asOf,
    source,
    ...(title ? { title } : {}),
    ...(tables.fields ? { fields: tables.fields } : {}),
    data: data as unknown as FeedData,
  };
  return { result: { ok: true, feed, dropped }, recordProblems };
}

/** A dropped record's reason: its problems with pointers relative to the record. */
function dropReason(recordPointer: string, problems: FeedProblem[]): string {
  return problems
    .map((p) => {
      const field = p.pointer.slice(recordPointer.length + 1) || '(record)';
      return `${field}: expected ${p.expected}, found ${p.found}`;
    })
    .join('; ');
}

/** Validate an already JSON-parsed value; `expected` pins the kind when the caller knows it. */
export function parseFeed<K extends FeedKind>(
  raw: unknown,
  expected: K,
  options?: ParseOptions,
): ParseResult<FeedDataMap[K]>;
export function parseFeed(
  raw: unknown,
  expected?: FeedKind,
  options?: ParseOptions,
): ParseResult<FeedData>;
export function parseFeed(
  raw: unknown,
  expected?: FeedKind,
  options?: ParseOptions,
): ParseResult<FeedData> {
  return inspectFeed(raw, expected, options).result;
}

/**
 * Parses feed text into a JSON value, or the problem that stops it (size cap, bad JSON). Every
 * reader of feeds (polling, push, the validator) comes through here, so the cap holds for all.
 * A leading byte order mark is dropped: editors on Windows write one, and JSON.parse refuses it.
 */
export function readFeedText(
  text: string,
):
  | { ok: true; value: unknown }
  | { ok: false; problem: FeedProblem; reason: 'too-large' | 'json' } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > FEED_LIMITS.maxTextLength) {
    return {
      ok: false,
      problem: {
        pointer: '',
        expected: `a feed of at most ${FEED_LIMITS.maxTextLength} characters`,
        found: `${body.length} characters`,
      },
      reason: 'too-large',
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return {
      ok: false,
      problem: { pointer: '', expected: 'complete, valid JSON text', found: why },
      reason: 'json',
    };
  }
}

/** Same as parseFeed, from JSON text (reports truncated JSON as a problem at pointer ''). */
export function parseFeedText<K extends FeedKind>(
  text: string,
  expected: K,
  options?: ParseOptions,
): ParseResult<FeedDataMap[K]>;
export function parseFeedText(
  text: string,
  expected?: FeedKind,
  options?: ParseOptions,
): ParseResult<FeedData>;
export function parseFeedText(
  text: string,
  expected?: FeedKind,
  options?: ParseOptions,
): ParseResult<FeedData> {
  const read = readFeedText(text);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return parseFeed(read.value, expected, options);
}
