import { z } from 'zod';
import { localTextSchema } from '../../feeds/fields/decl-schema.js';
import type { FieldDecl, LocalText } from '../../feeds/fields/types.js';
import { ModelFault } from '../fault.js';
import type { Row } from '../frame.js';
import { words } from '../messages.js';
import { timestampMs } from '../timestamp-ms.js';
import {
  defineTransform,
  fresh,
  need,
  numberOf,
  numeric,
  type TransformDef,
  timed,
} from './define.js';

/** A derive spec: one new field, from one rule. */
export const deriveSpec = z
  .object({
    as: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/)
      .describe('Name of the new field'),
    share: z
      .string()
      .min(1)
      .optional()
      .describe("Each row's share of this field's total, in percent"),
    ratio: z
      .tuple([z.string().min(1), z.string().min(1)])
      .optional()
      .describe('First field ÷ second'),
    difference: z
      .tuple([z.string().min(1), z.string().min(1)])
      .optional()
      .describe('First field − second'),
    total: z.array(z.string().min(1)).min(2).max(12).optional().describe('The sum of these fields'),
    hour: z.string().min(1).optional().describe('The Shanghai hour (0–23) of a datetime field'),
    weekday: z.string().min(1).optional().describe('The Shanghai weekday of a datetime field'),
    percent: z.boolean().optional().describe('For ratio: ×100, in percent'),
    label: localTextSchema.optional(),
    unit: localTextSchema.optional(),
  })
  .strict();

/** A derive spec as written. */
export type DeriveSpec = z.infer<typeof deriveSpec>;

const RULES = ['share', 'ratio', 'difference', 'total', 'hour', 'weekday'] as const;
type Rule = (typeof RULES)[number];

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEKDAY_LABELS: Record<(typeof WEEKDAYS)[number], LocalText> = {
  mon: { 'zh-CN': '周一', en: 'Mon' },
  tue: { 'zh-CN': '周二', en: 'Tue' },
  wed: { 'zh-CN': '周三', en: 'Wed' },
  thu: { 'zh-CN': '周四', en: 'Thu' },
  fri: { 'zh-CN': '周五', en: 'Fri' },
  sat: { 'zh-CN': '周六', en: 'Sat' },
  sun: { 'zh-CN': '周日', en: 'Sun' },
};

function ruleOf(spec: DeriveSpec): Rule {
  const rules = RULES.filter((r) => spec[r] !== undefined);
  if (rules.length !== 1) {
    throw new ModelFault([], {
      'zh-CN': `derive 只写一种规则（${RULES.join('、')}）`,
      en: `derive takes exactly one rule (${RULES.join(', ')})`,
    });
  }
  return rules[0] as Rule;
}

/** One new field per row: a share, a ratio, a difference, or the hour or weekday of a time. */
export const derive: TransformDef<DeriveSpec> = defineTransform({
  key: 'derive',
  schema: deriveSpec,
  shape(spec, input) {
    const rule = ruleOf(spec);
    fresh(input, spec.as, ['as']);
    let decl: FieldDecl;
    if (rule === 'share') {
      const f = need(input, spec.share ?? '', ['share'], numeric);
      decl = {
        name: spec.as,
        type: 'number',
        label: f.label ? suffix(f.label, words.share) : words.share,
        unit: words.percent,
      };
    } else if (rule === 'ratio' || rule === 'difference') {
      const [a, b] = spec[rule] ?? ['', ''];
      const fa = need(input, a, [rule, 0], numeric);
      need(input, b, [rule, 1], numeric);
      decl =
        rule === 'ratio'
          ? { name: spec.as, type: 'number', ...(spec.percent ? { unit: words.percent } : {}) }
          : { ...fa, name: spec.as, type: fa.type === 'integer' ? 'integer' : 'number' };
    } else if (rule === 'total') {
      const parts = (spec.total ?? []).map((f, i) => need(input, f, ['total', i], numeric));
      const integer = parts.every((p) => p.type === 'integer');
      const unit = parts[0]?.unit;
      decl = { name: spec.as, type: integer ? 'integer' : 'number', ...(unit ? { unit } : {}) };
    } else if (rule === 'hour') {
      need(input, spec.hour ?? '', ['hour'], timed);
      decl = { name: spec.as, type: 'integer', min: 0, max: 23, label: words.hour };
    } else {
      need(input, spec.weekday ?? '', ['weekday'], timed);
      decl = {
        name: spec.as,
        type: 'category',
        values: WEEKDAYS,
        valueLabels: WEEKDAY_LABELS,
        label: words.weekday,
      };
    }
    const out: FieldDecl = {
      ...decl,
      ...(spec.label ? { label: spec.label } : {}),
      ...(spec.unit ? { unit: spec.unit } : {}),
    };
    return { fields: [...input.fields, out] };
  },
  run(spec, frame) {
    const rule = ruleOf(spec);
    const fields = derive.shape(spec, { fields: frame.fields, open: true }, {}).fields;
    const value = compute(spec, rule, frame.rows);
    // A share depends on every row; the other rules on the row alone, so a row kept from the
    // feed's last value (see tableFrame) keeps its derived row, and the steps after this one
    // see the same objects too.
    const known = rule === 'share' ? undefined : derivedRows(spec);
    const rows = frame.rows.map((r, i) => {
      const kept = known?.get(r);
      if (kept) return kept;
      const row = { ...r, [spec.as]: value(r, i) };
      known?.set(r, row);
      return row;
    });
    return { ...frame, fields, rows };
  },
});

// Derived rows by the spec that made them (a binding's step, kept as long as its config is)
// and the row they came from.
const derivedBySpec = new WeakMap<DeriveSpec, WeakMap<Row, Row>>();

function derivedRows(spec: DeriveSpec): WeakMap<Row, Row> {
  let rows = derivedBySpec.get(spec);
  if (!rows) {
    rows = new WeakMap();
    derivedBySpec.set(spec, rows);
  }
  return rows;
}

function compute(
  spec: DeriveSpec,
  rule: Rule,
  rows: readonly Row[],
): (r: Row, i: number) => unknown {
  if (rule === 'share') {
    const name = spec.share ?? '';
    const total = rows.reduce((s, r) => s + (numberOf(r[name]) ?? 0), 0);
    return (r) => {
      const v = numberOf(r[name]);
      return v === null || total === 0 ? null : (v / total) * 100;
    };
  }
  if (rule === 'ratio' || rule === 'difference') {
    const [a, b] = spec[rule] ?? ['', ''];
    return (r) => {
      const x = numberOf(r[a]);
      const y = numberOf(r[b]);
      if (x === null || y === null) return null;
      if (rule === 'difference') return x - y;
      return y === 0 ? null : (x / y) * (spec.percent ? 100 : 1);
    };
  }
  if (rule === 'total') {
    const parts = spec.total ?? [];
    return (r) => {
      const values = parts.map((p) => numberOf(r[p]));
      return values.some((v) => v === null)
        ? null
        : values.reduce((s: number, v) => s + (v ?? 0), 0);
    };
  }
  const name = (rule === 'hour' ? spec.hour : spec.weekday) ?? '';
  return (r) => {
    const ms = typeof r[name] === 'string' ? timestampMs(r[name] as string) : Number.NaN;
    if (Number.isNaN(ms)) return null;
    // Shanghai has no daylight saving: its wall clock is UTC+8 all year.
    const local = new Date(ms + 8 * 3_600_000);
    return rule === 'hour' ? local.getUTCHours() : WEEKDAYS[(local.getUTCDay() + 6) % 7];
  };
}

function suffix(a: LocalText, b: LocalText): LocalText {
  return { 'zh-CN': `${a['zh-CN']}${b['zh-CN']}`, en: `${a.en} ${b.en.toLowerCase()}` };
}
