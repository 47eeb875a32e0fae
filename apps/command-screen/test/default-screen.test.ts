import { readFileSync } from 'node:fs';
import { type Binding, type FeedEnvelope, parseFeed, runBinding, type View } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import type { WidgetConfig } from '../src/config/schema.js';
import { validateScreenConfig } from '../src/config/validate.js';

// The default screen on the bundled sample feeds must show the figures the reports publish
// (../shared/domain/figures.md): this runs every binding as the app does, without a browser.

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
const result = validateScreenConfig(read('data/screens/default.json'));
if (!result.ok) throw new Error(JSON.stringify(result.faults));
const config = result.config;
const period = config.period?.default;

const feeds = new Map<string, FeedEnvelope<unknown>>();
for (const [id, source] of Object.entries(config.feeds)) {
  const parsed = parseFeed(read(`data/${source.url}`), id as 'petitions', {
    now: new Date('2023-01-01T00:00:00+08:00'),
  });
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.problems)}`);
  expect(parsed.dropped).toEqual([]);
  feeds.set(id, parsed.feed);
}

const widgets = new Map<string, WidgetConfig>();
for (const p of config.panels) {
  for (const row of [...(p.rows ?? []), ...(p.views ?? []).flatMap((v) => v.rows)]) {
    for (const w of row.widgets) widgets.set(w.id, w);
  }
}

function run(bind: Binding, place?: string): View {
  const feed = feeds.get(bind.feed);
  if (!feed) throw new Error(`no sample feed ${bind.feed}`);
  const r = runBinding(bind, feed, { place, period });
  if (!r.ok) throw new Error(JSON.stringify(r.fault));
  return r.view;
}

function kpi(id: string, place?: string) {
  const bind = widgets.get(id)?.bind;
  if (!bind) throw new Error(`no widget ${id}`);
  const view = run(bind as Binding, place);
  if (view.kind !== 'value') throw new Error(`${id} is ${view.kind}`);
  return view;
}

describe('the default screen on the sample feeds', () => {
  it('runs every binding over the sample feeds (coverage aside, which the worker computes)', () => {
    for (const w of widgets.values()) {
      if (w.bind && w.bind.feed !== 'coverage')
        expect(() => run(w.bind as Binding), w.id).not.toThrow();
      for (const layer of Object.values(w.layers ?? {}))
        expect(() => run(layer as Binding), w.id).not.toThrow();
    }
  });

  it('shows the petition figures of Xiaoshan: −13.6 % and −17.6 % in 2021, 90 % zero-accusation villages', () => {
    const received = kpi('pet-received-change');
    expect(received.change?.percent).toBeCloseTo(-13.6, 1);
    expect(received.place?.name).toEqual({ 'zh-CN': '萧山区', en: 'Xiaoshan' });
    expect(received.period).toBe('2021');
    expect(kpi('pet-accusation-change').change?.percent).toBeCloseTo(-17.6, 1);
    expect(kpi('kpi-zero-accusation').value).toBeCloseTo(90, 0);
  });

  it('shows the hotline figures: 3,579 cases handled online, reminder rate 16.63 %', () => {
    expect(kpi('kpi-hotline-cases').value).toBe(3_579);
    expect(kpi('kpi-hotline-cases').period).toBe('2022');
    expect(kpi('hl-reminder').value).toBeCloseTo(16.63, 2);
  });

  it('shows the fire figures: 23 stations, 23.6 km² each against the 22 km² target, 1,032 premises', () => {
    expect(kpi('kpi-stations').value).toBe(23);
    const density = kpi('fire-density');
    expect(density.value).toBeCloseTo(23.6, 1);
    expect(density.target).toMatchObject({ value: 22, met: false });
    expect(kpi('fire-premises').value).toBe(1_032);
  });

  it('shows the anti-fraud figures: 9,186 dissuaded, 717.6 万元 intercepted, 龙岗镇 −44 % and −35.3 %', () => {
    expect(kpi('kpi-dissuaded').value).toBe(9_186);
    expect(kpi('af-intercepted').value).toBeCloseTo(717.6, 6);
    expect(kpi('af-cases-change').change?.percent).toBeCloseTo(-44, 0);
    expect(kpi('af-losses-change').change?.percent).toBeCloseTo(-35.3, 1);
  });

  it('shows single published figures with their place and qualifier, unfiltered by the map', () => {
    const elderly = kpi('hs-elderly', '330411');
    expect(elderly.value).toBe(6_000);
    expect(elderly.note).toEqual({ 'zh-CN': '逾此数', en: 'more than this' });
    expect(elderly.place?.name).toEqual({ 'zh-CN': '萧山区', en: 'Xiaoshan' });
    expect(kpi('gr-powers').value).toBe(8_995);
    expect(kpi('hs-calls').note?.['zh-CN']).toBe('约数');
  });

  it('filters to a selected district and says whose figure it is', () => {
    const fuyang = kpi('pet-received-change', '330111');
    expect(fuyang.place?.name).toEqual({ 'zh-CN': '富阳区', en: 'Fuyang' });
    expect(fuyang.change?.percent).not.toBeCloseTo(-13.6, 1);
    expect(kpi('kpi-stations', '330111').value).toBe(0);
    expect(kpi('kpi-hotline-cases', '330411').value).toBe(0);
  });

  it('names the period of the map, and of every KPI that has one', () => {
    const map = run(widgets.get('map')?.bind as Binding);
    expect(map.kind === 'regions' && map.period).toBe('2022');
    for (const id of [
      'kpi-hotline-cases',
      'kpi-dissuaded',
      'kpi-zero-accusation',
      'af-cases-change',
      'af-intercepted',
    ]) {
      expect(kpi(id).period, id).toMatch(/^20\d\d/);
    }
  });
});
