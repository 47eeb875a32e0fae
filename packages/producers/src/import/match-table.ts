import type { FeedDecl } from '@onescreen/core';
import { cellText } from '../cells/cell.js';
import { fieldOfHeader } from '../headers.js';
import type { Sheet } from '../spreadsheet/sheet.js';
import { TABLE_LABELS } from '../table-words.js';

const fold = (s: string) => cellText(s).toLowerCase();

/**
 * The table a sheet holds: named by its key in brackets (`月度信访 (monthly)`), by its key or
 * label alone, by a part of a CSV file's name (`petitions.monthly.csv`), as the only table of
 * the feed, or else the one table most of its headers belong to.
 */
export function matchTable(
  sheet: Sheet,
  headers: readonly string[],
  kind: string,
  decl: FeedDecl,
): string | undefined {
  const tables = Object.keys(decl);
  const byWord = (word: string) => {
    const w = fold(word);
    return tables.find((t) => {
      const label = TABLE_LABELS[`${kind}.${t}`];
      return fold(t) === w || (label && (fold(label['zh-CN']) === w || fold(label.en) === w));
    });
  };
  const keyed = /[(（]\s*([A-Za-z][A-Za-z0-9_]*)\s*[)）]\s*$/.exec(sheet.name);
  const named = (keyed && byWord(keyed[1] as string)) ?? byWord(sheet.name);
  if (named) return named;
  for (const part of sheet.name.split(/[.\s_-]+/).reverse()) {
    const hit = byWord(part);
    if (hit) return hit;
  }
  if (tables.length === 1) return tables[0];
  // Only a clear winner: more than half of the headers, and more than any other table.
  const scored = tables
    .map((t) => ({ t, n: headers.filter((h) => fieldOfHeader(h, decl[t] ?? [])).length }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = scored;
  if (first && first.n > headers.length / 2 && (!second || first.n > second.n)) return first.t;
  return undefined;
}
