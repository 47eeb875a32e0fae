import type { FeedProblem } from './feed-contract.js';

/** A response body as text, or how many bytes it had when it passed the cap. */
export type BodyRead = { ok: true; text: string } | { ok: false; bytes: number };

/** The problem of a document over the byte cap, naming its size (a lower bound while streaming). */
export function oversize(bytes: number, maxBytes: number): FeedProblem {
  return {
    pointer: '',
    expected: `a feed of at most ${maxBytes} bytes`,
    found: `${bytes} bytes`,
  };
}

/**
 * Reads a response body as UTF-8 text, refusing it past `maxBytes`: by Content-Length before
 * reading when the server sends one, else as soon as the streamed bytes pass the cap, so a
 * huge or endless body is never held whole. The decoder drops a UTF-8 byte order mark.
 */
export async function readBody(response: Response, maxBytes: number): Promise<BodyRead> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, bytes: declared };
  }
  if (response.body === null) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, bytes: size };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
