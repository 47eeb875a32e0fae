import type { AreaCollection } from '@onescreen/geo';
import simplify from 'simplify-js';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * How far a simplified border may stray from the original, in degrees: half the grid the
 * bundled polygons are rounded to (1/1024°, about 100 m), so the simplified outline is as
 * true as the source itself. On a 4K screen showing Hangzhou and Jiaxing (about 670 px per
 * degree) that is a third of a pixel.
 */
export const BORDER_TOLERANCE_DEG = 1 / 2048;

/** Decimals written: 1e-5° (about 1 m), the precision the source is written with. */
const DECIMALS = 5;

/**
 * The boundaries with fewer points: borders that two districts share are simplified once, as
 * one line (Douglas–Peucker, at most `tolerance` from the original), so neighbours still meet
 * exactly, with no sliver or gap between them. Junctions where borders meet stay where they
 * are; a ring that would fall below a triangle keeps its original points. Properties and ids
 * pass through unchanged; coordinates are written at 1e-5°.
 */
export function shrinkBoundaries(
  collection: AreaCollection,
  tolerance = BORDER_TOLERANCE_DEG,
): AreaCollection {
  const topo = topology({ districts: collection as never }) as Topology<{
    districts: GeometryCollection;
  }>;
  const arcs = topo.arcs.map((arc) => {
    const points = arc.map(([x, y]) => ({ x: x as number, y: y as number }));
    const kept = simplify(points, tolerance, true);
    // A closed arc (a ring on its own) needs four points to stay a ring.
    const closed =
      arc.length > 1 && arc[0]?.[0] === arc.at(-1)?.[0] && arc[0]?.[1] === arc.at(-1)?.[1];
    if (closed && kept.length < 4) return arc;
    return kept.map((p) => [round(p.x), round(p.y)]);
  });
  const shrunk = feature(
    { ...topo, arcs } as never,
    topo.objects.districts,
  ) as unknown as AreaCollection;
  return {
    type: 'FeatureCollection',
    features: shrunk.features.map((f, i) => {
      const original = collection.features[i];
      return {
        type: 'Feature',
        ...(original?.id === undefined ? {} : { id: original.id }),
        properties: original?.properties ?? {},
        geometry: f.geometry,
      };
    }),
  };
}

function round(v: number): number {
  return Number(v.toFixed(DECIMALS));
}

/** Count of coordinates in a collection (for the build log and tests). */
export function pointCount(collection: AreaCollection): number {
  let n = 0;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') n += 1;
    else if (Array.isArray(c)) for (const x of c) walk(x);
  };
  for (const f of collection.features) walk(f.geometry.coordinates);
  return n;
}
