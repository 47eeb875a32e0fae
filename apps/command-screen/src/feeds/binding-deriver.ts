import {
  type Binding,
  type BindingResult,
  type FeedDeriver,
  type LocalText,
  type PeriodSpan,
  periodSpanOf,
  runBinding,
} from '@onescreen/core';

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

/** A binding the worker runs, and where its result is filed. */
export interface WorkerBinding {
  /** The key its result is filed under: a widget's config path, or ownKey() of its path. */
  key: string;
  /** The binding. */
  bind: Binding;
  /**
   * A period of its own, with no place, whatever the screen shows: an alert rule reads the whole
   * area in the live period, the coverage counts every station. Without it the binding runs in
   * the screen's selection.
   */
  own?: { period: string | undefined };
}

/**
 * The key of a binding run in a context of its own (`WorkerBinding.own`): its path and its
 * period, so that a result is found only for the period it was worked out for.
 */
export const ownKey = (path: string, period: string | undefined) => `own|${period ?? ''}|${path}`;

/** What the worker sends with a feed's new value: each of its bindings' results, by key. */
export interface DerivedViews {
  /** The context they ran in (`BindingsContext.seq`). */
  seq: number;
  /** Each binding of this feed that ran, by its key. */
  runs: Readonly<Record<string, BindingResult>>;
  /**
   * The months this value gives the screen's time travel (periodSpanOf over the widgets'
   * bindings of this feed; null for none). It depends on the value alone, not the context.
   */
  span: PeriodSpan | null;
}

/**
 * Runs the screen's bindings in the feed worker on each new feed value, with the page's latest
 * context, so that the page's thread receives views instead of working them out over thousands
 * of records. Nothing runs until the page has sent a context: the page renders its first
 * screen itself, and a result from a context it never sent would be of no use.
 */
export function bindingDeriver(bindings: readonly WorkerBinding[]): FeedDeriver {
  // The widgets' bindings (those in the screen's selection) are the ones time travel spans.
  const spanned = bindings.filter((b) => !b.own).map((b) => b.bind);
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
      const screen = { place: context.place, period: context.period, placeName };
      for (const { key, bind, own } of bindings) {
        if (bind.feed !== id || runs[key]) continue;
        const inputs = own ? { period: own.period, placeName } : screen;
        runs[key] = runBinding(bind, value, inputs);
      }
      if (Object.keys(runs).length === 0) return undefined;
      const span = periodSpanOf(
        spanned.filter((b) => b.feed === id),
        () => value,
      );
      return { seq: context.seq, runs, span: span ?? null };
    },
  };
}
