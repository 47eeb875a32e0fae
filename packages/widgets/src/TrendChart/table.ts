import { formatGrouped } from '@onescreen/core';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { trendMessages as m } from './messages.js';
import type { TrendInput } from './types.js';

/** The hidden table: one row per period, a column per series and per previous-year series. */
export function trendTable(
  input: Pick<TrendInput, 'categories' | 'series' | 'title' | 'lang'>,
): A11yTable {
  const { lang } = input;
  const columns = [m(lang, 'period')];
  for (const s of input.series) columns.push(s.name);
  for (const s of input.series)
    if (s.previous) columns.push(s.previousName ?? m(lang, 'previous', { name: s.name }));
  const rows = input.categories.map((c, i) => {
    const row: (string | number)[] = [c];
    for (const s of input.series) row.push(formatGrouped(s.values[i] ?? null, lang));
    for (const s of input.series)
      if (s.previous) row.push(formatGrouped(s.previous[i] ?? null, lang));
    return row;
  });
  return { caption: m(lang, 'caption', { title: input.title }), columns, rows };
}
