/**
 * A CPU profile of the running screen while feeds change, for reading the flame chart; not a
 * bench. Build once without minifying so functions keep their names:
 *   pnpm --filter @onescreen/command-screen exec vite build --minify false --outDir /tmp/prof-dist
 *   BENCH_DIST=/tmp/prof-dist pnpm tsx test/bench/screen/profile.ts [mode] [seconds] [width] [height]
 *   modes: changing (all five pushed every 2 s), one (one feed at a time), idle,
 *   notmodified (polled every 5 s, 304s), unchanged (polled, same content re-served),
 *   feed:<name> (that feed changing every 2 s), start (navigation to ready, bundled config).
 * Writes /tmp/onescreen-<mode>.cpuprofile (open it in Chromium's DevTools) and prints the
 * functions with the most self time and the most total time.
 */
import { writeFileSync } from 'node:fs';
import { feedVariants } from '../../support/feed-variants.js';
import { launch, openPage, readyAt, taskMs } from './browser.js';
import { benchScreen } from './screen-config.js';
import { startBenchServer } from './server.js';

const mode = process.argv[2] ?? 'changing';
const seconds = Number(process.argv[3] ?? 20);
const width = Number(process.argv[4] ?? 1920);
const height = Number(process.argv[5] ?? 1080);
const FEEDS = ['petitions', 'hotline', 'fire', 'antifraud', 'grassroots'];

const server = await startBenchServer();
const browser = await launch();
try {
  const polled = mode === 'unchanged' || mode === 'notmodified';
  server.write('bench-screen.json', benchScreen({ transport: polled ? 'poll' : 'push' }));
  const variants = Object.fromEntries(
    FEEDS.map((f, i) => [f, feedVariants(server.read(`${f}.json`), 4, i + 1)]),
  );
  const p = await openPage(browser, width, height);
  if (mode === 'start') {
    // From navigation to ready, with the bundled config.
    await p.cdp.send('Profiler.enable');
    await p.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await p.cdp.send('Profiler.start');
    await p.page.goto(server.url);
    const ready = await readyAt(p.page);
    const { profile } = await p.cdp.send('Profiler.stop');
    console.log(`start: ready at ${ready.toFixed(0)} ms`);
    writeFileSync('/tmp/onescreen-start.cpuprofile', JSON.stringify(profile));
    summarise(profile);
    process.exit(0);
  }
  await p.page.goto(`${server.url}?screen=feeds/bench-screen.json`);
  const ready = await readyAt(p.page);
  console.log(`ready at ${ready.toFixed(0)} ms`);
  await p.page.waitForTimeout(3000);
  await p.cdp.send('Profiler.enable');
  await p.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await p.cdp.send('Profiler.start');
  const t0 = await taskMs(p.cdp);
  const start = Date.now();
  let round = 0;
  while (Date.now() - start < seconds * 1000) {
    round++;
    for (const f of FEEDS) {
      if (mode === 'changing') server.write(`${f}.json`, variants[f]?.[round % 4] ?? '');
      if (mode === `feed:${f}`) server.write(`${f}.json`, variants[f]?.[round % 4] ?? '');
      if (mode === 'one' && FEEDS[round % FEEDS.length] === f) {
        server.write(`${f}.json`, variants[f]?.[round % 4] ?? '');
      }
      if (mode === 'unchanged') server.write(`${f}.json`, server.read(`${f}.json`));
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  const t1 = await taskMs(p.cdp);
  const { profile } = await p.cdp.send('Profiler.stop');
  console.log(
    `${mode}: ${rounds(round)} rounds, main thread ${(t1 - t0).toFixed(0)} ms in ${Date.now() - start} ms`,
  );
  writeFileSync(`/tmp/onescreen-${mode}.cpuprofile`, JSON.stringify(profile));
  summarise(profile);
  console.log(p.problems.slice(0, 5));
  await p.close();
} finally {
  await browser.close();
  await server.close();
}

function rounds(n: number) {
  return n;
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function summarise(profile: { nodes: Node[]; samples?: number[]; timeDeltas?: number[] }) {
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id) as Node;
    selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at) as Node);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(
        ([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)') && !k.startsWith('(root)'),
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log('--- self');
  console.log(top(selfBy, 30));
  console.log('--- total');
  console.log(top(totalBy, 60));
}
