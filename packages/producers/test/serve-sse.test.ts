import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@onescreen/server';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionIn } from './support/definitions.js';
import { tempDir } from './support/temp-dir.js';

// End to end: `onescreen build-feeds` and `onescreen import`, run as the commands a data team
// runs, write into the folder `onescreen serve` serves; a screen's event stream gets each new
// document, and a failed run sends nothing and leaves the feed as it was.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cli = (...args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=@onescreen/source',
        '--import',
        'tsx',
        join(repo, 'packages/cli/src/main.ts'),
        ...args,
      ],
      { cwd: repo, env: { ...process.env, NODE_NO_WARNINGS: '1' } },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('exit', (code) => resolve({ code, out, err }));
  });

/** A screen's event stream: every `data:` message, parsed. */
async function openStream(url: string) {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream' },
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const docs: { source: string; data: { indicators: { value: number }[] } }[] = [];
  const reader = (response.body as ReadableStream<Uint8Array>)
    .pipeThrough(new TextDecoderStream())
    .getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim());
        buffer = buffer.slice(end + 2);
        if (data.length > 0) docs.push(JSON.parse(data.join('\n')));
      }
    }
  })();
  return { docs, close: () => abort.abort() };
}

async function until(test: () => boolean) {
  for (const end = Date.now() + 20_000; !test(); ) {
    if (Date.now() > end) throw new Error('condition not met within 20 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const dir = tempDir();
const feeds = join(dir.path, 'feeds');
let server: RunningServer;
const definition = join(dir.path, 'grassroots.json');

beforeAll(async () => {
  mkdirSync(join(dir.path, 'site'));
  writeFileSync(join(dir.path, 'site', 'index.html'), '<!doctype html><title>screen</title>');
  const def = definitionIn(dir.path, 'grassroots');
  writeFileSync(definition, JSON.stringify(def.definition));
  const first = await cli('build-feeds', definition, '--out-dir', feeds);
  expect(first.code).toBe(0);
  server = await startServer({
    root: join(dir.path, 'site'),
    feeds,
    port: 0,
    log: () => undefined,
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  dir.remove();
});

const setValue = (value: number) => {
  const db = new Database(join(dir.path, 'onescreen.sqlite'));
  db.prepare('UPDATE grassroots_indicators SET value = ? WHERE seq = 1').run(value);
  db.close();
};

describe('feeds written by build-feeds and import reach an open screen over SSE', () => {
  it('pushes each new feed, and nothing for a failed run', async () => {
    const stream = await openStream(new URL('/feeds/grassroots.json', server.url).href);
    await until(() => stream.docs.length === 1);
    expect(stream.docs[0]?.data.indicators[0]?.value).toBe(539);

    setValue(540);
    const run = await cli('build-feeds', definition, '--out-dir', feeds, '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.out).toContain('grassroots: wrote');
    await until(() => stream.docs.length === 2);
    expect(stream.docs[1]?.data.indicators[0]?.value).toBe(540);

    const before = readFileSync(join(feeds, 'grassroots.json'), 'utf8');
    const failed = await cli(
      'build-feeds',
      definition,
      '--out-dir',
      feeds,
      '--database',
      'sqlite:nowhere.sqlite',
      '--lang',
      'en',
    );
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('not updated, the last good feed stays');
    expect(readFileSync(join(feeds, 'grassroots.json'), 'utf8')).toBe(before);

    // The next document the screen gets is the next good one: the failed run sent nothing.
    setValue(541);
    expect((await cli('build-feeds', definition, '--out-dir', feeds)).code).toBe(0);
    await until(() => stream.docs.length === 3);
    expect(stream.docs[2]?.data.indicators[0]?.value).toBe(541);

    const csv = join(dir.path, 'grassroots.indicators.csv');
    writeFileSync(
      csv,
      '区县,编号 (id),指标 (name),指标（英文） (nameEn),数值 (value),计量单位 (unit),口径 (qualifier)\n萧山区,elections,村社换届,Village elections,"1,234",count,exact\n',
    );
    const imported = await cli('import', csv, '--out', join(feeds, 'grassroots.json'));
    expect(imported.code).toBe(0);
    await until(() => stream.docs.length === 4);
    expect(stream.docs[3]?.data.indicators).toEqual([
      expect.objectContaining({ district: '330109', id: 'elections', value: 1234 }),
    ]);
    stream.close();
  }, 90_000);
});
