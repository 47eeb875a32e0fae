import { ringSignedArea2 } from './ring-area.js';
import type { AreaGeometry, Ring } from './types.js';

/**
 * Which way exterior rings run. d3-geo reads polygons on the sphere and takes a clockwise
 * exterior (holes counter-clockwise); RFC 7946 asks for the opposite. A d3 polygon with the
 * wrong winding covers the rest of the globe, so every boundary passes through here.
 */
export type Winding = 'd3' | 'rfc7946';

/** Orient one polygon's rings: the first as an exterior, the rest as holes. */
export function rewindPolygon(rings: readonly Ring[], winding: Winding = 'd3'): Ring[] {
  // d3 exteriors are clockwise: a negative shoelace sum in (lon, lat) with north up.
  const exteriorSign = winding === 'd3' ? -1 : 1;
  return rings.map((ring, i) => {
    const sign = Math.sign(ringSignedArea2(ring));
    const want = i === 0 ? exteriorSign : -exteriorSign;
    return sign === want || sign === 0 ? ring.slice() : ring.slice().reverse();
  });
}

/** Orient every ring of a Polygon or MultiPolygon for d3 (default) or RFC 7946. */
export function rewindGeometry<G extends AreaGeometry>(geometry: G, winding: Winding = 'd3'): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindPolygon(geometry.coordinates, winding) };
  }
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((p) => rewindPolygon(p, winding)),
  };
}
