import type { BindingContext, Frame } from './frame.js';

// Several widgets of a screen bind the same table through the same first transforms (six
// hotline widgets keep the selected place's cases of the screen period, then part ways). The
// frame after each step is kept per parsed feed value, so that work is done once per value,
// place and period, and a feed that did not change costs nothing. Transforms never change the
// frames they are given, so sharing them is safe.

/** Steps kept per feed value; the oldest go first (a place clicked through, periods played). */
const LIMIT = 256;

const byValue = new WeakMap<object, Map<string, Frame>>();
const stepKeys = new WeakMap<readonly unknown[], { pointer: string; keys: string[] }>();
const functionIds = new WeakMap<object, number>();
let nextId = 1;

/** A key per step of a binding: its table and every transform up to and including that step. */
export function keysOfSteps(pointer: string, transforms: readonly unknown[]): string[] {
  const known = stepKeys.get(transforms);
  if (known?.pointer === pointer) return known.keys;
  // A pointer holds no '|' (it names a table), so the key reads one way only.
  const keys = transforms.map((_, i) => `${pointer}|${JSON.stringify(transforms.slice(0, i + 1))}`);
  stepKeys.set(transforms, { pointer, keys });
  return keys;
}

function idOf(f: object | undefined): number {
  if (f === undefined) return 0;
  let id = functionIds.get(f);
  if (id === undefined) {
    id = nextId++;
    functionIds.set(f, id);
  }
  return id;
}

/** What a step's result depends on besides the feed: the place, the period, the place names. */
export function contextKey(context: BindingContext): string {
  return `|${context.place ?? ''}|${context.period ?? ''}|${idOf(context.placeName)}`;
}

/** The frame after a step, if this feed value has been through it with this context. */
export function cachedStep(value: object, key: string): Frame | undefined {
  const steps = byValue.get(value);
  const frame = steps?.get(key);
  if (steps && frame) {
    // Most recently used last.
    steps.delete(key);
    steps.set(key, frame);
  }
  return frame;
}

/** Keep the frame after a step for this feed value. */
export function rememberStep(value: object, key: string, frame: Frame): void {
  let steps = byValue.get(value);
  if (!steps) {
    steps = new Map();
    byValue.set(value, steps);
  }
  steps.set(key, frame);
  if (steps.size > LIMIT) steps.delete(steps.keys().next().value as string);
}
