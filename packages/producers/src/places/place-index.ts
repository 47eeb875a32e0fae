import { hangzhou, jiaxing } from '@onescreen/boundaries';
import { DISTRICTS } from '@onescreen/core';
import { TOWNS } from './towns.js';

/** One place a cell may name: its code, its full name, and the district it lies in. */
export interface Place {
  /** 6-digit adcode or 9-digit town code. */
  code: string;
  /** The full name (萧山区, 城厢街道). */
  name: string;
  /** A district or a town. */
  level: 'district' | 'town';
}

/** Every name and code a clerk may write for a place, each to the places it can mean. */
export interface PlaceIndex {
  /** The place with this code, if known. */
  byCode: ReadonlyMap<string, Place>;
  /** The places a name (full or short) can mean. */
  byName: ReadonlyMap<string, readonly Place[]>;
}

// Words a name may start with that add nothing: the province and the two cities.
const PREFIXES = ['浙江省', '浙江', '杭州市', '嘉兴市'];
const DISTRICT_SUFFIX = /(区|县|市)$/;
const TOWN_SUFFIX = /(街道|镇|乡)$/;

/** A name without the province/city in front (杭州市萧山区 → 萧山区). */
export function withoutPrefix(name: string): string {
  let rest = name.replace(/\s+/g, '');
  for (let again = true; again; ) {
    again = false;
    for (const p of PREFIXES) {
      if (rest.startsWith(p) && rest.length > p.length) {
        rest = rest.slice(p.length);
        again = true;
      }
    }
  }
  return rest;
}

function add(map: Map<string, Place[]>, name: string, place: Place) {
  const list = map.get(name) ?? [];
  if (!list.some((p) => p.code === place.code)) list.push(place);
  map.set(name, list);
}

/**
 * The places of the screen: the ten districts of the reports (core's DISTRICTS), every county
 * unit of the bundled boundaries (other Hangzhou and Jiaxing districts, and the source's older
 * names such as 临安市), and the 152 towns of data/geo/towns.json. Short forms (萧山, 城厢) are
 * indexed too; a short form two places share is kept with both, so it reads as ambiguous.
 */
export function buildPlaceIndex(): PlaceIndex {
  const byCode = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  const district = (code: string, name: string, alias?: string) => {
    const place: Place = byCode.get(code) ?? { code, name, level: 'district' };
    byCode.set(code, place);
    for (const n of [name, alias].filter((x): x is string => x !== undefined)) {
      add(byName, n, place);
      const short = n.replace(DISTRICT_SUFFIX, '');
      if (short.length >= 2) add(byName, short, place);
    }
  };
  for (const d of DISTRICTS) district(d.code, d.name);
  for (const f of [...hangzhou.features, ...jiaxing.features]) {
    district(f.properties.adcode, f.properties.name, f.properties.sourceName);
  }
  for (const [code, name] of TOWNS) {
    const place: Place = { code, name, level: 'town' };
    byCode.set(code, place);
    add(byName, name, place);
    const short = name.replace(TOWN_SUFFIX, '');
    if (short.length >= 2 && short !== name) add(byName, short, place);
  }
  return { byCode, byName };
}

let shared: PlaceIndex | undefined;

/** The place index, built once. */
export function placeIndex(): PlaceIndex {
  shared ??= buildPlaceIndex();
  return shared;
}
