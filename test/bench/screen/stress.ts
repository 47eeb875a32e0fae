import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../../packages/geo/src/api.js';

// The stress screen of issue 15, entirely SYNTHETIC (合成数据, made up here, no real place or
// figure): 60 widgets over 20 self-describing feeds, one of which holds 10,000 records, and a
// choropleth of 1,000 made-up town-level regions on a jittered grid. Written into the bench's
// feeds folder; the screen reads it with ?screen=feeds/stress-screen.json.

/** Regions: a grid of 40 × 25 towns, in 25 made-up districts of 8 × 5 towns each. */
const COLS = 40;
const ROWS = 25;
const FEEDS = 20;
const EVENTS = 10_000;
const MONTHS = Array.from(
  { length: 24 },
  (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

const townCode = (c: number, r: number) => {
  const district = Math.floor(r / 5) * 5 + Math.floor(c / 8) + 1;
  const town = (r % 5) * 8 + (c % 8) + 1;
  return `3399${String(district).padStart(2, '0')}${String(town).padStart(3, '0')}`;
};
const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** 1,000 town polygons sharing their jittered grid corners (neighbours meet exactly). */
function towns(): unknown {
  const random = mulberry32(15);
  const corner: number[][][] = [];
  for (let r = 0; r <= ROWS; r++) {
    corner.push([]);
    for (let c = 0; c <= COLS; c++) {
      const edge = r === 0 || c === 0 || r === ROWS || c === COLS;
      const j = () => (edge ? 0 : (random() - 0.5) * 0.02);
      corner[r]?.push([
        Number((119 + c * 0.05 + j()).toFixed(5)),
        Number((31 - r * 0.05 + j()).toFixed(5)),
      ]);
    }
  }
  const at = (r: number, c: number) => corner[r]?.[c] as number[];
  const features = [];
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      const code = townCode(c, r);
      features.push({
        type: 'Feature',
        id: code,
        properties: { adcode: code, name: `合成镇${code.slice(-5)}` },
        geometry: {
          type: 'Polygon',
          // Counter-clockwise, as RFC 7946 writes exteriors.
          coordinates: [[at(r, c), at(r + 1, c), at(r + 1, c + 1), at(r, c + 1), at(r, c)]],
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

const monthlyFields = [
  { name: 'town', type: 'place', nameField: 'townName', label: text('镇街', 'Town') },
  { name: 'townName', type: 'string' },
  { name: 'month', type: 'month' },
  {
    name: 'value',
    type: 'integer',
    min: 0,
    label: text('合成指标', 'Synthetic figure'),
    unit: text('件', 'items'),
  },
];
const eventFields = [
  { name: 'id', type: 'string' },
  { name: 'town', type: 'place', nameField: 'townName', label: text('镇街', 'Town') },
  { name: 'townName', type: 'string' },
  { name: 'time', type: 'datetime', label: text('时间', 'Time') },
  {
    name: 'category',
    type: 'category',
    values: ['a', 'b', 'c', 'd', 'e', 'f'],
    valueLabels: Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((v) => [v, text(`类别${v}`, `Kind ${v}`)]),
    ),
  },
  { name: 'amount', type: 'number', min: 0, unit: text('元', 'yuan') },
];

/** One synthetic feed: monthly figures of 30 towns over two years, and for s01 the 10,000 events. */
function feed(n: number): unknown {
  const random = mulberry32(100 + n);
  const monthly = [];
  for (let t = 0; t < 30; t++) {
    const code = townCode((t * 7 + n) % COLS, (t * 3 + n) % ROWS);
    for (const month of MONTHS) {
      monthly.push({
        town: code,
        townName: `合成镇${code.slice(-5)}`,
        month,
        value: Math.round(50 + random() * 200),
      });
    }
  }
  const doc: Record<string, unknown> = {
    kind: 'synthetic-stress',
    schemaVersion: 1,
    asOf: '2022-12-31T23:00:00+08:00',
    source: '合成数据 synthetic data for the stress bench (not real)',
    title: text(`合成数据${n}`, `Synthetic ${n}`),
    fields: { monthly: monthlyFields, ...(n === 1 ? { events: eventFields } : {}) },
    data: { monthly },
  };
  if (n === 1) {
    const start = Date.parse('2022-01-01T00:00:00+08:00');
    (doc.data as Record<string, unknown>).events = Array.from({ length: EVENTS }, (_, i) => {
      const c = Math.floor(random() * COLS);
      const r = Math.floor(random() * ROWS);
      const code = townCode(c, r);
      const t = new Date(start + Math.floor(random() * 364 * 86_400_000) + 8 * 3600_000);
      return {
        id: `E${String(i).padStart(5, '0')}`,
        town: code,
        townName: `合成镇${code.slice(-5)}`,
        time: `${t.toISOString().slice(0, 19)}+08:00`,
        category: 'abcdef'[Math.floor(random() * 6)],
        amount: Math.round(random() * 100_000) / 10,
      };
    });
  }
  return doc;
}

const id = (n: number) => `s${String(n).padStart(2, '0')}`;
const monthly = (n: number) => ({ feed: id(n), pointer: '/data/monthly' });
const events = { feed: 's01', pointer: '/data/events' };

/** The 60 widgets, in eight panels around the map. */
function widgets(): unknown[][] {
  const list: unknown[] = [];
  for (let n = 1; n <= FEEDS; n++) {
    list.push({
      id: `kpi-${n}`,
      type: 'KpiCard',
      title: text(`合成指标${n}`, `Synthetic ${n}`),
      props: { size: 's' },
      bind: {
        ...monthly(n),
        transforms: [
          { filter: { place: 'selected' } },
          { group: { by: [{ field: 'month', unit: 'screen' }], aggregate: { value: 'sum' } } },
          { change: { field: 'value', against: 'yearAgo' } },
          { filter: { period: 'screen' } },
        ],
        view: { kind: 'value', value: 'value', change: 'valueChange' },
      },
    });
    list.push({
      id: `trend-${n}`,
      type: 'TrendChart',
      title: text(`合成趋势${n}`, `Synthetic trend ${n}`),
      bind: {
        ...monthly(n),
        transforms: [
          { filter: { place: 'selected' } },
          { group: { by: ['month'], aggregate: { value: 'sum' } } },
          { filter: { period: 'screen', unit: 'year' } },
        ],
        view: { kind: 'series', x: 'month', y: 'value' },
      },
    });
  }
  for (let n = 3; n <= 12; n++) {
    list.push({
      id: `rank-${n}`,
      type: 'RankingBoard',
      title: text(`合成排名${n}`, `Synthetic ranking ${n}`),
      props: { limit: 5 },
      bind: {
        ...monthly(n),
        transforms: [
          { filter: { period: 'screen' } },
          { group: { by: ['town'], aggregate: { value: 'sum' } } },
          { sort: { field: 'value', order: 'desc' } },
          { top: 5 },
        ],
        view: { kind: 'categories', name: 'town', value: 'value' },
      },
    });
  }
  for (let k = 0; k < 4; k++) {
    list.push({
      id: `ring-${k}`,
      type: 'RingChart',
      title: text(`合成类别${k}`, `Synthetic kinds ${k}`),
      bind: {
        ...events,
        transforms: [
          { filter: { place: 'selected' } },
          { filter: { period: 'screen', field: 'time' } },
          ...(k === 0 ? [] : [{ filter: { field: 'amount', gte: k * 2000 } }]),
          { group: { by: ['category'], aggregate: { events: 'count' } } },
        ],
        view: { kind: 'categories', name: 'category', value: 'events' },
      },
    });
  }
  for (let k = 0; k < 2; k++) {
    list.push({
      id: `heat-${k}`,
      type: 'HeatGrid',
      title: text(`合成时段${k}`, `Synthetic hours ${k}`),
      bind: {
        ...events,
        transforms: [
          { filter: { place: 'selected' } },
          { filter: { period: 'screen', field: 'time' } },
          ...(k === 0 ? [] : [{ filter: { field: 'category', in: ['a', 'b', 'c'] } }]),
          { derive: { as: 'weekday', weekday: 'time' } },
          { derive: { as: 'hour', hour: 'time' } },
          { group: { by: ['weekday', 'hour'], aggregate: { events: 'count' } } },
        ],
        view: { kind: 'matrix', row: 'weekday', column: 'hour', value: 'events' },
      },
    });
  }
  list.push({
    id: 'latest',
    type: 'ScrollBoard',
    title: text('合成明细', 'Synthetic log'),
    props: { visibleRows: 4, rowHeight: 30 },
    bind: {
      ...events,
      transforms: [
        { filter: { place: 'selected' } },
        { sort: { field: 'time', order: 'desc' } },
        { top: 40 },
      ],
      view: { kind: 'rows', id: 'id', columns: ['time', 'townName', 'category', 'amount'] },
    },
  });
  list.push({
    id: 'kpi-events',
    type: 'KpiCard',
    title: text('合成事件数', 'Synthetic events'),
    props: { size: 's' },
    bind: {
      ...events,
      transforms: [
        { filter: { place: 'selected' } },
        { filter: { period: 'screen', field: 'time' } },
        { group: { aggregate: { events: 'count' } } },
      ],
      view: { kind: 'value', value: 'events' },
    },
  });
  // 58 widgets in eight panels of rows of three or four.
  const panels: unknown[][] = [];
  for (let p = 0; p < 8; p++)
    panels.push(
      list.slice(Math.round((p * list.length) / 8), Math.round(((p + 1) * list.length) / 8)),
    );
  return panels;
}

/** Write the stress screen (config, 20 feeds, boundaries) into `dir`; returns the feed files. */
export function writeStressScreen(dir: string): string[] {
  writeFileSync(join(dir, 'stress-towns.geojson'), JSON.stringify(towns()));
  const files: string[] = [];
  const feeds: Record<string, unknown> = {};
  for (let n = 1; n <= FEEDS; n++) {
    const file = `stress-${id(n)}.json`;
    writeFileSync(join(dir, file), JSON.stringify(feed(n)));
    files.push(file);
    feeds[id(n)] = {
      url: `feeds/${file}`,
      refreshSeconds: 5,
      staleSeconds: 3600,
      label: text(`合${n}`, `S${n}`),
    };
  }
  const areas = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const panels = widgets().map((ws, p) => ({
    area: areas[p],
    title: text(`合成面板${p + 1}`, `Synthetic panel ${p + 1}`),
    rows: Array.from({ length: Math.ceil(ws.length / 4) }, (_, r) => ({
      widgets: ws.slice(r * 4, r * 4 + 4),
    })),
  }));
  const config = {
    schemaVersion: 1,
    title: text('压力测试屏（合成数据）', 'Stress screen (synthetic data)'),
    design: { width: 1920, height: 1080 },
    theme: 'dark',
    language: 'zh-CN',
    period: { default: '2022' },
    carousel: {
      periodSeconds: 3600,
      epoch: new Date(Date.now() + 8 * 3600_000).toISOString().replace(/\.\d+Z$/, '+08:00'),
    },
    boundaries: ['stress-towns.geojson'],
    grid: {
      columns: ['1fr', '1fr', '1.3fr', '1fr', '1fr'],
      rows: ['64px', '1fr', '1fr', '1fr', '1fr'],
      areas: [
        'header header header header header',
        'a b map c d',
        'a b map c d',
        'e f map g h',
        'e f map g h',
      ],
      gap: 8,
      padding: 8,
    },
    feeds,
    panels: [
      { area: 'header', rows: [{ widgets: [{ id: 'header', type: 'Header' }] }] },
      {
        area: 'map',
        rows: [
          {
            widgets: [
              {
                id: 'map',
                type: 'DistrictMap',
                title: text(
                  '合成镇街事件数（1,000 个合成区域）',
                  'Synthetic events by town (1,000 made-up regions)',
                ),
                bind: {
                  ...events,
                  transforms: [
                    { filter: { period: 'screen', field: 'time' } },
                    { group: { by: ['town'], aggregate: { events: 'count' } } },
                  ],
                  view: { kind: 'regions', place: 'town', value: 'events' },
                },
              },
            ],
          },
        ],
      },
      ...panels,
    ],
  };
  writeFileSync(join(dir, 'stress-screen.json'), JSON.stringify(config));
  return files;
}
