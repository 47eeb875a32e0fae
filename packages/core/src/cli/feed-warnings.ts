import { feedJsonSchema } from '../feeds/json-schema.js';
import { isFeedKind } from '../feeds/kinds.js';
import { findMarkup } from '../feeds/markup.js';
import type { Lang } from '../format/lang.js';
import { say } from './messages.js';
import { monthGaps } from './month-gaps.js';
import type { Locate } from './positions.js';
import { whereOf } from './report-lines.js';
import { type UnknownField, unknownFields } from './unknown-fields.js';

// A long series missing many months would make an unreadable line: name the first few.
const SHOWN_MONTHS = 6;

/** Runs of consecutive months as "2021-03 to 2021-05", the first few of them. */
function monthRuns(lang: Lang, months: readonly string[]): string {
  const runs: string[][] = [];
  let prev = '';
  for (const m of months) {
    const last = runs[runs.length - 1];
    if (last && next(prev) === m) last.push(m);
    else runs.push([m]);
    prev = m;
  }
  const text = runs
    .slice(0, SHOWN_MONTHS)
    .map((r) =>
      r.length === 1
        ? (r[0] as string)
        : say(lang, 'warn.gapRange', { from: r[0] as string, to: r[r.length - 1] as string }),
    )
    .join(lang === 'zh-CN' ? '、' : ', ');
  const more = runs.slice(SHOWN_MONTHS).reduce((n, r) => n + r.length, 0);
  return more > 0 ? `${text} ${say(lang, 'warn.gapMore', { n: more })}` : text;
}

function next(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Warnings that do not fail the run: strings that look like markup, fields the schema does not
 * know (one line per field name and list, with the likely intended name), and months missing
 * in the middle of a monthly series. `raw` is the document as parsed, before any record is
 * dropped, so a misspelt field shows up here even when its record is dropped for it.
 */
export function feedWarnings(raw: unknown, kind: unknown, lang: Lang, locate: Locate): string[] {
  const warn = (text: string) => say(lang, 'warning', { text });
  const lines: string[] = [];
  for (const hit of findMarkup(raw)) {
    const where = whereOf(lang, hit.pointer, locate(hit.pointer));
    lines.push(warn(say(lang, 'warn.markup', { where, text: JSON.stringify(hit.text) })));
  }
  if (isFeedKind(kind)) {
    // The same slip repeats in every record of a list: say it once, with how often.
    const groups = new Map<string, { first: UnknownField; n: number }>();
    for (const u of unknownFields(raw, feedJsonSchema(kind))) {
      const key = u.pointer.replace(/\/\d+(?=\/)/g, '/*');
      const group = groups.get(key);
      if (group) group.n += 1;
      else groups.set(key, { first: u, n: 1 });
    }
    for (const { first, n } of groups.values()) {
      const where = whereOf(lang, first.pointer, locate(first.pointer, { key: true }));
      let text = say(lang, 'warn.unknown', { where, field: first.field });
      if (n > 1) text += say(lang, 'warn.unknownMany', { n });
      if (first.didYouMean) text += say(lang, 'warn.didYouMean', { known: first.didYouMean });
      lines.push(warn(text));
    }
  }
  const data = (raw as { data?: unknown } | null)?.data;
  for (const gap of monthGaps(data)) {
    const where = whereOf(lang, gap.pointer, locate(gap.pointer));
    const missing = monthRuns(lang, gap.missing);
    lines.push(warn(say(lang, 'warn.gap', { ...gap, where, missing })));
  }
  return lines;
}
