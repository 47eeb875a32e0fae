import type { AreaCollection } from '@onescreen/geo';
import polylabel from 'polylabel';
import { districtsOf } from '../DistrictMap/districts.js';
import { mercator, unmercator } from './mercator.js';

/** A point on the map plane: x right, y down. */
export type PlanePoint = [number, number];
/** A box on the plane: [minX, minY, maxX, maxY]. */
export type PlaneBox = [number, number, number, number];

/** One district on the plane. */
export interface MapShape {
  /** District code (the feature's id, adcode, code or name). */
  code: string;
  /** Display name. */
  name: string;
  /** Polygons, each [exterior, ...holes], in plane units. */
  polygons: PlanePoint[][][];
  /** Bounding box. */
  box: PlaneBox;
  /** Area in plane units², holes taken out. */
  area: number;
  /** The interior point farthest from every edge of the largest polygon (polylabel). */
  pole: PlanePoint;
}

/** Districts projected once: the plane every size of the map is laid out on. */
export interface MapGeometry {
  /** The districts, in feature order. */
  shapes: MapShape[];
  /** Bounding box of every shape. */
  box: PlaneBox;
  /** [lon, lat] (GCJ-02) → plane. */
  toPlane: (lon: number, lat: number) => PlanePoint;
  /** Plane → [lon, lat]. */
  toLonLat: (x: number, y: number) => PlanePoint;
  /** The shapes as GeoJSON for `registerMap`, in chart coordinates (see `toChart`). */
  registered: { type: 'FeatureCollection'; features: unknown[] };
}

/** Longer side of the plane box: coordinates run 0..PLANE. */
const PLANE = 1000;

/**
 * ECharts reads a GeoJSON map without a projection as longitude/latitude and flips y, so the
 * map is registered with y negated: it then draws plane coordinates as they are, scaled into
 * the box the layout gives it. Points on the map are given to ECharts the same way.
 */
export function toChart([x, y]: PlanePoint): [number, number] {
  return [x, -y];
}

function visit(coords: unknown, fn: (lon: number, lat: number) => void): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') fn(coords[0], coords[1] as number);
  else for (const c of coords) visit(c, fn);
}

function ringArea(ring: readonly PlanePoint[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i] as PlanePoint;
    const q = ring[j] as PlanePoint;
    a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return Math.abs(a) / 2;
}

function polygonsOf(geometry: { type: string; coordinates: unknown }): number[][][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as number[][][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as number[][][][];
  return [];
}

/**
 * Projects a collection (or the features whose codes `keep` holds) onto a Mercator plane whose
 * longer side is 1000 units, and precomputes what every layout needs: areas, boxes and a label
 * point per district. Done once per boundary set, never per size or per value update.
 */
export function mapGeometry(collection: AreaCollection, keep?: ReadonlySet<string>): MapGeometry {
  const districts = districtsOf(collection);
  const features = collection.features
    .map((f, i) => ({ f, d: districts[i] as { code: string; name: string } }))
    .filter(({ d }) => !keep || keep.has(d.code));
  let mx0 = Infinity;
  let my0 = Infinity;
  let mx1 = -Infinity;
  let my1 = -Infinity;
  for (const { f } of features)
    visit(f.geometry?.coordinates, (lon, lat) => {
      const [x, y] = mercator(lon, lat);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      mx0 = Math.min(mx0, x);
      my0 = Math.min(my0, y);
      mx1 = Math.max(mx1, x);
      my1 = Math.max(my1, y);
    });
  const span = Math.max(mx1 - mx0, my1 - my0);
  const k = Number.isFinite(span) && span > 0 ? PLANE / span : 1;
  const ox = Number.isFinite(mx0) ? mx0 : 0;
  const oy = Number.isFinite(my0) ? my0 : 0;
  const toPlane = (lon: number, lat: number): PlanePoint => {
    const [x, y] = mercator(lon, lat);
    return [(x - ox) * k, (y - oy) * k];
  };
  const toLonLat = (x: number, y: number): PlanePoint => unmercator(x / k + ox, y / k + oy);
  const all: PlaneBox = [Infinity, Infinity, -Infinity, -Infinity];
  const shapes: MapShape[] = features.map(({ f, d }) => {
    const polygons = polygonsOf(f.geometry ?? { type: '', coordinates: [] }).map((poly) =>
      poly.map((ring) => ring.map(([lon = 0, lat = 0]) => toPlane(lon, lat))),
    );
    const box: PlaneBox = [Infinity, Infinity, -Infinity, -Infinity];
    let area = 0;
    let largest: PlanePoint[][] | undefined;
    let largestArea = -1;
    for (const poly of polygons) {
      for (const ring of poly)
        for (const [x, y] of ring) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      const [outer = [], ...holes] = poly;
      const a = ringArea(outer) - holes.reduce((s, h) => s + ringArea(h), 0);
      area += a;
      if (a > largestArea) {
        largestArea = a;
        largest = poly;
      }
    }
    for (let i = 0; i < 4; i++)
      all[i] =
        i < 2
          ? Math.min(all[i] as number, box[i] as number)
          : Math.max(all[i] as number, box[i] as number);
    const p = largest && (largest[0]?.length ?? 0) > 2 ? polylabel(largest, 1) : null;
    const pole: PlanePoint = p
      ? [p[0] as number, p[1] as number]
      : [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    return { code: d.code, name: d.name, polygons, box, area, pole };
  });
  const registered = {
    type: 'FeatureCollection' as const,
    features: shapes.map((s) => ({
      type: 'Feature',
      properties: { code: s.code, name: s.name },
      geometry: {
        type: 'MultiPolygon',
        coordinates: s.polygons.map((poly) => poly.map((ring) => ring.map(toChart))),
      },
    })),
  };
  return { shapes, box: all, toPlane, toLonLat, registered };
}

/** True when the plane point lies inside the shape (even-odd over all its rings). */
export function shapeContains(shape: MapShape, x: number, y: number): boolean {
  const [x0, y0, x1, y1] = shape.box;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let inside = false;
  for (const poly of shape.polygons)
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as PlanePoint;
        const [xj, yj] = ring[j] as PlanePoint;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}
