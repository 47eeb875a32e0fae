import { readFileSync } from 'node:fs';
import {
  type AreaCollection,
  coverageGaps,
  coverageSummary,
  createCoverage,
  placeStations,
  stationRadiusKm,
} from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import { coverageOption, coverageTable } from '../src/CoverageMap/compute.js';
import { coverageFacts } from '../src/CoverageMap/facts.js';
import { districtsOf, withCodes } from '../src/DistrictMap/districts.js';
import { mapProjection } from '../src/DistrictMap/projection.js';
import { chartPalette } from '../src/echarts/chartPalette.js';
import { tokens } from '../src/theme/tokens.js';

const jiaxing = JSON.parse(
  readFileSync(new URL('../../../data/geo/jiaxing.geojson', import.meta.url), 'utf8'),
) as AreaCollection;
const xiuzhou: AreaCollection = {
  ...jiaxing,
  features: jiaxing.features.filter((f) => String((f as { id?: string }).id) === '330411'),
};

describe('coverageFacts', () => {
  it('states 542 km² / 23 stations = 23.6 km² per station, missing the 22 km² target by two stations', () => {
    const facts = coverageFacts(
      { areaKm2: 542, coveredShare: 0.56, uncoveredKm2: 238, stations: 23 },
      22,
    );
    expect(facts.km2PerStation).toBeCloseTo(23.565, 3);
    expect(facts.meetsTarget).toBe(false);
    expect(facts.stationsNeeded).toBe(25);
  });
  it('meets the target at or under it, and has no ratio without stations', () => {
    expect(
      coverageFacts({ areaKm2: 44, coveredShare: 1, uncoveredKm2: 0, stations: 2 }, 22),
    ).toEqual({ km2PerStation: 22, meetsTarget: true, stationsNeeded: 2 });
    expect(
      coverageFacts({ areaKm2: 44, coveredShare: 0, uncoveredKm2: 44, stations: 0 }, 22)
        .km2PerStation,
    ).toBeNull();
  });
});

describe('coverage option from the real engine', () => {
  const stations = placeStations(xiuzhou.features[0] as never, 23, 1).map(([lon, lat], i) => ({
    id: `s${i}`,
    name: i === 0 ? '<b>中心站</b>' : `站 ${i}`,
    lon,
    lat,
    radiusKm: 2.66,
  }));
  const model = createCoverage(xiuzhou, stations);
  const summary = coverageSummary(model);
  const gaps = coverageGaps(model, 3);
  const input = {
    mapName: 'xiuzhou',
    districts: districtsOf(xiuzhou),
    stations,
    radiusOf: stationRadiusKm,
    gaps,
    figures: summary.total,
    targetKm2PerStation: 22,
    projection: mapProjection(withCodes(xiuzhou)),
    title: '秀洲区 五分钟救援圈',
    lang: 'zh-CN' as const,
    palette: chartPalette(tokens.dark),
    reducedMotion: false,
  };

  it('draws a circle per station, a triangle per station and a pin per gap', () => {
    const option = coverageOption(input);
    expect(option.series[0]?.data).toHaveLength(23);
    expect(option.series[0]?.data[0]).toEqual([stations[0]?.lon, stations[0]?.lat, 2.66]);
    expect(option.series[1]?.data).toHaveLength(23);
    const pins = option.series[2]?.data as { value: [number, number] }[];
    expect(pins.map((d) => d.value)).toEqual(gaps.map((g) => g.anchor));
    expect(option.aria.label.description).toContain('未达标，需 25 站');
  });

  it('sizes each circle by projecting a point r km north', () => {
    const option = coverageOption(input);
    const render = option.series[0]?.renderItem as (
      p: unknown,
      api: unknown,
    ) => { shape: { r: number } };
    // A plain equirectangular stand-in for api.coord: 100 px per degree.
    const api = {
      coord: ([x, y]: number[]) => [(x as number) * 100, -(y as number) * 100],
      value: (d: number) => [120, 30, 11.0574][d] as number,
    };
    expect(render(null, api).shape.r).toBeCloseTo(10, 6);
  });

  it('escapes station names in the tooltip', () => {
    const option = coverageOption(input);
    const tip = option.tooltip.formatter({ data: option.series[1]?.data[0] as { tip: string } });
    expect(tip).toBe('&lt;b&gt;中心站&lt;/b&gt;：半径 2.66 km');
  });

  it('tables share, per-station area and gaps', () => {
    const table = coverageTable({ ...input, lang: 'en' });
    expect(table.rows[0]).toEqual(['Stations', '23']);
    expect(table.rows[3]?.[1]).toMatch(
      /^23\.6 km²\/station \(target ≤ 22, misses target; 25 stations needed\)$/,
    );
    expect(table.rows).toHaveLength(4 + gaps.length);
  });
});
