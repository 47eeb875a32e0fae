import { readdirSync, readFileSync } from 'node:fs';
import { type Binding, faultText, parseFeed, runBinding } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import type { WidgetConfig } from '../src/config/schema.js';
import { validateScreenConfig } from '../src/config/validate.js';

// Every screen config in data/screens renders through configuration alone: it is valid, and
// every binding runs over the sample feeds it names without a fault, at its default period and
// with each district selected.

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
// Playlists (*.playlist.json) name screens; they are checked in playlist.test.ts.
const screens = readdirSync(new URL('data/screens/', root)).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.playlist.json'),
);
const now = new Date('2023-01-01T00:00:00+08:00');

describe.each(screens)('data/screens/%s', (file) => {
  const result = validateScreenConfig(read(`data/screens/${file}`));

  it('is a valid config', () => {
    expect(result.ok ? [] : result.faults).toEqual([]);
  });

  it('runs every binding over its sample feeds, for the whole area and for each district', () => {
    if (!result.ok) return;
    const config = result.config;
    const feeds = new Map(
      Object.entries(config.feeds).map(([id, source]) => {
        const parsed = parseFeed(read(`data/${source.url}`), undefined, { now });
        if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
        expect(parsed.dropped, id).toEqual([]);
        return [id, parsed.feed];
      }),
    );
    const widgets: WidgetConfig[] = config.panels.flatMap((p) =>
      [...(p.rows ?? []), ...(p.views ?? []).flatMap((v) => v.rows)].flatMap((r) => r.widgets),
    );
    const bindings = widgets.flatMap((w) => [
      ...(w.bind ? [[w.id, w.bind] as const] : []),
      ...Object.entries(w.layers ?? {}).map(([name, b]) => [`${w.id}/${name}`, b] as const),
    ]);
    const places = [undefined, '330109', '330411'];
    for (const [id, bind] of bindings) {
      const feed = feeds.get(bind.feed);
      if (!feed) continue; // the coverage feed is computed by the screen's worker
      for (const place of places) {
        const r = runBinding(bind as Binding, feed, { place, period: config.period?.default });
        expect(r.ok ? '' : faultText(r.fault, 'en'), `${id} at ${place ?? 'all'}`).toBe('');
      }
    }
  });
});
