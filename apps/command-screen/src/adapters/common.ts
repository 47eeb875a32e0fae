import { z } from 'zod';
import { type Placed, scopeName, selectPlaced } from '../compute/selection.js';
import { latestYearChange, monthlySeries } from '../compute/yearly.js';
import { resolvePointer } from '../data/pointer.js';
import { AdapterError, asArray, defineAdapter } from './adapter.js';
import type { Bilingual } from './views.js';

/** The place shown when nothing is selected, for figures published for one place. */
export const scopeOption = z
  .object({
    district: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    town: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
  })
  .strict()
  .optional();

/** A unit or label in both languages, as config options write it. */
export const bilingual = z
  .object({ zh: z.string().min(1).max(40), en: z.string().min(1).max(40) })
  .strict();

const monthNamesEn = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The twelve month labels. */
export const monthCategories: Bilingual[] = monthNamesEn.map((en, i) => ({ zh: `${i + 1}月`, en }));

/** Read a numeric field of a record, or fail naming the field. */
export function numberField(record: unknown, field: string): number {
  const value = (record as Record<string, unknown> | null)?.[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new AdapterError(`field "${field}" is not a number in every record`);
  }
  return value;
}

function scopeOf(records: readonly Placed[]): Bilingual | undefined {
  const s = scopeName(records);
  return s ?? undefined;
}

/** Latest-year total of a monthly field, with its change against the year before. */
export const yearChange = defineAdapter({
  options: z
    .object({
      field: z.string().min(1),
      unit: bilingual,
      /** 'change' puts the year-on-year percentage first; 'total' the year's sum. */
      show: z.enum(['change', 'total']).default('total'),
      good: z.enum(['up', 'down']).default('down'),
      scale: z.number().positive().default(1),
      precision: z.number().int().min(0).max(4).default(0),
      /** The year to show (default: the latest in the data). */
      year: z.number().int().min(1990).max(2100).optional(),
      scope: scopeOption,
    })
    .strict(),
  filtered: true,
  run(data, o, { selection }) {
    const all = selectPlaced(
      asArray<Placed & { month: string }>(data, 'monthly records'),
      selection,
      o.scope,
    );
    const records =
      o.year === undefined ? all : all.filter((r) => Number(r.month.slice(0, 4)) <= (o.year ?? 0));
    const r = latestYearChange(records, (rec) => numberField(rec, o.field));
    const scope = scopeOf(records);
    if (!r) return { kind: 'kpi', value: null, unit: o.unit, precision: o.precision };
    const period =
      r.previous === null
        ? { zh: `${r.year}年`, en: `${r.year}` }
        : { zh: `${r.year}年 同比`, en: `${r.year} YoY` };
    if (o.show === 'change') {
      // The change is the headline number; repeating it as a change chip would say it twice.
      return {
        kind: 'kpi',
        value: r.changePercent,
        unit: { zh: '%', en: '%' },
        precision: 1,
        period,
        good: o.good,
        ...(scope ? { scope } : {}),
      };
    }
    return {
      kind: 'kpi',
      value: r.total * o.scale,
      unit: o.unit,
      precision: o.precision,
      period,
      changePercent: r.changePercent,
      good: o.good,
      ...(scope ? { scope } : {}),
    };
  },
});

/** Sum of a field over the bound records (optionally only one year or month prefix). */
export const total = defineAdapter({
  options: z
    .object({
      field: z.string().min(1),
      unit: bilingual,
      scale: z.number().positive().default(1),
      precision: z.number().int().min(0).max(4).default(0),
      period: bilingual.optional(),
      scope: scopeOption,
    })
    .strict(),
  filtered: true,
  run(data, o, { selection }) {
    const records = selectPlaced(asArray<Placed>(data, 'records'), selection, o.scope);
    const sum = records.reduce((s, r) => s + numberField(r, o.field), 0);
    const scope = scopeOf(records);
    return {
      kind: 'kpi',
      value: records.length > 0 ? sum * o.scale : null,
      unit: o.unit,
      precision: o.precision,
      ...(o.period ? { period: o.period } : {}),
      ...(scope ? { scope } : {}),
    };
  },
});

/** Number of bound records (cases, stations). */
export const count = defineAdapter({
  options: z
    .object({
      unit: bilingual,
      period: bilingual.optional(),
      scope: scopeOption,
      /** Count only records that hold this JSON pointer (e.g. /times/handled: cases handled). */
      has: z
        .string()
        .regex(/^(\/[^/]+)+$/)
        .optional(),
    })
    .strict(),
  filtered: true,
  run(data, o, { selection }) {
    let records = selectPlaced(asArray<Placed>(data, 'records'), selection, o.scope);
    if (o.has) {
      const path = o.has;
      records = records.filter((r) => {
        try {
          return resolvePointer(r, path) !== undefined;
        } catch {
          return false;
        }
      });
    }
    const scope = scopeOf(records);
    return {
      kind: 'kpi',
      value: records.length,
      unit: o.unit,
      precision: 0,
      ...(o.period ? { period: o.period } : {}),
      ...(scope ? { scope } : {}),
    };
  },
});

/** Monthly series of a field for the latest year and the year before (year-on-year overlay). */
export const monthlyYoY = defineAdapter({
  options: z
    .object({
      field: z.string().min(1),
      unit: bilingual,
      scale: z.number().positive().default(1),
      year: z.number().int().min(1990).max(2100).optional(),
      scope: scopeOption,
    })
    .strict(),
  filtered: true,
  run(data, o, { selection }) {
    const records = selectPlaced(
      asArray<Placed & { month: string }>(data, 'monthly records'),
      selection,
      o.scope,
    );
    if (records.length === 0)
      return { kind: 'series', categories: monthCategories, series: [], unit: o.unit };
    const year = o.year ?? Math.max(...records.map((r) => Number(r.month.slice(0, 4))));
    const pick = (rec: Placed & { month: string }) => numberField(rec, o.field) * o.scale;
    const current = monthlySeries(records, year, pick);
    const previous = monthlySeries(records, year - 1, pick);
    const hasPrevious = records.some((r) => r.month.startsWith(`${year - 1}-`));
    return {
      kind: 'series',
      categories: monthCategories,
      unit: o.unit,
      series: [
        ...(hasPrevious
          ? [
              {
                name: { zh: `${year - 1}年`, en: `${year - 1}` },
                values: previous,
                role: 'previous' as const,
              },
            ]
          : []),
        { name: { zh: `${year}年`, en: `${year}` }, values: current, role: 'current' as const },
      ],
    };
  },
});

/** Per-district sums of a field in the latest year present, for the map's choropleth. */
export const districtTotals = defineAdapter({
  options: z
    .object({
      field: z.string().min(1),
      metric: bilingual,
      unit: bilingual,
      /** Sum only the latest year present (true) or every record (false). */
      latestYear: z.boolean().default(true),
    })
    .strict(),
  filtered: false,
  run(data, o) {
    const records = selectPlaced(
      asArray<Placed & { month?: string; year?: number }>(data, 'records'),
      {
        district: null,
      },
    );
    const yearOf = (r: { month?: string; year?: number }) =>
      r.year ?? (r.month ? Number(r.month.slice(0, 4)) : Number.NaN);
    const years = records.map(yearOf).filter(Number.isFinite);
    const latest = years.length > 0 ? Math.max(...years) : null;
    const sums = new Map<string, number>();
    for (const r of records) {
      if (o.latestYear && latest !== null && yearOf(r) !== latest) continue;
      sums.set(r.district, (sums.get(r.district) ?? 0) + numberField(r, o.field));
    }
    return {
      kind: 'map',
      metric:
        latest !== null && o.latestYear
          ? { zh: `${latest}年${o.metric.zh}`, en: `${o.metric.en}, ${latest}` }
          : o.metric,
      unit: o.unit,
      values: [...sums].map(([district, value]) => ({ district, value })),
    };
  },
});

/** Published single figures (indicators) picked by id, in the order given. */
export const indicators = defineAdapter({
  options: z.object({ ids: z.array(z.string().min(1)).min(1).max(20) }).strict(),
  // Published one-off figures belong to the place that published them; a map selection does not re-scope them.
  filtered: false,
  run(data, o) {
    type Ind = Placed & {
      id: string;
      name: string;
      nameEn: string;
      value: number;
      unit: 'count' | 'yuan';
    };
    const records = asArray<Ind>(data, 'indicators');
    const items = o.ids.flatMap((id) => {
      const rec = records.find((r) => r.id === id);
      return rec ? [{ id, name: { zh: rec.name, en: rec.nameEn }, value: rec.value }] : [];
    });
    return { kind: 'parts', items, unit: { zh: '', en: '' } };
  },
});

/** Per-district change of a monthly field, latest year against the year before: size-neutral for a choropleth. */
export const districtChange = defineAdapter({
  options: z
    .object({ field: z.string().min(1), year: z.number().int().min(1990).max(2100).optional() })
    .strict(),
  filtered: false,
  run(data, o) {
    const records = selectPlaced(asArray<Placed & { month: string }>(data, 'monthly records'), {
      district: null,
    });
    const years = records.map((r) => Number(r.month.slice(0, 4)));
    const year = o.year ?? (years.length > 0 ? Math.max(...years) : 0);
    const byDistrict = new Map<string, { cur: number; prev: number }>();
    for (const r of records) {
      const y = Number(r.month.slice(0, 4));
      if (y !== year && y !== year - 1) continue;
      const row = byDistrict.get(r.district) ?? { cur: 0, prev: 0 };
      if (y === year) row.cur += numberField(r, o.field);
      else row.prev += numberField(r, o.field);
      byDistrict.set(r.district, row);
    }
    return {
      kind: 'map',
      metric: { zh: `${year}年同比`, en: `${year} year on year` },
      unit: { zh: '%', en: '%' },
      values: [...byDistrict].flatMap(([district, v]) =>
        v.prev > 0 ? [{ district, value: ((v.cur - v.prev) / v.prev) * 100 }] : [],
      ),
    };
  },
});

/** One published figure (indicator) by id, as a KPI naming its place and whether it is "more than" or "about". */
export const indicator = defineAdapter({
  options: z
    .object({ id: z.string().min(1), unit: bilingual, period: bilingual.optional() })
    .strict(),
  // A published one-off figure belongs to the place that published it.
  filtered: false,
  run(data, o) {
    type Ind = Placed & { id: string; value: number; qualifier?: 'exact' | 'moreThan' | 'about' };
    const rec = asArray<Ind>(data, 'indicators').find((r) => r.id === o.id);
    if (!rec) return { kind: 'kpi', value: null, unit: o.unit, precision: 0 };
    const q =
      rec.qualifier === 'moreThan'
        ? { zh: '逾此数', en: 'more than this' }
        : rec.qualifier === 'about'
          ? { zh: '约数', en: 'approximate' }
          : null;
    const scope = scopeOf([rec]);
    const period = [q, o.period].filter((x): x is Bilingual => x != null);
    return {
      kind: 'kpi',
      value: rec.value,
      unit: o.unit,
      precision: 0,
      ...(scope ? { scope } : {}),
      ...(period.length > 0
        ? {
            period: {
              zh: period.map((p) => p.zh).join(' '),
              en: period.map((p) => p.en).join(' '),
            },
          }
        : {}),
    };
  },
});
