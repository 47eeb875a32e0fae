/**
 * A JSON document as one Server-Sent Events message, or undefined when the text is not JSON
 * (a half-written file, or a producer's mistake): such a file is never pushed.
 *
 * The text is sent as written, not re-serialised (that would turn `1e400` into `null` and round
 * big integers). JSON strings cannot hold a raw line break, so every line break and the
 * indentation after it lies between tokens and can go: the message is one `data:` line.
 */
export function feedFrame(text: string): Buffer | undefined {
  // Browsers drop a UTF-8 BOM when they decode a fetched body; do the same for pushes.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    JSON.parse(body);
  } catch {
    return undefined;
  }
  return Buffer.from(`data: ${body.replace(/[\r\n]+[ \t]*/g, '').trim()}\n\n`);
}

/** First bytes of every stream: how long a generic EventSource waits to reconnect, and a comment that flushes the headers. */
export const STREAM_PREAMBLE = Buffer.from('retry: 5000\n: onescreen feed stream\n\n');

/** A comment line: keeps proxies and NAT tables from closing an idle stream. */
export const KEEP_ALIVE = Buffer.from(': keep-alive\n\n');
