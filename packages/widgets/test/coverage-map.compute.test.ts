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
import { coverageOption } from '../src/CoverageMap/compute.js';
import { coverageFacts } from '../src/CoverageMap/facts.js';
import { coverageLayout } from '../src/CoverageMap/layout.js';
import { coverageTable } from '../src/CoverageMap/table.js';
import { chartPalette } from '../src/echarts/chartPalette.js';
import { mapGeometry } from '../src/maplayout/geometry.js';
import { occupancy } from '../src/maplayout/occupancy.js';
import { estimateTextWidth } from '../src/maplayout/textWidth.js';
import { overlaps } from '../src/maplayout/types.js';
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

  it("states no verdict without a target: the target is the district's rule, not the widget's", () => {
    const facts = coverageFacts(
      { areaKm2: 542, coveredShare: 0.8, uncoveredKm2: 108, stations: 23 },
      undefined,
    );
    expect(facts.km2PerStation).toBeCloseTo(23.57, 2);
    expect(facts).toMatchObject({ meetsTarget: null, stationsNeeded: null });
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
  const geometry = mapGeometry(xiuzhou);
  const layout = coverageLayout({
    geometry,
    occupancy: occupancy(geometry),
    size: { width: 640, height: 420 },
    summary: { width: 180, height: 150 },
    summaryCorners: ['top-right', 'top-left', 'bottom-right', 'bottom-left'],
    stations,
    radiusOf: stationRadiusKm,
    gaps: gaps.map((g) => ({ ...g, label: `盲区 ${g.areaKm2.toFixed(1)} km²` })),
    measure: estimateTextWidth,
  });
  const input = {
    mapName: 'xiuzhou',
    layout,
    stations,
    radiusOf: stationRadiusKm,
    gaps,
    figures: summary.total,
    targetKm2PerStation: 22,
    title: '秀洲区 五分钟救援圈',
    lang: 'zh-CN' as const,
    palette: chartPalette(tokens.dark),
    reducedMotion: false,
  };

  it('draws a circle per station, a triangle per station and a pin per gap', () => {
    const option = coverageOption(input);
    expect(option.series[0]?.data).toHaveLength(23);
    const [x, y] = geometry.toPlane(stations[0]?.lon as number, stations[0]?.lat as number);
    const [cx, cy] = (option.series[0]?.data[0] ?? []) as number[];
    expect(cx).toBeCloseTo(x, 9);
    expect(cy).toBeCloseTo(-y, 9);
    expect(option.series[1]?.data).toHaveLength(23);
    const pins = option.series[2]?.data as { value: [number, number] }[];
    expect(pins.map((d) => d.value)).toEqual(layout.gaps.map((g) => g.at));
    const names = ((option.series[3]?.data ?? []) as { name: string }[]).map((d) => d.name);
    expect(names).toEqual(layout.labels.map((l) => l.text));
    expect(option.aria.label.description).toContain('未达标，需 25 站');
  });

  it('sizes each circle as the plane distance to a point r km north', () => {
    // 2.66 km is 2.66 / 110.574 degrees of latitude; on Mercator the plane distance north
    // equals the distance east at the same latitude, so the circle is round.
    const s = stations[0] as (typeof stations)[number];
    const [x, y] = geometry.toPlane(s.lon, s.lat);
    const [, north] = geometry.toPlane(s.lon, s.lat + 2.66 / 110.574);
    const r = (layout.circles[0] as number[])[2] as number;
    expect(r).toBeCloseTo(y - north, 9);
    const [east] = geometry.toPlane(
      s.lon + 2.66 / (111.32 * Math.cos((s.lat * Math.PI) / 180)),
      s.lat,
    );
    // Round within 1 %: the mean km per degree of latitude is used for the north offset.
    expect((east - x) / r).toBeCloseTo(1, 1);
    const option = coverageOption(input);
    const render = (option.series[0] as { renderItem?: unknown } | undefined)?.renderItem as (
      p: unknown,
      api: unknown,
    ) => { shape: { r: number } };
    // api.coord stand-in: 2 px per chart unit, y flipped as ECharts does.
    const api = {
      coord: ([px, py]: number[]) => [(px as number) * 2, -(py as number) * 2],
      value: (d: number) => [100, -50, 7.5][d] as number,
    };
    expect(render(null, api).shape.r).toBeCloseTo(15, 9);
  });

  it('keeps gap labels and the district name off the stations, the pins and the summary', () => {
    const boxes = [...layout.stations, ...layout.gaps].map((m) => ({
      x: m.x - m.size / 2,
      y: m.y - m.size / 2,
      w: m.size,
      h: m.size,
    }));
    expect(layout.labels.length).toBeGreaterThan(0);
    for (const l of layout.labels) {
      for (const b of boxes) expect(overlaps(l.box, b)).toBe(false);
      expect(overlaps(l.box, layout.overlay?.rect as never)).toBe(false);
    }
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
