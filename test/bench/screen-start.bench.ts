/**
 * Start-up of the production screen at 4K (3840 × 2160) against a page of one ECharts chart
 * built by Vite the same way and served by the same server (test/bench/peer): time from
 * navigation to `data-screen-ready` against the peer's `finished`, long tasks before ready,
 * and what crossed the network (feeds, boundaries and config; fonts; code), with which font
 * files the screen's text needs. Fresh browser context per load (nothing cached); the two
 * pages alternate, BENCH_STARTS loads each (default 5), medians reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from '../../packages/server/src/index.js';
import { fontUse } from '../support/font-use.js';
import { launch, openPage, readyAt, taskMs } from './screen/browser.js';
import { kindOf, recordTransfers, type Transfer } from './screen/network.js';
import { startBenchServer } from './screen/server.js';
import { median } from './screen/stats.js';
import { report } from './support.js';

const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const W = 3840;
const H = 2160;
const kB = (bytes: number) => bytes / 1000;

// The peer page, built now into a temp folder and served by the production server too.
const peerOut = mkdtempSync(join(tmpdir(), 'onescreen-bench-peer-'));
const peerFeeds = mkdtempSync(join(tmpdir(), 'onescreen-bench-peer-feeds-'));
await build({
  root: fileURLToPath(new URL('./peer/', import.meta.url)),
  configFile: fileURLToPath(new URL('./peer/vite.config.ts', import.meta.url)),
  build: { outDir: peerOut, emptyOutDir: true },
});
const peer = await startServer({ root: peerOut, feeds: peerFeeds, port: 0, log: () => {} });
const app = await startBenchServer();
const browser = await launch();

interface Start {
  readyMs: number;
  /** Main-thread task time (thread CPU) from the page's start to ready: robust to a busy machine. */
  cpuMs: number;
  longest: number;
  longTasks: number;
  transfers: Transfer[];
  fonts?: Awaited<ReturnType<typeof fontUse>>;
}

async function start(url: string, fonts: boolean): Promise<Start> {
  const p = await openPage(browser, W, H, { canvasText: fonts });
  const transfers = recordTransfers(p.context);
  await p.page.goto(url);
  const ready = await readyAt(p.page);
  const cpuMs = await taskMs(p.cdp);
  const long = await p.page.evaluate(
    (until) =>
      (window as unknown as { __bench: { longTasks: [number, number][] } }).__bench.longTasks
        .filter(([at]) => at < until)
        .map(([, d]) => d),
    ready,
  );
  // Let fonts the first frame asked for finish arriving before counting them.
  await p.page.evaluate(() => document.fonts.ready.then(() => undefined));
  const all = await transfers();
  const out: Start = {
    readyMs: ready,
    cpuMs,
    longest: Math.max(0, ...long),
    longTasks: long.length,
    transfers: all,
  };
  if (fonts) {
    out.fonts = await fontUse(
      p.page,
      all.filter((t) => kindOf(t) === 'font').map((t) => t.url),
    );
  }
  if (p.problems.length > 0) console.error(p.problems.slice(0, 5).join('\n'));
  await p.close();
  return out;
}

try {
  const screens: Start[] = [];
  const peers: Start[] = [];
  for (let i = 0; i < STARTS; i++) {
    peers.push(await start(peer.url, false));
    screens.push(await start(app.url, true));
  }
  const screenReady = median(screens.map((s) => s.readyMs));
  const peerReady = median(peers.map((s) => s.readyMs));
  report({
    name: 'screen 4K start-up: data-screen-ready vs one ECharts chart finished (median)',
    loads: STARTS,
    ready_ms: screenReady,
    peer_ms: peerReady,
    goal_ratio: 1.2,
    ratio: screenReady / peerReady,
    // The same comparison in main-thread CPU until ready, which a busy machine does not inflate.
    main_thread_ms: median(screens.map((s) => s.cpuMs)),
    peer_main_thread_ms: median(peers.map((s) => s.cpuMs)),
    main_thread_ratio: median(screens.map((s) => s.cpuMs)) / median(peers.map((s) => s.cpuMs)),
  });
  const longest = median(screens.map((s) => s.longest));
  report({
    name: 'screen 4K start-up: longest task before ready (long-task observer, wall ms, median of loads)',
    longest_ms: longest,
    worst_ms: Math.max(...screens.map((s) => s.longest)),
    long_tasks: median(screens.map((s) => s.longTasks)),
    peer_longest_ms: median(peers.map((s) => s.longest)),
    goal_ms: 100,
    ratio: longest / 100,
  });
  const first = screens[0] as Start;
  const bytes = (kind: ReturnType<typeof kindOf>) =>
    first.transfers.filter((t) => kindOf(t) === kind).reduce((a, t) => a + t.bytes, 0);
  const data = first.transfers.filter((t) => kindOf(t) === 'data');
  report({
    name: 'screen start-up: data transferred (feeds, boundaries, config; bytes on the wire)',
    data_kB: kB(bytes('data')),
    goal_kB: 300,
    ratio: kB(bytes('data')) / 300,
    uncompressed: data.filter((t) => t.encoding === '' && t.bytes > 1500).map((t) => t.url),
    ...Object.fromEntries(data.map((t) => [new URL(t.url).pathname.slice(1), kB(t.bytes)])),
    fonts_kB: kB(bytes('font')),
    script_kB: kB(bytes('script')),
    style_kB: kB(bytes('style')),
    peer_total_kB: kB((peers[0] as Start).transfers.reduce((a, t) => a + t.bytes, 0)),
  });
  const fonts = first.fonts;
  report({
    name: 'screen start-up: font files loaded that hold no glyph of the screen text',
    loaded: fonts?.loaded.length,
    unused: fonts?.unused.length,
    goal: 0,
    ratio: fonts?.unused.length,
    fonts_kB: kB(bytes('font')),
    text_chars: fonts?.chars,
    unused_files: fonts?.unused.map((u) => u.split('/').pop()),
  });
} finally {
  await browser.close();
  await app.close();
  await peer.close();
  rmSync(peerOut, { recursive: true, force: true });
  rmSync(peerFeeds, { recursive: true, force: true });
}
