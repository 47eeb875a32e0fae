import type { FeedKind } from '../../src/feeds/kinds.js';
import { SCHEMA_VERSION } from '../../src/feeds/kinds.js';

/** The fixed `asOf` of every sample feed, so generation is deterministic. */
export const AS_OF = '2022-12-31T14:00:00+08:00';

/** `asOf` in ms since the epoch. */
export const AS_OF_MS = Date.parse(AS_OF);

/** Wraps data in the feed envelope. */
export function envelope<T>(kind: FeedKind, source: string, data: T) {
  return { kind, schemaVersion: SCHEMA_VERSION, asOf: AS_OF, source, data };
}

/** ISO 8601 in Asia/Shanghai (+08:00) for an instant in ms. */
export function shanghaiIso(ms: number): string {
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/**
 * Serialises a feed with one record per line: small diffs when a figure changes, and a
 * third of the size of fully indented JSON for the hotline's 3,607 cases.
 */
export function stringifyFeed(feed: { data: Record<string, unknown[]> }): string {
  const { data, ...head } = feed;
  const lines = ['{'];
  for (const [k, v] of Object.entries(head))
    lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  lines.push('  "data": {');
  const keys = Object.keys(data);
  keys.forEach((key, ki) => {
    const items = data[key] ?? [];
    const close = ki === keys.length - 1 ? '' : ',';
    if (items.length === 0) {
      lines.push(`    ${JSON.stringify(key)}: []${close}`);
      return;
    }
    lines.push(`    ${JSON.stringify(key)}: [`);
    items.forEach((item, i) => {
      lines.push(`      ${JSON.stringify(item)}${i === items.length - 1 ? '' : ','}`);
    });
    lines.push(`    ]${close}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}
