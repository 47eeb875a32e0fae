import { FEED_LIMITS } from '../feeds/limits.js';
import { describeProblem } from './describe-problems.js';
import { oversize, readBody } from './read-body.js';
import type { FeedErrorKind } from './types.js';

/** Validators from the last good response, sent back as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag: string | undefined;
  lastModified: string | undefined;
}

/** No validators: the next request fetches the whole document. */
export function noValidators(): Validators {
  return { etag: undefined, lastModified: undefined };
}

/** What one request gave: unchanged (304), a document's text (not yet parsed), or a failure. */
export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'document'; text: string; validators: Validators }
  | { kind: 'failed'; errorKind: FeedErrorKind | 'aborted'; message: string };

// Error messages are for people; a long parser message is cut rather than flood the screen.
function short(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function networkMessage(error: unknown): string {
  if (!(error instanceof Error)) return 'network error';
  // Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED...) is in the cause.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = typeof cause?.code === 'string' ? cause.code : cause?.message;
  return typeof detail === 'string' ? `${error.message} (${detail})` : error.message;
}

/**
 * One conditional GET of a feed document, read as text within the byte cap. Never rejects:
 * failures come back as outcomes. Parsing is left to the feed book, which reads polled and
 * pushed documents the same way.
 */
export async function fetchDocument(
  fetchFn: typeof globalThis.fetch,
  url: string,
  validators: Validators,
  signal: AbortSignal,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators.etag !== undefined) headers['if-none-match'] = validators.etag;
  if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified;
  try {
    const response = await fetchFn(url, { headers, signal });
    if (response.status === 304) return { kind: 'unchanged' };
    if (!response.ok) {
      // Drain nothing: cancelling frees the connection without reading an error page.
      await response.body?.cancel().catch(() => {});
      return { kind: 'failed', errorKind: 'http', message: `HTTP ${response.status}` };
    }
    const body = await readBody(response, FEED_LIMITS.maxBytes);
    if (!body.ok) {
      const problem = oversize(body.bytes, FEED_LIMITS.maxBytes);
      return { kind: 'failed', errorKind: 'too-large', message: describeProblem(problem) };
    }
    return {
      kind: 'document',
      text: body.text,
      validators: {
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
      },
    };
  } catch (error) {
    if (signal.aborted) return { kind: 'failed', errorKind: 'aborted', message: 'aborted' };
    return { kind: 'failed', errorKind: 'network', message: short(networkMessage(error)) };
  }
}
