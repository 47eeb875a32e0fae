import type { AreaFeature, Position } from '../geometry/types.js';
import { equalAreaProjection, type PlaneProjection } from '../projection/equal-area.js';

/** A district projected to the plane: rings as flat [x0, y0, x1, y1, …] arrays in km. */
export interface PlaneDistrict {
  /** Adcode (or the feature's id, as a string). */
  id: string;
  /** Display name from the feature's properties, if any. */
  name: string;
  /** Every ring of every polygon; even-odd filling needs no winding. */
  rings: Float64Array[];
  /** Area from the projected rings (exact for an equal-area projection up to edge curvature). */
  areaKm2: number;
  /** Bounding box in km: [minX, minY, maxX, maxY]. */
  bbox: [number, number, number, number];
}

/** Districts on one equal-area plane centred on the region. */
export interface PlaneRegion {
  /** The projection shared by the districts and every station. */
  projection: PlaneProjection;
  /** The projected districts, in input order. */
  districts: PlaneDistrict[];
  /** Bounding box in km: [minX, minY, maxX, maxY]. */
  bbox: [number, number, number, number];
}

function ringsOf(f: AreaFeature): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Centre of the lon/lat bounding box of the features: the projection's tangent point. */
export function regionCenter(features: readonly AreaFeature[]): [number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of features) {
    for (const ring of ringsOf(f)) {
      for (const p of ring) {
        w = Math.min(w, p[0] as number);
        e = Math.max(e, p[0] as number);
        s = Math.min(s, p[1] as number);
        n = Math.max(n, p[1] as number);
      }
    }
  }
  return [(w + e) / 2, (s + n) / 2];
}

/** Project district features onto an equal-area plane centred on them (or on `center`). */
export function projectRegion(
  features: readonly AreaFeature[],
  center: readonly [number, number] = regionCenter(features),
): PlaneRegion {
  const projection = equalAreaProjection(center[0], center[1]);
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const districts = features.map((f, i) => {
    let area2 = 0;
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = ringsOf(f).map((ring) => {
      const xy = new Float64Array(ring.length * 2);
      ring.forEach((p, k) => {
        const [x, y] = projection.forward(p[0] as number, p[1] as number);
        xy[2 * k] = x;
        xy[2 * k + 1] = y;
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      });
      area2 += shoelace(xy);
      return xy;
    });
    bbox[0] = Math.min(bbox[0], box[0]);
    bbox[1] = Math.min(bbox[1], box[1]);
    bbox[2] = Math.max(bbox[2], box[2]);
    bbox[3] = Math.max(bbox[3], box[3]);
    const props = f.properties as { adcode?: unknown; name?: unknown };
    return {
      id: String(props.adcode ?? f.id ?? i),
      name: typeof props.name === 'string' ? props.name : '',
      rings,
      // Exterior and holes wind oppositely, so the signed sum is the area with holes removed.
      areaKm2: Math.abs(area2) / 2,
      bbox: box,
    };
  });
  return { projection, districts, bbox };
}

/** Twice the signed area of a flat ring. */
function shoelace(xy: Float64Array): number {
  let sum = 0;
  for (let k = 0; k + 3 < xy.length; k += 2) {
    sum +=
      (xy[k] as number) * (xy[k + 3] as number) - (xy[k + 2] as number) * (xy[k + 1] as number);
  }
  return sum;
}
