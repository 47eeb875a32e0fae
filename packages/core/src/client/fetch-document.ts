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

/** What one request gave: unchanged (304), a JSON document, or a failure. */
export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'document'; body: unknown; validators: Validators }
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

/** One conditional GET of a JSON document. Never rejects: failures come back as outcomes. */
export async function fetchDocument(
  fetchFn: typeof globalThis.fetch,
  url: string,
  validators: Validators,
  signal: AbortSignal,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators.etag !== undefined) headers['if-none-match'] = validators.etag;
  if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified;
  let text: string;
  let response: Response;
  try {
    response = await fetchFn(url, { headers, signal });
    if (response.status === 304) return { kind: 'unchanged' };
    if (!response.ok) {
      // Drain nothing: cancelling frees the connection without reading an error page.
      await response.body?.cancel().catch(() => {});
      return { kind: 'failed', errorKind: 'http', message: `HTTP ${response.status}` };
    }
    text = await response.text();
  } catch (error) {
    if (signal.aborted) return { kind: 'failed', errorKind: 'aborted', message: 'aborted' };
    return { kind: 'failed', errorKind: 'network', message: short(networkMessage(error)) };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', errorKind: 'json', message: short(`invalid JSON: ${reason}`) };
  }
  return {
    kind: 'document',
    body,
    validators: {
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    },
  };
}
