import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedEnvelope } from '../src/feeds/envelope.js';
import { parseFeedText } from '../src/feeds/parse.js';
import { type Binding, bindingSchema, runBinding } from '../src/model/binding.js';
import type { BindingContext } from '../src/model/frame.js';
import type { View } from '../src/model/views/types.js';
import { AFTER_AS_OF, repoFile } from './fixtures/feeds/load.js';

// The published figures of ../shared/domain/figures.md, each worked out by a binding of
// transforms over the committed sample feeds: the model's answer to "one owner per figure".

const feeds = new Map<string, FeedEnvelope<unknown>>();
for (const kind of ['petitions', 'hotline', 'fire', 'antifraud', 'grassroots']) {
  const parsed = parseFeedText(
    readFileSync(repoFile(`data/feeds/${kind}.json`), 'utf8'),
    undefined,
    { now: AFTER_AS_OF },
  );
  if (!parsed.ok) throw new Error(kind);
  feeds.set(kind, parsed.feed);
}

function run(raw: unknown, context: BindingContext = { period: '2022' }): View {
  const binding = bindingSchema.parse(raw) as Binding;
  const feed = feeds.get(binding.feed);
  if (!feed) throw new Error(binding.feed);
  const r = runBinding(binding, feed, context);
  if (!r.ok) throw new Error(JSON.stringify(r.fault));
  return r.view;
}

function value(raw: unknown, context?: BindingContext) {
  const v = run(raw, context);
  if (v.kind !== 'value') throw new Error(v.kind);
  return v;
}

const yearChange = (feed: string, field: string, otherwise: string, period: string) => ({
  feed,
  pointer: '/data/monthly',
  transforms: [
    { filter: { place: 'selected', otherwise } },
    { group: { by: [{ field: 'month', unit: 'year' }], aggregate: { [field]: 'sum' } } },
    { change: { field, against: 'yearAgo' } },
    { filter: { period } },
  ],
  view: { kind: 'value', value: field, change: `${field}Change`, good: 'down' },
});

describe('published figures through bindings', () => {
  it('Xiaoshan petitions 2021 against 2020: −13.6 % received, −17.6 % accusation-type', () => {
    const received = value(yearChange('petitions', 'received', '330109', '2021'));
    expect(received.change?.percent).toBeCloseTo(-13.6, 1);
    expect(received.change?.against).toBe('yearAgo');
    expect(received.period).toBe('2021');
    expect(received.place).toEqual({ code: '330109', name: { 'zh-CN': '萧山区', en: 'Xiaoshan' } });
    expect(received.unit).toEqual({ 'zh-CN': '件', en: 'cases' });
    expect(
      value(yearChange('petitions', 'accusation', '330109', '2021')).change?.percent,
    ).toBeCloseTo(-17.6, 1);
  });

  it('follows the selected place, and says whose figure it is', () => {
    const fuyang = value(yearChange('petitions', 'received', '330109', '2021'), {
      place: '330111',
    });
    expect(fuyang.place?.name['zh-CN']).toBe('富阳区');
    expect(fuyang.change?.percent).not.toBeCloseTo(-13.6, 1);
  });

  it('龙岗镇 2022 fraud: cases −44 %, losses −35.3 %', () => {
    expect(
      value(yearChange('antifraud', 'cases', '330112117', 'screen')).change?.percent,
    ).toBeCloseTo(-44, 0);
    const losses = value(yearChange('antifraud', 'lossesYuan', '330112117', 'screen'));
    expect(losses.change?.percent).toBeCloseTo(-35.3, 1);
    expect(losses.place?.name['zh-CN']).toBe('龙岗镇');
  });

  it('12345: 3,579 cases handled online, reminder rate 16.63 %', () => {
    const handled = value({
      feed: 'hotline',
      pointer: '/data/cases',
      transforms: [
        { filter: { place: 'selected' } },
        { filter: { period: 'screen', field: 'times.received' } },
        { filter: { field: 'times.handled', present: true } },
        { group: { aggregate: { cases: 'count' } } },
      ],
      view: { kind: 'value', value: 'cases', unit: { 'zh-CN': '件', en: 'cases' } },
    });
    expect(handled.value).toBe(3_579);
    expect(handled.period).toBe('2022');
    const rate = value({
      feed: 'hotline',
      pointer: '/data/cases',
      transforms: [
        { group: { aggregate: { cases: 'count', reminded: 'sum' } } },
        { derive: { as: 'rate', ratio: ['reminded', 'cases'], percent: true } },
      ],
      view: { kind: 'value', value: 'rate', precision: 2, good: 'down' },
    });
    expect(rate.value).toBeCloseTo(16.63, 2);
    expect(rate.unit.en).toBe('%');
  });

  it('fire: 23 stations, 23.6 km² per station against the 22 km² target', () => {
    expect(
      value({
        feed: 'fire',
        pointer: '/data/stations',
        transforms: [{ group: { aggregate: { n: 'count' } } }],
        view: { kind: 'value', value: 'n' },
      }).value,
    ).toBe(23);
    const density = value({
      feed: 'fire',
      pointer: '/data/stations',
      transforms: [
        { filter: { place: 'selected' } },
        { group: { by: ['district'], aggregate: { stations: 'count' } } },
        {
          join: {
            table: 'response',
            on: 'district',
            fields: ['districtAreaKm2', 'targetKm2PerStation'],
          },
        },
        {
          derive: {
            as: 'km2PerStation',
            ratio: ['districtAreaKm2', 'stations'],
            unit: { 'zh-CN': 'km²/站', en: 'km²/station' },
          },
        },
      ],
      view: {
        kind: 'value',
        value: 'km2PerStation',
        good: 'down',
        target: { field: 'targetKm2PerStation', rule: 'atMost' },
      },
    });
    expect(density.value).toBeCloseTo(23.6, 1);
    expect(density.target).toEqual({ value: 22, rule: 'atMost', met: false });
    expect(density.place?.name['zh-CN']).toBe('秀洲区');
  });

  it('fire: 1,032 premises over 14 inspection rounds', () => {
    const v = value({
      feed: 'fire',
      pointer: '/data/inspections',
      transforms: [
        {
          derive: {
            as: 'premises',
            total: ['rentalHousing', 'threeInOne', 'highRise', 'industrial'],
          },
        },
        { group: { aggregate: { premises: 'sum', rounds: 'count' } } },
      ],
      view: {
        kind: 'value',
        value: 'premises',
        caption: { 'zh-CN': '{rounds} 轮全覆盖检查', en: '{rounds} inspection rounds' },
      },
    });
    expect(v.value).toBe(1_032);
    expect(v.caption).toEqual({ 'zh-CN': '14 轮全覆盖检查', en: '14 inspection rounds' });
  });

  it('anti-fraud: 9,186 dissuaded and 717.6 万元 intercepted in 2022', () => {
    const sum = (field: string, extra: object = {}) =>
      value({
        feed: 'antifraud',
        pointer: '/data/dissuasion',
        transforms: [
          { filter: { period: 'screen' } },
          { group: { aggregate: { [field]: 'sum' } } },
        ],
        view: { kind: 'value', value: field, ...extra },
      });
    expect(sum('dissuaded').value).toBe(9_186);
    const yuan = sum('interceptedYuan', {
      scale: 0.0001,
      unit: { 'zh-CN': '万元', en: '10k yuan' },
    });
    expect(yuan.value).toBeCloseTo(717.6, 6);
    expect(yuan.precision).toBe(1);
  });

  it('petitions: about 90 % of villages with no accusation-type petitions; backlog 125 / 154 / 5', () => {
    const share = value({
      feed: 'petitions',
      pointer: '/data/zeroAccusation',
      transforms: [
        { filter: { place: 'selected' } },
        { filter: { period: 'latest' } },
        { group: { aggregate: { villages: 'sum', zeroAccusation: 'sum' } } },
        { derive: { as: 'share', ratio: ['zeroAccusation', 'villages'], percent: true } },
      ],
      view: {
        kind: 'value',
        value: 'share',
        good: 'up',
        caption: {
          'zh-CN': '{zeroAccusation}/{villages} 村社',
          en: '{zeroAccusation} of {villages}',
        },
      },
    });
    expect(share.value).toBeCloseTo(90, 0);
    const backlog = run({
      feed: 'petitions',
      pointer: '/data/backlog',
      transforms: [{ group: { by: ['level'], aggregate: { total: 'sum', cleared: 'sum' } } }],
      view: { kind: 'categories', name: 'level', value: 'cleared', total: 'total' },
    });
    if (backlog.kind !== 'categories') throw new Error(backlog.kind);
    expect(backlog.items.map((i) => [i.name['zh-CN'], i.value, i.total])).toEqual([
      ['国家级', 125, 125],
      ['省级', 154, 154],
      ['市级', 5, 5],
    ]);
  });

  it('a published one-off figure keeps its place and qualifier', () => {
    const v = value({
      feed: 'fire',
      pointer: '/data/programmes',
      transforms: [{ filter: { field: 'id', eq: 'homeSafety.elderly' } }],
      view: { kind: 'value', value: 'value', note: 'qualifier' },
    });
    expect(v.value).toBe(6_000);
    expect(v.note).toEqual({ 'zh-CN': '逾此数', en: 'more than this' });
    expect(v.place?.name).toEqual({ 'zh-CN': '萧山区', en: 'Xiaoshan' });
  });

  it('the map: each district coloured by its change against a year earlier, naming the year', () => {
    const map = run({
      feed: 'petitions',
      pointer: '/data/monthly',
      transforms: [
        { filter: { place: 'any' } },
        {
          group: {
            by: ['district', { field: 'month', unit: 'screen' }],
            aggregate: { received: 'sum' },
          },
        },
        { change: { field: 'received', against: 'yearAgo' } },
        { filter: { period: 'screen' } },
      ],
      view: { kind: 'regions', value: 'receivedChange' },
    });
    if (map.kind !== 'regions') throw new Error(map.kind);
    expect(map.period).toBe('2022');
    expect(map.comparison).toBe('yearAgo');
    expect(map.values).toHaveLength(10);
    expect(map.metric['zh-CN']).toBe('涉纪受理信访量 同比');
    const x2021 = run(
      {
        feed: 'petitions',
        pointer: '/data/monthly',
        transforms: [
          { filter: { place: 'any' } },
          {
            group: {
              by: ['district', { field: 'month', unit: 'screen' }],
              aggregate: { received: 'sum' },
            },
          },
          { change: { field: 'received', against: 'yearAgo' } },
          { filter: { period: 'screen' } },
        ],
        view: { kind: 'regions', value: 'receivedChange' },
      },
      { period: '2021' },
    );
    if (x2021.kind !== 'regions') throw new Error(x2021.kind);
    expect(x2021.values.find((v) => v.place === '330109')?.value).toBeCloseTo(-13.6, 1);
  });

  it('the monthly trend with the year before overlaid, named by year', () => {
    const trend = run({
      feed: 'petitions',
      pointer: '/data/monthly',
      transforms: [
        { filter: { place: 'selected', otherwise: '330109' } },
        { group: { by: ['month'], aggregate: { received: 'sum' } } },
        { change: { field: 'received', against: 'yearAgo' } },
        { filter: { period: '2021' } },
      ],
      view: { kind: 'series', x: 'month', y: 'received', previous: 'receivedPrevious' },
    });
    if (trend.kind !== 'series') throw new Error(trend.kind);
    expect(trend.categories.map((c) => c.label['zh-CN'])).toEqual(
      Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
    );
    expect(trend.series.map((s) => [s.name['zh-CN'], s.role])).toEqual([
      ['2020年', 'previous'],
      ['2021年', 'current'],
    ]);
    const [prev, cur] = trend.series;
    const sum = (xs: (number | null)[] | undefined) =>
      (xs ?? []).reduce((s: number, v) => s + (v ?? 0), 0);
    expect(((sum(cur?.values) - sum(prev?.values)) / sum(prev?.values)) * 100).toBeCloseTo(
      -13.6,
      1,
    );
  });

  it('12345: the five stages from case times, with their one set of names', () => {
    const stages = run({
      feed: 'hotline',
      pointer: '/data/cases',
      transforms: [
        {
          funnel: {
            stages: [
              'times.received',
              'times.assigned',
              'times.handled',
              'times.closureReviewed',
              'times.followedUp',
            ],
          },
        },
      ],
      view: { kind: 'stages' },
    });
    if (stages.kind !== 'stages') throw new Error(stages.kind);
    expect(stages.stages.map((s) => s.name['zh-CN'])).toEqual([
      '签收',
      '审核交办',
      '审核办理',
      '办结审核',
      '回访反馈',
    ]);
    expect(stages.stages[0]?.reached).toBe(3_607);
    expect(stages.stages[2]?.reached).toBe(3_579);
  });

  it('12345: cases by weekday and hour, every cell of the week present', () => {
    const heat = run({
      feed: 'hotline',
      pointer: '/data/cases',
      transforms: [
        { derive: { as: 'weekday', weekday: 'times.received' } },
        { derive: { as: 'hour', hour: 'times.received' } },
        { group: { by: ['weekday', 'hour'], aggregate: { cases: 'count' } } },
      ],
      view: { kind: 'matrix', row: 'weekday', column: 'hour', value: 'cases' },
    });
    if (heat.kind !== 'matrix') throw new Error(heat.kind);
    expect(heat.rows.map((r) => r.label['zh-CN'])).toEqual([
      '周一',
      '周二',
      '周三',
      '周四',
      '周五',
      '周六',
      '周日',
    ]);
    expect(heat.columns).toHaveLength(24);
    expect(heat.values.flat().reduce((s: number, v) => s + (v ?? 0), 0)).toBe(3_607);
  });

  it('red / yellow / green supervision counts add up to every case', () => {
    const lights = run({
      feed: 'hotline',
      pointer: '/data/cases',
      view: { kind: 'lights', level: 'supervision' },
    });
    if (lights.kind !== 'lights') throw new Error(lights.kind);
    expect(lights.red + lights.yellow + lights.green).toBe(3_607);
  });
});
