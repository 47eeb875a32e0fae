import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedEnvelope } from '../src/feeds/envelope.js';
import { parseFeedText } from '../src/feeds/parse.js';
import { type Binding, bindingSchema, runBinding } from '../src/model/binding.js';
import { periodSpanOf, screenPeriodField } from '../src/model/history.js';
import {
  inSpan,
  monthsBetween,
  periodAs,
  periodsIn,
  stepPeriod,
  stepWithin,
} from '../src/model/period-steps.js';
import { carouselIndexAt, msUntilNextStep } from '../src/store/carousel.js';
import { playbackStepAt } from '../src/store/playback.js';
import { AFTER_AS_OF, repoFile } from './fixtures/feeds/load.js';

// Time travel's pure parts: stepping periods inside the data's span, the span itself read
// from the sample feeds through the default screen's bindings, and playback as a function of
// the clock.

const feeds = new Map<string, FeedEnvelope<unknown>>();
for (const kind of ['petitions', 'hotline', 'fire', 'antifraud', 'grassroots']) {
  const parsed = parseFeedText(
    readFileSync(repoFile(`data/feeds/${kind}.json`), 'utf8'),
    undefined,
    {
      now: AFTER_AS_OF,
    },
  );
  if (!parsed.ok) throw new Error(kind);
  feeds.set(kind, parsed.feed);
}

const screen = JSON.parse(readFileSync(repoFile('data/screens/default.json'), 'utf8')) as {
  panels: { rows?: { widgets: { bind?: unknown }[] }[]; views?: { rows: unknown[] }[] }[];
};

/** Every widget binding of the default screen. */
function defaultBindings(): Binding[] {
  const out: Binding[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.feed === 'string' && typeof o.pointer === 'string' && o.view) {
        out.push(bindingSchema.parse(o) as Binding);
        return;
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(screen.panels);
  return out;
}

const span = { first: '2020-01', last: '2022-12' };

describe('period steps', () => {
  it('steps years, quarters and months across year ends, both ways', () => {
    expect(stepPeriod('2022', 1)).toBe('2023');
    expect(stepPeriod('2022', -2)).toBe('2020');
    expect(stepPeriod('2022-Q4', 1)).toBe('2023-Q1');
    expect(stepPeriod('2022-Q1', -1)).toBe('2021-Q4');
    expect(stepPeriod('2022-12', 1)).toBe('2023-01');
    expect(stepPeriod('2022-01', -13)).toBe('2020-12');
    expect(stepPeriod('2022-06-01', 1)).toBeUndefined();
    expect(stepPeriod('soon', 1)).toBeUndefined();
  });

  it('stays inside the span: no step past its first or last month', () => {
    expect(stepWithin('2022-12', 1, span)).toBeUndefined();
    expect(stepWithin('2020-01', -1, span)).toBeUndefined();
    expect(stepWithin('2022-11', 1, span)).toBe('2022-12');
    expect(stepWithin('2022', 1, span)).toBeUndefined();
    expect(stepWithin('2021-Q1', -1, span)).toBe('2020-Q4');
    expect(inSpan('2019', span)).toBe(false);
    expect(inSpan('2020', { first: '2020-12', last: '2021-03' })).toBe(true);
  });

  it('lists every period of a unit in the span', () => {
    expect(periodsIn(span, 'year')).toEqual(['2020', '2021', '2022']);
    expect(periodsIn(span, 'quarter')).toHaveLength(12);
    expect(periodsIn({ first: '2021-11', last: '2022-02' }, 'month')).toEqual([
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
    ]);
    expect(monthsBetween('2022-03', '2022-01')).toEqual([]);
  });

  it('switches units: coarser takes the period holding it, finer the latest part with data', () => {
    expect(periodAs('2022-06', 'quarter', span)).toBe('2022-Q2');
    expect(periodAs('2022-06', 'year', span)).toBe('2022');
    expect(periodAs('2022', 'month', span)).toBe('2022-12');
    expect(periodAs('2022', 'quarter', span)).toBe('2022-Q4');
    expect(periodAs('2022-Q2', 'month', span)).toBe('2022-06');
    // The data ends in September: a year opens on its last month with data.
    expect(periodAs('2022', 'month', { first: '2020-01', last: '2022-09' })).toBe('2022-09');
    // A period outside the data moves to the nearer end first.
    expect(periodAs('2025', 'month', span)).toBe('2022-12');
    expect(periodAs('2019-Q3', 'year', span)).toBe('2020');
    expect(periodAs('2022-06', 'month', span)).toBe('2022-06');
  });
});

describe('the history a screen can travel through', () => {
  it('names the date field a binding follows the screen period on', () => {
    const cases = [{ name: 'times.received', type: 'datetime' }] as const;
    expect(
      screenPeriodField(
        { transforms: [{ filter: { period: 'screen', field: 'times.received' } }] },
        cases,
      ),
    ).toBe('times.received');
    const monthly = [
      { name: 'district', type: 'place' },
      { name: 'month', type: 'month' },
    ];
    expect(
      screenPeriodField(
        { transforms: [{ group: { by: ['district', { field: 'month', unit: 'screen' }] } }] },
        monthly,
      ),
    ).toBe('month');
    expect(screenPeriodField({ transforms: [{ filter: { period: 'screen' } }] }, monthly)).toBe(
      'month',
    );
    // Pinned to a published year: it does not follow the screen.
    expect(screenPeriodField({ transforms: [{ filter: { period: '2021' } }] }, monthly)).toBe(
      undefined,
    );
  });

  it('spans 2020-01..2022-12 over the sample feeds through the default screen', () => {
    const bindings = defaultBindings();
    expect(periodSpanOf(bindings, (name) => feeds.get(name))).toEqual(span);
    // Only the hotline (2022 cases) and anti-fraud (2021..2022) bound: a shorter history.
    const later = bindings.filter((b) => b.feed === 'hotline' || b.feed === 'antifraud');
    expect(periodSpanOf(later, (name) => feeds.get(name))).toEqual({
      first: '2021-01',
      last: '2022-12',
    });
    const hotline = bindings.filter((b) => b.feed === 'hotline');
    expect(periodSpanOf(hotline, (name) => feeds.get(name))).toEqual({
      first: '2022-01',
      last: '2022-12',
    });
    // No feed has arrived yet: no history.
    expect(periodSpanOf(bindings, () => undefined)).toBeUndefined();
  });
});

describe('playback follows the clock', () => {
  it('moves one step per stepMs from where it began and holds on the last', () => {
    const start = { startedAt: 10_000, from: 3 };
    expect(playbackStepAt(10_000, start, 2_000, 6)).toEqual({ index: 3, done: false });
    expect(playbackStepAt(11_999, start, 2_000, 6)).toEqual({ index: 3, done: false });
    expect(playbackStepAt(12_000, start, 2_000, 6)).toEqual({ index: 4, done: false });
    expect(playbackStepAt(14_000, start, 2_000, 6)).toEqual({ index: 5, done: true });
    expect(playbackStepAt(99_000, start, 2_000, 6)).toEqual({ index: 5, done: true });
    // A clock that went back never steps backwards past the start.
    expect(playbackStepAt(0, start, 2_000, 6)).toEqual({ index: 3, done: false });
    expect(playbackStepAt(0, start, 2_000, 0)).toEqual({ index: 0, done: true });
  });

  it('a looping wall shows the same month on every tile at the same instant', () => {
    const months = monthsBetween('2020-01', '2022-12');
    const epoch = Date.parse('2020-01-01T00:00:00+08:00');
    const now = epoch + 3_000 * 40 + 1_234;
    // Two tiles reading the same clock, a third a moment later within the same step.
    const a = carouselIndexAt(now, 3_000, months.length, epoch);
    const b = carouselIndexAt(now + 1_000, 3_000, months.length, epoch);
    expect(months[a]).toBe('2020-05');
    expect(b).toBe(a);
    expect(msUntilNextStep(now, 3_000, epoch)).toBe(3_000 - 1_234);
  });
});

describe('a map that drills into towns reads them from the same binding', () => {
  it('colours districts by district rows and towns by town rows, for any screen month', () => {
    const binding = bindingSchema.parse({
      feed: 'petitions',
      pointer: '/data/monthly',
      transforms: [
        { filter: { place: 'any', breakdowns: 'keep' } },
        {
          group: {
            by: ['district', 'town', { field: 'month', unit: 'screen' }],
            aggregate: { received: 'sum' },
          },
        },
        { filter: { period: 'screen' } },
      ],
      view: { kind: 'regions', value: 'received' },
    }) as Binding;
    const petitions = feeds.get('petitions');
    if (!petitions) throw new Error('petitions');
    const at = (period: string) => {
      const r = runBinding(binding, petitions, { period });
      if (!r.ok || r.view.kind !== 'regions') throw new Error(JSON.stringify(r));
      return { view: r.view, of: new Map(r.view.values.map((v) => [v.place, v.value])) };
    };
    const june = at('2022-06');
    expect(june.view.period).toBe('2022-06');
    const xiuzhouTowns = [...june.of.keys()].filter(
      (p) => p.startsWith('330411') && p.length === 9,
    );
    expect(xiuzhouTowns).toHaveLength(9);
    // Towns are shares of their district: they add up to its own row.
    const sum = xiuzhouTowns.reduce((s, t) => s + (june.of.get(t) ?? 0), 0);
    expect(sum).toBe(june.of.get('330411'));
    const july = at('2022-07');
    expect(july.of.get('330411')).not.toBe(june.of.get('330411'));
  });
});

describe('a trend that follows the screen period by the year', () => {
  it('widens a screen month to its year with unit "year", and keeps a finer unit as it is', () => {
    const trend = (unit?: 'year' | 'quarter' | 'month') =>
      bindingSchema.parse({
        feed: 'antifraud',
        pointer: '/data/monthly',
        transforms: [
          { filter: { place: 'selected', otherwise: '330112' } },
          { group: { by: ['month'], aggregate: { cases: 'sum' } } },
          { filter: { period: 'screen', ...(unit ? { unit } : {}) } },
        ],
        view: { kind: 'series', x: 'month', y: 'cases' },
      }) as Binding;
    const antifraud = feeds.get('antifraud');
    if (!antifraud) throw new Error('antifraud');
    const run = (b: Binding, period: string) => {
      const r = runBinding(b, antifraud, { period });
      if (!r.ok || r.view.kind !== 'series') throw new Error(JSON.stringify(r));
      return r.view;
    };
    const year = run(trend('year'), '2021-06');
    expect(year.period).toBe('2021');
    expect(year.categories).toHaveLength(12);
    expect(run(trend(), '2021-06').categories).toHaveLength(1);
    // A unit finer than the screen period narrows nothing: a year stays the year.
    expect(run(trend('month'), '2021').categories).toHaveLength(12);
    expect(run(trend('quarter'), '2021-06').period).toBe('2021-Q2');
  });
});
