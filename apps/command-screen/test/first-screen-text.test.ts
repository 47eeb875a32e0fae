import { readFileSync } from 'node:fs';
import type { AreaFeature } from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import { validateScreenConfig } from '../src/config/validate.js';
import { firstScreenText } from '../src/fonts/first-screen-text.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
const parsed = validateScreenConfig(read('data/screens/default.json'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.faults));
const config = parsed.config;
const boundaries = ['hangzhou', 'jiaxing'].flatMap(
  (city) => (read(`data/geo/${city}.geojson`) as { features: AreaFeature[] }).features,
);
const views = config.panels.find((p) => p.views)?.views ?? [];
const periodMs = config.carousel.periodSeconds * 1000;
const epoch = Date.parse(config.carousel.epoch);
/** The instant the carousel shows its view `i` (counted from the epoch). */
const showing = (i: number) => epoch + i * periodMs + 1;

/** Whether every character of `word` (spaces aside) is in `text`. */
const holds = (text: string, word: string) =>
  [...word].every((ch) => ch.trim() === '' || text.includes(ch));

describe('firstScreenText (the words whose font slices load before the first layout)', () => {
  const text = firstScreenText(config, boundaries, 'zh-CN', showing(0));

  it('takes the headings in the bold face and KPI labels, view titles and names in the regular', () => {
    expect(holds(text.bold, config.title['zh-CN'])).toBe(true);
    expect(holds(text.bold, '信访 · 源头治理')).toBe(true);
    expect(holds(text.regular, '12345 网上办理')).toBe(true);
    expect(holds(text.regular, views[0]?.title['zh-CN'] ?? '?')).toBe(true);
    // Every district the map labels (it measures each name it might print).
    for (const f of boundaries) expect(holds(text.regular, String(f.properties.name))).toBe(true);
    // A KPI label is not a heading: 催办率 is printed regular only.
    expect(holds(text.bold, '催')).toBe(false);
  });

  it('takes the view the wall clock shows, not the carousel views that are not on screen', () => {
    const later = firstScreenText(config, boundaries, 'zh-CN', showing(1));
    const first = views[0]?.title['zh-CN'] ?? '';
    const second = views[1]?.title['zh-CN'] ?? '';
    // A character of the first view's title that nothing else on the screen at that time has.
    const firstOnly = [...first].find((ch) => ch.trim() !== '' && !later.regular.includes(ch));
    expect(firstOnly).toBeDefined();
    expect(text.regular).toContain(firstOnly);
    expect(holds(later.regular, second)).toBe(true);
  });

  it('takes each character once, without spaces', () => {
    for (const t of [text.regular, text.bold]) {
      expect(new Set(t).size).toBe([...t].length);
      expect(t).not.toMatch(/\s/);
    }
  });

  it('takes no district names without a district map, and the English words in English', () => {
    const noMap = {
      ...config,
      panels: config.panels.filter(
        (p) => !p.rows?.some((r) => r.widgets.some((w) => w.type === 'DistrictMap')),
      ),
    };
    const without = firstScreenText(noMap, boundaries, 'zh-CN', showing(0));
    expect(without.regular).not.toContain('墅');
    const english = firstScreenText(config, boundaries, 'en', showing(0));
    expect(holds(english.bold, 'Petitions')).toBe(true);
    expect(english.bold).not.toContain('访');
  });
});
