import { coverageMapFixture } from '@onescreen/fixtures';
import { CoverageMap } from '@onescreen/widgets';
import { codeRef, type WidgetDocs } from '../docs/types.js';

const sample = coverageMapFixture.sample();

/** CoverageMap's Docs page: prose, the copyable example and its screen-config binding. */
export const coverageMapDocs: WidgetDocs = {
  purpose: {
    'zh-CN':
      '消防站五分钟救援圈：站点、覆盖范围、未覆盖的空白区，以及覆盖率和每站服务面积与目标（如 22 km²/站）的对比。',
    en: 'Fire stations and their five-minute response circles: stations, covered area, the largest gaps, and the covered share and km² per station against the target (e.g. 22 km² per station).',
  },
  do: [
    {
      'zh-CN': '覆盖率由 @onescreen/geo 的覆盖引擎计算后传入；说明半径的来源（车速 × 5 分钟）。',
      en: "Compute coverage with @onescreen/geo's coverage engine and pass it in; say where the radius comes from (speed × 5 minutes).",
    },
    {
      'zh-CN': '如实显示未达标：全区面积 ÷ 站点数高于目标时，图上会标明。',
      en: 'Show a missed target honestly: when the district area ÷ stations exceeds the target, the map says so.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要用直线距离的圆代替实际路网可达范围来做选址决策；这里的圆只用于总览。',
      en: 'Do not site stations from straight-line circles; they are an overview, not a road-network reach.',
    },
  ],
  example: {
    component: CoverageMap,
    props: {
      title: '秀洲区 五分钟救援圈',
      mapName: 'xiuzhou',
      geojson: codeRef(
        'xiuzhou',
        "秀洲区's boundary: the 330411 feature of data/geo/jiaxing.geojson",
        sample.geojson,
      ),
      stations: codeRef(
        'stations',
        'stations with id, name, lon, lat, radiusKm (data/feeds/fire.json /data/stations)',
        sample.stations,
      ),
      coverage: codeRef(
        'coverage',
        'coverageSummary(createCoverage(xiuzhou, stations)) from @onescreen/geo',
        sample.coverage,
      ),
      targetKm2PerStation: 22,
    },
    width: 640,
    height: 480,
  },
  screen: {
    json: {
      id: 'coverage',
      type: 'CoverageMap',
      title: { 'zh-CN': '秀洲区 五分钟救援圈', en: 'Xiuzhou: five-minute response circles' },
      bind: {
        feed: 'coverage',
        pointer: '/data/districts',
        view: { kind: 'regions', place: 'district', value: 'coveredShare' },
      },
      layers: {
        stations: {
          feed: 'fire',
          pointer: '/data/stations',
          transforms: [
            { filter: { field: 'district', eq: '330411' } },
            { join: { table: 'response', on: 'district', fields: ['radiusKm'] } },
          ],
          view: {
            kind: 'points',
            id: 'id',
            name: 'name',
            lon: 'location.0',
            lat: 'location.1',
            radius: 'radiusKm',
          },
        },
      },
    },
    note: {
      'zh-CN':
        '覆盖结果是派生数据源 coverage：由带 radius 的 points 图层在 worker 中计算（见 docs/data-model.md 第 5 节）。',
      en: 'Coverage is the derived feed `coverage`, computed in a worker from the points layer that has a radius (docs/data-model.md §5).',
    },
  },
  // A file whose /data object holds { geojson, stations, coverage } as computed above.
  embed: { feed: { url: '/onescreen/coverage/xiuzhou.json', pointer: '/data' } },
};
