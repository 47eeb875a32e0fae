import iconv from 'iconv-lite';

/** Text decoded from a file's bytes, and the encoding that was used. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** `utf-8`, `utf-8 (BOM)`, `utf-16le`, `utf-16be`, `gb18030`, or the one asked for. */
  encoding: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text file the way Chinese spreadsheets save it: a byte-order mark says UTF-8 or
 * UTF-16; text that is valid UTF-8 is UTF-8; anything else is GB18030, the superset of GBK and
 * GB2312 that older Excel writes for "CSV" on a Chinese Windows. `encoding` forces one.
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding !== undefined) {
    if (!iconv.encodingExists(encoding)) throw new Error(`unknown encoding "${encoding}"`);
    return { text: iconv.decode(buffer, encoding, { stripBOM: true }), encoding };
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8 (BOM)' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: strictUtf8.decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
  }
}
