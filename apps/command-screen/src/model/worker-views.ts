import type { BindingResult, FeedEnvelope, LocalText, PeriodSpan } from '@onescreen/core';
import type { BindingsContext, DerivedViews } from '../feeds/binding-deriver.js';
import { placeNameEntries } from './place-names.js';

// The bindings' results the feed worker worked out (see binding-deriver), kept by the very value
// object the page's store holds for that feed: a widget that renders a value finds its view here
// instead of running its binding on the page. They count only for the context they ran in (the
// selection and the place names the page sent); anything else runs on the page, as before.

type PlaceName = (code: string) => LocalText | undefined;

/** A context as the page sent it, to compare with the one a widget renders in. */
interface SentContext {
  place: string | undefined;
  period: string | undefined;
  placeName: PlaceName;
}

const byValue = new WeakMap<object, DerivedViews>();
const sent = new Map<number, SentContext>();
/** Contexts kept: results come back within a message or two of their context. */
const KEPT = 32;
let lastSeq = 0;

/** Keep what the worker derived for a feed's new value (`onDerived` of the worker client). */
export function receiveViews(
  _id: string,
  value: FeedEnvelope<unknown> | undefined,
  derived: unknown,
): void {
  if (value) byValue.set(value, derived as DerivedViews);
}

/**
 * The worker's result filed under `key` for this feed value, if it ran with these place names
 * and, for a binding that follows the screen's selection, in this `selection`; undefined
 * otherwise. (A binding with a context of its own has its period in its key: see ownKey.)
 */
export function workerResult(
  value: object,
  key: string,
  placeName: PlaceName,
  selection?: { place: string | undefined; period: string | undefined },
): BindingResult | undefined {
  const derived = byValue.get(value);
  if (!derived) return undefined;
  const c = sent.get(derived.seq);
  if (!c || c.placeName !== placeName) return undefined;
  if (selection && (c.place !== selection.place || c.period !== selection.period)) return undefined;
  return derived.runs[key];
}

/**
 * The months the worker found in this feed value for time travel (null: none), or undefined
 * when it sent none for it (the page scans the value itself then). The span depends on the
 * value alone, so any context will do.
 */
export function workerSpan(value: object): PeriodSpan | null | undefined {
  return byValue.get(value)?.span;
}

/**
 * A sender of one feed client's context: call it with the page's selection and place names;
 * it sends only what changed, and the names only to a worker that does not have them yet.
 * Names it cannot list (a lookup not made by placeNamesOf) send nothing: the worker would work
 * out views without them, so every binding runs on the page instead.
 */
export function bindingsContextSender(
  setContext: (context: BindingsContext) => void,
): (place: string | undefined, period: string | undefined, placeName: PlaceName) => void {
  let last: SentContext | undefined;
  return (place, period, placeName) => {
    if (last && last.place === place && last.period === period && last.placeName === placeName)
      return;
    const names = placeNameEntries(placeName);
    if (!names) return;
    lastSeq += 1;
    const context: BindingsContext = { seq: lastSeq, place, period };
    if (last?.placeName !== placeName) context.names = names;
    last = { place, period, placeName };
    sent.set(lastSeq, last);
    if (sent.size > KEPT) sent.delete(sent.keys().next().value as number);
    setContext(context);
  };
}
