import { districtMapFixture, jiaxing } from '@onescreen/fixtures';
import { DistrictMap } from '@onescreen/widgets';
import { codeRef, type WidgetDocs } from '../docs/types.js';

/** DistrictMap's Docs page: prose, the copyable example and its screen-config binding. */
export const districtMapDocs: WidgetDocs = {
  purpose: {
    'zh-CN': '区县分级着色地图：按数值分级上色，可点选区县联动全屏、双击下钻，可叠加站点等点位。',
    en: 'A choropleth of districts: coloured in classes by value; click to select (the whole screen follows), double-click to drill in, with points such as stations on top.',
  },
  do: [
    {
      'zh-CN': '使用 data/geo 中的区县边界（GCJ-02），数值按区县代码（6 位行政区划代码）对应。',
      en: 'Use the district boundaries in data/geo (GCJ-02) and key values by the 6-digit district code.',
    },
    {
      'zh-CN': '图例写明单位和分级方法；同比等可正可负的量使用发散配色。',
      en: 'Say the unit and the class method in the legend; use a diverging scale for signed values such as year-on-year change.',
    },
  ],
  dont: [
    {
      'zh-CN': '不要用于绝对数差异主要由面积或人口造成的指标，先换算为每万人或每平方公里。',
      en: 'Do not map raw totals that mostly reflect area or population; map a rate per 10,000 people or per km² instead.',
    },
    {
      'zh-CN': '不要把它当作正式出版地图：边界为示意，不代表官方行政区划。',
      en: 'Do not present it as an official map: the boundaries are indicative, not the official division.',
    },
  ],
  example: {
    component: DistrictMap,
    props: {
      title: '嘉兴市 2022 年信访件数',
      unit: '件',
      mapName: 'jiaxing',
      geojson: codeRef(
        'jiaxing',
        'GeoJSON FeatureCollection of districts, feature id = district code (data/geo/jiaxing.geojson)',
        jiaxing,
      ),
      values: districtMapFixture.sample().values,
    },
    width: 640,
    height: 420,
  },
  screen: {
    json: {
      id: 'map',
      type: 'DistrictMap',
      title: {
        'zh-CN': '杭州 · 嘉兴 区县 涉纪信访量同比',
        en: 'Hangzhou and Jiaxing counties: petitions year on year',
      },
      bind: {
        feed: 'petitions',
        pointer: '/data/monthly',
        transforms: [
          {
            group: {
              by: ['district', { field: 'month', unit: 'screen' }],
              aggregate: { received: 'sum' },
            },
          },
          { change: { field: 'received', against: 'yearAgo' } },
          { filter: { period: 'screen' } },
        ],
        view: { kind: 'regions', place: 'district', value: 'receivedChange' },
      },
      layers: {
        stations: {
          feed: 'fire',
          pointer: '/data/stations',
          view: {
            kind: 'points',
            id: 'id',
            name: 'name',
            lon: 'location.0',
            lat: 'location.1',
            group: 'role',
          },
        },
      },
    },
  },
  // A file whose /data object is { "geojson": { "type": "FeatureCollection", … } }.
  embed: { feed: { url: '/onescreen/geo/jiaxing-map.json', pointer: '/data' } },
};
