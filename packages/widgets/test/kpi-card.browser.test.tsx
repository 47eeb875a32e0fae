/// <reference types="@vitest/browser-playwright" />
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { KpiCard } from '../src/KpiCard/KpiCard.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, stateOf, statuses, trackTimers, wait, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const s = statuses('petitions');
const number = (el: HTMLElement) => el.querySelector('.os-kpi__number')?.textContent ?? '';
/** Says whether a card's count is under way towards `target` (a figure between 0 and it). */
const midCountOf = (el: HTMLElement, target: number) => () => {
  const shown = Number(number(el).replace(/,/g, ''));
  return shown > 0 && shown < target;
};
/** Keys of a keyframe that are not animated properties. */
const nonProps = new Set(['offset', 'computedOffset', 'easing', 'composite']);

describe('KpiCard', () => {
  it('shows all five data states', async () => {
    const cases = [
      [s.loading, null, 'loading'],
      [s.ready, 864, 'ready'],
      [s.ready, null, 'empty'],
      [s.stale, 864, 'stale'],
      [s.error, 864, 'error'],
    ] as const;
    for (const [status, value, want] of cases) {
      m = await mount(
        <OnescreenProvider reducedMotion>
          <KpiCard label="信访总量" value={value} unit="件" status={status} />
        </OnescreenProvider>,
      );
      expect(stateOf(m.el, 'KpiCard')).toBe(want);
      if (want === 'error') expect(number(m.el)).toBe('864');
      await m.unmount();
      m = undefined;
    }
  });

  it('a fall is green when down is good, with arrow, sign and a spoken change', async () => {
    m = await mount(
      <OnescreenProvider reducedMotion>
        <KpiCard
          label="信访总量"
          value={864}
          unit="件"
          period="2022年"
          changePct={-13.6}
          changeLabel="同比"
          goodDirection="down"
        />
      </OnescreenProvider>,
    );
    const change = m.el.querySelector<HTMLElement>('.os-kpi__change');
    expect(change?.dataset.tone).toBe('good');
    expect(change?.dataset.direction).toBe('down');
    expect(change?.textContent).toContain('▼ −13.6 %');
    expect(getComputedStyle(change as HTMLElement).color).toBe('rgb(61, 220, 151)');
    expect(m.el.querySelector('.os-kpi__change .os-sr-only')?.textContent).toBe(
      '下降 13.6 %，向好',
    );
    expect([...m.el.querySelectorAll('[data-a11y-table] td')].map((td) => td.textContent)).toEqual([
      '信访总量 2022年',
      '864 件',
      '同比 −13.6 %',
    ]);
  });

  it('counts in once on first data, then stops its frame loop', async () => {
    const timers = trackTimers();
    try {
      m = await mount(
        <OnescreenProvider>
          <KpiCard label="劝返人次" value={9186} />
        </OnescreenProvider>,
      );
      // Frames run on rAF time, which a loaded machine delays: wait for a mid-count figure, then
      // for the end, instead of sleeping a fixed time. Between figures the ticker waits on a
      // timer or a frame, one of them.
      const el = m.el;
      const midCount = () => {
        const live = timers.live();
        return midCountOf(el, 9186)() && live.frames + live.timeouts === 1;
      };
      await expect.poll(midCount, { timeout: 10_000, interval: 16 }).toBe(true);
      await expect.poll(() => number(el), { timeout: 20_000, interval: 16 }).toBe('9,186');
      // The frame after the last value finds nothing left to count and asks for no more.
      await expect
        .poll(() => timers.live(), { timeout: 5_000 })
        .toEqual({ timeouts: 0, intervals: 0, frames: 0 });
      // Data gone and back counts in again; unmounting mid-count leaves no frame or timer behind.
      const card = (value: number | null) => (
        <OnescreenProvider>
          <KpiCard label="劝返人次" value={value} />
        </OnescreenProvider>
      );
      await m.rerender(card(null));
      await m.rerender(card(500));
      await expect.poll(midCountOf(el, 500), { timeout: 10_000, interval: 16 }).toBe(true);
      await m.unmount();
      m = undefined;
      expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
    } finally {
      timers.restore();
    }
  });

  it('shows a live change at once and flashes it on the compositor, with no frame loop', async () => {
    const timers = trackTimers();
    try {
      const card = (value: number) => (
        <OnescreenProvider>
          <KpiCard label="劝返人次" value={value} />
        </OnescreenProvider>
      );
      m = await mount(card(9186));
      const el = m.el;
      await expect.poll(() => number(el), { timeout: 20_000, interval: 16 }).toBe('9,186');
      await expect.poll(() => timers.live().frames + timers.live().timeouts).toBe(0);
      await m.rerender(card(9300));
      // The new figure is written before the frame that paints it, not counted over.
      expect(number(el)).toBe('9,300');
      expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
      // The glow behind the digits fades by opacity alone, which the compositor can run.
      const figure = el.querySelector<HTMLElement>('.os-kpi__number') as HTMLElement;
      const flashes = figure.getAnimations({ subtree: true });
      expect(flashes).toHaveLength(1);
      const effect = flashes[0]?.effect as KeyframeEffect;
      expect(effect.pseudoElement).toBe('::after');
      expect(
        effect.getKeyframes().flatMap((k) => Object.keys(k).filter((p) => !nonProps.has(p))),
      ).toEqual(['opacity', 'opacity']);
    } finally {
      timers.restore();
    }
  });

  it('counts with one React render per value, writing the frames straight to its text', async () => {
    let commits = 0;
    const card = (value: number) => (
      <Profiler id="kpi" onRender={() => (commits += 1)}>
        <OnescreenProvider>
          <KpiCard label="劝返人次" value={value} unit="人" />
        </OnescreenProvider>
      </Profiler>
    );
    m = await mount(card(9186));
    const el = m.el;
    // Frames come when the machine gives them: wait for what the count shows, not for a time.
    const seen = new Set<string>();
    await expect
      .poll(() => seen.add(number(el)) && number(el), { timeout: 20_000, interval: 16 })
      .toBe('9,186');
    expect(seen.size).toBeGreaterThan(2);
    expect(commits).toBe(1);
    // The hidden table and the screen-reader text say the final figure from the start; a live
    // change shows at once.
    await m.rerender(card(9300));
    expect(el.querySelector('.os-kpi__value .os-sr-only')?.textContent).toBe('9,300');
    expect(number(el)).toBe('9,300');
    expect(commits).toBe(2);
  });

  it('counts every card on one ticker, about fifteen figures a second, in the same frames', async () => {
    m = await mount(
      <OnescreenProvider>
        <KpiCard label="劝返人次" value={9186} />
        <KpiCard label="止付金额" value={4521} />
      </OnescreenProvider>,
    );
    const el = m.el;
    const cards = [...el.querySelectorAll<HTMLElement>('.os-kpi__number')];
    // Frames asked for while counting: each costs the page a style, layout and commit pass.
    let framesAsked = 0;
    const rAF = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => {
      framesAsked++;
      return rAF.call(window, cb);
    };
    // When each card's figure was written: the time of the frame that wrote it.
    const writes: number[][] = cards.map(() => []);
    const frameTime = () => Number(document.timeline.currentTime);
    const observers = cards.map((card, i) => {
      const o = new MutationObserver(() => writes[i]?.push(frameTime()));
      o.observe(card, { characterData: true, subtree: true, childList: true });
      return o;
    });
    await expect
      .poll(() => cards.map((c) => c.textContent), { timeout: 20_000, interval: 16 })
      .toEqual(['9,186', '4,521']);
    window.requestAnimationFrame = rAF;
    for (const o of observers) o.disconnect();
    const [a = [], b = []] = writes;
    // Both counted, each figure a step of the shared ticker: the same frames for both cards.
    expect(a.length).toBeGreaterThan(3);
    expect(a).toEqual(b);
    // About 66 ms apart (a loaded machine makes them further, never closer than a frame early).
    const gaps = a.slice(1).map((t, i) => t - (a[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(55);
    // Between figures the ticker waits on a timer, not frame after frame (four a figure before).
    expect(framesAsked).toBeLessThanOrEqual(2 * a.length);
  });

  it('does not animate under prefers-reduced-motion', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    const timers = trackTimers();
    try {
      m = await mount(
        <OnescreenProvider>
          <KpiCard label="劝返人次" value={9186} />
        </OnescreenProvider>,
      );
      expect(number(m.el)).toBe('9,186');
      expect(timers.live().frames).toBe(0);
    } finally {
      timers.restore();
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('size fit grows the number with a slot of set height, within its bounds, centred', async () => {
    const fontPx = (el: HTMLElement) =>
      Number.parseFloat(getComputedStyle(el.querySelector('.os-kpi__number') as Element).fontSize);
    const inSlot = async (width: number, height: number) => {
      m = await mount(
        <OnescreenProvider reducedMotion>
          {/* A screen slot: a grid cell of set size, which its widget fills. */}
          <div style={{ display: 'grid', width, height }}>
            <KpiCard label="全覆盖检查场所" value={1032} unit="家" period="2022年" size="fit" />
          </div>
        </OnescreenProvider>,
      );
      const el = m.el;
      const size = fontPx(el);
      const kpi = el.querySelector('.os-kpi') as HTMLElement;
      const card = kpi.getBoundingClientRect();
      const first = (kpi.firstElementChild as HTMLElement).getBoundingClientRect();
      const last = (kpi.lastElementChild as HTMLElement).getBoundingClientRect();
      await m.unmount();
      m = undefined;
      return { size, card, above: first.top - card.top, below: card.bottom - last.bottom };
    };
    // A short slot keeps the s size; a taller one grows it; a tall one stops at 64 px.
    expect((await inSlot(400, 110)).size).toBe(36);
    const mid = await inSlot(400, 180);
    expect(mid.size).toBeGreaterThan(45);
    expect(mid.size).toBeLessThan(55);
    const tall = await inSlot(400, 400);
    expect(tall.size).toBe(64);
    // The card fills the slot and its content sits in the middle of it.
    expect(tall.card.height).toBeCloseTo(400, 0);
    expect(Math.abs(tall.above - tall.below)).toBeLessThan(2);
    // Narrow, the number still shrinks to keep the figure and unit inside the card.
    expect((await inSlot(110, 400)).size).toBeLessThan(64);
  });

  it('renders hostile label, unit and period as text', async () => {
    m = await mount(
      <OnescreenProvider reducedMotion>
        <KpiCard
          label={xss}
          value={1}
          unit={xss}
          period={xss}
          changeLabel={xss}
          changePct={2}
          status={{ state: 'error', feed: xss, error: xss }}
        />
      </OnescreenProvider>,
    );
    await wait(50);
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(m.el.querySelector('.os-kpi__label')?.textContent).toBe(xss);
  });

  it('screenshot', async () => {
    m = await mount(
      <OnescreenProvider reducedMotion>
        <div style={{ display: 'flex', gap: 24, padding: 16, width: 760 }}>
          <KpiCard
            label="信访总量"
            value={864}
            unit="件"
            period="2022年"
            changePct={-13.6}
            changeLabel="同比"
            goodDirection="down"
          />
          <KpiCard
            label="电诈立案"
            value={1320}
            unit="起"
            period="2022年"
            changePct={-44}
            changeLabel="同比"
            goodDirection="down"
          />
          <KpiCard
            label="拦截资金"
            value={717.6}
            unit="万元"
            period="2022年"
            changePct={12.4}
            changeLabel="同比"
          />
        </div>
      </OnescreenProvider>,
      'display:inline-block',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/KpiCard.png' });
  });
});
