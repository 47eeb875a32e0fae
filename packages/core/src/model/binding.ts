import { z } from 'zod';
import { feedDeclaration } from '../feeds/declarations.js';
import type { FeedEnvelope } from '../feeds/envelope.js';
import type { FeedDecl, LocalText } from '../feeds/fields/types.js';
import { type BindingFault, ModelFault, toFault } from './fault.js';
import { type BindingContext, type Frame, type Shape, tableFrame } from './frame.js';
import { faults } from './messages.js';
import { cachedStep, contextKey, keysOfSteps, rememberStep } from './step-cache.js';
import { TRANSFORMS } from './transforms/index.js';
import { VIEWS } from './views/index.js';
import { VIEW_KINDS, type View, type ViewKind } from './views/types.js';

/** A feed's name in a screen config. */
export const FEED_NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;

/** One transform as a binding writes it: one key naming it, its spec as the value. */
export type TransformStep = Readonly<Record<string, unknown>>;

/** A view mapping: its kind and the fields it reads. */
export type ViewSpec = { readonly kind: ViewKind } & Readonly<Record<string, unknown>>;

/** A widget's binding: a table of a feed, transforms in order, and the view they end in. */
export interface Binding {
  /** The feed's name in the screen config. */
  feed: string;
  /** The table: /data/<table>. */
  pointer: string;
  /** Transforms run in order. */
  transforms: readonly TransformStep[];
  /** The view mapping. */
  view: ViewSpec;
}

type Issue = { path: (string | number)[]; message: string };

/** Parse one transform step by its own schema; issues carry their path inside the step. */
function parseStep(
  step: Record<string, unknown>,
): { ok: true; step: TransformStep } | { ok: false; issues: Issue[] } {
  const keys = Object.keys(step);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined)
    return { ok: false, issues: [{ path: [], message: faults.oneKey().en }] };
  const def = TRANSFORMS[key];
  if (!def)
    return {
      ok: false,
      issues: [{ path: [key], message: faults.unknownTransform(key, Object.keys(TRANSFORMS)).en }],
    };
  const parsed = def.schema.safeParse(step[key]);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: [key, ...(i.path as (string | number)[])],
        message: i.message,
      })),
    };
  }
  return { ok: true, step: { [key]: parsed.data } };
}

const transformsSchema = z
  .array(z.record(z.string(), z.unknown()), { error: 'a list of transforms' })
  .max(20)
  .transform((steps, ctx) =>
    steps.map((raw, i) => {
      const r = parseStep(raw);
      if (r.ok) return r.step;
      for (const issue of r.issues)
        ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
      return raw;
    }),
  )
  .describe(
    'Transforms run in order: filter, group, derive, change, join, funnel, sort, top, pivot',
  );

const viewSchema = z
  .looseObject({
    kind: z.enum(VIEW_KINDS as [ViewKind, ...ViewKind[]], {
      error: `a view kind (${VIEW_KINDS.join(', ')})`,
    }),
  })
  .transform((view, ctx) => {
    const { kind, ...mapping } = view;
    const parsed = VIEWS[kind].schema.safeParse(mapping);
    if (parsed.success) return { kind, ...(parsed.data as object) } as ViewSpec;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({
        code: 'custom',
        path: issue.path as (string | number)[],
        message: issue.message,
      });
    }
    return view as ViewSpec;
  })
  .describe('The view the binding ends in, and the fields it reads');

/** The schema of a binding in a screen config (or an embed element's `bind`). */
export const bindingSchema = z
  .object({
    feed: z
      .string()
      .regex(FEED_NAME_RE, 'a feed name from the config (lower-case letters, digits, dashes)'),
    pointer: z
      .string()
      .regex(/^\/data\/[A-Za-z][A-Za-z0-9_]{0,39}$/, 'a table of the feed, such as /data/monthly'),
    transforms: transformsSchema.default([]),
    view: viewSchema,
  })
  .strict();

const tableName = (pointer: string) => pointer.slice('/data/'.length);

/** The fields after each transform of a binding, or the first fault (path inside the binding). */
function shapeThrough(binding: Binding, decl: FeedDecl): Shape {
  const table = tableName(binding.pointer);
  const fields = decl[table];
  if (!fields) throw new ModelFault(['pointer'], faults.noTable(table, Object.keys(decl)));
  let shape: Shape = { fields };
  binding.transforms.forEach((step, i) => {
    const [key, spec] = Object.entries(step)[0] ?? ['', undefined];
    const def = TRANSFORMS[key];
    if (!def)
      throw new ModelFault(
        ['transforms', i],
        faults.unknownTransform(key, Object.keys(TRANSFORMS)),
      );
    try {
      shape = def.shape(spec, shape, { tables: decl });
    } catch (error) {
      if (error instanceof ModelFault) throw error.under('transforms', i, key);
      throw error;
    }
  });
  return shape;
}

/**
 * Checks a binding against what its feed declares and what its widget shows: the view kind,
 * the table, and every field each transform and the view name. Returns the faults (none: fine).
 */
export function checkBinding(
  binding: Binding,
  decl: FeedDecl | undefined,
  accepts: readonly ViewKind[],
  widget: string,
): BindingFault[] {
  const faultsFound: BindingFault[] = [];
  if (!accepts.includes(binding.view.kind)) {
    faultsFound.push({
      path: ['view', 'kind'],
      message: faults.viewMismatch(widget, accepts, binding.view.kind),
    });
  }
  if (!decl) return faultsFound;
  try {
    const shape = shapeThrough(binding, decl);
    const { kind, ...mapping } = binding.view;
    try {
      VIEWS[kind].check(mapping, shape);
    } catch (error) {
      if (error instanceof ModelFault) throw error.under('view');
      throw error;
    }
  } catch (error) {
    if (!(error instanceof ModelFault)) throw error;
    faultsFound.push(toFault(error));
  }
  return faultsFound;
}

/** What running a binding gives: its view, or the fault that stopped it. */
export type BindingResult = { ok: true; view: View } | { ok: false; fault: BindingFault };

/**
 * Runs a binding on a parsed feed: the table's records through every transform into the view.
 * Pure; a fault (a field the feed does not declare, several rows for one value) comes back
 * as data with its path and sentence, never as a throw.
 */
export function runBinding(
  binding: Binding,
  feed: FeedEnvelope<unknown>,
  context: BindingContext = {},
): BindingResult {
  const decl = feedDeclaration(feed);
  if (!decl)
    return { ok: false, fault: { path: ['feed'], message: faults.noDeclaration(binding.feed) } };
  const data = (feed.data ?? {}) as Record<string, unknown>;
  const frames = new Map<string, Frame | undefined>();
  const tableOf = (name: string): Frame | undefined => {
    if (!frames.has(name)) {
      const fields = decl[name];
      const rows = data[name];
      frames.set(name, fields && Array.isArray(rows) ? tableFrame(fields, rows) : undefined);
    }
    return frames.get(name);
  };
  const ctx: BindingContext = { ...context, table: tableOf };
  try {
    // The same checks as at config load, against what this document declares: a field the
    // feed does not declare is a fault named here, not a silent empty view.
    const shape = shapeThrough(binding, decl);
    const { kind: viewKind, ...viewMapping } = binding.view;
    try {
      VIEWS[viewKind].check(viewMapping, shape);
    } catch (error) {
      if (error instanceof ModelFault) throw error.under('view');
      throw error;
    }
    const start = tableOf(tableName(binding.pointer));
    if (!start)
      throw new ModelFault(
        ['pointer'],
        faults.noTable(tableName(binding.pointer), Object.keys(decl)),
      );
    // Start from the furthest step this feed value has already been through in this context
    // (another widget's binding, or this one before the feed changed elsewhere).
    const keys = keysOfSteps(binding.pointer, binding.transforms);
    const where = contextKey(context);
    let frame = start;
    let from = 0;
    for (let i = keys.length - 1; i >= 0; i--) {
      const known = cachedStep(feed, `${keys[i]}${where}`);
      if (known) {
        frame = known;
        from = i + 1;
        break;
      }
    }
    for (let i = from; i < binding.transforms.length; i++) {
      const [key, spec] = Object.entries(binding.transforms[i] ?? {})[0] ?? ['', undefined];
      try {
        frame = (TRANSFORMS[key] as (typeof TRANSFORMS)[string]).run(spec, frame, ctx);
      } catch (error) {
        if (error instanceof ModelFault) throw error.under('transforms', i, key);
        throw error;
      }
      rememberStep(feed, `${keys[i]}${where}`, frame);
    }
    const { kind, ...mapping } = binding.view;
    try {
      return { ok: true, view: VIEWS[kind].build(mapping, frame, ctx) };
    } catch (error) {
      if (error instanceof ModelFault) throw error.under('view');
      throw error;
    }
  } catch (error) {
    if (error instanceof ModelFault) return { ok: false, fault: toFault(error) };
    throw error;
  }
}

/** A fault as one line: where it is (a JSON pointer under `base`) and what is wrong. */
export function faultText(fault: BindingFault, lang: keyof LocalText, base = ''): string {
  const pointer = fault.path
    .map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
  return `${base}${pointer}: ${fault.message[lang]}`;
}
