import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import hotline from '../../../data/feeds/hotline.json';
import { countLights } from '../src/TrafficLights/compute.js';
import { TrafficLights } from '../src/TrafficLights/TrafficLights.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, stateOf, statuses, wait, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const counts = countLights(hotline.data.cases);
const s = statuses('hotline');

describe('TrafficLights', () => {
  it('shows all five data states', async () => {
    const zero = { red: 0, yellow: 0, green: 0 };
    const list = [
      [s.loading, null, 'loading'],
      [s.ready, counts, 'ready'],
      [s.ready, zero, 'empty'],
      [s.stale, counts, 'stale'],
      [s.error, counts, 'error'],
    ] as const;
    for (const [status, c, want] of list) {
      m = await mount(
        <OnescreenProvider>
          <TrafficLights counts={c} status={status} />
        </OnescreenProvider>,
      );
      expect(stateOf(m.el, 'TrafficLights')).toBe(want);
      await m.unmount();
      m = undefined;
    }
  });

  it('shows counts, shares and lamp colours', async () => {
    m = await mount(
      <OnescreenProvider>
        <TrafficLights counts={{ red: 146, yellow: 1164, green: 2297 }} />
      </OnescreenProvider>,
    );
    const text = [...m.el.querySelectorAll('.os-lights__item')].map((e) => e.textContent);
    expect(text).toEqual(['红灯1464.0 %', '黄灯1,16432.3 %', '绿灯2,29763.7 %']);
    const lamp = m.el.querySelector('[data-level="red"] .os-lights__lamp') as HTMLElement;
    expect(getComputedStyle(lamp).backgroundColor).toBe('rgb(255, 107, 107)');
    expect(
      [...m.el.querySelectorAll('[data-a11y-table] td')].map((e) => e.textContent).slice(0, 3),
    ).toEqual(['红灯', '146', '4.0 %']);
  });

  it('renders a hostile title as text', async () => {
    m = await mount(
      <OnescreenProvider>
        <TrafficLights counts={counts} title={xss} />
      </OnescreenProvider>,
    );
    await wait(50);
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('screenshot', async () => {
    m = await mount(
      <OnescreenProvider>
        <div style={{ width: 440, padding: 12 }}>
          <TrafficLights counts={counts} status={s.ready} />
        </div>
      </OnescreenProvider>,
      'display:inline-block',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/TrafficLights.png' });
  });
});
