// Mount and unmount every widget 500 times and update it 2,000 times: ECharts instances, DOM
// nodes, timers, animation frames, window/document listeners and ResizeObservers must all
// return to where they were. A wall runs for weeks; whatever leaks here kills the tab there.

import { type FixtureProps, propsFor, type WidgetFixture } from '@onescreen/fixtures';
import { getInstanceByDom } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { census, nextFrames, sleep } from './probes.js';
import { makeHost, mountFixture, renderInto } from './render.js';

/** Widgets whose sweep runs in its own file (each update re-projects a boundary). */
export const mapWidgets: ReadonlySet<string> = new Set(['DistrictMap', 'CoverageMap']);

const mounts = 500;
const updates = 2000;

/** Lets pending frames and short timers run out, through the real (uncounted) scheduler. */
async function settle(): Promise<void> {
  await nextFrames(3);
  await sleep(50);
  await nextFrames(1);
}

/**
 * Defines one leak test per fixture. The caller imports './probes.js' before anything else,
 * so the counters see every timer and frame the widgets' modules schedule.
 */
export function sweepLeaks(title: string, list: readonly WidgetFixture[]): void {
  describe(title, () => {
    for (const fixture of list) {
      it(`${fixture.name}: ${mounts} mounts and ${updates} updates leave nothing behind`, {
        timeout: 120_000,
      }, async () => {
        const host = makeHost(640, 360);
        // Alternate ready and stale (the stale badge ticks a clock) over a few seeds.
        const samples: FixtureProps[] = [1, 2, 3, 4].map((seed) =>
          fixture.states
            ? propsFor(fixture, seed % 2 ? 'ready' : 'stale', Date.now(), seed)
            : fixture.sample(seed),
        );
        const pick = (i: number) => samples[i % samples.length] as FixtureProps;
        // One full cycle first, so lazy module state (registered chart parts and maps) predates the baseline.
        let root = mountFixture(host, fixture, pick(0));
        await nextFrames(3);
        root.unmount();
        await settle();
        const before = census();
        const charts = new Set<HTMLElement>();
        const collect = () => {
          for (const n of host.querySelectorAll<HTMLElement>('[_echarts_instance_]')) charts.add(n);
        };

        for (let i = 0; i < mounts; i++) {
          root = mountFixture(host, fixture, pick(i));
          // Most cycles unmount at once (the fast mount/unmount of echarts-for-react #620); every
          // 25th lets the chart finish initialising first.
          if (i % 25 === 0) await nextFrames(2);
          collect();
          root.unmount();
        }

        root = mountFixture(host, fixture, pick(0));
        await nextFrames(2);
        for (let i = 1; i <= updates; i++) {
          renderInto(root, fixture, pick(i));
          if (i % 200 === 0) {
            collect();
            await nextFrames(1); // let animations and observers run between bursts
          } else if (i % 20 === 0) {
            // Feeds never update 50 times in one task; React would call that a render loop.
            await sleep(0);
          }
        }
        collect();
        root.unmount();
        await settle();

        expect(census(), fixture.name).toEqual(before);
        expect(host.childElementCount).toBe(0);
        expect(charts.size > 0, `${fixture.name} drew charts`).toBe(fixture.chart);
        expect(
          [...charts].filter((n) => getInstanceByDom(n) !== undefined).length,
          'live ECharts instances',
        ).toBe(0);
        host.remove();
      });
    }
  });
}
