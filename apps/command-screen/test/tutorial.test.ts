import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Binding, parseFeed, runBinding } from '@onescreen/core';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScreenConfig } from '../src/config/validate.js';

// docs/add-your-own-data.md, step by step, as a data clerk follows it: a spreadsheet of
// numbers becomes a feed with `pnpm onescreen import`, and a screen config shows it.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tutorial = (name: string) => join(root, 'docs/tutorial', name);
const out = mkdtempSync(join(tmpdir(), 'onescreen-tutorial-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The tutorial's spreadsheet as a clerk wrote it, summed by year, straight from the CSV. */
function csvTotal(year: string, district?: string): number {
  const lines = readFileSync(tutorial('road-accidents.csv'), 'utf8').split('\n').slice(1);
  let sum = 0;
  for (const line of lines) {
    const [place, month, accidents] = line.split(',');
    if (!place?.trim() || !month?.startsWith(year)) continue;
    if (district !== undefined && place.trim() !== district) continue;
    sum += Number((accidents ?? '').replace(/,/g, ''));
  }
  return sum;
}

describe('Add your own data (docs/add-your-own-data.md)', () => {
  const feedFile = join(out, 'road-accidents.json');

  it("step 3: the clerk's spreadsheet imports into a valid feed, dropping nothing", () => {
    const run = spawnSync(
      process.execPath,
      [
        '--conditions=@onescreen/source',
        '--import',
        'tsx',
        join(root, 'packages/cli/src/main.ts'),
        'import',
        tutorial('road-accidents.csv'),
        '--fields',
        tutorial('road-accidents.fields.json'),
        '--table',
        'monthly',
        '--out',
        feedFile,
        '--lang',
        'en',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(
      /192 rows read, 192 imported, 0 dropped, 1 blank rows skipped/,
    );
  });

  it('steps 4–5: the screen config is valid and every binding runs over the feed, with the right figures', () => {
    const parsed = parseFeed(JSON.parse(readFileSync(feedFile, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.dropped).toEqual([]);
    const config = validateScreenConfig(
      JSON.parse(readFileSync(tutorial('road-accidents.screen.json'), 'utf8')),
    );
    if (!config.ok) throw new Error(JSON.stringify(config.faults));
    const widgets = config.config.panels.flatMap((p) => (p.rows ?? []).flatMap((r) => r.widgets));
    for (const w of widgets) {
      if (!w.bind) continue;
      const r = runBinding(w.bind as Binding, parsed.feed, { period: '2022' });
      expect(r.ok, `${w.id}: ${JSON.stringify(r)}`).toBe(true);
    }
    const total = widgets.find((w) => w.id === 'total')?.bind as Binding;
    const kpi = runBinding(total, parsed.feed, { period: '2022' });
    if (!kpi.ok || kpi.view.kind !== 'value') throw new Error('no KPI');
    expect(kpi.view.value).toBe(csvTotal('2022'));
    expect(kpi.view.change?.percent).toBeCloseTo(
      ((csvTotal('2022') - csvTotal('2021')) / csvTotal('2021')) * 100,
      6,
    );
    const xiaoshan = runBinding(total, parsed.feed, { period: '2022', place: '330109' });
    if (!xiaoshan.ok || xiaoshan.view.kind !== 'value') throw new Error('no KPI');
    expect(xiaoshan.view.value).toBe(csvTotal('2022', '萧山区'));
  });
});
