import type { Placed } from './selection.js';

/** A petition month record as the petitions feed holds it. */
export interface PetitionMonthLike extends Placed {
  month: string;
  received: number;
  accusation: number;
}

/** A backlog level record. */
export interface BacklogLike extends Placed {
  level: 'national' | 'provincial' | 'city';
  total: number;
  cleared: number;
}

/** Villages of a place and how many had no accusation-type petition. */
export interface ZeroAccusationLike extends Placed {
  year: number;
  villages: number;
  zeroAccusation: number;
}

/** A count by subject or channel. */
export interface NamedCountLike extends Placed {
  year: number;
  id: string;
  name: string;
  nameEn: string;
  count: number;
}

/** Backlog cases by level, summed over places, in national → provincial → city order. */
export function backlogByLevel(records: readonly BacklogLike[]) {
  const levels = ['national', 'provincial', 'city'] as const;
  return levels
    .map((level) => {
      const rows = records.filter((r) => r.level === level);
      const total = rows.reduce((s, r) => s + r.total, 0);
      const cleared = rows.reduce((s, r) => s + r.cleared, 0);
      return { level, total, cleared, clearedPercent: total > 0 ? (cleared / total) * 100 : null };
    })
    .filter((l) => l.total > 0);
}

/** Share (percent) of villages with zero accusation-type petitions in the latest year. */
export function zeroAccusationShare(records: readonly ZeroAccusationLike[]) {
  if (records.length === 0) return null;
  const year = Math.max(...records.map((r) => r.year));
  const rows = records.filter((r) => r.year === year);
  const villages = rows.reduce((s, r) => s + r.villages, 0);
  const zero = rows.reduce((s, r) => s + r.zeroAccusation, 0);
  return { year, villages, zero, percent: villages > 0 ? (zero / villages) * 100 : null };
}

/** Counts by id (subject or channel) for the latest year, largest first. */
export function countsByName(records: readonly NamedCountLike[]) {
  if (records.length === 0) return [];
  const year = Math.max(...records.map((r) => r.year));
  const byId = new Map<string, { id: string; name: string; nameEn: string; value: number }>();
  for (const r of records) {
    if (r.year !== year) continue;
    const row = byId.get(r.id) ?? { id: r.id, name: r.name, nameEn: r.nameEn, value: 0 };
    row.value += r.count;
    byId.set(r.id, row);
  }
  return [...byId.values()].sort((a, b) => b.value - a.value);
}
