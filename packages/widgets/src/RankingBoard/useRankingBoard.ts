import { formatGrouped } from '@onescreen/core';
import { useMemo } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { useLang } from '../i18n/context.js';
import { type RankingItem, rankItems } from './compute.js';
import { rankingMessages as m } from './messages.js';

/** Inputs of useRankingBoard (the data props of RankingBoard). */
export interface RankingBoardData {
  /** Entries to rank. */
  items: readonly RankingItem[];
  /** How many rows to show (10 by default). */
  limit?: number | undefined;
  /** Rank smallest first (e.g. fewest incidents). */
  ascending?: boolean | undefined;
  /** Unit after values. */
  unit?: string | undefined;
  /** One-line title. */
  title?: string | undefined;
}

/** Ranked rows, their hidden table and emptiness, memoised on the inputs. */
export function useRankingBoard({
  items,
  limit = 10,
  ascending = false,
  unit = '',
  title,
}: RankingBoardData) {
  const lang = useLang();
  return useMemo(() => {
    const rows = rankItems(items, limit, ascending);
    const table: A11yTable = {
      caption: m(lang, 'caption', { title: title ?? m(lang, 'untitled') }),
      columns: [m(lang, 'rank'), m(lang, 'name'), `${m(lang, 'value')}${unit ? ` (${unit})` : ''}`],
      rows: rows.map((r) => [r.rank, r.name, formatGrouped(r.value, lang)]),
    };
    return { rows, table, empty: rows.length === 0, lang };
  }, [items, limit, ascending, unit, title, lang]);
}
