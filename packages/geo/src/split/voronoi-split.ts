import { intersection } from 'polyclip-ts';
import { regionCenter } from '../coverage/region.js';
import { cleanRing } from '../geometry/clean-ring.js';
import { rewindGeometry } from '../geometry/rewind.js';
import type { AreaFeature, AreaGeometry, Position } from '../geometry/types.js';
import { equalAreaProjection } from '../projection/equal-area.js';

/** One part of a split: the place it becomes and the point its cell grows around. */
export interface SplitSite {
  /** The part's code (its feature id), e.g. a town code. */
  id: string;
  /** GCJ-02 [lon, lat] of the seat the cell is drawn around; must lie inside the area. */
  at: readonly [number, number];
  /** Properties of the part's feature (name and any others). */
  properties: Record<string, unknown>;
}

type Pt = [number, number];

/** Keep the side of the line through `a`→`b` where `inside` is true (one Sutherland–Hodgman pass). */
function clipConvex(poly: Pt[], inside: (p: Pt) => number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i] as Pt;
    const q = poly[(i + 1) % poly.length] as Pt;
    const dp = inside(p);
    const dq = inside(q);
    if (dp >= 0) out.push(p);
    if (dp >= 0 !== dq >= 0) {
      const t = dp / (dp - dq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/**
 * The Voronoi cell of site `i` inside a box: the box cut by the half-plane of points nearer
 * to site i than to each other site. Every cell of a Voronoi diagram is convex, so cutting a
 * convex polygon by half-planes is exact.
 */
function voronoiCell(sites: readonly Pt[], i: number, box: Pt[]): Pt[] {
  const s = sites[i] as Pt;
  let cell = box;
  sites.forEach((o, j) => {
    if (j === i || cell.length === 0) return;
    // |p − s|² ≤ |p − o|²  ⇔  2p·(o − s) ≤ |o|² − |s|²
    const ax = o[0] - s[0];
    const ay = o[1] - s[1];
    const c = (o[0] ** 2 + o[1] ** 2 - s[0] ** 2 - s[1] ** 2) / 2;
    cell = clipConvex(cell, (p) => c - (p[0] * ax + p[1] * ay));
  });
  return cell;
}

function polygonsOf(g: AreaGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Split an area into one part per site: each part is the area's points nearer to its site
 * than to any other (a Voronoi diagram clipped to the area), measured on an equal-area plane
 * centred on the area so that "nearer" means kilometres, not degrees. The parts tile the area
 * without gaps or overlaps; the area's own edges are kept vertex for vertex. Positions are
 * rounded to 5 decimals (about 1 m), like the bundled boundaries, and wound for d3.
 *
 * This draws plausible shapes, not real ones: a town's true boundary follows rivers, roads and
 * history. Use it only for clearly labelled synthetic layers.
 */
export function voronoiSplit(area: AreaFeature, sites: readonly SplitSite[]): AreaFeature[] {
  if (sites.length === 0) return [];
  const projection = equalAreaProjection(...regionCenter([area]));
  const plane = polygonsOf(area.geometry).map((polygon) =>
    polygon.map((ring) =>
      ring.map((p) => projection.forward(p[0] as number, p[1] as number) as Pt),
    ),
  );
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of plane.flat()) {
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  const pad = Math.max(x1 - x0, y1 - y0);
  const box: Pt[] = [
    [x0 - pad, y0 - pad],
    [x1 + pad, y0 - pad],
    [x1 + pad, y1 + pad],
    [x0 - pad, y1 + pad],
  ];
  const seats = sites.map((s) => projection.forward(s.at[0], s.at[1]) as Pt);
  const seen = new Set<string>();
  for (const s of sites) {
    if (seen.has(s.id)) throw new RangeError(`two sites share the id ${s.id}`);
    seen.add(s.id);
  }
  return sites.map((site, i) => {
    const cell = voronoiCell(seats, i, box);
    const closed = [...cell, cell[0] as Pt];
    const parts = intersection(plane as Pt[][][], [closed]);
    const coordinates = parts
      .map((polygon) =>
        polygon
          .map((ring) => cleanRing(ring.map(([x, y]) => projection.inverse(x, y))))
          .filter((ring) => ring.length >= 4),
      )
      .filter((polygon) => polygon.length > 0);
    if (coordinates.length === 0) {
      throw new RangeError(`site ${site.id} lies outside the area: its part would be empty`);
    }
    const geometry: AreaGeometry =
      coordinates.length === 1
        ? { type: 'Polygon', coordinates: coordinates[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates };
    return {
      type: 'Feature',
      id: site.id,
      properties: { ...site.properties },
      geometry: rewindGeometry(geometry, 'd3'),
    };
  });
}
