/**
 * Two production builds of the screen compared at 4K start-up, their loads interleaved (A B, B A,
 * A B …) so that a machine that slows down or speeds up during the run weighs on both alike; not
 * a bench line. Separate runs of the start-up bench drifted by 10-20 % on this machine within an
 * hour, more than most changes it was asked to judge. Build each into a folder of its own:
 *   pnpm --filter @onescreen/command-screen exec vite build --outDir /tmp/build-a
 *   pnpm tsx test/bench/screen/compare-builds.ts /tmp/build-a /tmp/build-b [loads of each, 20]
 * Prints, per build, the medians of: ms to data-screen-ready, main-thread task ms to ready, and
 * the longest task before ready.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../packages/server/src/index.js';
import { launch, openPage, readyAt, taskMs } from './browser.js';
import { median } from './stats.js';

const [a, b, loadsArg] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: compare-builds.ts <build A> <build B> [loads of each]');
const LOADS = Number(loadsArg ?? 20);
const sampleFeeds = fileURLToPath(new URL('../../../data/feeds/', import.meta.url));

const builds = await Promise.all(
  [a, b].map(async (root) => {
    const feeds = mkdtempSync(join(tmpdir(), 'onescreen-compare-feeds-'));
    cpSync(sampleFeeds, feeds, { recursive: true, filter: (src) => !src.endsWith('.md') });
    const server = await startServer({ root, feeds, port: 0, host: '127.0.0.1', log: () => {} });
    return { root, feeds, server, loads: [] as { ready: number; cpu: number; longest: number }[] };
  }),
);
const browser = await launch();
try {
  for (let i = 0; i < LOADS; i++) {
    for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
      const p = await openPage(browser, 3840, 2160);
      await p.page.goto(build.server.url);
      const ready = await readyAt(p.page);
      const cpu = await taskMs(p.cdp);
      const longest = await p.page.evaluate(
        (until) =>
          Math.max(
            0,
            ...(
              window as unknown as { __bench: { longTasks: [number, number][] } }
            ).__bench.longTasks
              .filter(([at]) => at < until)
              .map(([, ms]) => ms),
          ),
        ready,
      );
      build.loads.push({ ready, cpu, longest });
      await p.close();
    }
  }
  for (const build of builds) {
    const of = (key: 'ready' | 'cpu' | 'longest') =>
      median(build.loads.map((l) => l[key])).toFixed(0);
    console.log(
      `${build.root}: ready ${of('ready')} ms, main thread ${of('cpu')} ms, longest task ${of('longest')} ms (medians of ${LOADS})`,
    );
  }
} finally {
  await browser.close();
  for (const build of builds) {
    await build.server.close();
    rmSync(build.feeds, { recursive: true, force: true });
  }
}
