import {
  type Binding,
  type BindingFault,
  type BindingResult,
  type FeedState,
  faultText,
  type LocalText,
  runBinding,
  type View,
} from '@onescreen/core';
import { useOnescreen } from '@onescreen/core/react';
import type { WidgetStatus } from '@onescreen/widgets';
import { useDeferredValue, useMemo, useRef } from 'react';
import type { FeedBinding } from '../config/schema.js';
import { COVERAGE_FEED } from '../feeds/coverage-feed.js';
import { sameForWidget, widgetStatus } from '../feeds/widget-status.js';
import type { AppLang } from '../i18n/text.js';
import { useScreenApp } from '../screen-context.js';
import { sameData } from './same-data.js';
import { workerResult } from './worker-views.js';

/** A binding's view and the status its widget shows. */
export interface BoundView {
  /** The view, or null while the feed loads or when the binding cannot run. */
  view: View | null;
  /** The feed's state, or the binding's fault as an error. */
  status: WidgetStatus;
}

/** What a binding runs with besides its feed: the selection, the period and place names. */
export interface BindingInputs {
  place: string | undefined;
  period: string | undefined;
  placeName: (code: string) => LocalText | undefined;
  lang: AppLang;
  /** Where the binding sits in the config, for fault messages. */
  path: string;
}

/**
 * Runs a binding on its feed's last good value (pure). A fault of the binding (a field today's
 * feed does not declare, several rows for one value) shows on the widget as an error that
 * names the config path and the feed, in the screen language.
 */
export function runBound(
  bind: Binding,
  feed: FeedState | undefined,
  inputs: BindingInputs,
  /** The feed worker's result of this binding on this value in these inputs, when it has one. */
  done?: BindingResult,
): BoundView {
  const status = widgetStatus(feed, bind.feed);
  if (!feed?.value) return { view: null, status };
  const r =
    done ??
    runBinding(bind, feed.value, {
      place: inputs.place,
      period: inputs.period,
      placeName: inputs.placeName,
    });
  if (r.ok) return { view: r.view, status };
  return {
    view: null,
    status: { ...status, state: 'error', error: describeFault(r.fault, bind.feed, inputs) },
  };
}

function describeFault(fault: BindingFault, feed: string, inputs: BindingInputs): string {
  return `${feed} · ${faultText(fault, inputs.lang, inputs.path)}`;
}

/**
 * The feed a binding reads: a configured feed from the store, or the screen's coverage. The
 * state changes only when something its widget shows changes (see sameForWidget).
 */
export function useFeedOf(bind: FeedBinding | undefined): FeedState | undefined {
  const { coverageFeed } = useScreenApp();
  const fromStore = useOnescreen(
    (s) => (bind && bind.feed !== COVERAGE_FEED ? s.feeds[bind.feed] : undefined),
    sameForWidget,
  );
  return bind?.feed === COVERAGE_FEED ? coverageFeed : fromStore;
}

/**
 * The view of one binding, recomputed only when its feed's value, the selection, the period
 * or the language changes: an unchanged feed re-served by the server costs nothing here. A new
 * value usually comes with the view already worked out by the feed worker (worker-views); the
 * binding runs here only when it did not (a new selection, the first render, no worker).
 * A new feed value is taken as a deferred value: React computes the bindings it touches in a
 * background render that yields to the browser between widgets, so a large feed (the hotline's
 * thousands of cases) never holds a frame for the whole screen's worth of bindings.
 */
export function useBinding(bind: FeedBinding | undefined, path: string): BoundView | null {
  const { lang, placeName } = useScreenApp();
  const feed = useDeferredValue(useFeedOf(bind));
  const place = useOnescreen((s) => s.place);
  const period = useOnescreen((s) => s.period);
  const next = useMemo(() => {
    if (!bind) return null;
    const done = feed?.value && workerResult(feed.value, path, placeName, { place, period });
    return runBound(
      bind as Binding,
      feed,
      { place, period, placeName, lang, path },
      done || undefined,
    );
  }, [bind, feed, place, period, placeName, lang, path]);
  // A view equal to the last one keeps the last object, so its widget does not re-render.
  const last = useRef(next);
  if (next !== last.current && !sameBound(next, last.current)) last.current = next;
  return last.current;
}

function sameBound(a: BoundView | null, b: BoundView | null): boolean {
  if (a === null || b === null) return a === b;
  return sameData(a.view, b.view) && sameData(a.status, b.status);
}
