import type { LocalText } from '@onescreen/core';
import type { AreaFeature } from '@onescreen/geo';

type PlaceName = (code: string) => LocalText | undefined;

/** The names each lookup made here holds, for the feed worker's copy of them. */
const tables = new WeakMap<PlaceName, readonly (readonly [string, LocalText])[]>();

/** Every name a lookup made by placeNamesOf knows; undefined for any other function. */
export function placeNameEntries(
  placeName: PlaceName,
): readonly (readonly [string, LocalText])[] | undefined {
  return tables.get(placeName);
}

/**
 * A place's name from the map's boundaries (district, town or zone features), for views whose
 * records carry only codes. Boundary files name places in Chinese; English falls back to it.
 */
export function placeNamesOf(features: readonly AreaFeature[]): PlaceName {
  const names = new Map<string, LocalText>();
  for (const f of features) {
    const code = String(f.id ?? f.properties.adcode ?? '');
    const zh = f.properties.name;
    const en = (f.properties as Record<string, unknown>).nameEn;
    if (code && typeof zh === 'string') {
      names.set(code, { 'zh-CN': zh, en: typeof en === 'string' ? en : zh });
    }
  }
  const placeName: PlaceName = (code) => names.get(code);
  tables.set(placeName, [...names]);
  return placeName;
}

// One lookup per boundaries and drill layers: the boot step and the screen ask with the same
// arrays, and get the same function, so views the feed worker worked out for the first render
// (in the names the boot step sent) are found for it (worker-views compares lookups).
const byBoundaries = new WeakMap<object, WeakMap<object, PlaceName>>();

/**
 * The names of a screen's places: its districts and every drill layer's areas (towns, zones),
 * so a drilled selection is named too. The same arrays give the same function.
 */
export function screenPlaceNames(
  boundaries: readonly AreaFeature[],
  drill: readonly { features: readonly AreaFeature[] }[],
): PlaceName {
  let byDrill = byBoundaries.get(boundaries);
  if (!byDrill) {
    byDrill = new WeakMap();
    byBoundaries.set(boundaries, byDrill);
  }
  let names = byDrill.get(drill);
  if (!names) {
    names = placeNamesOf([...boundaries, ...drill.flatMap((l) => l.features)]);
    byDrill.set(drill, names);
  }
  return names;
}
