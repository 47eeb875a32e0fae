import { readFileSync } from 'node:fs';

/** The one function that decides where stations stand: @onescreen/geo's placeStations on 秀洲. */
type PlaceStations = (feature: unknown, n: number, seed: number) => [number, number][];

const repo = new URL('../../../../', import.meta.url);

/**
 * Positions (GCJ-02 [lon, lat]) of `n` stations spread inside a Jiaxing district by the geo
 * package, nearest the district's centroid first. The geo source is imported by URL so the
 * generator always runs the current placement code (not a possibly stale dist/) and so the
 * core test build does not need a project reference to geo.
 */
export async function stationPositions(
  adcode: string,
  n: number,
  seed: number,
): Promise<[number, number][]> {
  const geo = (await import(new URL('packages/geo/src/index.ts', repo).href)) as {
    placeStations: PlaceStations;
  };
  const jiaxing = JSON.parse(readFileSync(new URL('data/geo/jiaxing.geojson', repo), 'utf8')) as {
    features: { id: string }[];
  };
  const feature = jiaxing.features.find((f) => f.id === adcode);
  if (!feature) throw new Error(`no boundary for ${adcode} in data/geo/jiaxing.geojson`);
  return geo.placeStations(feature, n, seed);
}
