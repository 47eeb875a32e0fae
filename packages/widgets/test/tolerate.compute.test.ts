import { describe, expect, it } from 'vitest';
import { chartPalette } from '../src/echarts/chartPalette.js';
import { noFeatures, ofShape, tolerate } from '../src/frame/tolerate.js';
import { cleanSeries } from '../src/TrendChart/cleanSeries.js';
import { isTrendEmpty, trendOption } from '../src/TrendChart/compute.js';
import { tokens } from '../src/theme/tokens.js';

describe('tolerate', () => {
  it('coerces missing or malformed data props to empty values of their shape', () => {
    const shapes = {
      rows: 'list',
      values: 'record',
      geojson: 'collection',
      coverage: 'objectOrNull',
    } as const;
    const out = tolerate({ title: 't', rows: 'x', values: [1], geojson: {}, coverage: 3 }, shapes);
    expect(out).toEqual({ title: 't', rows: [], values: {}, geojson: noFeatures, coverage: null });
    expect(ofShape(undefined, 'list')).toEqual([]);
    expect(ofShape(null, 'record')).toEqual({});
  });

  it('keeps well-formed props as the same object, so memoised computes do not rerun', () => {
    const props = { rows: [1], values: { a: 1 }, geojson: { features: [] } };
    expect(tolerate(props, { rows: 'list', values: 'record', geojson: 'collection' })).toBe(props);
  });
});

describe('cleanSeries', () => {
  it('drops non-objects, reads junk values as missing and a missing values list as none', () => {
    expect(cleanSeries(undefined)).toEqual([]);
    expect(cleanSeries({ name: 'x' })).toEqual([]);
    expect(
      cleanSeries([
        null,
        3,
        {},
        { name: '信访', values: [1, 'x', Number.NaN, null], previous: 'y' },
      ]),
    ).toEqual([
      { name: '', values: [] },
      { name: '信访', values: [1, null, null, null] },
    ]);
  });

  it('gives the trend compute an empty chart rather than a throw', () => {
    const input = {
      categories: [],
      series: cleanSeries([{}, { values: null }]),
      kind: 'line' as const,
      unit: '',
      title: 't',
      lang: 'zh-CN' as const,
      palette: chartPalette(tokens.dark),
      reducedMotion: true,
    };
    expect(isTrendEmpty(input)).toBe(true);
    expect(() =>
      trendOption(input, {
        mode: 'spark',
        plotHeight: 10,
        grid: { left: 0, right: 0, top: 0, bottom: 0 },
        legend: null,
        splitNumber: null,
        nowWidth: 0,
      }),
    ).not.toThrow();
  });
});
