import { districtByCode } from '@onescreen/core';

/** What the operator has selected on the map: one district (adcode) or nothing (the whole area). */
export interface Selection {
  /** Adcode of the selected district, or null for every district. */
  district: string | null;
}

/** A record tied to a place, as every feed record is. */
export interface Placed {
  district: string;
  districtName: string;
  town?: string | undefined;
  townName?: string | undefined;
}

/** The place a widget shows when nothing is selected (a figure published for one place). */
export interface Scope {
  district?: string | undefined;
  town?: string | undefined;
}

/**
 * The records that belong to the selection, or to `fallback` when nothing is selected, each
 * place counted once: where a district has district-level rows, its town rows are a
 * breakdown of them and are left out; a district with only town rows is summed from those.
 */
export function selectPlaced<T extends Placed>(
  records: readonly T[],
  selection: Selection,
  fallback: Scope = {},
): T[] {
  const target: Scope = selection.district !== null ? { district: selection.district } : fallback;
  let rows = target.district ? records.filter((r) => r.district === target.district) : [...records];
  if (target.town) return rows.filter((r) => r.town === target.town);
  const covered = new Set(rows.filter((r) => r.town === undefined).map((r) => r.district));
  rows = rows.filter((r) => r.town === undefined || !covered.has(r.district));
  return rows;
}

/**
 * The place the records speak for, for a panel subtitle: one district or town name when they
 * all share it, else null. A KPI that only one district publishes must say whose it is.
 */
export function scopeName(records: readonly Placed[]): { zh: string; en: string } | null {
  const first = records[0];
  if (!first) return null;
  const sameTown = first.townName !== undefined && records.every((r) => r.town === first.town);
  if (sameTown) return { zh: first.townName ?? '', en: first.townName ?? '' };
  if (records.every((r) => r.district === first.district)) {
    return {
      zh: first.districtName,
      en: districtByCode(first.district)?.nameEn ?? first.districtName,
    };
  }
  return null;
}
