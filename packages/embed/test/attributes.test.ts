import type { Lang } from '@onescreen/widgets';
import { describe, expect, it } from 'vitest';
import { type FeedState, feedProps } from '../src/feedProps.js';
import { parseProps } from '../src/parseProps.js';
import { resolvePointer } from '../src/pointer.js';

describe('resolvePointer', () => {
  const doc = { data: { 'a/b': [10, { '~k': 'x' }] }, '': 'empty key' };
  it('follows RFC 6901, escapes included', () => {
    expect(resolvePointer(doc, '')).toBe(doc);
    expect(resolvePointer(doc, '/data/a~1b/0')).toBe(10);
    expect(resolvePointer(doc, '/data/a~1b/1/~0k')).toBe('x');
    expect(resolvePointer(doc, '/')).toBe('empty key');
  });
  it('gives undefined for missing steps, bad indexes and inherited names', () => {
    expect(resolvePointer(doc, '/nope/x')).toBeUndefined();
    expect(resolvePointer(doc, '/data/a~1b/01')).toBeUndefined();
    expect(resolvePointer(doc, '/data/a~1b/-')).toBeUndefined();
    expect(resolvePointer(doc, '/data/toString')).toBeUndefined();
    expect(resolvePointer(doc, 'data')).toBeUndefined();
  });
});

describe('parseProps', () => {
  it('accepts a JSON object and nothing else', () => {
    expect(parseProps('{"title":"x","n":1}')).toEqual({ ok: true, props: { title: 'x', n: 1 } });
    expect(parseProps(null)).toEqual({ ok: true, props: {} });
    expect(parseProps('  ')).toEqual({ ok: true, props: {} });
    expect(parseProps('{"title": oops')).toMatchObject({
      ok: false,
      problem: { key: 'propsNotJson', params: { excerpt: '{"title": oops' } },
    });
    expect(parseProps('[1]')).toMatchObject({ ok: false, problem: { key: 'propsNotObject' } });
    expect(parseProps('"text"')).toMatchObject({ ok: false });
    expect(parseProps('null')).toMatchObject({ ok: false });
  });
  it('drops a "__proto__" key instead of copying it', () => {
    const parsed = parseProps('{"__proto__":{"polluted":1},"a":1}');
    expect(parsed).toEqual({ ok: true, props: { a: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('feedProps', () => {
  const props = parseProps('{"title":"T","unit":"件"}');
  const last = {
    value: { categories: ['1月'], series: [{ name: 'a', values: [1] }], unit: '次' },
    asOf: '2026-11-23T09:55:00+08:00',
  };
  const asOf = Date.parse(last.asOf);
  const at = { url: 'u', pointer: '/data' };
  const fed = (feed: FeedState, type = 'TrendChart', lang: Lang = 'zh-CN') =>
    feedProps(props, feed, type, lang);

  it('passes the attribute through when there is no feed', () => {
    expect(fed({ kind: 'none' })).toEqual({ props: { title: 'T', unit: '件' }, misfit: null });
  });
  it('shows loading until the first load, then the feed value over the attribute', () => {
    expect(fed({ kind: 'loading', ...at }).props).toEqual({
      title: 'T',
      unit: '件',
      status: { state: 'loading', feed: 'u' },
    });
    expect(fed({ kind: 'ready', ...at, last }).props).toEqual({
      title: 'T',
      ...last.value,
      status: { state: 'ready', feed: 'u', updatedAt: asOf },
    });
  });
  it('keeps the last good value on error and on reload, with the error in the language asked for', () => {
    const problem = { key: 'feedHttp', params: { status: 500 } } as const;
    expect(fed({ kind: 'error', ...at, problem, last }).props).toMatchObject({
      series: last.value.series,
      status: { state: 'error', feed: 'u', error: '请求失败（HTTP 500）', updatedAt: asOf },
    });
    expect(fed({ kind: 'error', ...at, problem }, 'TrendChart', 'en').props.status).toMatchObject({
      error: 'request failed (HTTP 500)',
    });
    expect(fed({ kind: 'loading', ...at, last }).props).toMatchObject({
      series: last.value.series,
      status: { state: 'ready' },
    });
  });
  it('passes a non-object value as `data`, and ignores an unparseable asOf', () => {
    const out = fed({ kind: 'ready', ...at, last: { value: [1, 2], asOf: 'soon' } }, 'Clock');
    expect(out.props.data).toEqual([1, 2]);
    expect(out.props.status).toEqual({ state: 'ready', feed: 'u' });
  });
  it('uses no attribute props when the attribute failed to parse', () => {
    expect(feedProps(parseProps('{bad'), { kind: 'none' }).props).toEqual({});
  });
  it('calls a feed that does not fit the widget an error, naming what was needed and what came', () => {
    const ring = { value: { items: [{ name: '刷单返利', value: 242 }], title: 'x' } };
    const zh = fed({ kind: 'ready', ...at, last: ring });
    expect(zh.misfit?.key).toBe('feedShape');
    expect(zh.props.status).toMatchObject({ state: 'error', feed: 'u' });
    const text = String((zh.props.status as { error: string }).error);
    expect(text).toBe(
      '/data 处的数据不适合 TrendChart：需要 categories（列表）、series（列表）；实际是 含有 items、title 的对象',
    );
    expect(text).not.toMatch(/[a-z]{4,} [a-z]{4,}/); // no English sentence inside the Chinese one
    const en = fed({ kind: 'ready', ...at, last: ring }, 'TrendChart', 'en');
    expect((en.props.status as { error: string }).error).toBe(
      'the data at /data does not fit TrendChart: it needs categories (a list), series (a list); found an object with items, title',
    );
    expect(
      fed({ kind: 'ready', ...at, last: { value: [1] } }, 'RingChart', 'en').props.status,
    ).toMatchObject({
      error: 'the data at /data does not fit RingChart: it needs items (a list); found a list',
    });
  });
  it('reports a rejected value while the last good one stays on screen', () => {
    const rejected = { value: { categories: 'oops', series: [] } };
    const out = fed({ kind: 'ready', ...at, last, rejected });
    expect(out.misfit?.key).toBe('feedShape');
    expect(out.props.categories).toEqual(['1月']);
    expect(out.props.status).toMatchObject({ state: 'error' });
  });
  it('lets the props attribute supply what the feed does not', () => {
    const withGeo = parseProps(
      '{"geojson":{"type":"FeatureCollection","features":[]},"mapName":"m"}',
    );
    const out = feedProps(
      withGeo,
      { kind: 'ready', ...at, last: { value: { values: { a: 1 } } } },
      'DistrictMap',
    );
    expect(out.misfit).toBeNull();
    expect(out.props.status).toMatchObject({ state: 'ready' });
  });
  it('copies a "__proto__" key of a feed as plain data, never as a prototype', () => {
    const value = JSON.parse('{"__proto__":{"polluted":1},"items":[]}');
    const out = fed({ kind: 'ready', ...at, last: { value } }, 'RingChart');
    expect(Object.getPrototypeOf(out.props)).toBe(Object.prototype);
    expect((out.props as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
