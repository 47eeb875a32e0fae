import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Binding, bindingSchema, parseFeed, runBinding } from '../src/index.js';

// runBinding keeps the frame after each step per feed value and context, and shares it between
// bindings with the same first steps. Whatever order bindings and contexts come in, every
// result must equal a cold run on a fresh copy of the feed (a value the cache has never seen).

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
const now = new Date('2023-01-01T00:00:00+08:00');

type Feed = Parameters<typeof runBinding>[1];

/** The same feed as new objects down to its record lists: a value no cache has seen. */
function fresh(feed: Feed): Feed {
  const data = feed.data as Record<string, unknown>;
  return {
    ...feed,
    data: Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
    ),
  };
}

/** Every binding object of a screen config (widgets' `bind` and map layers), parsed. */
function bindingsOf(node: unknown, out: Binding[] = []): Binding[] {
  if (Array.isArray(node)) for (const n of node) bindingsOf(n, out);
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.feed === 'string' && typeof o.pointer === 'string' && o.view) {
      out.push(bindingSchema.parse(o) as Binding);
    } else for (const v of Object.values(o)) bindingsOf(v, out);
  }
  return out;
}

describe('steps shared between bindings and runs', () => {
  const config = read('data/screens/default.json') as {
    feeds: Record<string, { url: string }>;
    panels: unknown;
  };
  const feeds = new Map(
    Object.entries(config.feeds).map(([id, f]) => {
      const parsed = parseFeed(read(`data/${f.url}`), undefined, { now });
      if (!parsed.ok) throw new Error(id);
      return [id, parsed.feed] as const;
    }),
  );
  const bindings = bindingsOf(config.panels).filter((b) => feeds.has(b.feed));
  const names = (code: string) => ({ 'zh-CN': `地${code}`, en: `Place ${code}` });
  const otherNames = (code: string) => ({ 'zh-CN': `区${code}`, en: `Area ${code}` });
  const contexts = [
    { place: undefined, period: '2022' },
    { place: '330109', period: '2022' },
    { place: undefined, period: '2021-06' },
    { place: '330411', period: '2022', placeName: names },
    { place: '330411', period: '2022', placeName: otherNames },
    { place: '330109001', period: undefined },
  ];

  it('gives what a cold run gives, in any order of bindings and contexts', () => {
    expect(bindings.length).toBeGreaterThan(20);
    // Twice over, contexts interleaved: the second pass reads frames kept by the first.
    for (const pass of [0, 1]) {
      for (const [c, context] of contexts.entries()) {
        for (const [i, b] of bindings.entries()) {
          if ((i + c + pass) % 2 === 0) continue;
          const feed = feeds.get(b.feed) as Feed;
          const warm = runBinding(b, feed, context);
          const cold = runBinding(b, fresh(feed), context);
          expect(warm, `${b.feed}${b.pointer} ${JSON.stringify(context.place)}`).toEqual(cold);
        }
      }
    }
    // Cold runs of the hotline's cases are slow on a loaded machine; this asserts no speed.
  }, 120_000);

  it('follows a feed value that changed', () => {
    const b = bindings.find((x) => x.feed === 'antifraud' && x.view.kind === 'value') as Binding;
    expect(b).toBeDefined();
    const feed = feeds.get('antifraud') as Feed;
    const before = runBinding(b, feed, contexts[0]);
    const table = b.pointer.slice('/data/'.length);
    const data = feed.data as Record<string, Record<string, unknown>[]>;
    const double = (r: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, k !== 'year' && typeof v === 'number' ? v * 2 : v]),
      );
    const doubled = { ...feed, data: { ...data, [table]: (data[table] ?? []).map(double) } };
    const after = runBinding(b, doubled, contexts[0]);
    expect(after).not.toEqual(before);
    expect(runBinding(b, fresh(doubled), contexts[0])).toEqual(after);
  });
});
