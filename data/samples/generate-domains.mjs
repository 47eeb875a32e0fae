#!/usr/bin/env node
// Sample feeds for two data domains the code has never heard of — 交通事故 (traffic accidents)
// and 空气质量 (air quality) — written as self-describing feeds. Invented, seeded and
// deterministic: run `node data/samples/generate-domains.mjs` and get the same bytes again.
// They exist to prove a new domain is a feed and a config, never a code change.
import { readFileSync, writeFileSync } from 'node:fs';
import { geoBounds, geoContains } from 'd3-geo';

const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const districts = [
  ...read('geo/hangzhou.geojson').features,
  ...read('geo/jiaxing.geojson').features,
].map((f) => ({ code: String(f.id), name: f.properties.name, feature: f }));

/** mulberry32: a small seeded generator, one stream per purpose. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const say = (zh, en) => ({ 'zh-CN': zh, en });
const pad = (n) => String(n).padStart(2, '0');
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const months = [];
for (const y of [2021, 2022]) for (let m = 1; m <= 12; m++) months.push(`${y}-${pad(m)}`);

/** A point inside a district, found by rejection inside its bounding box. */
function pointIn(feature, rnd) {
  const [[w, s], [e, n]] = geoBounds(feature);
  for (let i = 0; i < 500; i++) {
    const p = [w + (e - w) * rnd(), s + (n - s) * rnd()];
    if (geoContains(feature, p)) return p.map((v) => round(v, 5));
  }
  throw new Error(`no point found in ${feature.properties.name}`);
}

const envelope = (kind, title, source, fields, data) => ({
  kind,
  schemaVersion: 1,
  asOf: '2022-12-31T22:00:00+08:00',
  source,
  title,
  fields,
  data,
});

function trafficAccidents() {
  const rnd = random(2022_07_01);
  const place = [
    { name: 'district', type: 'place', nameField: 'districtName', label: say('区县', 'District') },
    { name: 'districtName', type: 'string', label: say('区县', 'District') },
  ];
  const monthly = [];
  for (const d of districts) {
    // Each district's size of traffic, then a seasonal swing and a fall of about a tenth in 2022.
    const base = 30 + rnd() * 90;
    for (const month of months) {
      const m = Number(month.slice(5));
      const season = 1 + 0.15 * Math.cos(((m - 1) / 12) * 2 * Math.PI);
      const trend = month.startsWith('2022') ? 0.82 + rnd() * 0.16 : 1;
      const accidents = Math.round(base * season * trend * (0.9 + rnd() * 0.2));
      const injured = Math.round(accidents * (0.55 + rnd() * 0.2));
      const killed = Math.round(accidents * (0.01 + rnd() * 0.02));
      monthly.push({ district: d.code, districtName: d.name, month, accidents, injured, killed });
    }
  }
  const types = ['rearEnd', 'sideswipe', 'pedestrian', 'ebike', 'single'];
  const weights = [0.34, 0.22, 0.12, 0.24, 0.08];
  const roads = ['国道', '省道', '城市主干道', '乡村道路', '高速公路'];
  const incidents = [];
  for (let i = 0; i < 720; i++) {
    const d = districts[Math.floor(rnd() * districts.length)];
    const day = Math.floor(rnd() * 365);
    const date = new Date(Date.UTC(2022, 0, 1 + day));
    // Rush hours carry most accidents.
    const hour = [7, 8, 8, 9, 12, 17, 17, 18, 18, 19, 21, 23, 2, 14, 10, 16][
      Math.floor(rnd() * 16)
    ];
    const time = `${date.toISOString().slice(0, 10)}T${pad(hour)}:${pad(Math.floor(rnd() * 60))}:00+08:00`;
    let pick = rnd();
    let type = types[types.length - 1];
    for (const [k, w] of weights.entries()) {
      if (pick < w) {
        type = types[k];
        break;
      }
      pick -= w;
    }
    const s = rnd();
    const severity = s < 0.7 ? 'minor' : s < 0.96 ? 'injury' : 'fatal';
    const [lon, lat] = pointIn(d.feature, rnd);
    incidents.push({
      id: `TA2022-${String(i + 1).padStart(4, '0')}`,
      time,
      district: d.code,
      districtName: d.name,
      road: `${d.name}${roads[Math.floor(rnd() * roads.length)]}`,
      type,
      severity,
      lon,
      lat,
    });
  }
  incidents.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const count = (zh, en, unit) => ({ type: 'integer', min: 0, label: say(zh, en), unit });
  return envelope(
    'traffic-accidents',
    say('交通事故', 'Traffic accidents'),
    '示例数据（虚构，种子生成）sample data: invented, seeded',
    {
      monthly: [
        ...place,
        { name: 'month', type: 'month', label: say('月份', 'Month') },
        { name: 'accidents', ...count('事故起数', 'Accidents', say('起', 'accidents')) },
        { name: 'injured', ...count('受伤人数', 'Injured', say('人', 'people')) },
        { name: 'killed', ...count('死亡人数', 'Killed', say('人', 'people')) },
      ],
      incidents: [
        { name: 'id', type: 'string', label: say('编号', 'Case') },
        { name: 'time', type: 'datetime', label: say('发生时间', 'Time') },
        ...place,
        { name: 'road', type: 'string', label: say('路段', 'Road') },
        {
          name: 'type',
          type: 'category',
          label: say('事故类型', 'Type'),
          values: types,
          valueLabels: {
            rearEnd: say('追尾', 'Rear-end'),
            sideswipe: say('刮擦', 'Sideswipe'),
            pedestrian: say('涉及行人', 'Pedestrian'),
            ebike: say('电动自行车', 'E-bike'),
            single: say('单车事故', 'Single vehicle'),
          },
        },
        {
          name: 'severity',
          type: 'category',
          label: say('后果', 'Severity'),
          values: ['minor', 'injury', 'fatal'],
          valueLabels: {
            minor: say('轻微', 'Minor'),
            injury: say('伤人', 'Injury'),
            fatal: say('亡人', 'Fatal'),
          },
        },
        { name: 'lon', type: 'longitude', label: say('经度', 'Longitude') },
        { name: 'lat', type: 'latitude', label: say('纬度', 'Latitude') },
      ],
    },
    { monthly, incidents },
  );
}

function airQuality() {
  const rnd = random(2022_10_15);
  const levels = [
    ['excellent', 50, say('优', 'Excellent')],
    ['good', 100, say('良', 'Good')],
    ['light', 150, say('轻度污染', 'Lightly polluted')],
    ['moderate', 200, say('中度污染', 'Moderately polluted')],
    ['heavy', 300, say('重度污染', 'Heavily polluted')],
    ['severe', 500, say('严重污染', 'Severely polluted')],
  ];
  const daily = [];
  for (const d of districts) {
    const base = 45 + rnd() * 25;
    let carry = 0;
    for (let day = 0; day < 365; day++) {
      const date = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
      // Winter haze, summer ozone-light days, and weather that lasts a few days.
      const winter = 1 + 0.45 * Math.cos((day / 365) * 2 * Math.PI);
      carry = carry * 0.6 + (rnd() - 0.5) * 40;
      const aqi = Math.max(15, Math.min(320, Math.round(base * winter + carry)));
      const pm25 = round(aqi * (0.55 + rnd() * 0.15), 1);
      const level = levels.find(([, top]) => aqi <= top)?.[0] ?? 'severe';
      daily.push({ district: d.code, districtName: d.name, date, aqi, pm25, level });
    }
  }
  const stations = districts.flatMap((d, i) => {
    const n = 1 + Math.floor(rnd() * 3);
    return Array.from({ length: n }, (_, k) => {
      const [lon, lat] = pointIn(d.feature, rnd);
      return {
        id: `AQ-${d.code}-${k + 1}`,
        name: `${d.name}${['监测站', '二号站', '三号站'][k]}`,
        district: d.code,
        districtName: d.name,
        kind: (i + k) % 3 === 0 ? 'national' : 'provincial',
        lon,
        lat,
      };
    });
  });
  return envelope(
    'air-quality',
    say('空气质量', 'Air quality'),
    '示例数据（虚构，种子生成）sample data: invented, seeded',
    {
      daily: [
        {
          name: 'district',
          type: 'place',
          nameField: 'districtName',
          label: say('区县', 'District'),
        },
        { name: 'districtName', type: 'string', label: say('区县', 'District') },
        { name: 'date', type: 'date', label: say('日期', 'Date') },
        { name: 'aqi', type: 'integer', min: 0, max: 500, label: say('空气质量指数', 'AQI') },
        {
          name: 'pm25',
          type: 'number',
          min: 0,
          label: say('PM2.5', 'PM2.5'),
          unit: say('微克/立方米', 'µg/m³'),
        },
        {
          name: 'level',
          type: 'category',
          label: say('空气质量级别', 'Level'),
          values: levels.map(([k]) => k),
          valueLabels: Object.fromEntries(levels.map(([k, , label]) => [k, label])),
        },
      ],
      stations: [
        { name: 'id', type: 'string', label: say('站号', 'Station') },
        { name: 'name', type: 'string', label: say('站名', 'Name') },
        {
          name: 'district',
          type: 'place',
          nameField: 'districtName',
          label: say('区县', 'District'),
        },
        { name: 'districtName', type: 'string', label: say('区县', 'District') },
        {
          name: 'kind',
          type: 'category',
          label: say('站点类型', 'Kind'),
          values: ['national', 'provincial'],
          valueLabels: {
            national: say('国控点', 'National'),
            provincial: say('省控点', 'Provincial'),
          },
        },
        { name: 'lon', type: 'longitude', label: say('经度', 'Longitude') },
        { name: 'lat', type: 'latitude', label: say('纬度', 'Latitude') },
      ],
    },
    { daily, stations },
  );
}

/** The envelope and declarations laid out for reading, each record on one line. */
function layout(feed) {
  const { data, ...head } = feed;
  const tables = Object.entries(data).map(
    ([name, rows]) =>
      `    ${JSON.stringify(name)}: [\n${rows.map((r) => `      ${JSON.stringify(r)}`).join(',\n')}\n    ]`,
  );
  const top = JSON.stringify(head, null, 2).slice(0, -2);
  return `${top},\n  "data": {\n${tables.join(',\n')}\n  }\n}\n`;
}

const write = (name, feed) => {
  writeFileSync(new URL(`feeds/${name}.json`, root), layout(feed));
  console.log(`data/feeds/${name}.json`);
};
write('traffic-accidents', trafficAccidents());
write('air-quality', airQuality());
