import { z } from 'zod';
import { ModelFault } from '../fault.js';
import type { BindingContext, Frame, Row } from '../frame.js';
import { fieldOf } from '../frame.js';
import { faults } from '../messages.js';
import { dayRange, PERIOD_UNITS, periodOf, periodUnit, truncate } from '../period-key.js';
import { placeText } from '../text.js';
import { dated, defineTransform, firstField, need, numberOf, placed } from './define.js';

const scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

/** A filter spec: a comparison on a field, the selected place, or a period. */
export const filterSpec = z
  .object({
    field: z
      .string()
      .min(1)
      .optional()
      .describe('The field compared (or the place/date field to use)'),
    eq: scalar.optional(),
    ne: scalar.optional(),
    in: z.array(scalar).max(500).optional(),
    notIn: z.array(scalar).max(500).optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    present: z.boolean().optional().describe('true: the field has a value; false: it has none'),
    place: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .describe(
        '"selected" (the place chosen on the map), "any" (every place, each counted once) or a fixed place code',
      ),
    otherwise: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .describe('The place used when nothing is selected'),
    breakdowns: z
      .enum(['drop', 'keep'])
      .optional()
      .describe('drop (default): a town row is left out where its district has its own row'),
    period: z
      .string()
      .min(1)
      .optional()
      .describe(
        '"screen" (the screen period), "latest", or a fixed period: 2022, 2022-Q2, 2022-06',
      ),
    unit: z
      .enum(['year', 'quarter', 'month'])
      .optional()
      .describe(
        'With "latest": its unit (default year). With "screen": the screen period widened to this unit, so a monthly trend shows the whole year of the screen month',
      ),
  })
  .strict();

/** A filter spec as written. */
export type FilterSpec = z.infer<typeof filterSpec>;

const COMPARISONS = ['eq', 'ne', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'present'] as const;

function mode(spec: FilterSpec): 'compare' | 'place' | 'period' {
  const compares = COMPARISONS.filter((k) => spec[k] !== undefined).length;
  const kinds = [compares > 0, spec.place !== undefined, spec.period !== undefined].filter(
    Boolean,
  ).length;
  if (kinds !== 1 || compares > 1 || (compares === 1 && spec.field === undefined)) {
    throw new ModelFault([], faults.filterKind());
  }
  return compares === 1 ? 'compare' : spec.place !== undefined ? 'place' : 'period';
}

/** Keep records by a comparison, by the selected place, or by a period. */
export const filter = defineTransform({
  key: 'filter',
  schema: filterSpec,
  shape(spec, input) {
    const m = mode(spec);
    if (m === 'compare') need(input, spec.field ?? '', ['field']);
    if (m === 'place') {
      if (spec.field) need(input, spec.field, ['field'], placed);
      else firstField(input, placed, ['place']);
    }
    if (m === 'period') {
      if (!['screen', 'latest'].includes(spec.period ?? '') && !periodUnit(spec.period ?? '')) {
        throw new ModelFault(['period'], faults.badPeriod(spec.period ?? ''));
      }
      if (spec.field) need(input, spec.field, ['field'], dated);
      else firstField(input, dated, ['period']);
    }
    return input;
  },
  run(spec, frame, context) {
    const m = mode(spec);
    if (m === 'compare') return { ...frame, rows: frame.rows.filter(comparer(spec)) };
    if (m === 'place') return byPlace(spec, frame, context);
    return byPeriod(spec, frame, context);
  },
});

function comparer(spec: FilterSpec): (row: Row) => boolean {
  const name = spec.field ?? '';
  const { eq, ne, gt, gte, lt, lte, present } = spec;
  const inSet = spec.in ? new Set<unknown>(spec.in) : undefined;
  const outSet = spec.notIn ? new Set<unknown>(spec.notIn) : undefined;
  return (row) => {
    const v = row[name];
    if (present !== undefined) return (v !== undefined && v !== null) === present;
    if (eq !== undefined) return v === eq;
    if (ne !== undefined) return v !== ne;
    if (inSet) return inSet.has(v);
    if (outSet) return !outSet.has(v);
    const n = numberOf(v);
    if (n === null) return false;
    if (gt !== undefined) return n > gt;
    if (gte !== undefined) return n >= gte;
    if (lt !== undefined) return n < lt;
    return lte !== undefined && n <= lte;
  };
}

/** The most specific place of a row: the longest code among its place fields. */
export function rowPlace(row: Row, names: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const n of names) {
    const v = row[n];
    if (typeof v === 'string' && v.length > 0 && (best === undefined || v.length > best.length))
      best = v;
  }
  return best;
}

function byPlace(spec: FilterSpec, frame: Frame, context: BindingContext): Frame {
  const names = spec.field
    ? [spec.field]
    : frame.fields.filter((f) => f.type === 'place').map((f) => f.name);
  const target =
    spec.place === 'selected'
      ? (context.place ?? spec.otherwise)
      : spec.place === 'any'
        ? undefined
        : spec.place;
  let rows = frame.rows.filter((r) => {
    const p = rowPlace(r, names);
    return target === undefined || p?.startsWith(target);
  });
  if ((spec.breakdowns ?? 'drop') === 'drop') {
    // A row whose place lies inside another kept row's place is a breakdown of that row:
    // counting both would count the same petitions twice. Only the code lengths present can
    // be a kept row's place (6 for districts, 9 for towns), so only those prefixes are tried.
    const places = new Set(rows.map((r) => rowPlace(r, names)));
    const lengths = [...new Set([...places].map((p) => p?.length ?? 0))].sort((a, b) => a - b);
    rows = rows.filter((r) => {
      const p = rowPlace(r, names) ?? '';
      for (const n of lengths) {
        if (n >= p.length) break;
        if (n > 0 && places.has(p.slice(0, n))) return false;
      }
      return true;
    });
  }
  if (target === undefined) return { ...frame, rows, place: undefined, placeName: undefined };
  return { ...frame, rows, place: target, placeName: nameOf(target, frame, context) };
}

/** The name of a place code, from a record that names it, the known districts or the map. */
function nameOf(code: string, frame: Frame, context: BindingContext) {
  for (const f of frame.fields) {
    if (f.type !== 'place') continue;
    const row = frame.rows.find((r) => r[f.name] === code);
    if (row) return placeText(code, row, f, context);
  }
  return placeText(code, undefined, undefined, context);
}

function byPeriod(spec: FilterSpec, frame: Frame, context: BindingContext): Frame {
  const name = spec.field ?? frame.fields.find((f) => dated.test(f))?.name ?? '';
  const wanted =
    spec.period === 'screen'
      ? context.period === undefined
        ? 'latest'
        : widen(context.period, spec.unit)
      : (spec.period ?? 'latest');
  const target = wanted === 'latest' ? latest(frame, name, spec.unit ?? 'year') : wanted;
  const range = target === undefined ? undefined : dayRange(target);
  if (target === undefined || range === undefined) return { ...frame, rows: [] };
  const [first, last] = range;
  // The periods the kept rows have, read once per row (every binding filters every record).
  const keys = new Set<string>();
  const ranges = new Map<string, [string, string] | undefined>();
  // Undated rows belong to every period, as a feed's timeless records do.
  const rows = frame.rows.filter((r) => {
    const v = r[name];
    if (v === undefined || v === null) return true;
    const p = periodOf(v);
    if (p === undefined) return false;
    let kept: boolean;
    if (p.length === 10) kept = p >= first && p <= last;
    else {
      if (!ranges.has(p)) ranges.set(p, dayRange(p));
      const span = ranges.get(p);
      kept = span !== undefined && span[0] <= last && first <= span[1];
    }
    if (kept) keys.add(p);
    return kept;
  });
  return { ...frame, rows, period: ownPeriod(keys, target) };
}

/** A period made coarser to `unit` when it is finer (2022-06 widened to a year is 2022). */
function widen(key: string, unit: FilterSpec['unit']): string {
  if (unit === undefined) return key;
  const from = periodUnit(key);
  if (!from || PERIOD_UNITS.indexOf(unit) >= PERIOD_UNITS.indexOf(from)) return key;
  return truncate(key, unit) ?? key;
}

/**
 * The period the kept rows speak for: the target, unless every row is one coarser period
 * (yearly figures kept for a month): then that year, so the label never claims a month.
 */
function ownPeriod(keys: ReadonlySet<string>, target: string): string {
  const only = keys.size === 1 ? [...keys][0] : undefined;
  if (only === undefined) return target;
  const coarser =
    PERIOD_UNITS.indexOf(periodUnit(only) ?? 'day') <
    PERIOD_UNITS.indexOf(periodUnit(target) ?? 'day');
  return coarser ? only : target;
}

/** The latest period of `unit` that the rows' dates reach. */
export function latest(
  frame: Frame,
  name: string,
  unit: 'year' | 'quarter' | 'month',
): string | undefined {
  let best: string | undefined;
  const f = fieldOf(frame, name);
  for (const r of frame.rows) {
    const p = periodOf(r[name]);
    const key = p === undefined ? undefined : truncate(p, f?.type === 'year' ? 'year' : unit);
    if (key !== undefined && (best === undefined || key > best)) best = key;
  }
  return best;
}
