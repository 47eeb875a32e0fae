import { resolvePointer } from './pointer.js';

/** A feed read for an embedded widget: the value at the pointer and the feed's own timestamp. */
export interface LoadedFeed {
  value: unknown;
  asOf?: string;
}

/** Fetches the JSON document at `url` and picks the value at `pointer`; rejects with a readable reason. */
export async function loadFeed(
  url: string,
  pointer: string,
  signal: AbortSignal,
): Promise<LoadedFeed> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
  const doc: unknown = await res.json();
  const value = resolvePointer(doc, pointer);
  if (value === undefined) throw new Error(`nothing at ${pointer || '(root)'}`);
  const asOf =
    doc !== null && typeof doc === 'object' && typeof (doc as { asOf?: unknown }).asOf === 'string'
      ? (doc as { asOf: string }).asOf
      : undefined;
  return asOf === undefined ? { value } : { value, asOf };
}
