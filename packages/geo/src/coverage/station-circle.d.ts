import { type Station } from './station.js';
/**
 * A station's reach as a GeoJSON Polygon, for drawing: the true circle on the sphere (d3's
 * geoCircle, radius r / R radians), `steps` vertices, wound for d3.
 */
export declare function stationCircle(station: Station, steps?: number): {
    type: 'Polygon';
    coordinates: number[][][];
};
//# sourceMappingURL=station-circle.d.ts.map