import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import hotline from '../../../data/feeds/hotline.json';
import type { PipelineCase } from '../src/StagePipeline/compute.js';
import { StagePipeline } from '../src/StagePipeline/StagePipeline.js';
import { OnescreenProvider } from '../src/theme/OnescreenProvider.js';
import { type Mounted, mount, stateOf, statuses, wait, xss } from './base-harness.js';

let m: Mounted | undefined;
afterEach(async () => {
  await m?.unmount();
  m = undefined;
});

const cases = hotline.data.cases as PipelineCase[];
const s = statuses('hotline');

describe('StagePipeline', () => {
  it('shows all five data states', async () => {
    const list = [
      [s.loading, [], 'loading'],
      [s.ready, cases, 'ready'],
      [s.ready, [], 'empty'],
      [s.stale, cases, 'stale'],
      [s.error, cases, 'error'],
    ] as const;
    for (const [status, c, want] of list) {
      m = await mount(
        <OnescreenProvider>
          <StagePipeline cases={c} status={status} />
        </OnescreenProvider>,
      );
      expect(stateOf(m.el, 'StagePipeline')).toBe(want);
      await m.unmount();
      m = undefined;
    }
  });

  it('shows counts, conversions and dwell from the sample hotline feed', async () => {
    m = await mount(
      <OnescreenProvider>
        <StagePipeline cases={cases} />
      </OnescreenProvider>,
    );
    const names = [...m.el.querySelectorAll('.os-pipeline__name')].map((e) => e.textContent);
    expect(names).toEqual(['签收', '审核交办', '审核办理', '办结审核', '回访反馈']);
    const counts = [...m.el.querySelectorAll('.os-pipeline__count')].map((e) => e.textContent);
    // 3,607 received; 10 still at 签收, 18 at 审核交办, 3,579 followed up (figures.md: 3,579).
    expect(counts).toEqual(['3,607', '3,597', '3,579', '3,579', '3,579']);
    const links = [...m.el.querySelectorAll('.os-pipeline__link')].map((e) => e.textContent);
    expect(links[0]).toBe('→99.7 %');
    expect(m.el.querySelectorAll('[data-a11y-table] tbody tr')).toHaveLength(5);
    expect(m.el.querySelector('[data-stage="followedUp"] .os-pipeline__dwell')?.textContent).toBe(
      '流程终点',
    );
  });

  it('English labels', async () => {
    m = await mount(
      <OnescreenProvider lang="en">
        <StagePipeline cases={cases.slice(0, 5)} />
      </OnescreenProvider>,
    );
    expect(m.el.querySelector('h2')?.textContent).toBe('12345 hotline workflow');
    expect(m.el.querySelector('.os-pipeline__name')?.textContent).toBe('Received');
  });

  it('renders a hostile title as text', async () => {
    m = await mount(
      <OnescreenProvider>
        <StagePipeline
          cases={cases.slice(0, 3)}
          title={xss}
          status={{ state: 'error', feed: xss, error: xss }}
        />
      </OnescreenProvider>,
    );
    await wait(50);
    expect(m.el.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(m.el.querySelector('h2')?.textContent).toBe(xss);
  });

  it('screenshot', async () => {
    m = await mount(
      <OnescreenProvider>
        <div style={{ width: 880, padding: 12 }}>
          <StagePipeline cases={cases} />
        </div>
      </OnescreenProvider>,
      'display:inline-block',
    );
    await page.screenshot({ element: m.el, path: '../docs/screenshots/StagePipeline.png' });
  });
});
