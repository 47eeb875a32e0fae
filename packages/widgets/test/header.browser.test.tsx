import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { Clock } from '../src/Header/Clock.js';
import { FreshnessDots } from '../src/Header/FreshnessDots.js';
import { Header } from '../src/Header/Header.js';
import { activeClockTimers } from '../src/screen/clock.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, shotNow, trackTimers, wait, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

describe('Header and Clock', () => {
  it('names its banner by the screen title', async () => {
    m = await mount(
      <OnescreenProvider>
        <Header title="杭嘉基层治理 一屏览全域" now={0} />
        <Header title={xss} now={0} />
      </OnescreenProvider>,
    );
    const roots = [...m.el.querySelectorAll('[data-widget="Header"]')];
    const names = roots.map((root) =>
      (root.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );
    // Each banner points at its own title (ids are unique per Header), and stays text.
    expect(names).toEqual(['杭嘉基层治理 一屏览全域', xss]);
  });

  it('shows Shanghai time whatever zone the browser runs in', async () => {
    m = await mount(
      <OnescreenProvider>
        <Clock now={Date.UTC(2022, 11, 31, 16, 30, 5)} />
      </OnescreenProvider>,
    );
    // 16:30 UTC is already New Year's Day in Shanghai.
    expect(m.el.querySelector('time')?.textContent).toBe('2023-01-01周日00:30:05');
    expect(m.el.querySelector('[data-widget="Clock"]')?.getAttribute('data-state')).toBe('ready');
    expect(m.el.querySelector('[role="timer"]')?.getAttribute('aria-label')).toBe(
      '北京时间 2023-01-01 周日 00:30:05',
    );
  });

  it('ticks every second on one shared timer, however many clocks there are', async () => {
    const timers = trackTimers();
    try {
      m = await mount(
        <OnescreenProvider>
          {Array.from({ length: 12 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: identical clocks
            <Clock key={i} />
          ))}
        </OnescreenProvider>,
      );
      expect(activeClockTimers()).toBe(1);
      expect(timers.live().timeouts).toBe(1);
      const first = m.el.querySelector('time')?.textContent;
      await wait(1100);
      expect(m.el.querySelector('time')?.textContent).not.toBe(first);
      const all = new Set([...m.el.querySelectorAll('time')].map((t) => t.textContent));
      expect(all.size).toBe(1);
      await m.unmount();
      m = undefined;
      expect(activeClockTimers()).toBe(0);
      expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
    } finally {
      timers.restore();
    }
  });

  it('header: title as heading, freshness slot, English weekday', async () => {
    m = await mount(
      <OnescreenProvider lang="en">
        <Header title={xss} now={shotNow} freshness={<span data-dot="">●</span>} />
      </OnescreenProvider>,
    );
    await wait(50);
    expect(m.el.querySelector('h1')?.textContent).toBe(xss);
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(m.el.querySelector('[role="status"] [data-dot]')).not.toBeNull();
    expect(m.el.querySelector('time')?.textContent).toBe('2022-12-31Sat14:03:27');
    expect(m.el.querySelector('[data-widget="Header"]')?.getAttribute('data-state')).toBe('ready');
  });

  it('freshness dots say each feed state in text, not colour alone', async () => {
    const now = Date.now();
    m = await mount(
      <OnescreenProvider>
        <FreshnessDots
          feeds={[
            { label: '信访', status: { state: 'ready', updatedAt: now } },
            { label: '热线', status: { state: 'stale', updatedAt: now - 5 * 60_000 } },
            { label: xss, status: { state: 'error', updatedAt: now - 20 * 60_000 } },
            { label: '消防', status: { state: 'loading' } },
          ]}
        />
      </OnescreenProvider>,
    );
    const items = [...m.el.querySelectorAll('li')];
    expect(items.map((li) => li.dataset.state)).toEqual(['ready', 'stale', 'error', 'loading']);
    expect(items.map((li) => li.querySelector('.os-sr-only')?.textContent)).toEqual([
      '正常 · 刚刚',
      '已过期 · 5 分钟前',
      '异常 · 20 分钟前',
      '加载中',
    ]);
    expect(
      getComputedStyle(items[1]?.querySelector('.os-fresh__dot') as Element).backgroundColor,
    ).toBe('rgb(255, 181, 71)');
    expect(m.el.querySelector('img')).toBeNull();
    expect(items[2]?.textContent).toContain(xss);
  });

  it('screenshot', async () => {
    const ago = (min: number) => shotNow - min * 60_000;
    m = await mount(
      <OnescreenProvider>
        <div style={{ width: 1280 }}>
          <Header
            title="杭嘉基层治理 一屏览全域"
            now={shotNow}
            freshness={
              <FreshnessDots
                feeds={[
                  { label: '信访', status: { state: 'ready', updatedAt: ago(1) } },
                  { label: '热线', status: { state: 'ready', updatedAt: ago(1) } },
                  { label: '消防', status: { state: 'ready', updatedAt: ago(2) } },
                  { label: '反诈', status: { state: 'stale', updatedAt: ago(25) } },
                  { label: '基层', status: { state: 'ready', updatedAt: ago(3) } },
                ]}
              />
            }
          />
        </div>
      </OnescreenProvider>,
      'display:inline-block',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/Header.png' });
  });
});
