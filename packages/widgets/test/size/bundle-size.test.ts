import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { widgetNames } from '@onescreen/fixtures/widget-names';
import { describe, expect, it } from 'vitest';
import { buildWidget, type WidgetBundle } from './buildWidget.js';

const budgetPath = fileURLToPath(new URL('../../size-budget.json', import.meta.url));
/** Gzipped bytes per widget, as last accepted. */
const budget: Record<string, number> = JSON.parse(readFileSync(budgetPath, 'utf8'));
/** A build may grow by this fraction over its budget before the test fails. */
const tolerance = 0.1;
// `_echarts_instance_` is the attribute ECharts stamps on every chart's element; it survives
// minification, so its presence means ECharts' core is in the bundle.
const echartsMarker = '_echarts_instance_';

const bundles = new Map<string, WidgetBundle>();

describe('bundle size per widget', () => {
  it('builds every widget alone and stays within its budget', { timeout: 180_000 }, async () => {
    // Two at a time: the machine has two cores.
    const queue = [...widgetNames];
    await Promise.all(
      [0, 1].map(async () => {
        for (let name = queue.shift(); name; name = queue.shift())
          bundles.set(name, await buildWidget(name));
      }),
    );
    const rows = widgetNames.map((name) => {
      const b = bundles.get(name) as WidgetBundle;
      const limit = budget[name];
      return {
        widget: name,
        'min kB': +(b.minified / 1024).toFixed(1),
        'gzip kB': +(b.gzipped / 1024).toFixed(1),
        'budget kB': limit === undefined ? '-' : +(limit / 1024).toFixed(1),
        echarts: b.code.includes(echartsMarker) ? 'yes' : 'no',
      };
    });
    console.table(rows);
    if (process.env.UPDATE_SIZE_BUDGET === '1') {
      const next = Object.fromEntries(widgetNames.map((n) => [n, bundles.get(n)?.gzipped]));
      writeFileSync(budgetPath, `${JSON.stringify(next, null, 2)}\n`);
    }
    const over = widgetNames.filter((n) => {
      const limit = budget[n];
      return limit === undefined || (bundles.get(n)?.gzipped ?? 0) > limit * (1 + tolerance);
    });
    expect(over, 'over budget by more than 10 % (or no budget yet); see the table above').toEqual(
      [],
    );
  });

  it('keeps ECharts out of KpiCard and in the chart widgets', () => {
    const kpi = bundles.get('KpiCard');
    const trend = bundles.get('TrendChart');
    expect(kpi, 'KpiCard was built').toBeDefined();
    expect(trend, 'TrendChart was built').toBeDefined();
    // The marker must be found where ECharts is, or its absence would prove nothing.
    expect(trend?.code.includes(echartsMarker)).toBe(true);
    expect(kpi?.code.includes(echartsMarker)).toBe(false);
    expect(kpi?.code).not.toMatch(/zrender|echarts/i);
  });
});
