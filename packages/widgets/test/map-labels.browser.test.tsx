import { hangzhouJiaxing, jiaxing, sampleValues } from '@onescreen/fixtures';
import { type AreaCollection, coverageGaps, coverageSummary, createCoverage } from '@onescreen/geo';
import { type EChartsType, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import fire from '../../../data/feeds/fire.json';
import { CoverageMap } from '../src/CoverageMap/CoverageMap.js';
import { DistrictMap } from '../src/DistrictMap/DistrictMap.js';
import {
  type Mounted,
  mount,
  onWall,
  readyChart,
  saveScreenshot,
  untilStill,
} from './echarts.harness.js';
import {
  landBox,
  markerBoxes,
  overlappingTexts,
  pageBox,
  svgTexts,
  textsOutside,
  textsUnder,
  textsUnderMarkers,
} from './map-inspect.js';

// The label-collision proof of issue 14: the real Hangzhou + Jiaxing boundaries and the 23
// 秀洲 stations, drawn by ECharts' SVG renderer so every label is a DOM box measured with the
// bundled fonts, at the map panel sizes of the four walls (the map gets at least 28 % of the
// screen: 960×600 at 1080p, 1920×1200 at 4K, wide walls 2100×760 and 2400×1200) and the
// sizes the panel has today.
use(SVGRenderer);

const both = hangzhouJiaxing;
const values = sampleValues(both);
/** Every station named, so every one of them asks for a label. */
const stations = fire.data.stations.map((s) => ({
  id: s.id,
  name: s.name,
  lon: s.location[0] as number,
  lat: s.location[1] as number,
  kind: 'station' as const,
  district: s.district,
}));

const sizes: [number, number][] = [
  [620, 400],
  [1250, 420],
  [960, 600],
  [1920, 1200],
  [2100, 760],
  [2400, 1200],
];

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function drawn(width: number, height: number, lang: 'zh-CN' | 'en', selected?: string) {
  const ready = readyChart();
  mounted = mount(
    onWall(
      <DistrictMap
        geojson={both}
        mapName="test/labels/hz-jx"
        values={values}
        points={stations}
        unit="件"
        areaName={lang === 'en' ? 'Hangzhou and Jiaxing' : '杭州 · 嘉兴'}
        renderer="svg"
        selected={selected ?? null}
        onChartReady={ready.onReady}
      />,
      width,
      height,
      lang,
    ),
    width,
    height,
  );
  const chart = await ready.chart();
  await settled(chart, mounted.box);
  return { chart, box: mounted.box };
}

/** Waits until the map's labels and markers stop moving. */
function settled(chart: EChartsType, box: HTMLElement): Promise<void> {
  return untilStill(() =>
    svgTexts(box).length > 0
      ? JSON.stringify([svgTexts(box), markerBoxes(chart, ['points', 'stations', 'gaps'])])
      : '',
  );
}

describe('DistrictMap labels and markers (SVG, real fonts)', () => {
  for (const lang of ['zh-CN', 'en'] as const)
    for (const [w, h] of sizes)
      it(`${w}×${h} ${lang}: no label meets another, a marker, an overlay or the edge`, async () => {
        const { chart, box } = await drawn(w, h, lang, w === 960 ? '330411' : undefined);
        const texts = svgTexts(box);
        const markers = markerBoxes(chart, ['points']);
        const area = pageBox(box.querySelector('.os-echart') as HTMLElement);
        expect(overlappingTexts(texts)).toEqual([]);
        expect(textsUnderMarkers(texts, markers)).toEqual([]);
        expect(textsUnder(texts, [...box.querySelectorAll('nav, [data-map-legend]')])).toEqual([]);
        expect(textsOutside(texts, area)).toEqual([]);
        // Markers never touch each other either: crowded stations became clusters.
        const touching = markers.filter((a, i) =>
          markers
            .slice(i + 1)
            .some(
              (b) =>
                Math.hypot(a.x + a.w / 2 - (b.x + b.w / 2), a.y + a.h / 2 - (b.y + b.h / 2)) <
                (a.w + b.w) / 2,
            ),
        );
        expect(touching).toEqual([]);
        // Every station is drawn, alone or in a cluster's count.
        const counted = markers.reduce((n, m) => n + (m.label ? Number(m.label) : 1), 0);
        expect(counted).toBe(stations.length);
        // The big counties always carry their names.
        for (const name of ['淳安县', '临安区', '萧山区', '余杭区', '富阳区', '海宁市', '桐乡市'])
          expect(texts.map((t) => t.text)).toContain(name);
        // The map leads its panel: it fills one direction and is centred in it.
        const land = landBox(box) as { x: number; y: number; w: number; h: number };
        expect(Math.max(land.w / area.w, land.h / area.h)).toBeGreaterThan(0.85);
        const dx = land.x + land.w / 2 - (area.x + area.w / 2);
        const dy = land.y + land.h / 2 - (area.y + area.h / 2);
        expect(Math.abs(dx) / area.w).toBeLessThan(0.12);
        expect(Math.abs(dy) / area.h).toBeLessThan(0.12);
        const districtNames = new Set(both.features.map((f) => String(f.properties?.name)));
        const shown = texts.filter((t) => districtNames.has(t.text)).length;
        console.info(
          `labels ${w}×${h} ${lang}: ${shown}/${districtNames.size} district names, ` +
            `${texts.filter((t) => t.text.includes('消防站')).length}/${stations.length} station names, ` +
            `${markers.length} markers (${markers.filter((m) => m.label).length} clusters), ` +
            `land ${Math.round(land.w)}×${Math.round(land.h)} in ${Math.round(area.w)}×${Math.round(area.h)}`,
        );
        if (lang === 'zh-CN' && (w === 960 || w === 620))
          await saveScreenshot(box, `DistrictMap-labels-${w}x${h}`);
      });
});

describe('CoverageMap labels and markers (SVG, real fonts)', () => {
  const xiuzhou: AreaCollection = {
    ...jiaxing,
    features: jiaxing.features.filter((f) => String((f as { id?: string }).id) === '330411'),
  };
  const radiusKm = fire.data.response[0]?.radiusKm ?? 2.667;
  const reach = stations.map((s) => ({ ...s, radiusKm }));
  const model = createCoverage(xiuzhou, reach);
  const coverage = coverageSummary(model);
  const gaps = coverageGaps(model, 3);
  for (const lang of ['zh-CN', 'en'] as const)
    for (const [w, h] of sizes)
      it(`${w}×${h} ${lang}: gap labels and the district name meet nothing`, async () => {
        const ready = readyChart();
        mounted = mount(
          onWall(
            <CoverageMap
              geojson={xiuzhou}
              mapName="test/labels/xiuzhou"
              stations={reach}
              coverage={coverage}
              gaps={gaps}
              renderer="svg"
              onChartReady={ready.onReady}
            />,
            w,
            h,
            lang,
          ),
          w,
          h,
        );
        const chart = await ready.chart();
        await settled(chart, mounted.box);
        const texts = svgTexts(mounted.box);
        const area = pageBox(mounted.box.querySelector('.os-echart') as HTMLElement);
        expect(overlappingTexts(texts)).toEqual([]);
        expect(textsUnderMarkers(texts, markerBoxes(chart, ['stations', 'gaps']))).toEqual([]);
        expect(
          textsUnder(texts, [...mounted.box.querySelectorAll('[data-coverage-summary]')]),
        ).toEqual([]);
        expect(textsOutside(texts, area)).toEqual([]);
        const land = landBox(mounted.box) as { w: number; h: number };
        expect(Math.max(land.w / area.w, land.h / area.h)).toBeGreaterThan(0.85);
        console.info(
          `coverage ${w}×${h} ${lang}: ${texts.length} labels (${texts.map((t) => t.text).join(', ')})`,
        );
      });
});
