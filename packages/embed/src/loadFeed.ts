import { readFeedText } from '@onescreen/core';
import type { EmbedProblem } from './messages.js';
import { resolvePointer } from './pointer.js';

/** A feed read for an embedded widget: the value at the pointer and the feed's own timestamp. */
export interface LoadedFeed {
  value: unknown;
  asOf?: string;
}

/** Why a feed could not be read, as a catalogue entry shown in the widget's language. */
export class FeedLoadError extends Error {
  /** The message to show, as a catalogue key and its parameters. */
  readonly problem: EmbedProblem;
  constructor(problem: EmbedProblem) {
    super(problem.detail ?? problem.key);
    this.name = 'FeedLoadError';
    this.problem = problem;
  }
}

/**
 * Fetches the JSON document at `url` and picks the value at `pointer`; rejects with a
 * FeedLoadError (or an AbortError). Every call revalidates with the server (`cache: 'no-cache'`):
 * a static server that sends Last-Modified and no Cache-Control would otherwise let the browser
 * answer a refresh from its heuristic cache, and the widget would never update.
 */
export async function loadFeed(
  url: string,
  pointer: string,
  signal: AbortSignal,
): Promise<LoadedFeed> {
  let res: Response;
  try {
    res = await fetch(url, { signal, cache: 'no-cache', headers: { accept: 'application/json' } });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new FeedLoadError({ key: 'feedNetwork', detail: String(e) });
  }
  if (!res.ok) {
    throw new FeedLoadError({
      key: 'feedHttp',
      params: { status: res.status },
      detail: `HTTP ${res.status} ${res.statusText}`.trim(),
    });
  }
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    if (signal.aborted) throw e;
    throw new FeedLoadError({ key: 'feedNetwork', detail: String(e) });
  }
  // The same reading as the screen's feed client: a BOM is accepted, an oversized document
  // is refused before it is parsed.
  const read = readFeedText(text);
  if (!read.ok) {
    throw new FeedLoadError({
      key: 'feedNotJson',
      detail: `${read.problem.expected}; found ${read.problem.found}`,
    });
  }
  const doc = read.value;
  const value = resolvePointer(doc, pointer);
  if (value === undefined) {
    throw new FeedLoadError({ key: 'feedNothing', params: { pointer: pointer || '/' } });
  }
  const asOf =
    doc !== null && typeof doc === 'object' && typeof (doc as { asOf?: unknown }).asOf === 'string'
      ? (doc as { asOf: string }).asOf
      : undefined;
  return asOf === undefined ? { value } : { value, asOf };
}
