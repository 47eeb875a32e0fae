import { changePercent } from '@onescreen/core';
/** Which direction of change is good news for an indicator (petitions, fraud: 'down'). */
export type GoodDirection = 'up' | 'down' | 'neutral';

/** Input of computeKpi. */
export interface KpiInput {
  /** This period's value; null when the feed has none. */
  value: number | null;
  /** Last period's value, to derive the change. */
  previous?: number | null | undefined;
  /** The change in percent when the feed states it (−13.6 means −13.6 %); wins over `previous`. */
  changePct?: number | null | undefined;
  /** Which direction is good; 'up' by default. */
  goodDirection?: GoodDirection | undefined;
}

/** What a KPI card shows. */
export interface KpiView {
  /** The value, or null when there is none (the card is empty). */
  value: number | null;
  /** Change in percent, or null when unknown (no previous, or previous was 0). */
  changePct: number | null;
  /** Arrow direction. */
  direction: 'up' | 'down' | 'flat';
  /** Colour meaning: better, worse or neither. */
  tone: 'good' | 'bad' | 'neutral';
}

/** Derives direction and tone of a KPI from its value and the previous period. */
export function computeKpi({
  value,
  previous,
  changePct,
  goodDirection = 'up',
}: KpiInput): KpiView {
  const v = value !== null && Number.isFinite(value) ? value : null;
  let change: number | null = null;
  if (changePct !== undefined && changePct !== null && Number.isFinite(changePct))
    change = changePct;
  else change = changePercent(v, previous);
  // A change that rounds to 0.0 % reads as flat on the wall, so treat it as flat.
  const direction =
    change === null || Math.abs(change) < 0.05 ? 'flat' : change > 0 ? 'up' : 'down';
  const tone =
    direction === 'flat' || goodDirection === 'neutral'
      ? 'neutral'
      : direction === goodDirection
        ? 'good'
        : 'bad';
  return { value: v, changePct: change, direction, tone };
}

/** Eases a count-up: fast start, gentle landing (cubic ease-out), for t in [0, 1]. */
export function easeOutCubic(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 1 - (1 - c) ** 3;
}

/** The number shown at `elapsed` ms of a `duration` ms count from `from` to `to`. */
export function tweenValue(from: number, to: number, elapsed: number, duration: number): number {
  if (duration <= 0 || elapsed >= duration) return to;
  return from + (to - from) * easeOutCubic(elapsed / duration);
}

/**
 * Width of a formatted figure in ems of the numeric face (Barlow, tabular digits): what the
 * card divides its width by to find the largest size at which the number still fits.
 * Generous on purpose.
 */
export function figureEms(text: string): number {
  let em = 0;
  for (const ch of text) em += /[0-9−\-+]/.test(ch) ? 0.58 : ch === ' ' ? 0.25 : 0.3;
  return Math.max(em, 0.58);
}
