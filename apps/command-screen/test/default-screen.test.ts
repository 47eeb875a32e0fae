import { readFileSync } from 'node:fs';
import { parseFeed } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import { adapters } from '../src/adapters/registry.js';
import type { View } from '../src/adapters/views.js';
import type { FeedBinding, WidgetConfig } from '../src/config/schema.js';
import { validateScreenConfig } from '../src/config/validate.js';
import { resolvePointer } from '../src/data/pointer.js';

// The default screen on the bundled sample feeds must show the figures the reports publish
// (../shared/domain/figures.md): this runs every binding as the app does, without a browser.

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
const result = validateScreenConfig(read('data/screens/default.json'), adapters);
if (!result.ok) throw new Error(JSON.stringify(result.faults));
const config = result.config;

const feeds = new Map<string, unknown>();
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

function run(bind: FeedBinding, district: string | null = null): View {
  const adapter = adapters[bind.adapter];
  if (!adapter) throw new Error(bind.adapter);
  const data = resolvePointer(feeds.get(bind.feed), bind.pointer);
  return adapter.run(data, bind.options ?? {}, { selection: { district }, coverage: null });
}

function kpi(id: string, district: string | null = null) {
  const bind = widgets.get(id)?.bind;
  if (!bind) throw new Error(`no widget ${id}`);
  const view = run(bind, district);
  if (view.kind !== 'kpi') throw new Error(`${id} is ${view.kind}`);
  return view;
}

describe('the default screen on the sample feeds', () => {
  it('binds every widget to data its adapter can read', () => {
    for (const w of widgets.values()) {
      if (w.bind) expect(() => run(w.bind as FeedBinding), w.id).not.toThrow();
      for (const layer of Object.values(w.layers ?? {}))
        expect(() => run(layer), w.id).not.toThrow();
    }
  });

  it('shows the petition figures of Xiaoshan: −13.6 % and −17.6 %, 90 % zero-accusation villages', () => {
    expect(kpi('pet-received-change').changePercent).toBeCloseTo(-13.6, 1);
    expect(kpi('pet-received-change').scope).toEqual({ zh: '萧山区', en: 'Xiaoshan' });
    expect(kpi('pet-accusation-change').changePercent).toBeCloseTo(-17.6, 1);
    expect(kpi('kpi-zero-accusation').value).toBeCloseTo(90, 0);
  });

  it('shows the hotline figures: 3,579 cases handled online, reminder rate 16.63 %', () => {
    expect(kpi('kpi-hotline-cases').value).toBe(3_579);
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
    expect(kpi('af-cases-change').changePercent).toBeCloseTo(-44, 0);
    expect(kpi('af-losses-change').changePercent).toBeCloseTo(-35.3, 1);
  });

  it('shows single published figures with their place and qualifier, unfiltered by the map', () => {
    const elderly = kpi('hs-elderly', '330411');
    expect(elderly.value).toBe(6_000);
    expect(elderly.period).toEqual({ zh: '逾此数', en: 'more than this' });
    expect(elderly.scope).toEqual({ zh: '萧山区', en: 'Xiaoshan' });
    expect(kpi('gr-powers').value).toBe(8_995);
    expect(kpi('hs-calls').period?.zh).toBe('约数');
  });

  it('filters to a selected district and says whose figure it is', () => {
    const fuyang = kpi('pet-received-change', '330111');
    expect(fuyang.scope).toEqual({ zh: '富阳区', en: 'Fuyang' });
    expect(fuyang.changePercent).not.toBeCloseTo(-13.6, 1);
    expect(kpi('kpi-stations', '330111').value).toBe(0);
    expect(kpi('kpi-hotline-cases', '330411').value).toBe(0);
  });
});
