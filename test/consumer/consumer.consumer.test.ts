// The packages as a new user meets them: every published package packed with `pnpm pack`,
// linted (publint, and attw with the ESM-only profile), installed by name from a local registry
// that serves only those tarballs into a fresh Vite + React 19 app outside the repository,
// type-checked strictly (skipLibCheck: false) with every README example as a module, built,
// and rendered in Chromium; the embed README's HTML example is served under a sub-path with the
// standalone bundle from the installed package. Then the size report of the README.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/harness/browser.js';
import { sizeEntries, sizeFile, writeApp } from './app.js';
import { type Packed, pack, pruneStaleOutput, publishedDirs, repoRoot } from './pack.js';
import { exampleFileName, readmeBlocks } from './readmeBlocks.js';
import { type LocalRegistry, startRegistry } from './registry.js';
import { type ServedFolder, serveFolder } from './serve.js';
import { entrySizes, kB } from './sizes.js';

const root = new URL('../../', import.meta.url);
const examples = readmeBlocks(root).filter((b) => b.tags.includes('example'));
const moduleExamples = examples.filter((b) => b.lang === 'ts' || b.lang === 'tsx');
const htmlExamples = examples.filter((b) => b.lang === 'html');
/** Feeds the HTML examples name, served beside them. */
const exampleFeeds: Record<string, unknown> = {
  'feeds/towns.json': {
    kind: 'custom',
    schemaVersion: 1,
    asOf: '2026-11-23T09:55:00+08:00',
    source: 'consumer test',
    data: {
      items: [
        { name: '北苑街道', value: 128 },
        { name: '新塍镇', value: 96 },
        { name: '王江泾镇', value: 71 },
      ],
    },
  },
};

const work = mkdtempSync(join(tmpdir(), 'onescreen-consumer-'));
const app = join(work, 'app');
const timings: string[] = [];
let packed: Packed[] = [];
let registry: LocalRegistry | undefined;
let browser: Browser | undefined;
const served: ServedFolder[] = [];

/** Runs a step, timing it for the summary printed at the end. */
async function step<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const t0 = Date.now();
  const out = await work();
  timings.push(`${name.padEnd(44)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
  return out;
}

/** A fresh shell's environment: nothing inherited from `pnpm test` or Vitest (NODE_ENV=test would build React for development). */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^(npm_|pnpm_|INIT_CWD$|NODE_OPTIONS$|NODE_ENV$|VITEST|TEST$)/i.test(k),
  ),
);

/**
 * Runs a command in the consumer app; rejects with its output when it fails. Asynchronous, so the
 * registry in this process keeps answering while pnpm installs.
 */
function run(
  command: string,
  args: string[],
  cwd = app,
  env: Record<string, string> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...cleanEnv, ...env } });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

beforeAll(async () => {
  // Build what is published (the standalone bundle included), drop outputs whose source is gone.
  await step('build packages', () =>
    execFileSync('pnpm', ['--filter', './packages/*', '--if-present', 'run', 'build'], {
      cwd: repoRoot,
      env: cleanEnv,
      stdio: 'pipe',
    }),
  );
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  packed = await step('pnpm pack', () =>
    publishedDirs(repoRoot).map((dir) => {
      for (const stale of pruneStaleOutput(dir)) console.log(`removed stale ${stale}`);
      return pack(dir, tarballs);
    }),
  );
  registry = await startRegistry(packed);
  const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const store = execFileSync('pnpm', ['store', 'path'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  writeApp(app, {
    packed,
    versions: rootManifest.devDependencies,
    examples: moduleExamples,
    registry: registry.url,
    store,
  });
  await step('pnpm install (fresh app)', () => run('pnpm', ['install', '--prefer-offline']));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  for (const s of served) await s.close();
  await registry?.close();
  rmSync(work, { recursive: true, force: true });
  console.log(`consumer step timings:\n${timings.join('\n')}`);
});

describe('packed packages', () => {
  it('are every non-private package, each with its licence and README, no maps or build state', () => {
    expect(packed.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        '@onescreen/core',
        '@onescreen/geo',
        '@onescreen/widgets',
        '@onescreen/embed',
        '@onescreen/boundaries',
      ]),
    );
    for (const p of packed) {
      expect(p.files, p.name).toEqual(
        expect.arrayContaining(['LICENSE', 'README.md', 'package.json']),
      );
      expect(
        p.files.filter((f) => /\.map$|\.tsbuildinfo$|(^|\/)src\/.*\.tsx?$/.test(f)),
        p.name,
      ).toEqual([]);
      const lower = new Set(p.files.map((f) => f.toLowerCase()));
      expect(lower.size, `${p.name}: paths that differ only by case`).toBe(p.files.length);
      expect(JSON.stringify(p.manifest), p.name).not.toMatch(/workspace:|@onescreen\/source/);
    }
    const embed = packed.find((p) => p.name === '@onescreen/embed');
    expect(embed?.files).toEqual(
      expect.arrayContaining([
        'dist/bundle/onescreen-embed.js',
        'dist/bundle/onescreen-embed.css',
        'dist/bundle/onescreen-fonts.css',
        'dist/bundle/THIRD-PARTY-LICENSES.md',
        'dist/bundle/fonts/OFL-noto-sans-sc.txt',
        'NOTICE',
      ]),
    );
    console.log(
      packed
        .map((p) => `${p.name.padEnd(24)} ${kB(readFileSync(p.tarball).length).padStart(10)}`)
        .join('\n'),
    );
  });

  it('pass publint (strict, down to suggestions)', async () => {
    const messages: string[] = [];
    for (const p of packed) {
      const bytes = readFileSync(p.tarball);
      const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const result = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
      for (const m of result.messages) messages.push(`${p.name}: ${formatMessage(m, result.pkg)}`);
    }
    expect(messages).toEqual([]);
  });

  it('pass "are the types wrong" with the ESM-only profile', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const p of packed) {
      // Stylesheets are entry points for bundlers, not modules with types.
      const css = Object.keys(p.manifest.exports ?? {}).filter((k) => k.endsWith('.css'));
      const args = [
        p.tarball,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        '--no-color',
        '--no-emoji',
      ];
      if (css.length > 0) args.push('--exclude-entrypoints', ...css);
      const result = await step(`attw ${p.name}`, () =>
        spawnSync(join(repoRoot, 'node_modules/.bin/attw'), args, { encoding: 'utf8' }),
      );
      if (result.status !== 0) failures.push(`${p.name}:\n${result.stdout}${result.stderr}`);
    }
    expect(failures).toEqual([]);
  });

  it('install by name and version through a registry that serves only the tarballs', () => {
    for (const p of packed) expect(registry?.requests, p.name).toContain(`/${p.name}`);
    const installed = JSON.parse(
      readFileSync(join(app, 'node_modules/@onescreen/widgets/package.json'), 'utf8'),
    );
    expect(installed.dependencies['@onescreen/core']).toBe(
      packed.find((p) => p.name === '@onescreen/core')?.version,
    );
  });
});

describe('a fresh Vite + React 19 app', () => {
  it('type-checks every README example strictly, with skipLibCheck false', {
    timeout: 300_000,
  }, async () => {
    expect(moduleExamples.length).toBeGreaterThan(4);
    await step('tsc (strict, skipLibCheck false)', () =>
      run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']),
    );
    await step('tsc (exactOptionalPropertyTypes)', () =>
      run(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.exact.json']),
    );
  });

  it('builds with vite', { timeout: 300_000 }, async () => {
    await step('vite build', () =>
      run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']),
    );
  });

  it('renders every Example (KpiCard, TrendChart, DistrictMap among them) to ready, with no console error', {
    timeout: 120_000,
  }, async () => {
    browser ??= await launchChromium();
    const site = await serveFolder(join(app, 'dist'));
    served.push(site);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${site.origin}/`);
    const rendered = Number(await page.locator('html').getAttribute('data-examples'));
    expect(rendered).toBeGreaterThanOrEqual(3);
    const widgets = page.locator('[data-widget]');
    await expect
      .poll(
        async () => {
          const states = await widgets.evaluateAll((els) =>
            els.map((e) => e.getAttribute('data-state')),
          );
          return states.length > 0 && states.every((s) => s === 'ready');
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    const names = await widgets.evaluateAll((els) => els.map((e) => e.getAttribute('data-widget')));
    expect(names).toEqual(expect.arrayContaining(['KpiCard', 'TrendChart', 'DistrictMap']));
    expect(await page.locator('[data-widget="DistrictMap"] canvas').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(site.log.filter((r) => r.status !== 200)).toEqual([]);
    await page.close();
  });
});

describe('the standalone embed bundle from the installed package', () => {
  it('runs each HTML example under a sub-path, fonts loading, no request leaving the folder', {
    timeout: 120_000,
  }, async () => {
    expect(htmlExamples.length).toBeGreaterThan(0);
    const site = join(work, 'site');
    const dir = join(site, 'portal', 'section');
    mkdirSync(join(dir, 'feeds'), { recursive: true });
    cpSync(join(app, 'node_modules/@onescreen/embed/dist/bundle'), join(dir, 'onescreen'), {
      recursive: true,
    });
    for (const [path, doc] of Object.entries(exampleFeeds))
      writeFileSync(join(dir, path), JSON.stringify(doc));
    for (const block of htmlExamples) {
      writeFileSync(
        join(dir, exampleFileName(block)),
        `<!doctype html>\n<html lang="zh-CN">\n<meta charset="utf-8">\n<link rel="icon" href="data:,">\n<body>\n${block.code}\n</body>\n</html>\n`,
      );
    }
    const server = await serveFolder(site);
    served.push(server);
    browser ??= await launchChromium();
    for (const block of htmlExamples) {
      const page = await browser.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('request', (r) => {
        if (!r.url().startsWith(`${server.origin}/portal/section/`)) foreign.push(r.url());
      });
      server.log.length = 0;
      await page.goto(`${server.origin}/portal/section/${exampleFileName(block)}`);
      const widgets = page.locator('[data-widget]');
      const where = `${block.file}:${block.line}`;
      await expect
        .poll(
          async () => {
            const states = await widgets.evaluateAll((els) =>
              els.map((e) => e.getAttribute('data-state')),
            );
            return states.length > 0 && states.every((s) => s === 'ready');
          },
          { timeout: 60_000, message: where },
        )
        .toBe(true);
      if (block.code.includes('onescreen-fonts.css')) {
        const loaded = await page.evaluate(
          async () => (await document.fonts.load('16px "Noto Sans SC"', '街道工单量排名')).length,
        );
        expect(loaded, `${where}: Noto Sans SC loaded`).toBeGreaterThan(0);
        expect(
          server.log.some((r) => r.path.includes('/onescreen/fonts/') && r.status === 200),
          where,
        ).toBe(true);
      }
      expect(
        server.log.filter((r) => r.status !== 200),
        where,
      ).toEqual([]);
      expect(errors, where).toEqual([]);
      expect(foreign, where).toEqual([]);
      await page.close();
    }
  });
});

describe('size report', () => {
  it('measures the gzip size of a consumer app with React alone, then KpiCard, then each chart widget', {
    timeout: 300_000,
  }, async () => {
    const rows = [];
    for (const label of Object.keys(sizeEntries)) {
      const entry = sizeFile(label);
      await step(`vite build (${label})`, () =>
        run(
          join(app, 'node_modules/.bin/vite'),
          ['build', '--config', 'vite.size.config.ts', '--logLevel', 'warn'],
          app,
          {
            SIZE_ENTRY: entry,
          },
        ),
      );
      const size = entrySizes(join(app, 'dist-size', entry.replace(/[^A-Za-z0-9]+/g, '-'))).get(
        entry,
      );
      if (!size) throw new Error(`no size for ${label}`);
      rows.push({ label, ...size });
    }
    const table = [
      '| consumer app | JS gzip | CSS gzip |',
      '|---|---|---|',
      ...rows.map((r) => `| ${r.label} | ${kB(r.js)} | ${r.css ? kB(r.css) : '—'} |`),
    ].join('\n');
    console.log(table);
    const [react, kpi] = rows;
    // The DOM widgets stay small next to React, and no chart widget comes without ECharts' weight.
    expect(kpi && react && kpi.js - react.js).toBeLessThan(20 * 1024);
    for (const r of rows.slice(2))
      expect(r.js, r.label).toBeGreaterThan((kpi?.js ?? 0) + 50 * 1024);
    if (process.env.UPDATE_CONSUMER_SIZES === '1') {
      const readme = join(repoRoot, 'README.md');
      const text = readFileSync(readme, 'utf8').replace(
        /(<!-- consumer-sizes:start -->\n)[\s\S]*?(<!-- consumer-sizes:end -->)/,
        `$1${table}\n$2`,
      );
      writeFileSync(readme, text);
    }
  });
});
