import type { TrendSeries } from './types.js';

const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);
const asValue = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * The well-formed part of `series` as a feed or portal page sent it: non-objects dropped, values
 * that are not finite numbers read as missing, a missing `values` list read as none. Pure.
 */
export function cleanSeries(series: unknown): TrendSeries[] {
  if (!isList(series)) return [];
  const out: TrendSeries[] = [];
  for (const s of series) {
    if (typeof s !== 'object' || s === null) continue;
    const r = s as Record<string, unknown>;
    const kind = r.kind === 'bar' || r.kind === 'area' || r.kind === 'line' ? r.kind : undefined;
    out.push({
      name: typeof r.name === 'string' ? r.name : String(r.name ?? ''),
      values: isList(r.values) ? r.values.map(asValue) : [],
      ...(isList(r.previous) ? { previous: r.previous.map(asValue) } : {}),
      ...(typeof r.previousName === 'string' ? { previousName: r.previousName } : {}),
      ...(kind ? { kind } : {}),
    });
  }
  return out;
}
