import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { Panel } from '../src/decor/Panel.js';
import { ScreenContainer } from '../src/screen/ScreenContainer.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const panel = (title: string) => (
  <OnescreenProvider>
    <ScreenContainer width={480} height={270}>
      <Panel title={title} style={{ position: 'absolute', inset: 12 }}>
        <p style={{ margin: 0 }}>杭嘉基层治理</p>
      </Panel>
    </ScreenContainer>
  </OnescreenProvider>
);

describe('Panel and decor', () => {
  it('draws the border and corners as vectors that follow the on-screen size', async () => {
    m = await mount(
      panel('信访 petitions'),
      'position:absolute;left:0;top:0;width:1200px;height:675px',
    );
    const box = m.el.querySelector('.os-panel')?.getBoundingClientRect();
    const frame = m.el.querySelector('.os-decor rect')?.getBoundingClientRect();
    expect(box && frame).toBeTruthy();
    // Scale 2.5: the frame hugs the panel in on-screen px, no bitmap in sight.
    expect(frame?.width).toBeCloseTo((box?.width ?? 0) - 2.5, 0);
    expect(m.el.querySelectorAll('.os-decor__cornerbox')).toHaveLength(4);
    expect(m.el.querySelector('canvas, img')).toBeNull();
    const stroke = m.el.querySelector('.os-decor__line');
    expect(getComputedStyle(stroke as Element).vectorEffect).toBe('non-scaling-stroke');
    expect(m.el.querySelector('h2')?.textContent).toBe('信访 petitions');
  });

  it('renders a hostile title as text', async () => {
    m = await mount(panel(xss), 'position:absolute;left:0;top:0;width:480px;height:270px');
    expect(m.el.querySelector('h2')?.textContent).toBe(xss);
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('screenshot', async () => {
    m = await mount(
      panel('信访 · 化解情况'),
      'position:absolute;left:0;top:0;width:960px;height:540px',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/Panel.png' });
  });
});
