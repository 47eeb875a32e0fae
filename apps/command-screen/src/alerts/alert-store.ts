import {
  type AlertEpisode,
  type AlertReadings,
  type AlertRule,
  type AlertState,
  acknowledgeAlert,
  EMPTY_ALERT_STATE,
  isFiring,
  readAlertState,
  stepAlerts,
} from '@onescreen/core';
import type { RuleWords } from './readings.js';

/** Where the alert tone stands: nothing to play, played, blocked until a gesture, or failed. */
export type SoundState = 'idle' | 'played' | 'blocked' | 'failed';

/** Everything the screen shows of its alerts; a new object whenever any of it changes. */
export interface AlertSnapshot {
  /** The engine's state (episodes and ended ids). */
  state: AlertState;
  /** Firing episodes, most urgent first. */
  firing: readonly AlertEpisode[];
  /** The clock of the last step, ms (whole seconds). */
  now: number;
  /** How each rule's values are worded. */
  words: Readonly<Record<string, RuleWords>>;
  /** The alert tone. */
  sound: SoundState;
}

/** A screen's alerts: the engine's state, stepped by the engine and kept in session storage. */
export interface AlertStore {
  getSnapshot(): AlertSnapshot;
  subscribe(listener: () => void): () => void;
  /** One engine step; returns the episodes that began firing. */
  step(
    rules: readonly AlertRule[],
    readings: AlertReadings,
    words: Record<string, RuleWords>,
    now: number,
  ): readonly AlertEpisode[];
  /** Acknowledges an episode. */
  acknowledge(id: string, now: number): void;
  /** Records where the alert tone stands. */
  setSound(sound: SoundState): void;
}

/** The parts of session storage the store uses (absent in Node and in some locked-down kiosks). */
type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

function load(storage: KeyValue | undefined, key: string): Pick<AlertSnapshot, 'state' | 'words'> {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return { state: EMPTY_ALERT_STATE, words: {} };
    const doc = JSON.parse(raw) as { state?: unknown; words?: unknown };
    const words =
      typeof doc.words === 'object' && doc.words !== null
        ? (doc.words as Record<string, RuleWords>)
        : {};
    return { state: readAlertState(doc.state), words: sanitizeWords(words) };
  } catch {
    // Unreadable or refused storage: start afresh rather than fail the screen.
    return { state: EMPTY_ALERT_STATE, words: {} };
  }
}

const isText = (v: unknown): v is { 'zh-CN': string; en: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<string, unknown>)['zh-CN'] === 'string' &&
  typeof (v as Record<string, unknown>).en === 'string';

/** Stored words are kept only where they are the shape the list expects. */
function sanitizeWords(raw: Record<string, unknown>): Record<string, RuleWords> {
  const out: Record<string, RuleWords> = {};
  for (const [rule, w] of Object.entries(raw)) {
    if (typeof w !== 'object' || w === null) continue;
    const x = w as Record<string, unknown>;
    const labels: Record<string, { 'zh-CN': string; en: string }> = {};
    if (typeof x.labels === 'object' && x.labels !== null)
      for (const [k, v] of Object.entries(x.labels)) if (isText(v)) labels[k] = v;
    out[rule] = {
      labels,
      ...(isText(x.unit) ? { unit: x.unit } : {}),
      ...(typeof x.precision === 'number' && x.precision >= 0 && x.precision <= 6
        ? { precision: x.precision }
        : {}),
      ...(x.format === 'duration' ? { format: 'duration' as const } : {}),
    };
  }
  return out;
}

/**
 * A store of one screen's alerts, read back from session storage under `key` (so a reload keeps
 * its episodes and acknowledgements and never fires one twice) and written on every change.
 */
export function createAlertStore(key: string, storage: KeyValue | undefined): AlertStore {
  const start = load(storage, key);
  // Until the first step the restored episodes show as they were stored.
  let snapshot: AlertSnapshot = {
    ...start,
    firing: start.state.episodes.filter(isFiring),
    now: 0,
    sound: 'idle',
  };
  const listeners = new Set<() => void>();
  const save = () => {
    try {
      storage?.setItem(key, JSON.stringify({ state: snapshot.state, words: snapshot.words }));
    } catch {
      // A full or refused storage loses only the memory across reloads, never the screen.
    }
  };
  const emit = (next: AlertSnapshot, persist: boolean) => {
    snapshot = next;
    if (persist) save();
    for (const l of listeners) l();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    step(rules, readings, words, now) {
      const step = stepAlerts(rules, readings, snapshot.state, now);
      const mergedWords = { ...snapshot.words, ...words };
      const wordsChanged = JSON.stringify(mergedWords) !== JSON.stringify(snapshot.words);
      const changed = step.state !== snapshot.state || wordsChanged;
      if (changed || now !== snapshot.now)
        emit(
          {
            ...snapshot,
            state: step.state,
            // The first step orders what was restored; later ones keep the list while unchanged.
            firing: changed || snapshot.now === 0 ? step.firing : snapshot.firing,
            words: wordsChanged ? mergedWords : snapshot.words,
            now,
          },
          changed,
        );
      return step.fired;
    },
    acknowledge(id, now) {
      const state = acknowledgeAlert(snapshot.state, id, now);
      if (state === snapshot.state) return;
      const firing = snapshot.firing.map((e) => state.episodes.find((x) => x.id === e.id) ?? e);
      emit({ ...snapshot, state, firing }, true);
    },
    setSound(sound) {
      if (sound !== snapshot.sound) emit({ ...snapshot, sound }, false);
    },
  };
}
