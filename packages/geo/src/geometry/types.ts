/** A longitude, latitude pair in degrees (GeoJSON position; extra values are ignored). */
export type Position = readonly [number, number, ...number[]] | number[];

/** A closed ring: first and last positions equal. */
export type Ring = Position[];

/** GeoJSON Polygon geometry. */
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}

/** GeoJSON MultiPolygon geometry. */
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

/** An area geometry: the only kinds a district can have. */
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** A district feature: adcode as id, name and label point in properties. */
export interface AreaFeature<P = Record<string, unknown>> {
  type: 'Feature';
  id?: string | number;
  properties: P;
  geometry: AreaGeometry;
}

/** A FeatureCollection of area features. */
export interface AreaCollection<P = Record<string, unknown>> {
  type: 'FeatureCollection';
  features: AreaFeature<P>[];
}
