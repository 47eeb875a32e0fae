import type { z } from 'zod';
import type { Selection } from '../compute/selection.js';
import type { View } from './views.js';

/** Coverage figures the app's worker computes from the stations and the boundaries. */
export interface CoverageFigures {
  /** Per district adcode: covered share 0…1, covered and total km². */
  districts: Record<
    string,
    { coveredShare: number; coveredKm2: number; areaKm2: number; stations: number }
  >;
  /** All districts with stations together. */
  total: { coveredShare: number; coveredKm2: number; areaKm2: number; stations: number };
}

/** What every adapter knows besides its data. */
export interface AdapterContext {
  /** The district selected on the map (adapters marked `filtered` apply it). */
  selection: Selection;
  /** Coverage from the worker; null until it has answered. */
  coverage: CoverageFigures | null;
}

/** Turns the part of a feed a widget is bound to into a view model. Pure: no React, no DOM. */
export interface Adapter<O = unknown> {
  /** Schema of `bind.options`, checked when the config loads. */
  options: z.ZodType<O>;
  /** Whether the map selection filters this adapter's records. */
  filtered: boolean;
  /** Build the view; throws with a message naming the problem when the data does not fit. */
  run(data: unknown, options: O, context: AdapterContext): View;
}

/** Declare an adapter with its options type inferred from the schema. */
export function defineAdapter<S extends z.ZodType>(adapter: {
  options: S;
  filtered: boolean;
  run(data: unknown, options: z.output<S>, context: AdapterContext): View;
}): Adapter<z.output<S>> {
  return adapter as Adapter<z.output<S>>;
}

/** Thrown when bound data does not have the shape an adapter reads. */
export class AdapterError extends Error {
  override name = 'AdapterError';
}

/** The bound value as an array of records, or an AdapterError naming what was found. */
export function asArray<T>(data: unknown, what: string): T[] {
  if (!Array.isArray(data)) {
    throw new AdapterError(
      `expected an array of ${what}, found ${data === null ? 'null' : typeof data}`,
    );
  }
  return data as T[];
}

/** The bound value as an object, or an AdapterError. */
export function asObject<T>(data: unknown, what: string): T {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AdapterError(`expected ${what} (an object)`);
  }
  return data as T;
}
