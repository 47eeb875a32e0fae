import {
  type Binding,
  type BindingResult,
  type FeedDeriver,
  type LocalText,
  runBinding,
} from '@onescreen/core';
import type { PlacedBinding } from '../config/bindings-of.js';

/**
 * What the page tells the feed worker about its bindings' inputs: the selection and, when they
 * changed, the place names. `seq` numbers each context, so the page can tell which one a
 * result was worked out in.
 */
export interface BindingsContext {
  /** Numbers this context (the page's sender counts up). */
  seq: number;
  /** The selected place code, if any. */
  place: string | undefined;
  /** The screen period, if any. */
  period: string | undefined;
  /** Every known place name, when they changed since the last context sent (else kept). */
  names?: readonly (readonly [string, LocalText])[];
}

/** What the worker sends with a feed's new value: each of its bindings' results, by config path. */
export interface DerivedViews {
  /** The context they ran in (`BindingsContext.seq`). */
  seq: number;
  /** Each binding of this feed that ran, by its JSON pointer in the config. */
  runs: Readonly<Record<string, BindingResult>>;
}

/**
 * Runs the screen's bindings in the feed worker on each new feed value, with the page's latest
 * context, so that the page's thread receives views instead of working them out over thousands
 * of records. Nothing runs until the page has sent a context: the page renders its first
 * screen itself, and a result from a context it never sent would be of no use.
 */
export function bindingDeriver(bindings: readonly PlacedBinding[]): FeedDeriver {
  let context: BindingsContext | undefined;
  let names = new Map<string, LocalText>();
  // One function per set of names: the step cache keys its frames on this function.
  let placeName = (code: string) => names.get(code);
  return {
    setContext(next) {
      const c = next as BindingsContext;
      if (c.names) {
        names = new Map(c.names);
        placeName = (code: string) => names.get(code);
      }
      context = c;
    },
    derive(id, value): DerivedViews | undefined {
      if (!context) return undefined;
      const runs: Record<string, BindingResult> = {};
      const inputs = { place: context.place, period: context.period, placeName };
      for (const { bind, path } of bindings) {
        if (bind.feed === id) runs[path] = runBinding(bind as Binding, value, inputs);
      }
      return Object.keys(runs).length > 0 ? { seq: context.seq, runs } : undefined;
    },
  };
}
