/** Properties of a bundled district feature. */
export type BoundaryProperties<C extends string = string> = {
  /** 6-digit administrative code (adcode), the same as the feature's id. */
  adcode: C;
  /** Name in Chinese, e.g. 秀洲区. */
  name: string;
  /** The city, e.g. 嘉兴市. */
  city: string;
  /** Label point [lon, lat], GCJ-02. */
  cp: [number, number];
  /** The source's name where it was renamed (临安市 became 临安区). */
  sourceName?: string;
  /** The source's code where it was renamed. */
  sourceAdcode?: string;
};

/** A district's outline: one polygon, or several. Positions are [lon, lat] in GCJ-02. */
export type BoundaryGeometry =
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

/** One district. */
export type BoundaryFeature<C extends string = string> = {
  type: 'Feature';
  /** The adcode. */
  id: C;
  properties: BoundaryProperties<C>;
  geometry: BoundaryGeometry;
};

/** A city's districts as a GeoJSON FeatureCollection, ready for DistrictMap and the coverage engine. */
export type BoundaryCollection<C extends string = string> = {
  type: 'FeatureCollection';
  features: BoundaryFeature<C>[];
};
