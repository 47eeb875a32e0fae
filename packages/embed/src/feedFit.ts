import type { Lang } from '@onescreen/widgets';
import { type EmbedProblem, embedMessages } from './messages.js';
import { type DataNeed, type EmbedProps, widgetNeeds } from './widgets.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `value` has the shape a widget's data prop needs. */
export function meetsNeed(value: unknown, need: DataNeed): boolean {
  switch (need) {
    case 'list':
      return Array.isArray(value);
    case 'record':
    case 'object':
      return isObject(value);
    case 'collection':
      return isObject(value) && Array.isArray(value.features);
    case 'numberOrNull':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
  }
}

/** A short description of what a feed held, in `lang`, for the mismatch message. */
function describe(lang: Lang, value: unknown): string {
  const sep = embedMessages(lang, 'listSeparator');
  if (Array.isArray(value)) return embedMessages(lang, 'found.list');
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return embedMessages(lang, 'found.emptyObject');
    const shown = keys.slice(0, 6).join(sep) + (keys.length > 6 ? '…' : '');
    return embedMessages(lang, 'found.keys', { keys: shown });
  }
  if (typeof value === 'string') return embedMessages(lang, 'found.text');
  if (typeof value === 'number') return embedMessages(lang, 'found.number');
  return embedMessages(lang, 'found.other', { kind: String(value) });
}

/**
 * Whether the props a feed produced fit widget `type`: every data prop it needs is there with its
 * shape. Otherwise a problem naming what was needed and what the feed held at `pointer`, so a
 * mismatched feed reads as a mistake rather than as "no data". Pure.
 */
export function feedFit(
  lang: Lang,
  type: string,
  props: EmbedProps,
  feedValue: unknown,
  pointer: string,
): EmbedProblem | null {
  const needs = Object.entries(widgetNeeds(type));
  const missing = needs.filter(([key, need]) => !meetsNeed(props[key], need));
  if (missing.length === 0) return null;
  const sep = embedMessages(lang, 'listSeparator');
  const expected = needs.map(([key, need]) => embedMessages(lang, `shape.${need}`, { key }));
  return {
    key: 'feedShape',
    params: {
      pointer: pointer || '/',
      type,
      expected: expected.join(sep),
      found: describe(lang, feedValue),
    },
  };
}
