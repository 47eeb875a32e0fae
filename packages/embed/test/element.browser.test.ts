// <onescreen-widget> in a plain page: attributes in, widget out, feed kept on error.

import { trendChartFixture } from '@onescreen/fixtures';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineOnescreenWidget, embedWidgetNames } from '../src/index.js';

beforeAll(() => {
  defineOnescreenWidget();
});

const made: HTMLElement[] = [];
const urls: string[] = [];
const restores: (() => void)[] = [];
/** Records console.warn calls until the end of the test. */
function spyWarn(): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  restores.push(() => {
    console.warn = original;
  });
  return seen;
}
afterEach(() => {
  for (const restore of restores.splice(0)) restore();
  for (const el of made.splice(0)) el.remove();
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
});

function feedUrl(data: unknown, asOf = '2026-11-23T09:55:00+08:00'): string {
  const doc = { kind: 'trend', schemaVersion: 1, asOf, source: 'test', data };
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

function element(attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('onescreen-widget');
  el.style.cssText = 'width:480px;height:240px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  made.push(el);
  return el;
}

async function state(el: HTMLElement, want: string): Promise<HTMLElement> {
  const end = performance.now() + 3000;
  for (;;) {
    const root = el.querySelector<HTMLElement>('[data-widget]');
    if (root?.dataset.state === want) return root;
    if (performance.now() > end) throw new Error(`state ${root?.dataset.state}, wanted ${want}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const tableText = (el: HTMLElement) => el.querySelector('[data-a11y-table]')?.textContent ?? '';

describe('<onescreen-widget>', () => {
  it('renders from the props attribute, sized by the page', async () => {
    const el = element({ type: 'TrendChart', props: JSON.stringify(trendChartFixture.sample(1)) });
    const root = await state(el, 'ready');
    expect(root.getBoundingClientRect().height).toBe(240);
    expect(tableText(el)).toContain('电诈立案');
  });

  it('fetches the feed and reads the value at the pointer', async () => {
    const { categories, series } = trendChartFixture.sample(3);
    const el = element({
      type: 'TrendChart',
      props: '{"title":"来自数据源"}',
      feed: feedUrl({
        chart: { categories, series: [{ ...(series as object[])[0], name: '来自数据源的序列' }] },
      }),
      pointer: '/data/chart',
    });
    expect(el.querySelector<HTMLElement>('[data-widget]')?.dataset.state).toBe('loading');
    const root = await state(el, 'ready');
    expect(root.getAttribute('aria-label')).toBe('来自数据源');
    expect(tableText(el)).toContain('来自数据源的序列');
  });

  it('keeps the last good data when a later fetch fails, and says which feed failed', async () => {
    const url = feedUrl(trendChartFixture.sample(4));
    const el = element({ type: 'TrendChart', feed: url });
    await state(el, 'ready');
    URL.revokeObjectURL(url);
    el.setAttribute('refresh', '60'); // restarts the feed: the same URL, now gone
    const root = await state(el, 'error');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(url);
    expect(tableText(el)).toContain('电诈立案');
  });

  it('re-renders on attribute changes, including a change of widget type', async () => {
    const el = element({
      type: 'TrendChart',
      props: JSON.stringify({ ...trendChartFixture.empty(), title: '一' }),
    });
    await state(el, 'empty');
    el.setAttribute('props', JSON.stringify({ ...trendChartFixture.sample(5), title: '二' }));
    expect((await state(el, 'ready')).getAttribute('aria-label')).toBe('二');
    el.setAttribute('theme', 'light');
    expect(el.querySelector<HTMLElement>('[data-theme]')?.dataset.theme).toBe('light');
    el.setAttribute('type', 'NoSuchWidget');
    expect((await state(el, 'error')).dataset.widget).toBe('NoSuchWidget');
  });

  it('explains a props attribute that is not a JSON object, in one language, and warns the developer', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const warned = spyWarn();
    const el = element({ type: 'TrendChart', props: '{"title": oops', lang: 'zh-CN' });
    const root = await state(el, 'error');
    const alert = () => root.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert()).toBe('props 属性不是有效的 JSON：{"title": oops');
    expect(warned.at(-1)).toMatch(/props attribute is not valid JSON/);
    el.setAttribute('props', '[1,2]');
    expect((await state(el, 'error')).textContent).toBe(
      'props 属性应为 JSON 对象，例如 {"title":"…"}',
    );
    el.setAttribute('lang', 'en');
    expect((await state(el, 'error')).textContent).toBe(
      'The props attribute must be a JSON object, such as {"title":"…"}',
    );
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('names the valid types for an unknown one, in the page language, not as a data-source error', async () => {
    const warned = spyWarn();
    const el = element({ type: 'TrendCart', lang: 'zh-CN' });
    const root = await state(el, 'error');
    expect(root.textContent).toBe(
      `未知的组件类型「TrendCart」。可用的类型：${embedWidgetNames.join(', ')}`,
    );
    expect(root.textContent).not.toContain('数据源');
    expect(warned.at(-1)).toContain('Unknown widget type "TrendCart". Valid types: KpiCard');
    const english = document.createElement('div');
    english.lang = 'en-GB';
    document.body.append(english);
    made.push(english);
    const inner = document.createElement('onescreen-widget');
    inner.setAttribute('type', 'Nope');
    english.append(inner);
    expect((await state(inner, 'error')).textContent).toMatch(
      /^Unknown widget type "Nope"\. Valid types: /,
    );
  });

  it('says when a feed does not fit the widget instead of showing "no data"', async () => {
    const warned = spyWarn();
    const url = feedUrl({ items: [{ name: '刷单返利', value: 242 }] });
    const el = element({ type: 'TrendChart', feed: url, lang: 'en' });
    const root = await state(el, 'error');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'the data at /data does not fit TrendChart: it needs categories (a list), series (a list); found an object with items',
    );
    expect(warned.at(-1)).toContain('does not fit TrendChart');
  });

  it('tears the widget down on disconnect and builds it again on reconnect', async () => {
    const el = element({ type: 'TrendChart', props: JSON.stringify(trendChartFixture.sample(6)) });
    await state(el, 'ready');
    el.remove();
    expect(el.childElementCount).toBe(0);
    document.body.append(el);
    await state(el, 'ready');
  });
});
