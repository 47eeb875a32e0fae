/** How a data prop should look: a list, a keyed record, a GeoJSON collection, or an object or null. */
export type DataShape = 'list' | 'record' | 'collection' | 'objectOrNull';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An empty GeoJSON FeatureCollection, for boundaries that are missing or malformed. */
export const noFeatures = Object.freeze({ type: 'FeatureCollection' as const, features: [] });

// One empty list and record for every missing prop: a new one per render would change the
// identity of what widgets memoise on, and redo their work (a map laid out again) every time.
const noList = Object.freeze([]);
const noRecord = Object.freeze({});

/** `v` if it has the shape, else the empty value of that shape (missing data reads as no data). */
export function ofShape(v: unknown, shape: DataShape): unknown {
  switch (shape) {
    case 'list':
      return Array.isArray(v) ? v : noList;
    case 'record':
      return isObject(v) ? v : noRecord;
    case 'collection':
      return isObject(v) && Array.isArray(v.features) ? v : noFeatures;
    case 'objectOrNull':
      return isObject(v) ? v : null;
  }
}

/**
 * Props with each listed data prop coerced to its shape. Pure: a portal page may hand a widget
 * `{}` or a feed's error body, and that must read as "no data", not as a crash.
 */
export function tolerate<P extends object>(
  props: P,
  shapes: Readonly<Record<string, DataShape>>,
): P {
  let out: Record<string, unknown> | null = null;
  for (const [key, shape] of Object.entries(shapes)) {
    const v = (props as Record<string, unknown>)[key];
    const fixed = ofShape(v, shape);
    if (fixed !== v) {
      out ??= { ...(props as Record<string, unknown>) };
      out[key] = fixed;
    }
  }
  // Unchanged props keep their identity, so memoised computes below do not rerun.
  return (out ?? props) as P;
}
