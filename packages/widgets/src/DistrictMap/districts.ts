import type { AreaCollection, AreaFeature } from '@onescreen/geo';

/** A district as the map names it: its code (adcode) and display name. */
export interface District {
  /** Stable code: the feature's id, else properties.adcode or properties.code. */
  code: string;
  /** Display name (feed or boundary text). */
  name: string;
  /** Label point [lon, lat] when the boundary carries one. */
  center?: [number, number] | undefined;
}

function codeOf(feature: AreaFeature, index: number): string {
  const p = (feature.properties ?? {}) as Record<string, unknown>;
  const raw = (feature as { id?: unknown }).id ?? p.adcode ?? p.code ?? p.name ?? index;
  return String(raw);
}

/** The districts of a feature collection, in feature order. */
export function districtsOf(collection: AreaCollection): District[] {
  return collection.features.map((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const cp = p.cp;
    const center =
      Array.isArray(cp) && cp.length >= 2
        ? ([Number(cp[0]), Number(cp[1])] as [number, number])
        : undefined;
    return { code: codeOf(f, i), name: typeof p.name === 'string' ? p.name : codeOf(f, i), center };
  });
}
