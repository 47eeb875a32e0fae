import { describe, expect, it } from 'vitest';
import { readAlertState } from '../src/alerts/alert-state.js';
import { clearLevel } from '../src/alerts/compare.js';
import { acknowledgeAlert, EMPTY_ALERT_STATE, isFiring, stepAlerts } from '../src/alerts/index.js';
import type { AlertRule, AlertSample, AlertState } from '../src/alerts/types.js';

const MIN = 60_000;
const T0 = Date.parse('2022-12-31T14:00:00+08:00');

const redLights: AlertRule = { id: 'red', level: 'warning', op: '>=', threshold: 100 };
const one = (value: number, at = T0): AlertSample[] => [{ key: '', value, at }];

/** Runs a sequence of [clock, readings] steps from the empty state; returns every step. */
function run(rules: AlertRule[], steps: [number, Record<string, AlertSample[] | undefined>][]) {
  let state: AlertState = EMPTY_ALERT_STATE;
  return steps.map(([now, readings]) => {
    const step = stepAlerts(rules, readings, state, now);
    state = step.state;
    return step;
  });
}

describe('stepAlerts: firing, episodes and their ids', () => {
  it('fires a value at the threshold once, with an id named after the rule, key and data time', () => {
    const [a, b, c] = run(
      [redLights],
      [
        [T0 + MIN, { red: one(99) }],
        [T0 + 2 * MIN, { red: one(146) }],
        [T0 + 3 * MIN, { red: one(150) }],
      ],
    );
    expect(a?.firing).toEqual([]);
    expect(b?.fired.map((e) => e.id)).toEqual([`red||${T0}`]);
    expect(b?.firing[0]).toMatchObject({ phase: 'firing', value: 146, firedAt: T0 + 2 * MIN });
    // Still the same episode: it does not fire again, and its latest value is kept.
    expect(c?.fired).toEqual([]);
    expect(c?.firing.map((e) => [e.id, e.value])).toEqual([[`red||${T0}`, 150]]);
  });

  it('gives every tile that reads the same documents at the same clock the same alerts', () => {
    const rules: AlertRule[] = [
      redLights,
      { id: 'rise', level: 'critical', op: '>', threshold: 10 },
    ];
    const readings = {
      red: one(120),
      rise: [
        { key: '330411', value: 12.5, at: T0, place: '330411' },
        { key: '330109', value: -3, at: T0, place: '330109' },
      ],
    };
    const tileA = stepAlerts(rules, readings, EMPTY_ALERT_STATE, T0 + 5_000);
    const tileB = stepAlerts(rules, structuredClone(readings), EMPTY_ALERT_STATE, T0 + 5_000);
    expect(tileB).toEqual(tileA);
    expect(tileA.firing.map((e) => e.id)).toEqual([`rise|330411|${T0}`, `red||${T0}`]);
    expect(tileA.firing[0]?.place).toBe('330411');
  });

  it('returns the very state it was given when nothing changed, so nothing re-renders', () => {
    const first = stepAlerts([redLights], { red: one(120) }, EMPTY_ALERT_STATE, T0);
    const again = stepAlerts([redLights], { red: one(120) }, first.state, T0 + 1_000);
    expect(again.state).toBe(first.state);
    expect(stepAlerts([redLights], { red: one(50) }, EMPTY_ALERT_STATE, T0).state).toBe(
      EMPTY_ALERT_STATE,
    );
  });

  it('opens a new episode, with a new id, when the value alarms again after clearing', () => {
    const steps = run(
      [redLights],
      [
        [T0, { red: one(120, T0) }],
        [T0 + MIN, { red: one(80, T0 + MIN) }],
        [T0 + 2 * MIN, { red: one(130, T0 + 2 * MIN) }],
      ],
    );
    expect(steps[1]?.firing).toEqual([]);
    expect(steps[1]?.state.ended).toEqual([`red||${T0}`]);
    expect(steps[2]?.fired.map((e) => e.id)).toEqual([`red||${T0 + 2 * MIN}`]);
  });

  it('never reuses an ended id, even for a document that changed without a new asOf', () => {
    const steps = run(
      [redLights],
      [
        [T0, { red: one(120) }],
        [T0 + MIN, { red: one(80) }],
        [T0 + 2 * MIN, { red: one(130) }],
      ],
    );
    expect(steps[2]?.fired.map((e) => e.id)).toEqual([`red||${T0}#2`]);
  });
});

describe('stepAlerts: hysteresis', () => {
  it('with a clear level, a value hovering at the threshold does not flap', () => {
    const rule: AlertRule = { ...redLights, clear: 90 };
    const values = [101, 99, 100, 95, 99, 101, 89, 100];
    const steps = run(
      [rule],
      values.map((v, i) => [T0 + i * MIN, { red: one(v, T0 + i * MIN) }]),
    );
    expect(steps.map((s) => s.fired.length)).toEqual([1, 0, 0, 0, 0, 0, 0, 1]);
    expect(steps.map((s) => s.firing.length)).toEqual([1, 1, 1, 1, 1, 1, 0, 1]);
  });

  it('without hysteresis the same values flap: the clear level is what stops it', () => {
    const values = [101, 99, 100, 95, 99, 101, 89, 100];
    const steps = run(
      [redLights],
      values.map((v, i) => [T0 + i * MIN, { red: one(v, T0 + i * MIN) }]),
    );
    expect(steps.map((s) => s.fired.length)).toEqual([1, 0, 1, 0, 0, 1, 0, 1]);
  });

  it('a margin sets the clear level on the safe side, for low alarms too', () => {
    expect(clearLevel({ op: '>=', threshold: 100, margin: 10 })).toBe(90);
    expect(clearLevel({ op: '<', threshold: 80, margin: 5 })).toBe(85);
    expect(clearLevel({ op: '<', threshold: 80, clear: 90 })).toBe(90);
    // A clear level on the alarming side is taken as the threshold.
    expect(clearLevel({ op: '>', threshold: 10, clear: 15 })).toBe(10);
    expect(clearLevel({ op: '<=', threshold: 10, clear: 5 })).toBe(10);
    const low: AlertRule = { id: 'cov', level: 'warning', op: '<', threshold: 80, margin: 5 };
    const steps = run(
      [low],
      [79, 84, 86, 79].map((v, i) => [T0 + i, { cov: one(v, T0 + i) }]),
    );
    expect(steps.map((s) => s.firing.length)).toEqual([1, 1, 0, 1]);
  });

  it('a duration holds a brief spike back, and fires a lasting one once its time has passed', () => {
    const rule: AlertRule = { ...redLights, forMs: 5 * MIN };
    const steps = run(
      [rule],
      [
        [T0, { red: one(120, T0) }],
        [T0 + MIN, { red: one(90, T0 + MIN) }],
        [T0 + 2 * MIN, { red: one(120, T0 + 2 * MIN) }],
        [T0 + 6 * MIN, { red: one(125, T0 + 6 * MIN) }],
        // No new document: time alone carries the episode past its duration.
        [T0 + 7 * MIN, { red: undefined }],
      ],
    );
    expect(steps.map((s) => s.firing.length)).toEqual([0, 0, 0, 0, 1]);
    expect(steps[4]?.fired[0]).toMatchObject({ id: `red||${T0 + 2 * MIN}`, firedAt: T0 + 7 * MIN });
  });

  it('with a duration, a firing alert clears only once the value has stayed back for it', () => {
    const rule: AlertRule = { ...redLights, forMs: 5 * MIN };
    const steps = run(
      [rule],
      [
        [T0 + 10 * MIN, { red: one(120, T0) }],
        [T0 + 11 * MIN, { red: one(80, T0 + 11 * MIN) }],
        [T0 + 12 * MIN, { red: one(120, T0 + 12 * MIN) }],
        [T0 + 13 * MIN, { red: one(80, T0 + 13 * MIN) }],
        [T0 + 17 * MIN, { red: one(80, T0 + 17 * MIN) }],
        [T0 + 18 * MIN, { red: one(80, T0 + 18 * MIN) }],
      ],
    );
    expect(steps.map((s) => s.firing.map((e) => e.phase))).toEqual([
      ['firing'],
      ['clearing'],
      ['firing'],
      ['clearing'],
      ['clearing'],
      [],
    ]);
    expect(steps.flatMap((s) => s.fired).length).toBe(1);
  });
});

describe('stepAlerts: readings that are missing', () => {
  it('keeps episodes as they are while a rule cannot read, and ends one whose key is gone', () => {
    const rule: AlertRule = { id: 'rise', level: 'warning', op: '>', threshold: 10 };
    const place = (key: string, value: number) => ({ key, value, at: T0, place: key });
    const steps = run(
      [rule],
      [
        [T0, { rise: [place('330411', 20), place('330109', 15)] }],
        [T0 + MIN, { rise: undefined }],
        [T0 + 2 * MIN, { rise: [place('330411', 21)] }],
      ],
    );
    expect(steps[1]?.firing.map((e) => e.key)).toEqual(['330109', '330411']);
    expect(steps[1]?.state).toBe(steps[0]?.state);
    expect(steps[2]?.firing.map((e) => e.key)).toEqual(['330411']);
  });

  it('ignores non-finite values and ends the episodes of a rule that was removed', () => {
    const first = stepAlerts([redLights], { red: one(Number.NaN) }, EMPTY_ALERT_STATE, T0);
    expect(first.firing).toEqual([]);
    const firing = stepAlerts([redLights], { red: one(200) }, EMPTY_ALERT_STATE, T0);
    const removed = stepAlerts([], {}, firing.state, T0 + 1);
    expect(removed.firing).toEqual([]);
    expect(removed.state.ended).toEqual([`red||${T0}`]);
  });

  it('follows a level the config changed without opening a new episode', () => {
    const firing = stepAlerts([redLights], { red: one(200) }, EMPTY_ALERT_STATE, T0);
    const raised = stepAlerts(
      [{ ...redLights, level: 'critical' }],
      { red: one(200) },
      firing.state,
      T0 + 1,
    );
    expect(raised.fired).toEqual([]);
    expect(raised.firing[0]).toMatchObject({ id: `red||${T0}`, level: 'critical' });
  });
});

describe('acknowledging and storing', () => {
  it('acknowledges an open episode once; the episode keeps firing until it clears', () => {
    const firing = stepAlerts([redLights], { red: one(200) }, EMPTY_ALERT_STATE, T0);
    const id = `red||${T0}`;
    const acked = acknowledgeAlert(firing.state, id, T0 + 5);
    expect(acked.episodes[0]?.acknowledgedAt).toBe(T0 + 5);
    expect(acknowledgeAlert(acked, id, T0 + 9)).toBe(acked);
    expect(acknowledgeAlert(acked, 'nope', T0 + 9)).toBe(acked);
    const next = stepAlerts([redLights], { red: one(210) }, acked, T0 + 10);
    expect(next.fired).toEqual([]);
    expect(next.firing.filter(isFiring)[0]?.acknowledgedAt).toBe(T0 + 5);
  });

  it('survives a round trip through storage, so a reload never fires the same episode again', () => {
    const firing = stepAlerts([redLights], { red: one(200) }, EMPTY_ALERT_STATE, T0);
    const stored = readAlertState(JSON.parse(JSON.stringify(firing.state)));
    expect(stored).toEqual(firing.state);
    const reloaded = stepAlerts([redLights], { red: one(200) }, stored, T0 + MIN);
    expect(reloaded.fired).toEqual([]);
    expect(reloaded.firing).toHaveLength(1);
  });

  it('reads a damaged stored state as far as it is sound, and anything else as empty', () => {
    expect(readAlertState(null)).toEqual(EMPTY_ALERT_STATE);
    expect(readAlertState('{"episodes":')).toEqual(EMPTY_ALERT_STATE);
    expect(readAlertState({ episodes: 'x', ended: 3 })).toEqual(EMPTY_ALERT_STATE);
    const good = stepAlerts([redLights], { red: one(200) }, EMPTY_ALERT_STATE, T0).state
      .episodes[0];
    const state = readAlertState({
      episodes: [good, { ...good, value: 'lots' }, { ...good, level: 'panic' }, good],
      ended: ['a', 7, 'b'],
    });
    expect(state).toEqual({ episodes: [good], ended: ['a', 'b'] });
  });
});
