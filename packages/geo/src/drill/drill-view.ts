import type { AreaFeature } from '../geometry/types.js';

// Drilling down a map through boundary layers (districts → towns → grid cells) without any
// state of its own: what the map shows follows from the selected place alone. A place code
// nests by prefix (a town code starts with its district's adcode, a zone id with its town's
// code), so the layers need no parent links.

/** One boundary layer: the districts at the top, then towns, zones … */
export interface DrillLayer {
  /** The layer's name ('district', 'town', 'grid'). */
  level: string;
  /** Its areas; each feature's id (or properties.adcode) is its place code. */
  features: readonly AreaFeature[];
}

/** One step of the trail from the top of the map down to what it shows. */
export interface DrillStep {
  /** Place code. */
  code: string;
  /** Its name (properties.name), or the code when the feature has none. */
  name: string;
  /** The layer it belongs to. */
  level: string;
}

/** What a drillable map shows for one selected place. */
export interface DrillView {
  /** The place whose parts are shown, or null at the top. */
  parent: string | null;
  /** Index of the layer shown (0: the top). */
  depth: number;
  /** The areas shown. */
  features: readonly AreaFeature[];
  /** From the top down to `parent`: the breadcrumb. */
  trail: DrillStep[];
  /** The selected place when it is one of the shown areas; otherwise null. */
  selected: string | null;
}

/** A feature's place code: its id, else properties.adcode. */
export function featureCode(feature: AreaFeature): string {
  return String(feature.id ?? feature.properties.adcode ?? '');
}

function nameOf(feature: AreaFeature, code: string): string {
  const name = feature.properties.name;
  return typeof name === 'string' && name.length > 0 ? name : code;
}

/** An index of drill layers: every place code with its layer, and each place's parts. */
export interface DrillIndex {
  /** The layers, top first. */
  layers: readonly DrillLayer[];
  /** Place code → its layer index and feature. */
  byCode: ReadonlyMap<string, { depth: number; feature: AreaFeature }>;
  /** The areas one level down inside a place (empty when it has none). */
  partsOf(code: string): { depth: number; features: readonly AreaFeature[] };
}

/**
 * Index the layers once. A place's parts are the areas of the first deeper layer whose codes
 * start with the place's code: a district's towns, or, for a district whose layer of towns
 * has none of its own, its zones directly.
 */
export function drillIndex(layers: readonly DrillLayer[]): DrillIndex {
  const byCode = new Map<string, { depth: number; feature: AreaFeature }>();
  layers.forEach((layer, depth) => {
    for (const feature of layer.features) {
      const code = featureCode(feature);
      if (code && !byCode.has(code)) byCode.set(code, { depth, feature });
    }
  });
  const cache = new Map<string, { depth: number; features: readonly AreaFeature[] }>();
  const none = { depth: -1, features: [] as const };
  const partsOf = (code: string) => {
    const hit = cache.get(code);
    if (hit) return hit;
    const own = byCode.get(code);
    let found: { depth: number; features: readonly AreaFeature[] } = none;
    if (own) {
      for (let d = own.depth + 1; d < layers.length && found === none; d++) {
        const features = (layers[d]?.features ?? []).filter((f) => {
          const c = featureCode(f);
          return c.length > code.length && c.startsWith(code);
        });
        if (features.length > 0) found = { depth: d, features };
      }
    }
    cache.set(code, found);
    return found;
  };
  return { layers, byCode, partsOf };
}

/**
 * What the map shows when `place` is selected: a place with parts opens them (clicking a
 * district with towns shows its towns); a place without parts is shown among its siblings,
 * selected. A code no layer holds (a district without a polygon) shows the parts of its
 * nearest known ancestor, with nothing selected.
 */
export function drillView(index: DrillIndex, place: string | undefined): DrillView {
  const top = index.layers[0]?.features ?? [];
  const trailTo = (code: string): DrillStep[] => {
    const steps: DrillStep[] = [];
    for (let n = 1; n <= code.length; n++) {
      const c = code.slice(0, n);
      const hit = index.byCode.get(c);
      if (hit) {
        steps.push({
          code: c,
          name: nameOf(hit.feature, c),
          level: index.layers[hit.depth]?.level ?? '',
        });
      }
    }
    return steps;
  };
  if (place === undefined)
    return { parent: null, depth: 0, features: top, trail: [], selected: null };
  const ancestors = trailTo(place);
  // The deepest known place on the way (the place itself when known) that opens into parts.
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const step = ancestors[i] as DrillStep;
    const parts = index.partsOf(step.code);
    if (parts.features.length === 0) continue;
    const own = parts.features.some((f) => featureCode(f) === place);
    // Below it, only the place itself (its own area, or none) can be selected.
    const selected = step.code === place ? null : own ? place : null;
    return {
      parent: step.code,
      depth: parts.depth,
      features: parts.features,
      trail: ancestors.slice(0, i + 1),
      selected,
    };
  }
  const atTop = index.byCode.get(place)?.depth === 0;
  return { parent: null, depth: 0, features: top, trail: [], selected: atTop ? place : null };
}

/** The place one level up from what the map shows (its parent's parent), or undefined at the top. */
export function drillUp(view: DrillView): string | undefined {
  return view.trail.length >= 2 ? view.trail[view.trail.length - 2]?.code : undefined;
}
