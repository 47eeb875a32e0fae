import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenJsonSchemaText, screenSchemaPath } from '../scripts/screen-json-schema.js';
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
  return validateScreenConfig(doc);
}

describe('the bundled default screen', () => {
  it('is valid and gets defaults filled in, leaving the document it checked as it was', () => {
    const before = JSON.stringify(defaultConfig);
    const result = validateScreenConfig(defaultConfig);
    if (!result.ok) throw new Error(JSON.stringify(result.faults, null, 2));
    expect(result.config.design).toEqual({ width: 1920, height: 1080 });
    expect(result.config.language).toBe('zh-CN');
    expect(result.config.feeds.hotline?.timeoutSeconds).toBe(15);
    expect(result.config.period?.default).toBe('2022');
    // Transform specs come back parsed, defaults included (a sort is descending unless asked).
    const latest = result.config.panels
      .find((p) => p.area === 'hotline')
      ?.rows?.flatMap((r) => r.widgets)
      .find((w) => w.id === 'hl-latest');
    expect(latest?.bind?.transforms[1]).toEqual({
      sort: { field: 'times.received', order: 'desc' },
    });
    expect(JSON.stringify(defaultConfig)).toBe(before);
  });

  it('has a JSON Schema in data/schemas that matches the zod schema', () => {
    expect(readFileSync(screenSchemaPath, 'utf8')).toBe(screenJsonSchemaText());
  });
});

describe('validateScreenConfig reports each fault with its path', () => {
  it('rejects what is not a config at all', () => {
    const r = validateScreenConfig('hello');
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

  it('checks names that refer to each other: areas, feeds, transforms, ids', () => {
    const r = broken((d) => {
      d.panels[2].area = 'nowhere';
      d.panels[1].rows[0].widgets[0].bind.feed = 'weather';
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

        {
          path: '/panels/1/rows/0/widgets/2/id',
          problem: 'duplicate widget id "kpi-hotline-cases"',
        },
      ]),
    );
  });

  it('names a transform it does not know, with the ones it does', () => {
    const r = broken((d) => {
      d.panels[1].rows[0].widgets[1].bind.transforms[0] = { magic: {} };
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.faults).toEqual([
        {
          path: '/panels/1/rows/0/widgets/1/bind/transforms/0/magic',
          problem:
            'unknown transform "magic" (known: filter, group, derive, change, join, funnel, sort, top, pivot)',
        },
      ]);
    }
  });

  it("checks each binding against its feed's fields and its widget's view, in both languages", () => {
    const r = broken((d) => {
      // A misspelt field of the petitions feed, and a KPI bound to a chart's view.
      d.panels[2].rows[0].widgets[0].bind.transforms[1].group.aggregate = { recieved: 'sum' };
      d.panels[2].rows[0].widgets[1].bind.view = { kind: 'series', x: 'month', y: 'accusation' };
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.faults.map((f) => [f.path, f]));
    expect(
      byPath['/panels/2/rows/0/widgets/0/bind/transforms/1/group/aggregate/recieved']?.text,
    ).toEqual({
      'zh-CN':
        '没有字段“recieved”（可用字段：district, districtName, town, townName, month, received, accusation）',
      en: 'no field "recieved" (fields here: district, districtName, town, townName, month, received, accusation)',
    });
    expect(byPath['/panels/2/rows/0/widgets/1/bind/view/kind']?.problem).toBe(
      'KpiCard shows a value view, but the binding makes a series view',
    );
  });

  it('needs a binding on a data widget, and none on the header', () => {
    const r = broken((d) => {
      delete d.panels[2].rows[0].widgets[0].bind;
      d.panels[0].rows[0].widgets[0].bind = d.panels[1].rows[0].widgets[0].bind;
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.faults.map((f) => f.path)).toEqual(
        expect.arrayContaining([
          '/panels/2/rows/0/widgets/0/bind',
          '/panels/0/rows/0/widgets/0/bind',
        ]),
      );
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
