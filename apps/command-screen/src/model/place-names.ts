import type { LocalText } from '@onescreen/core';
import type { AreaFeature } from '@onescreen/geo';

/**
 * A place's name from the map's boundaries (district, town or zone features), for views whose
 * records carry only codes. Boundary files name places in Chinese; English falls back to it.
 */
export function placeNamesOf(
  features: readonly AreaFeature[],
): (code: string) => LocalText | undefined {
  const names = new Map<string, LocalText>();
  for (const f of features) {
    const code = String(f.id ?? f.properties.adcode ?? '');
    const zh = f.properties.name;
    const en = (f.properties as Record<string, unknown>).nameEn;
    if (code && typeof zh === 'string') {
      names.set(code, { 'zh-CN': zh, en: typeof en === 'string' ? en : zh });
    }
  }
  return (code) => names.get(code);
}
