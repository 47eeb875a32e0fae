// <onescreen-widget bind>: the same binding a screen config writes, run on the feed document.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineOnescreenWidget } from '../src/index.js';

beforeAll(() => {
  defineOnescreenWidget();
});

const made: HTMLElement[] = [];
const urls: string[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
});

const say = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const rows = [
  ['330109', '萧山区', '2021-01', 40],
  ['330109', '萧山区', '2022-01', 30],
  ['330411', '秀洲区', '2021-01', 10],
  ['330411', '秀洲区', '2022-01', 12],
].map(([district, districtName, month, accidents]) => ({
  district,
  districtName,
  month,
  accidents,
}));

function feedUrl(records: unknown[]): string {
  const doc = {
    kind: 'traffic-accidents',
    schemaVersion: 1,
    asOf: '2022-12-31T22:00:00+08:00',
    source: 'test',
    fields: {
      monthly: [
        { name: 'district', type: 'place', nameField: 'districtName' },
        { name: 'districtName', type: 'string' },
        { name: 'month', type: 'month' },
        {
          name: 'accidents',
          type: 'integer',
          min: 0,
          unit: say('起', 'accidents'),
          label: say('事故', 'Accidents'),
        },
      ],
    },
    data: { monthly: records },
  };
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

const yearKpi = {
  pointer: '/data/monthly',
  transforms: [
    { filter: { place: 'selected' } },
    { group: { by: [{ field: 'month', unit: 'year' }], aggregate: { accidents: 'sum' } } },
    { change: { field: 'accidents', against: 'yearAgo' } },
    { filter: { period: 'screen' } },
  ],
  view: { kind: 'value', value: 'accidents', change: 'accidentsChange', good: 'down' },
};

function element(attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('onescreen-widget');
  el.style.cssText = 'width:420px;height:200px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  made.push(el);
  return el;
}

async function settled(el: HTMLElement, want: string, text?: string): Promise<HTMLElement> {
  const end = performance.now() + 5000;
  for (;;) {
    const root = el.querySelector<HTMLElement>('[data-widget]');
    if (root?.dataset.state === want && (text === undefined || root.textContent?.includes(text)))
      return root;
    if (performance.now() > end) {
      throw new Error(
        `state ${root?.dataset.state} "${root?.textContent}", wanted ${want} ${text ?? ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<onescreen-widget bind>', () => {
  it('runs the binding on the feed: a KPI with its change and period', async () => {
    const el = element({
      type: 'KpiCard',
      feed: feedUrl(rows),
      bind: JSON.stringify(yearKpi),
      period: '2022',
      props: JSON.stringify({ title: '交通事故' }),
      lang: 'zh-CN',
    });
    const root = await settled(el, 'ready', '42');
    expect(root.textContent).toContain('同比');
    expect(root.textContent).toContain('2022年');
  });

  it('follows its place attribute, as the screen follows the map', async () => {
    const el = element({
      type: 'KpiCard',
      feed: feedUrl(rows),
      bind: JSON.stringify(yearKpi),
      period: '2022',
      place: '330411',
      lang: 'zh-CN',
    });
    const root = await settled(el, 'ready', '12');
    expect(root.textContent).toContain('秀洲区');
  });

  it('ranks districts from a categories view', async () => {
    const el = element({
      type: 'RankingBoard',
      feed: feedUrl(rows),
      bind: JSON.stringify({
        pointer: '/data/monthly',
        transforms: [{ group: { by: ['district'], aggregate: { accidents: 'sum' } } }],
        view: { kind: 'categories', name: 'district', value: 'accidents' },
      }),
      lang: 'en',
    });
    const root = await settled(el, 'ready', 'Xiaoshan');
    expect(root.textContent).toContain('70');
  });

  it('says, in the page language, when the binding does not fit the widget', async () => {
    const el = element({
      type: 'KpiCard',
      feed: feedUrl(rows),
      bind: JSON.stringify({ ...yearKpi, view: { kind: 'series', x: 'month', y: 'accidents' } }),
      lang: 'en',
    });
    const end = performance.now() + 3000;
    while (!el.textContent?.includes('KpiCard shows a value view') && performance.now() < end) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(el.textContent).toContain('KpiCard shows a value view, but bind makes a series view');
  });

  it('shows a field the feed does not declare as an error naming it', async () => {
    const el = element({
      type: 'KpiCard',
      feed: feedUrl(rows),
      bind: JSON.stringify({ ...yearKpi, view: { kind: 'value', value: 'crashes' } }),
      lang: 'en',
    });
    const root = await settled(el, 'error');
    expect(root.textContent).toContain('no field "crashes"');
  });

  it('drops a bad record with the same parser as the screen, and shows the rest', async () => {
    const el = element({
      type: 'KpiCard',
      feed: feedUrl([
        ...rows,
        { district: '330109', districtName: '萧山区', month: '2022-02', accidents: -5 },
      ]),
      bind: JSON.stringify(yearKpi),
      period: '2022',
      lang: 'zh-CN',
    });
    await settled(el, 'ready', '42');
  });
});
