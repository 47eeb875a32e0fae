import { readBody } from '../client/read-body.js';
import { TooLargeError } from './io.js';

/** How long the validator waits for a feed URL. */
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * GETs a URL as text with a timeout, refusing non-2xx answers and bodies over `maxBytes`
 * (read the way the feed client reads them: by Content-Length first, else while streaming).
 */
export async function fetchText(url: string, maxBytes: number): Promise<string> {
  const res = await fetch(url, {
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    redirect: 'follow',
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
  const body = await readBody(res, maxBytes);
  if (!body.ok) throw new TooLargeError(body.bytes);
  return body.text;
}
