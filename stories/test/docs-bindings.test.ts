import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScreenConfig } from '../../apps/command-screen/src/config/validate.js';
import { heatGridDocs } from '../src/charts/HeatGrid.docs.js';
import { rankingBoardDocs } from '../src/charts/RankingBoard.docs.js';
import { ringChartDocs } from '../src/charts/RingChart.docs.js';
import { trendChartDocs } from '../src/charts/TrendChart.docs.js';
import type { WidgetDocs } from '../src/docs/types.js';
import { carouselDocs } from '../src/dom/Carousel.docs.js';
import { kpiCardDocs } from '../src/dom/KpiCard.docs.js';
import { scrollBoardDocs } from '../src/dom/ScrollBoard.docs.js';
import { stagePipelineDocs } from '../src/dom/StagePipeline.docs.js';
import { trafficLightsDocs } from '../src/dom/TrafficLights.docs.js';
import { coverageMapDocs } from '../src/maps/CoverageMap.docs.js';
import { districtMapDocs } from '../src/maps/DistrictMap.docs.js';

// Each widget's Docs page prints a screen-config entry to copy: it must be one the app accepts,
// checked by the app's own validator against the sample feeds' declared fields.

const defaultConfig = JSON.parse(
  readFileSync(new URL('../../data/screens/default.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const docs: [string, WidgetDocs][] = [
  ['HeatGrid', heatGridDocs],
  ['RankingBoard', rankingBoardDocs],
  ['RingChart', ringChartDocs],
  ['TrendChart', trendChartDocs],
  ['KpiCard', kpiCardDocs],
  ['ScrollBoard', scrollBoardDocs],
  ['StagePipeline', stagePipelineDocs],
  ['TrafficLights', trafficLightsDocs],
  ['CoverageMap', coverageMapDocs],
  ['DistrictMap', districtMapDocs],
  ['Carousel', carouselDocs],
];

/** A screen of the default's feeds and one panel: the snippet (a widget, or a panel for Carousel). */
function withSnippet(name: string, json: unknown): unknown {
  const panel =
    name === 'Carousel'
      ? { ...(json as object), area: 'main' }
      : { area: 'main', rows: [{ widgets: [json] }] };
  return {
    schemaVersion: 1,
    title: { 'zh-CN': '文档示例', en: 'Docs example' },
    design: { width: 1920, height: 1080 },
    grid: { columns: ['1fr'], rows: ['1fr'], areas: ['main'] },
    feeds: defaultConfig.feeds,
    panels: [panel],
  };
}

describe('the screen-config snippets of the Docs pages', () => {
  it.each(docs)('%s: the app accepts it, bound to the fields its feed declares', (name, page) => {
    const result = validateScreenConfig(withSnippet(name, page.screen.json));
    expect(result.ok ? [] : result.faults).toEqual([]);
  });
});
