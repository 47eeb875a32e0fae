import { readFileSync } from 'node:fs';
import { rotationAt } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import { playlistJsonSchemaText, playlistSchemaPath } from '../scripts/playlist-json-schema.js';
import type { LoadedScreen } from '../src/boot/load-screen.js';
import { dwellsOf, loadPlaylist } from '../src/playlist/load-playlist.js';
import { validatePlaylist } from '../src/playlist/validate-playlist.js';
import { parseScreenParams } from '../src/url/params.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../data/screens/wall.playlist.json', import.meta.url), 'utf8'),
) as unknown;

/** A fetch that answers each URL from a table, as a static server would. */
function fetchFrom(files: Record<string, { status?: number; type?: string; body: string }>) {
  return (async (input: RequestInfo | URL) => {
    const hit = files[String(input)];
    if (!hit) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(hit.body, {
      status: hit.status ?? 200,
      headers: { 'content-type': hit.type ?? 'application/json' },
    });
  }) as typeof fetch;
}

const base = 'https://wall.test/app/screens/wall.playlist.json';
const screenOk = (url: string) =>
  ({
    ok: true,
    url,
    config: { title: { 'zh-CN': url, en: url } },
    boundaries: [],
  }) as unknown as LoadedScreen;

describe('the sample playlist', () => {
  it('is valid: the default screen for two minutes, then traffic and air for 45 s', () => {
    const v = validatePlaylist(sample);
    if (!v.ok) throw new Error(JSON.stringify(v.faults));
    expect(v.playlist.screens.map((s) => [s.screen, s.seconds])).toEqual([
      ['default.json', 120],
      ['traffic-air.json', 45],
    ]);
    expect(v.playlist.epoch).toBe('2020-01-01T00:00:00+08:00');
    expect(v.playlist.holdOnAlerts).toBe(true);
    // Every tile computes the same screen from the same clock: default, then traffic-air.
    const epoch = Date.parse(v.playlist.epoch);
    const cycle = 165_000 * 1_000_000;
    expect(rotationAt(epoch + cycle + 119_999, dwellsOf(v.playlist), epoch)).toEqual({
      index: 0,
      startedAt: epoch + cycle,
      endsAt: epoch + cycle + 120_000,
    });
    expect(rotationAt(epoch + cycle + 120_000, dwellsOf(v.playlist), epoch).index).toBe(1);
  });

  it('has a JSON Schema in data/schemas that matches the zod schema', () => {
    expect(readFileSync(playlistSchemaPath, 'utf8')).toBe(playlistJsonSchemaText());
  });
});

describe('validatePlaylist', () => {
  it('names each fault with its JSON pointer', () => {
    const v = validatePlaylist({
      schemaVersion: 1,
      screens: [{ screen: 'a.json', seconds: 2 }, { seconds: 30 }],
      epoch: 'yesterday',
      loop: true,
    });
    expect(v.ok ? [] : v.faults.map((f) => f.path)).toEqual([
      '/screens/0/seconds',
      '/screens/1/screen',
      '/epoch',
      '',
    ]);
    const empty = validatePlaylist({ schemaVersion: 1, screens: [] });
    expect(empty.ok ? [] : empty.faults.map((f) => f.path)).toEqual(['/screens']);
  });
});

describe('loadPlaylist', () => {
  it('loads every screen before the first shows, each relative to the playlist', async () => {
    const asked: string[] = [];
    const r = await loadPlaylist(
      base,
      async (url) => {
        asked.push(url);
        return screenOk(url);
      },
      fetchFrom({ [base]: { body: JSON.stringify(sample) } }),
    );
    expect(r.ok).toBe(true);
    expect(asked).toEqual([
      'https://wall.test/app/screens/default.json',
      'https://wall.test/app/screens/traffic-air.json',
    ]);
  });

  it("names a broken screen's file and its entry in the playlist", async () => {
    const r = await loadPlaylist(
      base,
      async (url) =>
        url.endsWith('traffic-air.json')
          ? {
              ok: false,
              url,
              lang: 'zh-CN',
              faults: [{ path: '/grid', problem: 'expected object' }],
            }
          : screenOk(url),
      fetchFrom({ [base]: { body: JSON.stringify(sample) } }),
    );
    expect(r.ok ? [] : r.faults).toEqual([
      {
        path: '/grid',
        problem: '/screens/1: expected object',
        file: 'https://wall.test/app/screens/traffic-air.json',
      },
    ]);
  });

  it('says what is wrong with a playlist that cannot be read', async () => {
    const load = async (url: string) => screenOk(url);
    const missing = await loadPlaylist(base, load, fetchFrom({}));
    expect(missing.ok ? '' : missing.faults[0]?.problem).toBe(`HTTP 404 Not Found for ${base}`);
    const html = await loadPlaylist(
      base,
      load,
      fetchFrom({ [base]: { type: 'text/html', body: '<html>' } }),
    );
    expect(html.ok ? '' : html.faults[0]?.problem).toContain('HTML page');
    const junk = await loadPlaylist(base, load, fetchFrom({ [base]: { body: '{"screens": [' } }));
    expect(junk.ok ? '' : junk.faults[0]?.problem).toMatch(/^could not read/);
  });
});

describe('?playlist=', () => {
  it('is read from the URL, and wins over ?screen=, saying so', () => {
    expect(parseScreenParams('?playlist=screens%2Fwall.playlist.json').playlist).toBe(
      'screens/wall.playlist.json',
    );
    const both = parseScreenParams('?playlist=p.json&screen=s.json');
    expect(both).toMatchObject({ playlist: 'p.json', screen: null });
    expect(both.problems).toEqual(['screen= is ignored: playlist= names the screens']);
  });
});
