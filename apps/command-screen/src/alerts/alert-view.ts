import {
  type AlertEpisode,
  type AlertLevel,
  type AlertState,
  alertText,
  alertValueText,
  isFiring,
  msUntilNextStep,
} from '@onescreen/core';
import type { AlertItem } from '@onescreen/widgets';
import type { AppLang } from '../i18n/text.js';
import type { CompiledRule } from './compile-rules.js';
import type { RuleWords } from './readings.js';

// Pure views of the alert state for the screen: what each widget, map region, carousel and the
// list show. Tested in Node; the hooks only subscribe.

const urgency: Record<AlertLevel, number> = { notice: 0, warning: 1, critical: 2 };

/** The more urgent of two levels. */
function worse(a: AlertLevel | undefined, b: AlertLevel): AlertLevel {
  return a === undefined || urgency[b] > urgency[a] ? b : a;
}

/** Episodes that draw attention: firing and not yet acknowledged. */
export function unacknowledged(state: AlertState): AlertEpisode[] {
  return state.episodes.filter((e) => isFiring(e) && e.acknowledgedAt === undefined);
}

/** The level each widget is edged in: the most urgent unacknowledged alert that concerns it. */
export function widgetLevels(
  state: AlertState,
  rules: ReadonlyMap<string, CompiledRule>,
): Record<string, AlertLevel> {
  const out: Record<string, AlertLevel> = {};
  for (const e of unacknowledged(state)) {
    const widget = rules.get(e.rule)?.widget?.widget.id;
    if (widget) out[widget] = worse(out[widget], e.level);
  }
  return out;
}

/** The places the map pulses: those of unacknowledged alerts, with the most urgent level. */
export function alertedPlaces(state: AlertState): Record<string, AlertLevel> {
  const out: Record<string, AlertLevel> = {};
  for (const e of unacknowledged(state)) if (e.place) out[e.place] = worse(out[e.place], e.level);
  return out;
}

/** Wall-clock rotation a hold snaps to, so the tiles of a wall let go at the same instant. */
export interface HoldClock {
  /** How long an alert holds the wall's attention after it fires, ms. */
  holdMs: number;
  /** The carousel's step and epoch. */
  periodMs: number;
  epochMs: number;
}

/**
 * When the hold of an alert fired at `firedAt` ends: `holdMs` later, carried on to the next step
 * of the wall-clock rotation, so tiles whose clocks saw the feed a moment apart resume together.
 */
export function holdEnd(firedAt: number, clock: HoldClock): number {
  if (!(clock.holdMs > 0)) return firedAt;
  const t = firedAt + clock.holdMs;
  const step = msUntilNextStep(t, clock.periodMs, clock.epochMs);
  return Number.isFinite(step) ? t + step : t;
}

/** Unacknowledged episodes still holding attention at `now`, most urgent, then newest, first. */
export function activeHolds(state: AlertState, clock: HoldClock, now: number): AlertEpisode[] {
  return unacknowledged(state)
    .filter((e) => e.firedAt !== undefined && holdEnd(e.firedAt, clock) > now)
    .sort(
      (a, b) =>
        urgency[b.level] - urgency[a.level] ||
        (b.firedAt ?? 0) - (a.firedAt ?? 0) ||
        (a.id < b.id ? -1 : 1),
    );
}

/** The view a carousel in `area` holds on at `now`, or undefined to rotate. */
export function carouselHold(
  area: string,
  state: AlertState,
  rules: ReadonlyMap<string, CompiledRule>,
  clock: HoldClock,
  now: number,
): number | undefined {
  for (const e of activeHolds(state, clock, now)) {
    const place = rules.get(e.rule)?.widget;
    if (place && place.area === area && place.view !== undefined) return place.view;
  }
  return undefined;
}

/** When the last hold ends (a playlist stays on this screen until then), or null for none. */
export function holdsUntil(state: AlertState, clock: HoldClock, now: number): number | null {
  let until: number | null = null;
  for (const e of activeHolds(state, clock, now)) {
    const end = holdEnd(e.firedAt as number, clock);
    if (until === null || end > until) until = end;
  }
  return until;
}

/** The alert list's rows: each firing episode in plain words in the screen language. */
export function alertItems(
  firing: readonly AlertEpisode[],
  rules: ReadonlyMap<string, CompiledRule>,
  words: Readonly<Record<string, RuleWords>>,
  lang: AppLang,
): AlertItem[] {
  const out: AlertItem[] = [];
  for (const e of firing) {
    const rule = rules.get(e.rule);
    if (!rule) continue;
    const w = words[e.rule];
    const place = w?.labels[e.key] ?? (e.place ? { 'zh-CN': e.place, en: e.place } : undefined);
    const wording = {
      name: rule.name,
      place,
      value: e.value,
      unit: w?.unit,
      precision: w?.precision,
      format: w?.format,
      op: rule.engine.op,
      threshold: rule.engine.threshold,
      level: e.level,
      template: rule.config.text,
      kind: rule.source.kind === 'stale' ? ('stale' as const) : ('value' as const),
    };
    out.push({
      id: e.id,
      level: e.level,
      time: e.firedAt ?? e.since,
      place: place?.[lang],
      value: alertValueText(e.value, lang, wording),
      text: alertText(wording, lang),
      acknowledged: e.acknowledgedAt !== undefined,
    });
  }
  return out;
}
