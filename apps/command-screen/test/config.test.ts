import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenJsonSchemaText, screenSchemaPath } from '../scripts/screen-json-schema.js';
import { adapters } from '../src/adapters/registry.js';
import { toPointer, validateScreenConfig } from '../src/config/validate.js';

const defaultConfig = JSON.parse(
  readFileSync(new URL('../../../data/screens/default.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary paths of a JSON document
type Doc = Record<string, any>;

/** A deep copy of the default config with one change applied. */
function broken(change: (doc: Doc) => void) {
  const doc = structuredClone(defaultConfig) as Doc;
  change(doc);
  return validateScreenConfig(doc, adapters);
}

describe('the bundled default screen', () => {
  it('is valid and gets defaults filled in', () => {
    const result = validateScreenConfig(defaultConfig, adapters);
    if (!result.ok) throw new Error(JSON.stringify(result.faults, null, 2));
    expect(result.config.design).toEqual({ width: 1920, height: 1080 });
    expect(result.config.language).toBe('zh-CN');
    expect(result.config.feeds.hotline?.timeoutSeconds).toBe(15);
    // Adapter options come back parsed, defaults included.
    const kpis = result.config.panels.find((p) => p.area === 'petitions')?.rows?.[0]?.widgets[0];
    expect(kpis?.bind?.options).toMatchObject({ field: 'received', show: 'total', good: 'down' });
  });

  it('has a JSON Schema in data/schemas that matches the zod schema', () => {
    expect(readFileSync(screenSchemaPath, 'utf8')).toBe(screenJsonSchemaText());
  });
});

describe('validateScreenConfig reports each fault with its path', () => {
  it('rejects what is not a config at all', () => {
    const r = validateScreenConfig('hello', adapters);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.faults[0]).toEqual({ path: '', problem: 'expected object' });
  });

  it('lists every schema fault in one pass', () => {
    const r = broken((d) => {
      d.schemaVersion = 2;
      (d.design as Record<string, unknown>).width = 'wide';
      d.scale = 'zoom';
      d.panels[1].rows[0].widgets[0].type = 'PieChart3D';
      d.extra = true;
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.faults.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/schemaVersion',
        '/design/width',
        '/scale',
        '/panels/1/rows/0/widgets/0/type',
        '',
      ]),
    );
    expect(r.faults.find((f) => f.path === '/design/width')?.problem).toBe('expected number');
    expect(r.faults.find((f) => f.path === '')?.problem).toBe('unknown key(s): extra');
  });

  it('checks names that refer to each other: areas, feeds, adapters, ids', () => {
    const r = broken((d) => {
      d.panels[2].area = 'nowhere';
      d.panels[1].rows[0].widgets[0].bind.feed = 'weather';
      d.panels[1].rows[0].widgets[1].bind.adapter = 'magic';
      d.panels[1].rows[0].widgets[2].id = 'kpi-hotline-cases';
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.faults).toEqual(
      expect.arrayContaining([
        { path: '/panels/2/area', problem: 'no grid area named "nowhere"' },
        {
          path: '/panels/1/rows/0/widgets/0/bind/feed',
          problem: 'no feed named "weather" in /feeds',
        },
        { path: '/panels/1/rows/0/widgets/1/bind/adapter', problem: 'unknown adapter "magic"' },
        {
          path: '/panels/1/rows/0/widgets/2/id',
          problem: 'duplicate widget id "kpi-hotline-cases"',
        },
      ]),
    );
  });

  it('checks adapter options against the adapter', () => {
    const r = broken((d) => {
      d.panels[2].rows[0].widgets[0].bind.options.field = 7;
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.faults).toEqual([
        { path: '/panels/2/rows/0/widgets/0/bind/options/field', problem: 'expected string' },
      ]);
    }
  });

  it('checks the grid shape and panel kinds', () => {
    const r = broken((d) => {
      (d.grid as { areas: string[] }).areas[1] = 'petitions kpis';
      d.panels[0].views = [];
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.faults.map((f) => f.path)).toEqual(expect.arrayContaining(['/panels/0/views']));
    }
    const r2 = broken((d) => {
      (d.grid as { areas: string[] }).areas[1] = 'petitions kpis';
    });
    expect(r2.ok).toBe(false);
    if (!r2.ok)
      expect(r2.faults).toEqual([{ path: '/grid/areas/1', problem: '2 cells but 3 column sizes' }]);
  });

  it('needs every panel area in every wide grid too', () => {
    const r = broken((d) => {
      d.wideGrids[0].areas = d.wideGrids[0].areas.map((row: string) =>
        row.replace('antifraud', 'nothing'),
      );
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.faults).toContainEqual({
        path: '/panels/6/area',
        problem: 'no area "antifraud" in /wideGrids/0',
      });
  });

  it('refuses a stale limit shorter than the refresh', () => {
    const r = broken((d) => {
      (d.feeds as Record<string, Record<string, number>>).hotline = {
        url: 'x',
        refreshSeconds: 600,
        staleSeconds: 60,
      } as never;
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.faults[0]?.path).toBe('/feeds/hotline/staleSeconds');
  });
});

describe('toPointer', () => {
  it('escapes ~ and / as RFC 6901 says', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(toPointer([])).toBe('');
  });
});
