/**
 * Synthetic drill-down layers for the sample screen, written to data/geo/:
 * - xiuzhou-towns.synthetic.geojson: 秀洲区 split into its 9 town-level units (a Voronoi split of
 *   the district polygon around seeded town seats);
 * - wangjiangjing-grid.synthetic.geojson: 王江泾镇 of that layer split into 6 grid cells (网格).
 *
 * No package publishes town polygons; these shapes are invented. The names and codes are real
 * (data/geo/towns.json, NBS 2023); the boundaries are not, and every feature says so
 * (`properties.synthetic: true`).
 *
 * Run: pnpm generate:synthetic-geo
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AreaCollection, AreaFeature } from '../src/geometry/types.js';
import { placeStations } from '../src/placement/place-stations.js';
import { type SplitSite, voronoiSplit } from '../src/split/voronoi-split.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../../../data/geo');

/** The district split into towns, and the town split into grid cells. */
export const XIUZHOU = '330411';
export const WANGJIANGJING = '330411101';
const TOWN_SEED = 411;
const GRID_SEED = 101;
const GRID_CELLS = 6;

/**
 * Roughly where each town lies (GCJ-02, to a few km): only used to hand the seeded seats to
 * towns so the layout reads north, west and south the right way round. The seats themselves
 * come from placeStations, not from here.
 */
const TOWN_HINTS: Record<string, { en: string; near: [number, number] }> = {
  '330411002': { en: 'Xincheng Subdistrict', near: [120.73, 30.76] },
  '330411003': { en: 'Jiabei Subdistrict', near: [120.74, 30.8] },
  '330411004': { en: 'Tanghui Subdistrict', near: [120.72, 30.72] },
  '330411005': { en: 'Gaozhao Subdistrict', near: [120.69, 30.78] },
  '330411101': { en: 'Wangjiangjing Town', near: [120.72, 30.92] },
  '330411103': { en: 'Youchegang Town', near: [120.78, 30.84] },
  '330411104': { en: 'Xinchengzhen (Xincheng Town)', near: [120.59, 30.82] },
  '330411105': { en: 'Wangdian Town', near: [120.67, 30.62] },
  '330411106': { en: 'Honghe Town', near: [120.62, 30.7] },
};

interface TownsFile {
  towns: { code: string; name: string; adcode: string }[];
}

const read = (name: string) => JSON.parse(readFileSync(resolve(dataDir, name), 'utf8'));

/** Give each seat to a town: repeatedly the closest remaining (town hint, seat) pair. */
function assign(
  seats: readonly [number, number][],
  towns: readonly { code: string; near: [number, number] }[],
): Map<string, [number, number]> {
  const pairs = towns.flatMap((t) =>
    seats.map((s, k) => ({ code: t.code, k, d: Math.hypot(s[0] - t.near[0], s[1] - t.near[1]) })),
  );
  pairs.sort((a, b) => a.d - b.d || a.code.localeCompare(b.code) || a.k - b.k);
  const out = new Map<string, [number, number]>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (out.has(p.code) || used.has(p.k)) continue;
    out.set(p.code, seats[p.k] as [number, number]);
    used.add(p.k);
  }
  return out;
}

/** Both synthetic layers, computed from the committed district polygon and town list. */
export function syntheticLayers(): { towns: AreaCollection; grid: AreaCollection } {
  const jiaxing = read('jiaxing.geojson') as AreaCollection;
  const district = jiaxing.features.find((f) => f.id === XIUZHOU);
  if (!district) throw new Error(`data/geo/jiaxing.geojson has no ${XIUZHOU}`);
  const list = (read('towns.json') as TownsFile).towns.filter((t) => t.adcode === XIUZHOU);
  const hinted = list.map((t) => {
    const hint = TOWN_HINTS[t.code];
    if (!hint) throw new Error(`no hint for town ${t.code} ${t.name}`);
    return { ...t, ...hint };
  });
  const seats = assign(placeStations(district, hinted.length, TOWN_SEED), hinted);
  const townSites: SplitSite[] = hinted.map((t) => ({
    id: t.code,
    at: seats.get(t.code) as [number, number],
    properties: {
      adcode: t.code,
      name: t.name,
      nameEn: t.en,
      district: XIUZHOU,
      cp: seats.get(t.code),
      synthetic: true,
    },
  }));
  const towns = voronoiSplit(district, townSites);
  const town = towns.find((f) => f.id === WANGJIANGJING) as AreaFeature;
  const cells = placeStations(town, GRID_CELLS, GRID_SEED);
  const gridSites: SplitSite[] = cells.map((at, i) => {
    const n = String(i + 1).padStart(2, '0');
    const id = `${WANGJIANGJING}-G${n}`;
    return {
      id,
      at,
      properties: {
        adcode: id,
        name: `王江泾镇第${i + 1}网格`,
        nameEn: `Wangjiangjing grid ${i + 1}`,
        town: WANGJIANGJING,
        cp: at,
        synthetic: true,
      },
    };
  });
  return {
    towns: { type: 'FeatureCollection', features: towns },
    grid: { type: 'FeatureCollection', features: voronoiSplit(town, gridSites) },
  };
}

/** One feature per line, as the district files: small diffs on regeneration. */
export function stringify(fc: AreaCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The files this script writes, by name under data/geo. */
export const SYNTHETIC_FILES = {
  towns: 'xiuzhou-towns.synthetic.geojson',
  grid: 'wangjiangjing-grid.synthetic.geojson',
} as const;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const layers = syntheticLayers();
  for (const [key, name] of Object.entries(SYNTHETIC_FILES)) {
    const fc = layers[key as keyof typeof layers];
    writeFileSync(resolve(dataDir, name), stringify(fc));
    console.error(`data/geo/${name}: ${fc.features.length} synthetic areas`);
  }
}
