import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FEED_KINDS } from '../src/feeds/kinds.js';
import { runCli } from './fixtures/feeds/cli-host.js';
import { repoFile } from './fixtures/feeds/load.js';
import { sample, sampleText } from './fixtures/feeds/samples.js';
import { at } from './fixtures/feeds/text-position.js';

const dir = mkdtempSync(join(tmpdir(), 'onescreen-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a feed (text or value) to a temp file and returns its path. */
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('onescreen validate <file>', () => {
  it.each(FEED_KINDS)('exit 0 for the committed %s feed', async (kind) => {
    const run = await runCli(
      'validate',
      repoFile(`data/feeds/${kind}.json`).pathname,
      '--kind',
      kind,
    );
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]); // no unknown field, no gap in any monthly series
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(
      new RegExp(`^valid: ${kind} feed as of 2022-12-31T14:00:00\\+08:00, \\d+ records$`),
    );
  });

  it('exit 1 with one line per bad field: "<pointer> (line, column): expected <x>, found <y>"', async () => {
    const feed = sample('petitions');
    feed.data.monthly[3].received = -4;
    feed.data.monthly[9].district = '999999';
    const text = JSON.stringify(feed, null, 2);
    const run = await runCli('validate', file('two-bad.json', text));
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      `/data/monthly/3/received (${at(text, '"received": -4', '-4')}): expected a non-negative integer, found -4`,
      `/data/monthly/9/district (${at(text, '"district": "999999"', '"999999"')}): expected a known district adcode (330109, 330110, 330111, 330112, 330113, 330127, 330402, 330411, 330421, 330424), found "999999"`,
    ]);
    expect(run.err).toEqual([
      // Record 9 leaves 萧山区's series as well: the screen would show a hole there.
      `warning: /data/monthly (${at(text, '"monthly": [', '[')}): the monthly series of 萧山区 330109 has no 2020-10 (it runs 2020-01 to 2022-12)`,
      '2 record(s) would be dropped from the petitions feed (the screen still shows the rest)',
    ]);
  });

  it('exit 1 for truncated JSON, saying where it ends', async () => {
    const text = sampleText('fire').slice(0, 500);
    const run = await runCli('validate', file('truncated.json', text));
    expect(run.code).toBe(1);
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(
      /^\/data\/stations\/\d+(\/\w+)* \(line \d+, column \d+\): not valid JSON: /,
    );
  });

  it('exit 1 for a bad envelope, listing only envelope problems', async () => {
    const text = JSON.stringify({ ...sample('grassroots'), schemaVersion: 7, asOf: 'now' });
    const run = await runCli('validate', file('envelope.json', text));
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      `/schemaVersion (${at(text, '"schemaVersion":7', '7')}): expected schema version 1, found 7`,
      `/asOf (${at(text, '"asOf":"now"', '"now"')}): expected an ISO 8601 timestamp with offset, found "now"`,
    ]);
  });

  it('exit 1 when --kind pins another kind', async () => {
    const run = await runCli(
      'validate',
      repoFile('data/feeds/fire.json').pathname,
      '--kind',
      'hotline',
    );
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      expect.stringMatching(/^\/kind \(line \d+, column \d+\): expected "hotline", found "fire"$/),
    ]);
  });

  it('exit 1 for a missing file, naming the reason', async () => {
    const run = await runCli('validate', join(dir, 'nope.json'));
    expect(run.code).toBe(1);
    expect(run.out[0]).toMatch(/^\(root\): expected a readable file, found ENOENT/);
  });

  it('warns about markup in names but still accepts the feed', async () => {
    const feed = sample('fire');
    feed.data.stations[1].name = '<script>alert(1)</script>';
    const text = JSON.stringify(feed, null, 2);
    const run = await runCli('validate', file('markup.json', text));
    expect(run.code).toBe(0);
    expect(run.err).toEqual([
      `warning: /data/stations/1/name (${at(text, '"<script>', '"<script>')}): looks like markup ("<script>alert(1)</script>"); it is shown as plain text`,
    ]);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [[]],
    [['check', 'a.json']],
    [['validate']],
    [['validate', 'a.json', 'b.json']],
    [['validate', '--strict', 'a.json']],
    [['validate', 'a.json', '--kind', 'weather']],
    [['validate', 'a.json', '--kind']],
  ])('%j', async (argv) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err.join('\n')).toContain(
      'usage: onescreen validate <file|http(s)-url> [--kind <kind>]',
    );
  });
});
