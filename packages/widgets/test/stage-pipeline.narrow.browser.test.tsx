// StagePipeline in the app's 1080p side column (about 470 px wide): nothing may spill sideways,
// and every stage name must be readable in full rather than clipped to "审…".
import { afterEach, describe, expect, it } from 'vitest';
import hotline from '../../../data/feeds/hotline.json';
import type { Lang } from '../src/i18n/lang.js';
import type { PipelineCase } from '../src/StagePipeline/compute.js';
import { StagePipeline } from '../src/StagePipeline/StagePipeline.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, wait } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const cases = hotline.data.cases as PipelineCase[];

/** Elements inside `root` whose content is wider than their box (clipped or spilling). */
function overflowing(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')]
    .filter((e) => e.scrollWidth > e.clientWidth + 0.5 && e.clientWidth > 0)
    .map((e) => `${e.className || e.tagName} ${e.scrollWidth}>${e.clientWidth}`);
}

describe.each(['zh-CN', 'en'] as Lang[])('StagePipeline in a 470×260 slot (%s)', (lang) => {
  it('fits without sideways overflow and shows each full stage name', async () => {
    m = await mount(
      <OnescreenProvider lang={lang}>
        <div data-slot style={{ width: 470, height: 260, display: 'grid', overflow: 'hidden' }}>
          <StagePipeline cases={cases} />
        </div>
      </OnescreenProvider>,
    );
    await document.fonts.ready;
    await wait(50);
    const slot = m.el.querySelector('[data-slot]') as HTMLElement;
    const widget = slot.querySelector('[data-widget="StagePipeline"]') as HTMLElement;
    expect(widget.scrollWidth).toBeLessThanOrEqual(widget.clientWidth);
    expect(slot.scrollWidth).toBeLessThanOrEqual(slot.clientWidth);
    expect(overflowing(widget)).toEqual([]);
    const names = [...widget.querySelectorAll<HTMLElement>('.os-pipeline__name')];
    expect(names).toHaveLength(5);
    for (const n of names) {
      // Visible in full: the text box is not clipped, nor narrower than its content.
      expect(n.scrollWidth, n.textContent ?? '').toBeLessThanOrEqual(n.clientWidth);
      expect(n.scrollHeight, n.textContent ?? '').toBeLessThanOrEqual(n.clientHeight);
      expect(getComputedStyle(n).textOverflow === 'ellipsis' && n.scrollWidth > n.clientWidth).toBe(
        false,
      );
      const r = n.getBoundingClientRect();
      const s = slot.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(s.left);
      expect(r.right).toBeLessThanOrEqual(s.right);
      expect(r.bottom, n.textContent ?? '').toBeLessThanOrEqual(s.bottom);
    }
    // The counts stay on the wall too.
    for (const c of widget.querySelectorAll<HTMLElement>('.os-pipeline__count')) {
      expect(c.getBoundingClientRect().bottom).toBeLessThanOrEqual(
        slot.getBoundingClientRect().bottom,
      );
      expect(c.getBoundingClientRect().right).toBeLessThanOrEqual(
        slot.getBoundingClientRect().right,
      );
    }
  });
});
