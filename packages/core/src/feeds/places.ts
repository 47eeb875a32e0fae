/** A county-level unit (区县) named in the reports, with its adcode. */
export interface District {
  /** 6-digit adcode. */
  code: string;
  /** Chinese name as the screen shows it. */
  name: string;
  /** English name. */
  nameEn: string;
  /** Adcode of the prefecture city (杭州 330100, 嘉兴 330400). */
  city: '330100' | '330400';
}

/** The ten districts of figures.md; records naming any other code are dropped. */
export const DISTRICTS: readonly District[] = Object.freeze([
  { code: '330109', name: '萧山区', nameEn: 'Xiaoshan', city: '330100' },
  { code: '330110', name: '余杭区', nameEn: 'Yuhang', city: '330100' },
  { code: '330111', name: '富阳区', nameEn: 'Fuyang', city: '330100' },
  { code: '330112', name: '临安区', nameEn: "Lin'an", city: '330100' },
  { code: '330113', name: '临平区', nameEn: 'Linping', city: '330100' },
  { code: '330127', name: '淳安县', nameEn: "Chun'an", city: '330100' },
  { code: '330402', name: '南湖区', nameEn: 'Nanhu', city: '330400' },
  { code: '330411', name: '秀洲区', nameEn: 'Xiuzhou', city: '330400' },
  { code: '330421', name: '嘉善县', nameEn: 'Jiashan', city: '330400' },
  { code: '330424', name: '海盐县', nameEn: 'Haiyan', city: '330400' },
] as const);

/** The district adcodes as a tuple (for z.enum and JSON Schema `enum`). */
export const DISTRICT_CODES = DISTRICTS.map((d) => d.code) as [string, ...string[]];

/** The district with this adcode, if it is one of the ten. */
export function districtByCode(code: string): District | undefined {
  return DISTRICTS.find((d) => d.code === code);
}
