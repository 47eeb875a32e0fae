/**
 * The production screen in Chromium while its feeds change (issue 15). One page reads every
 * feed over Server-Sent Events, and the bench rewrites feed files (numbers moved within ±10 %)
 * every 2 s: one feed at a time, or all five at once. A second page polls (every 5 s, the
 * config's minimum) and gets 304s, or 200s whose content has not changed. Every figure is a
 * difference or ratio against the same screen idle, measured in the same run:
 *   cost of a window = its main-thread time − the median idle window's.
 * Main-thread time is Chromium's TaskDuration counter in thread CPU time. Bounded: a fixed
 * number of windows per scenario (BENCH_WINDOWS, default 12).
 */

import { feedVariants } from '../support/feed-variants.js';
import { launch, openPage, readyAt } from './screen/browser.js';
import { feedsOfSlots, redrawn, resetRedraws } from './screen/redraws.js';
import { benchScreen } from './screen/screen-config.js';
import { startBenchServer } from './screen/server.js';
import { intervals, median, quantile } from './screen/stats.js';
import { runWindows, type WindowRun } from './screen/windows.js';
import { report } from './support.js';

const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 12);
const CHANGE_MS = 2000;
const POLL_MS = 5000;
const SETTLE_MS = 4000;
const FEEDS = ['petitions', 'hotline', 'fire', 'antifraud', 'grassroots'];
const VARIANTS = 4;
/** Which scenarios run (all by default): push, touch (who redraws), poll (1080p), uhd (4K). */
const ONLY = new Set((process.env.BENCH_SCENARIOS ?? 'push,touch,poll,uhd').split(','));

const server = await startBenchServer();
const browser = await launch();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const busy = (r: WindowRun) => sum(r.cpu) / sum(r.wall);

try {
  const original = Object.fromEntries(FEEDS.map((f) => [f, server.read(`${f}.json`)]));
  const variants = Object.fromEntries(
    FEEDS.map((f, i) => [f, feedVariants(original[f] as string, VARIANTS, i + 1)]),
  );
  let version = 0;
  const change = (feed: string) =>
    server.write(`${feed}.json`, variants[feed]?.[++version % VARIANTS] as string);
  const restore = () => {
    for (const f of FEEDS) server.write(`${f}.json`, original[f] as string);
  };

  async function screenAt(width: number, height: number, config: string, redraws = false) {
    server.write(`bench-${width}.json`, config);
    const p = await openPage(browser, width, height, { redraws });
    await p.page.goto(`${server.url}?screen=feeds/bench-${width}.json`);
    await readyAt(p.page);
    await p.page.waitForTimeout(SETTLE_MS);
    return p;
  }

  // 1080p, pushed documents: idle (the baseline of every 1080p line), one feed changing at a
  // time, all five at once.
  restore();
  const push = await screenAt(1920, 1080, benchScreen({ transport: 'push' }));
  const idle = await runWindows(push, WINDOWS, CHANGE_MS, () => {});
  const idleWindow = median(idle.cpu);
  const costs = (r: WindowRun) => r.cpu.map((ms) => ms - idleWindow);
  if (ONLY.has('push')) {
    const one = await runWindows(push, WINDOWS, CHANGE_MS, (i) =>
      change(FEEDS[i % FEEDS.length] as string),
    );
    const five = await runWindows(push, WINDOWS, CHANGE_MS, () => FEEDS.forEach(change));
    report({
      name: 'screen 1080p: one changed feed, main-thread ms per update (p95) minus idle',
      updates: one.cpu.length,
      p50_ms: median(costs(one)),
      p95_ms: quantile(costs(one), 0.95),
      goal_ms: 8,
      ratio: quantile(costs(one), 0.95) / 8,
      idle_window_ms: idleWindow,
      // Median per feed, to see which one weighs.
      ...Object.fromEntries(
        FEEDS.map((f, k) => [
          `${f}_ms`,
          Math.round(median(costs(one).filter((_, i) => i % FEEDS.length === k))),
        ]),
      ),
    });
    report({
      name: 'screen 1080p: all five feeds changed at once, main-thread ms per update (p95) minus idle',
      updates: five.cpu.length,
      p50_ms: median(costs(five)),
      p95_ms: quantile(costs(five), 0.95),
      goal_ms: 30,
      ratio: quantile(costs(five), 0.95) / 30,
      busy_share: busy(five),
      idle_busy_share: busy(idle),
    });
    const longest = Math.max(0, ...one.longTasks, ...five.longTasks);
    const parts = [...one.longTaskParts, ...five.longTaskParts];
    report({
      name: 'screen 1080p: longest task after ready while feeds change every 2 s (long-task observer, wall ms)',
      long_tasks: one.longTasks.length + five.longTasks.length,
      idle_long_tasks: idle.longTasks.length,
      max_ms: longest,
      goal_ms: 50,
      ratio: longest / 50,
      // What ran in the frame of each (Long Animation Frames' script attribution).
      parts,
    });
  }
  await push.close();
  restore();

  // 1080p, polling every 5 s: 304s, then 200s whose content has not changed (the file is
  // rewritten as it was, so its ETag changes and every poll reads the whole document).
  const pages = [push];
  if (ONLY.has('touch')) {
    // Which widgets change on screen when one feed changes, and coverage jobs: a widget that
    // does not read the feed must not redraw, and only moved stations may start the worker.
    const touch = await screenAt(1920, 1080, benchScreen({ transport: 'push' }), true);
    pages.push(touch);
    const reads = feedsOfSlots();
    const strays: string[] = [];
    let coverage = 0;
    let redrawnSlots = 0;
    for (const feed of FEEDS) {
      for (let k = 0; k < 2; k++) {
        await resetRedraws(touch.page);
        change(feed);
        await new Promise((r) => setTimeout(r, CHANGE_MS));
        const r = await redrawn(touch.page);
        coverage += r.coveragePosts;
        redrawnSlots += r.slots.length;
        // The header's clock ticks and its freshness strip names every feed: not a widget of data.
        for (const slot of r.slots) {
          if (slot !== 'header' && !reads.get(slot)?.has(feed)) strays.push(`${feed}→${slot}`);
        }
      }
    }
    await touch.close();
    report({
      name: 'screen 1080p: widgets redrawn on a feed change that do not read that feed, and coverage worker jobs',
      changes: FEEDS.length * 2,
      redrawn_slots: redrawnSlots,
      strays: strays.length,
      stray_list: [...new Set(strays)],
      coverage_jobs: coverage,
      goal: 0,
      ratio: strays.length + coverage,
    });
  }

  if (ONLY.has('poll')) {
    const poll = await screenAt(1920, 1080, benchScreen({ transport: 'poll', refreshSeconds: 5 }));
    pages.push(poll);
    const pollIdle = await runWindows(poll, Math.ceil(WINDOWS / 2), POLL_MS, () => {});
    const unchanged = await runWindows(poll, Math.ceil(WINDOWS / 2), POLL_MS, () => restore());
    await poll.close();
    for (const [label, run] of [
      ['304 Not Modified', pollIdle],
      ['unchanged content re-served (200)', unchanged],
    ] as const) {
      const diff = (busy(run) - busy(idle)) * 100;
      report({
        name: `screen 1080p: every feed polled every 5 s, ${label}: main-thread busy share minus idle`,
        windows: run.cpu.length,
        busy_pct: busy(run) * 100,
        idle_busy_pct: busy(idle) * 100,
        difference_pp: diff,
        goal_pp: 2,
        ratio: diff / 2,
        per_poll_ms:
          (sum(run.cpu) - idleWindow * (sum(run.wall) / CHANGE_MS)) /
          (run.cpu.length * FEEDS.length),
        long_tasks: run.longTasks.length,
      });
    }
  }

  if (ONLY.has('uhd')) {
    // 4K: frame intervals idle and with all five feeds changing every 2 s.
    const uhd = await screenAt(3840, 2160, benchScreen({ transport: 'push' }));
    pages.push(uhd);
    const uhdIdle = await runWindows(uhd, WINDOWS / 2, CHANGE_MS, () => {}, { frames: true });
    const uhdFive = await runWindows(uhd, WINDOWS / 2, CHANGE_MS, () => FEEDS.forEach(change), {
      frames: true,
    });
    await uhd.close();
    const p95Idle = quantile(intervals(uhdIdle.frames), 0.95);
    const p95Five = quantile(intervals(uhdFive.frames), 0.95);
    report({
      name: 'screen 4K: p95 frame interval with five feeds changing every 2 s vs idle',
      frames: uhdFive.frames.length,
      idle_frames: uhdIdle.frames.length,
      p95_ms: p95Five,
      idle_p95_ms: p95Idle,
      worst_ms: Math.max(...intervals(uhdFive.frames)),
      goal_ratio: 1.1,
      ratio: p95Five / p95Idle,
      cost_p95_ms: quantile(
        uhdFive.cpu.map((ms) => ms - median(uhdIdle.cpu)),
        0.95,
      ),
    });
  }
  const problems = pages.flatMap((p) => p.problems);
  if (problems.length > 0) console.error(problems.slice(0, 10).join('\n'));
} finally {
  await browser.close();
  await server.close();
}
