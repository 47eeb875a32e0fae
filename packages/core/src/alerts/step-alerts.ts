import { clearLevel, meets } from './compare.js';
import type {
  AlertEpisode,
  AlertLevel,
  AlertReadings,
  AlertRule,
  AlertSample,
  AlertState,
  AlertStep,
} from './types.js';

/** How many ended episode ids are remembered. */
export const ENDED_KEPT = 500;

/** No episodes, nothing ended: where a screen starts. */
export const EMPTY_ALERT_STATE: AlertState = Object.freeze({ episodes: [], ended: [] });

const urgency: Record<AlertLevel, number> = { notice: 0, warning: 1, critical: 2 };

/** Most urgent first, then the most recently fired, then by id (so the order is total). */
export function byUrgency(a: AlertEpisode, b: AlertEpisode): number {
  return (
    urgency[b.level] - urgency[a.level] ||
    (b.firedAt ?? 0) - (a.firedAt ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Whether an episode counts as firing (a clearing one still fires until it has cleared). */
export function isFiring(episode: AlertEpisode): boolean {
  return episode.phase === 'firing' || episode.phase === 'clearing';
}

function newId(rule: string, key: string, since: number, taken: ReadonlySet<string>): string {
  const base = `${rule}|${key}|${since}`;
  if (!taken.has(base)) return base;
  // The same rule, key and data time again (a document that changed without a new asOf):
  // a new episode still gets a new id, the same on every tile that saw the same documents.
  for (let n = 2; ; n++) if (!taken.has(`${base}#${n}`)) return `${base}#${n}`;
}

function finite(samples: readonly AlertSample[] | undefined): Map<string, AlertSample> | undefined {
  if (!samples) return undefined;
  const out = new Map<string, AlertSample>();
  for (const s of samples) {
    if (Number.isFinite(s.value) && Number.isFinite(s.at) && !out.has(s.key)) out.set(s.key, s);
  }
  return out;
}

/** One episode moved on by one reading (or by time alone when `sample` is undefined). */
function advance(
  rule: AlertRule,
  episode: AlertEpisode,
  sample: AlertSample | undefined,
  now: number,
): AlertEpisode | null {
  const wait = Math.max(0, rule.forMs ?? 0);
  let e: AlertEpisode = episode.level === rule.level ? episode : { ...episode, level: rule.level };
  if (sample) {
    e =
      e.value === sample.value && e.at === sample.at
        ? e
        : { ...e, value: sample.value, at: sample.at };
    if (e.phase === 'pending' && !meets(sample.value, rule.op, rule.threshold)) return null;
    const holds = meets(sample.value, rule.op, clearLevel(rule));
    if (e.phase === 'clearing' && holds) {
      const { clearingSince: _gone, ...rest } = e;
      e = { ...rest, phase: 'firing' };
    } else if (e.phase === 'firing' && !holds) {
      e = { ...e, phase: 'clearing', clearingSince: sample.at };
    }
  }
  if (e.phase === 'pending' && e.since + wait <= now) e = { ...e, phase: 'firing', firedAt: now };
  if (e.phase === 'clearing' && (e.clearingSince ?? now) + wait <= now) return null;
  return e;
}

/**
 * One step of the alert engine: given the rules, what each reads now, the state from the
 * previous step and the clock, the next state, the alerts firing and those that just fired.
 *
 * An episode opens at the first value that meets a rule (named after its rule, key and the
 * data time of that value, so tiles reading the same documents agree), fires once the rule's
 * duration has passed since that data time, holds while the value stays past the clear level,
 * and ends once the value has stayed back over it for the duration. A rule that cannot read
 * leaves its episodes as they are; a key missing from a rule's readings ends its episode.
 * Pure and deterministic: the same rules, readings, state and clock give the same step.
 */
export function stepAlerts(
  rules: readonly AlertRule[],
  readings: AlertReadings,
  previous: AlertState,
  now: number,
): AlertStep {
  const taken = new Set<string>([...previous.ended, ...previous.episodes.map((e) => e.id)]);
  const open = new Map<string, AlertEpisode[]>();
  for (const e of previous.episodes) open.set(e.rule, [...(open.get(e.rule) ?? []), e]);
  const episodes: AlertEpisode[] = [];
  const ended: string[] = [];
  const fired: AlertEpisode[] = [];
  const ruleIds = new Set(rules.map((r) => r.id));
  for (const e of previous.episodes) if (!ruleIds.has(e.rule)) ended.push(e.id);

  for (const rule of rules) {
    const samples = finite(readings[rule.id]);
    const mine = open.get(rule.id) ?? [];
    const byKey = new Map(mine.map((e) => [e.key, e]));
    for (const e of mine) {
      const sample = samples?.get(e.key);
      // A rule that reads, but has no value for this key any more, ends the episode.
      const next = samples && !sample ? null : advance(rule, e, sample, now);
      if (next === null) {
        if (e.phase !== 'pending') ended.push(e.id);
        continue;
      }
      if (e.phase === 'pending' && next.phase === 'firing') fired.push(next);
      episodes.push(next);
    }
    for (const sample of samples?.values() ?? []) {
      if (byKey.has(sample.key) || !meets(sample.value, rule.op, rule.threshold)) continue;
      const id = newId(rule.id, sample.key, sample.at, taken);
      taken.add(id);
      const opened: AlertEpisode = {
        id,
        rule: rule.id,
        key: sample.key,
        level: rule.level,
        phase: 'pending',
        since: sample.at,
        value: sample.value,
        at: sample.at,
        ...(sample.place !== undefined ? { place: sample.place } : {}),
      };
      const next = advance(rule, opened, undefined, now) as AlertEpisode;
      if (next.phase === 'firing') fired.push(next);
      episodes.push(next);
    }
  }

  const unchanged =
    ended.length === 0 &&
    episodes.length === previous.episodes.length &&
    episodes.every((e, i) => e === previous.episodes[i]);
  const state: AlertState = unchanged
    ? previous
    : { episodes, ended: [...previous.ended, ...ended].slice(-ENDED_KEPT) };
  return {
    state,
    firing: state.episodes.filter(isFiring).sort(byUrgency),
    fired: fired.sort(byUrgency),
  };
}

/** The state with one episode acknowledged at `now` (unchanged if it is not open or already acknowledged). */
export function acknowledgeAlert(state: AlertState, id: string, now: number): AlertState {
  const at = state.episodes.findIndex((e) => e.id === id && e.acknowledgedAt === undefined);
  if (at < 0) return state;
  const episodes = state.episodes.slice();
  episodes[at] = { ...(episodes[at] as AlertEpisode), acknowledgedAt: now };
  return { ...state, episodes };
}
