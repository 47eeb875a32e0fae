// The embed API as a portal without React uses it: plain DOM calls in a plain page.

import { fixtures, trendChartFixture } from '@onescreen/fixtures';
import { getInstanceByDom } from 'echarts/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type EmbedWidgetName, embedWidgetNames, mount } from '../src/index.js';

const hosts: HTMLElement[] = [];
function host(width = 480, height = 240): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = `width:${width}px;height:${height}px`;
  document.body.append(el);
  hosts.push(el);
  return el;
}
afterEach(() => {
  for (const el of hosts.splice(0)) el.remove();
});

async function until<T>(
  probe: () => T | null | undefined | false,
  what: string,
  ms = 3000,
): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('mount()', () => {
  it('renders the widget synchronously, sized by its container', async () => {
    const el = host(480, 240);
    const widget = mount(el, 'TrendChart', trendChartFixture.sample(1));
    const root = el.querySelector('[data-widget="TrendChart"]') as HTMLElement;
    expect(root).not.toBeNull();
    expect(root.dataset.state).toBe('ready');
    const box = root.getBoundingClientRect();
    expect([box.width, box.height]).toEqual([480, 240]);
    const canvas = await until(() => el.querySelector('canvas'), 'the chart canvas');
    expect(canvas.getBoundingClientRect().width).toBeGreaterThan(400);
    widget.destroy();
  });

  it('update() replaces the props; destroy() disposes the chart and empties the host', async () => {
    const el = host();
    const sample = trendChartFixture.sample(2);
    const widget = mount(el, 'TrendChart', sample);
    const chartNode = await until(
      () => el.querySelector<HTMLElement>('[_echarts_instance_]'),
      'a chart',
    );
    widget.update({ ...sample, title: '新标题 New title' });
    expect(el.querySelector('[data-widget]')?.getAttribute('aria-label')).toBe('新标题 New title');
    widget.update({ ...sample, status: { state: 'error', feed: 'hotline', error: 'HTTP 500' } });
    const root = el.querySelector('[data-widget]') as HTMLElement;
    expect(root.dataset.state).toBe('error');
    expect(root.textContent).toContain('hotline');
    // The last good data stays visible under the error.
    expect(root.querySelector('canvas')).not.toBeNull();
    widget.destroy();
    expect(el.childElementCount).toBe(0);
    expect(getInstanceByDom(chartNode)).toBeUndefined();
    expect(() => widget.destroy()).not.toThrow();
    expect(() => widget.update(sample)).toThrow(/after destroy/);
  });

  it('follows theme and language options', () => {
    const el = host();
    const widget = mount(el, 'TrendChart', trendChartFixture.empty(), {
      theme: 'light',
      lang: 'en',
    });
    const wrapper = el.firstElementChild as HTMLElement;
    expect(wrapper.dataset.theme).toBe('light');
    expect(wrapper.lang).toBe('en');
    widget.update(trendChartFixture.empty(), { theme: 'dark', lang: 'zh-CN' });
    expect(wrapper.dataset.theme).toBe('dark');
    widget.destroy();
  });

  it('mounts every embeddable widget by name from its fixture, and leaves nothing behind', () => {
    const el = host(640, 360);
    const names = new Set<string>(embedWidgetNames);
    const embeddable = fixtures.filter((f) => names.has(f.name));
    expect(embeddable.map((f) => f.name).sort()).toEqual([...embedWidgetNames].sort());
    for (const fixture of embeddable) {
      const widget = mount(el, fixture.name as EmbedWidgetName, fixture.sample(1));
      const root = el.querySelector<HTMLElement>(`[data-widget="${fixture.name}"]`);
      expect(root?.dataset.state, fixture.name).toBe('ready');
      widget.destroy();
      expect(el.childElementCount, fixture.name).toBe(0);
    }
  });

  it('rejects a name that is not a widget, including inherited property names', () => {
    const el = host();
    expect(() => mount(el, 'NoSuchWidget' as never)).toThrow(TypeError);
    expect(() => mount(el, 'constructor' as never)).toThrow(TypeError);
    expect(el.childElementCount).toBe(0);
  });
});
