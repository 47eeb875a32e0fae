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

/** The polygons of a feature, each a list of rings (exterior first). */
function polygonsOf(f: AreaFeature): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function ringsOf(f: AreaFeature): Position[][] {
  return polygonsOf(f).flat();
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

/**
 * Project district features onto an equal-area plane centred on them (or on `center`), turned
 * by `turn` radians (GRID_TURN by default, for counting; 0 keeps north up).
 */
export function projectRegion(
  features: readonly AreaFeature[],
  center: readonly [number, number] = regionCenter(features),
  turn: number = GRID_TURN,
): PlaneRegion {
  const projection = turnedPlane(equalAreaProjection(center[0], center[1]), turn);
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const districts = features.map((f, i) => {
    let area2 = 0;
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = polygonsOf(f).flatMap((polygon) =>
      polygon.map((ring, r) => {
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
        // The exterior adds and every hole takes away, whichever way each is wound: a hole
        // wound like its exterior would otherwise add its area (558 km² for 526).
        area2 += (r === 0 ? 1 : -1) * Math.abs(shoelace(xy));
        return xy;
      }),
    );
    bbox[0] = Math.min(bbox[0], box[0]);
    bbox[1] = Math.min(bbox[1], box[1]);
    bbox[2] = Math.max(bbox[2], box[2]);
    bbox[3] = Math.max(bbox[3], box[3]);
    const props = f.properties as { adcode?: unknown; name?: unknown };
    return {
      id: String(props.adcode ?? f.id ?? i),
      name: typeof props.name === 'string' ? props.name : '',
      rings,
      areaKm2: Math.max(0, area2) / 2,
      bbox: box,
    };
  });
  return { projection, districts, bbox };
}

/**
 * The angle the plane (and so every raster) is turned by against the meridians, in radians:
 * atan(1/φ²), about 20.9°. Boundaries digitised on a lon/lat grid (the bundled ones are rounded
 * to 1/1024°) are full of north–south and east–west runs. On a north-up raster such a run falls
 * on one side of a whole row of cell centres at once, so the count errs coherently along it, and
 * small districts (whose border is long for their area) erred most: 0.19 pp in 下城. Turned by an
 * angle whose tangent is the rational-shy golden ratio, every run crosses the cell centres at
 * scattered offsets and its errors cancel like independent ones, at every district size.
 */
export const GRID_TURN = Math.atan(1 / ((1 + Math.sqrt(5)) / 2) ** 2);

/** A plane projection turned by `angle` radians about its origin (areas are unchanged). */
export function turnedPlane(p: PlaneProjection, angle: number): PlaneProjection {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return {
    forward(lon, lat) {
      const [x, y] = p.forward(lon, lat);
      return [c * x - s * y, s * x + c * y];
    },
    inverse(x, y) {
      return p.inverse(c * x + s * y, -s * x + c * y);
    },
  };
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
