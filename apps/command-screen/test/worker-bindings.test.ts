import { readFileSync } from 'node:fs';
import {
  type Binding,
  type BindingResult,
  createOnescreenStore,
  type FeedEnvelope,
  type FeedState,
  type PeriodSpan,
  parseFeed,
  periodSpanOf,
} from '@onescreen/core';
import type { AreaFeature } from '@onescreen/geo';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/alerts/compile-rules.js';
import { readValueRule } from '../src/alerts/readings.js';
import { bindingsOf, coverageLayer } from '../src/config/bindings-of.js';
import { validateScreenConfig } from '../src/config/validate.js';
import {
  type BindingsContext,
  bindingDeriver,
  type DerivedViews,
  ownKey,
} from '../src/feeds/binding-deriver.js';
import { linkBindingsContext } from '../src/feeds/bindings-context.js';
import { workerBindings } from '../src/feeds/screen-feeds.js';
import { placeNamesOf } from '../src/model/place-names.js';
import { runBound } from '../src/model/useBinding.js';
import {
  bindingsContextSender,
  receiveViews,
  workerResult,
  workerSpan,
} from '../src/model/worker-views.js';

// The widgets' bindings run in the feed worker on each new feed value; the page uses a result
// only when it ran on that very value in the page's own place, period and place names, and runs
// the binding itself otherwise.

const root = new URL('../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;
const checked = validateScreenConfig(read('data/screens/default.json'));
if (!checked.ok) throw new Error(JSON.stringify(checked.faults));
const config = checked.config;
const feeds = new Map<string, FeedEnvelope<unknown>>();
for (const [id, source] of Object.entries(config.feeds)) {
  const parsed = parseFeed(read(`data/${source.url}`), id as 'petitions', {
    now: new Date('2023-01-01T00:00:00+08:00'),
  });
  if (!parsed.ok) throw new Error(id);
  feeds.set(id, parsed.feed);
}
const districts = (read('data/geo/hangzhou.geojson') as { features: AreaFeature[] }).features;
const placeName = placeNamesOf(districts);

const ready = (id: string, value: FeedEnvelope<unknown>) =>
  ({ id, status: 'ready', value, dropped: [] }) as unknown as FeedState;

/** What the worker posts, as the page receives it (structured clone). */
function derivedOn(context: BindingsContext, id: string): DerivedViews | undefined {
  const deriver = bindingDeriver(workerBindings(config));
  deriver.setContext(context);
  const value = feeds.get(id);
  if (!value) throw new Error(id);
  return structuredClone(deriver.derive(id, value)) as DerivedViews | undefined;
}

describe('bindings run in the feed worker', () => {
  it("give the page's own views for every binding of the default screen, with or without a place", () => {
    const namesSent = bindingsContextNames();
    let compared = 0;
    for (const place of [undefined, '330109']) {
      const period = config.period?.default;
      for (const [id, value] of feeds) {
        const derived = derivedOn({ seq: 1, place, period, names: namesSent }, id);
        const mine = bindingsOf(config).filter((b) => b.bind.feed === id);
        const widgetKeys = Object.keys(derived?.runs ?? {}).filter((k) => k.startsWith('/'));
        expect(widgetKeys.sort(), id).toEqual(mine.map((b) => b.path).sort());
        for (const { bind, path } of mine) {
          const inputs = { place, period, placeName, lang: 'zh-CN' as const, path };
          const local = runBound(bind as Binding, ready(id, value), inputs);
          const remote = runBound(bind as Binding, ready(id, value), inputs, derived?.runs[path]);
          expect(remote, path).toEqual(local);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(namesSent.length).toBe(districts.length);
  });

  it("give the alert rules' readings: the whole area in the live period, whatever the selection", () => {
    const period = config.period?.default;
    // Rules on the coverage (worked out on the page, not a feed the worker reads) aside.
    const rules = compileRules(config).filter(
      (r) => r.source.kind === 'bind' && feeds.has(r.source.bind.feed),
    );
    expect(rules.length).toBeGreaterThan(0);
    const ctx = {
      feedOf: (name: string) => {
        const value = feeds.get(name);
        return value ? ready(name, value) : undefined;
      },
      dataTimeOf: () => Date.parse('2022-12-31T16:00:00Z'),
      period,
      placeName,
    };
    for (const rule of rules) {
      if (rule.source.kind !== 'bind') continue;
      // The screen has a district and another period selected: the rule's reading ignores both.
      const derived = derivedOn(
        { seq: 1, place: '330109', period: '2021', names: bindingsContextNames() },
        rule.source.bind.feed,
      );
      const done = derived?.runs[ownKey(rule.source.path, period)];
      expect(done, rule.id).toBeDefined();
      expect(readValueRule(rule, ctx, done), rule.id).toEqual(readValueRule(rule, ctx));
    }
  });

  it("give the coverage's stations: every one of them, whatever the selection", () => {
    const layer = coverageLayer(config);
    if (!layer) throw new Error('the default screen has a coverage layer');
    const feed = feeds.get(layer.bind.feed);
    if (!feed) throw new Error(layer.bind.feed);
    const derived = derivedOn(
      { seq: 1, place: '330109', period: '2021', names: bindingsContextNames() },
      layer.bind.feed,
    );
    const done = derived?.runs[ownKey(layer.path, undefined)];
    expect(done?.ok).toBe(true);
    const inputs = {
      place: undefined,
      period: undefined,
      placeName,
      lang: 'en' as const,
      path: '',
    };
    const local = runBound(layer.bind as Binding, ready(layer.bind.feed, feed), inputs);
    expect(local.view?.kind).toBe('points');
    expect(runBound(layer.bind as Binding, ready(layer.bind.feed, feed), inputs, done)).toEqual(
      local,
    );
  });

  it("give each feed's months for time travel, as the page would scan them", () => {
    const spans: PeriodSpan[] = [];
    for (const [id, value] of feeds) {
      const derived = derivedOn({ seq: 1, place: '330109', period: '2021' }, id);
      const mine = bindingsOf(config)
        .filter((b) => b.bind.feed === id)
        .map((b) => b.bind as Binding);
      expect(derived?.span, id).toEqual(periodSpanOf(mine, () => value) ?? null);
      if (derived?.span) spans.push(derived.span);
    }
    // The feeds' spans together are the screen's: three years of history.
    expect(spans.length).toBeGreaterThan(2);
    expect(spans.map((s) => s.first).sort()[0]).toBe('2020-01');
    expect(
      spans
        .map((s) => s.last)
        .sort()
        .at(-1),
    ).toBe('2022-12');
  });

  it('run nothing before the page sends a context, and keep the names a later context omits', () => {
    const deriver = bindingDeriver(workerBindings(config));
    const hotline = feeds.get('hotline');
    if (!hotline) throw new Error('hotline');
    expect(deriver.derive('hotline', hotline)).toBeUndefined();
    const named = bindingsContextNames();
    deriver.setContext({ seq: 1, place: undefined, period: undefined, names: named });
    const first = deriver.derive('hotline', hotline) as DerivedViews;
    deriver.setContext({ seq: 2, place: undefined, period: undefined });
    const second = deriver.derive('hotline', hotline) as DerivedViews;
    expect(second.seq).toBe(2);
    expect(second.runs).toEqual(first.runs);
    // A feed no binding reads derives nothing.
    expect(deriver.derive('no-such-feed', hotline)).toBeUndefined();
  });
});

/** The names as the sender sends them for the Hangzhou districts. */
function bindingsContextNames(): NonNullable<BindingsContext['names']> {
  const got: BindingsContext[] = [];
  bindingsContextSender((c) => got.push(c))(undefined, undefined, placeName);
  const sent = got[0]?.names;
  if (!sent) throw new Error('no names sent');
  return sent;
}

describe("the page's side", () => {
  it('sends a context only when the place, period or names change, and the names only when new', () => {
    const got: BindingsContext[] = [];
    const send = bindingsContextSender((c) => got.push(c));
    send(undefined, '2022', placeName);
    send(undefined, '2022', placeName);
    send('330109', '2022', placeName);
    const drilled = placeNamesOf(districts.slice(0, 3));
    send('330109', '2022', drilled);
    expect(got.map((c) => [c.place, c.period, c.names?.length])).toEqual([
      [undefined, '2022', districts.length],
      ['330109', '2022', undefined],
      ['330109', '2022', 3],
    ]);
    expect(new Set(got.map((c) => c.seq)).size).toBe(3);
    // Names it cannot list: nothing is sent, so the page runs every binding itself.
    const before = got.length;
    send(undefined, '2022', () => undefined);
    expect(got).toHaveLength(before);
  });

  it("uses a worker's result only on that value, in the context it ran in", () => {
    const got: BindingsContext[] = [];
    const send = bindingsContextSender((c) => got.push(c));
    send(undefined, '2022', placeName);
    const seq = got[0]?.seq ?? 0;
    const value = { data: {} } as FeedEnvelope<unknown>;
    const run = {
      ok: true as const,
      view: {
        kind: 'value' as const,
        value: 7,
        unit: { 'zh-CN': '件', en: 'cases' },
        precision: 0,
      },
    } as BindingResult;
    const span = { first: '2021-01', last: '2022-12' };
    receiveViews('petitions', value, { seq, runs: { '/a': run }, span } satisfies DerivedViews);
    // The span depends on the value alone: found for it in any context, for no other value.
    expect(workerSpan(value)).toEqual(span);
    expect(workerSpan({ data: {} })).toBeUndefined();
    const at = (place: string | undefined, period: string | undefined) => ({ place, period });
    expect(workerResult(value, '/a', placeName, at(undefined, '2022'))).toEqual(run);
    expect(workerResult(value, '/b', placeName, at(undefined, '2022'))).toBeUndefined();
    expect(workerResult(value, '/a', placeName, at(undefined, '2021'))).toBeUndefined();
    expect(workerResult(value, '/a', placeName, at('330109', '2022'))).toBeUndefined();
    expect(workerResult(value, '/a', placeNamesOf([]), at(undefined, '2022'))).toBeUndefined();
    expect(workerResult({ data: {} }, '/a', placeName, at(undefined, '2022'))).toBeUndefined();
    // Without a selection to match (an alert rule's key holds its period), the names still count.
    expect(workerResult(value, '/a', placeName)).toEqual(run);
    expect(workerResult(value, '/a', placeNamesOf([]))).toBeUndefined();
    // A result worked out before the page moved on to another period is not used either.
    send(undefined, '2021', placeName);
    expect(workerResult(value, '/a', placeName, at(undefined, '2021'))).toBeUndefined();
  });

  it("follows the store's place and period, not its feeds", () => {
    const store = createOnescreenStore({ period: '2022' });
    const got: BindingsContext[] = [];
    const client = {
      setContext: (c: unknown) => got.push(c as BindingsContext),
    } as unknown as Parameters<typeof linkBindingsContext>[1];
    let names = placeName;
    const link = linkBindingsContext(store, client, () => names);
    store.getState().setFeeds({});
    store.getState().selectPlace('330109');
    names = placeNamesOf(districts.slice(0, 2));
    link.update();
    link.unlink();
    store.getState().selectPlace(undefined);
    expect(got.map((c) => [c.place, c.period, c.names?.length])).toEqual([
      [undefined, '2022', districts.length],
      ['330109', '2022', undefined],
      ['330109', '2022', 2],
    ]);
  });
});
