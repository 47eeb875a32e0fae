import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Carousel } from '../src/Carousel/Carousel.js';
import { KpiCard } from '../src/KpiCard/KpiCard.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, shotNow, stateOf, trackTimers, wait, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const views = [<p key="a">热力</p>, <p key="b">告警</p>, <p key="c">网格员</p>];

describe('Carousel', () => {
  it('picks the view from wall-clock time, so two displays agree', async () => {
    const at = 1_000_002 * 15_000 + 700;
    m = await mount(
      <OnescreenProvider>
        <Carousel title="轮播" now={at} periodMs={15_000}>
          {views}
        </Carousel>
        <Carousel title="轮播" now={at + 4000} periodMs={15_000}>
          {views}
        </Carousel>
      </OnescreenProvider>,
    );
    const shown = [...m.el.querySelectorAll('.os-carousel__view')].map((v) => v.textContent);
    const want = ['热力', '告警', '网格员'][Math.floor(at / 15_000) % 3];
    expect(shown).toEqual([want, want]);
  });

  it('advances on the live clock, pauses by button and keyboard, one shared timer', async () => {
    const timers = trackTimers();
    try {
      m = await mount(
        <OnescreenProvider>
          <Carousel title="轮播" periodMs={1000}>
            {views}
          </Carousel>
        </OnescreenProvider>,
      );
      const index = () => Number(m?.el.querySelector<HTMLElement>('.os-carousel')?.dataset.index);
      const first = index();
      // The view follows the wall clock: it moves on within a period or so. How many periods a
      // loaded machine lets pass is not the point, so wait for the change rather than a count.
      await expect.poll(index, { timeout: 5000, interval: 50 }).not.toBe(first);
      expect(timers.live().timeouts).toBe(1);
      const button = m.el.querySelector('button') as HTMLButtonElement;
      expect(button.textContent).toBe('暂停轮播');
      button.focus();
      await userEvent.keyboard('{Enter}');
      expect(button.getAttribute('aria-pressed')).toBe('true');
      const held = index();
      await wait(1100);
      expect(index()).toBe(held);
      await userEvent.click(button);
      expect(button.textContent).toBe('暂停轮播');
      await m.unmount();
      m = undefined;
      expect(timers.live()).toEqual({ timeouts: 0, intervals: 0, frames: 0 });
    } finally {
      timers.restore();
    }
  });

  it('a controlled pause holds the view while the clock runs on', async () => {
    const tree = (paused: boolean) => (
      <OnescreenProvider>
        <Carousel title="轮播" periodMs={500} paused={paused}>
          {views}
        </Carousel>
      </OnescreenProvider>
    );
    m = await mount(tree(true));
    const index = () => Number(m?.el.querySelector<HTMLElement>('.os-carousel')?.dataset.index);
    const held = index();
    expect(m.el.querySelector('button')).toBeNull();
    await wait(1100);
    expect(index()).toBe(held);
    await m.rerender(tree(false));
    const first = index();
    await wait(600);
    expect(index()).not.toBe(first);
  });

  it('a hold shows its view whatever the clock says; released, the rotation is back in step', async () => {
    const at = 1_000_002 * 15_000 + 700;
    const wall = Math.floor(at / 15_000) % 3;
    const other = (wall + 1) % 3;
    const tree = (hold?: number) => (
      <OnescreenProvider>
        <Carousel title="轮播" now={at} periodMs={15_000} hold={hold}>
          {views}
        </Carousel>
      </OnescreenProvider>
    );
    const shown = () => m?.el.querySelector<HTMLElement>('.os-carousel');
    m = await mount(tree(other));
    expect(shown()?.dataset.index).toBe(String(other));
    expect(shown()?.dataset.held).toBe('true');
    await m.rerender(tree(undefined));
    expect(shown()?.dataset.index).toBe(String(wall));
    expect(shown()?.dataset.held).toBeUndefined();
    // A hold that names no view is no hold.
    for (const bad of [3, -1, 1.5, Number.NaN]) {
      await m.rerender(tree(bad));
      expect(shown()?.dataset.index).toBe(String(wall));
    }
  });

  it('has no transition under reduced motion', async () => {
    m = await mount(
      <OnescreenProvider reducedMotion>
        <Carousel title="轮播" now={shotNow}>
          {views}
        </Carousel>
      </OnescreenProvider>,
    );
    expect(
      getComputedStyle(m.el.querySelector('.os-carousel__view') as Element).animationName,
    ).toBe('none');
  });

  it('empty with no children; hostile title is text; child widgets keep their own state', async () => {
    m = await mount(
      <OnescreenProvider>
        <Carousel title={xss} now={shotNow}>
          {[]}
        </Carousel>
        <Carousel title="x" now={0}>
          <KpiCard label="a" value={null} />
        </Carousel>
      </OnescreenProvider>,
    );
    await wait(50);
    expect(m.el.querySelector('[data-widget="Carousel"]')?.getAttribute('data-state')).toBe(
      'empty',
    );
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(stateOf(m.el, 'KpiCard')).toBe('empty');
  });

  it('screenshot', async () => {
    m = await mount(
      <OnescreenProvider reducedMotion>
        <div style={{ width: 520, padding: 12 }}>
          <Carousel title="基层动态轮播" now={shotNow} periodMs={15_000}>
            <KpiCard
              key="a"
              label="网格员"
              value={12840}
              unit="人"
              period="2022年"
              changePct={3.1}
              changeLabel="同比"
            />
            <KpiCard key="b" label="零信访村社" value={90} unit="%" period="2022年" />
            <KpiCard key="c" label="烟感告警" value={37} unit="起" period="本周" />
          </Carousel>
        </div>
      </OnescreenProvider>,
      'display:inline-block',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/Carousel.png' });
  });
});
