import { describe, expect, it } from 'vitest';
import { feedProps } from '../src/feedProps.js';
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
      error: expect.stringMatching(/^props: /),
    });
    expect(parseProps('[1]')).toEqual({ ok: false, error: 'props: expected a JSON object' });
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
  const last = { value: { series: [1], unit: '次' }, asOf: '2026-11-23T09:55:00+08:00' };
  const asOf = Date.parse(last.asOf);

  it('passes the attribute through when there is no feed', () => {
    expect(feedProps(props, { kind: 'none' })).toEqual({ title: 'T', unit: '件' });
  });
  it('shows loading until the first load, then the feed value over the attribute', () => {
    expect(feedProps(props, { kind: 'loading', url: 'u' })).toEqual({
      title: 'T',
      unit: '件',
      status: { state: 'loading', feed: 'u' },
    });
    expect(feedProps(props, { kind: 'ready', url: 'u', last })).toEqual({
      title: 'T',
      unit: '次',
      series: [1],
      status: { state: 'ready', feed: 'u', updatedAt: asOf },
    });
  });
  it('keeps the last good value on error and on reload', () => {
    expect(feedProps(props, { kind: 'error', url: 'u', error: 'HTTP 500', last })).toMatchObject({
      series: [1],
      status: { state: 'error', feed: 'u', error: 'HTTP 500', updatedAt: asOf },
    });
    expect(feedProps(props, { kind: 'loading', url: 'u', last })).toMatchObject({
      series: [1],
      status: { state: 'ready' },
    });
  });
  it('passes a non-object value as `data`, and ignores an unparseable asOf', () => {
    const out = feedProps(props, {
      kind: 'ready',
      url: 'u',
      last: { value: [1, 2], asOf: 'soon' },
    });
    expect(out.data).toEqual([1, 2]);
    expect(out.status).toEqual({ state: 'ready', feed: 'u' });
  });
  it('uses no attribute props when the attribute failed to parse', () => {
    expect(feedProps(parseProps('{bad'), { kind: 'none' })).toEqual({});
  });
});
