import type { AlertReadings, AlertRule, FeedState } from '@onescreen/core';
import { useOnescreen } from '@onescreen/core/react';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { ownKey } from '../feeds/binding-deriver.js';
import { COVERAGE_FEED } from '../feeds/coverage-feed.js';
import { workerResult } from '../model/worker-views.js';
import { useScreenApp } from '../screen-context.js';
import { type AlertSound, createAlertSound } from './alert-sound.js';
import toneUrl from './alert-tone.wav?url';
import { holdsUntil } from './alert-view.js';
import { useAlertsApp } from './alerts-context.js';
import { type RuleRead, type RuleWords, readStaleRule, readValueRule } from './readings.js';

/** Props of AlertEngine. */
export interface AlertEngineProps {
  /** The period the rules read: the config's live period, whatever the screen shows. */
  period: string | undefined;
  /** The feed the coverage is worked out from (its asOf is the coverage's data time). */
  coverageSource: string | undefined;
  /** Told when the last alert hold ends (a playlist stays until then), or null for none. */
  onHold?: ((until: number | null) => void) | undefined;
}

/** The clock the engine steps on: whole seconds, so tiles that read a feed a moment apart agree. */
const second = (t: number) => Math.floor(t / 1000) * 1000;

/**
 * Runs the screen's alert rules: reads every rule's values whenever a feed changes, steps the
 * engine then and on every whole second (durations, staleness, holds), plays the tone for a
 * rule that asks, and writes the number firing to `html[data-alerts-firing]`. Renders nothing.
 */
export function AlertEngine({ period, coverageSource, onHold }: AlertEngineProps) {
  const app = useAlertsApp();
  const { placeName, coverageFeed } = useScreenApp();
  // Deferred, like the widgets' bindings: the rules read a new feed value in a background render.
  const feeds = useDeferredValue(useOnescreen((s) => s.feeds));
  const startedAt = useRef(Date.now());
  const rules = useMemo(() => [...(app?.rules.values() ?? [])], [app]);
  const engineRules = useMemo<AlertRule[]>(() => rules.map((r) => r.engine), [rules]);
  // Each rule's last reading with the feed value and data time it came from: a change of one
  // feed reads only the rules on that feed again. Forgotten when what every reading uses moves.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh map whenever those change.
  const lastReads = useMemo(
    () => new Map<string, { value: unknown; at: number | undefined; read: RuleRead | undefined }>(),
    [rules, coverageSource, period, placeName],
  );

  // Values only change with the feeds: read them once per change, not once per second.
  const values = useMemo(() => {
    const feedOf = (name: string): FeedState | undefined =>
      name === COVERAGE_FEED ? coverageFeed : feeds[name];
    const asOf = (name: string) => {
      const at = feeds[name]?.asOf;
      return at ? Date.parse(at) : undefined;
    };
    const ctx = {
      feedOf,
      // The coverage is worked out on each tile; its data time is its stations'.
      dataTimeOf: (name: string) =>
        name === COVERAGE_FEED
          ? coverageFeed.value && coverageSource
            ? asOf(coverageSource)
            : undefined
          : asOf(name),
      period,
      placeName,
    };
    const readings: Record<string, RuleRead | undefined> = {};
    for (const r of rules) {
      if (r.source.kind !== 'bind') continue;
      const value = feedOf(r.source.bind.feed)?.value;
      const at = ctx.dataTimeOf(r.source.bind.feed);
      const last = lastReads.get(r.id);
      if (last && last.value === value && last.at === at) {
        readings[r.id] = last.read;
        continue;
      }
      // The feed worker has usually read it already, with the value (worker-views).
      const done = value && workerResult(value, ownKey(r.source.path, period), placeName);
      const read = readValueRule(r, ctx, done || undefined);
      lastReads.set(r.id, { value, at, read });
      readings[r.id] = read;
    }
    return readings;
  }, [rules, feeds, coverageFeed, coverageSource, period, placeName, lastReads]);

  const sound = useRef<AlertSound | null>(null);
  useEffect(() => {
    sound.current = createAlertSound(toneUrl);
    return () => {
      sound.current?.dispose();
      sound.current = null;
    };
  }, []);

  useEffect(() => {
    if (!app) return;
    const { store } = app;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const now = second(Date.now());
      const readings: Record<string, AlertReadings[string]> = {};
      const words: Record<string, RuleWords> = {};
      for (const r of rules) {
        const read =
          r.source.kind === 'stale'
            ? readStaleRule(r, feeds[r.source.feed], startedAt.current, now)
            : values[r.id];
        readings[r.id] = read?.samples;
        if (read) words[r.id] = read.words;
      }
      const fired = store.step(engineRules, readings, words, now);
      if (fired.some((e) => app.rules.get(e.rule)?.config.sound)) {
        void sound.current?.play().then((result) => store.setSound(result));
      }
      timer = setTimeout(run, 1000 - (Date.now() % 1000) + 5);
    };
    run();
    return () => clearTimeout(timer);
  }, [app, rules, engineRules, values, feeds]);

  useEffect(() => {
    if (!app) return;
    const root = document.documentElement;
    let lastHold: number | null | undefined;
    const show = () => {
      const s = app.store.getSnapshot();
      root.dataset.alertsFiring = String(s.firing.length);
      // Where the tone stands (idle, played, blocked until a gesture, failed), for monitoring.
      root.dataset.alertSound = s.sound;
      const until = holdsUntil(s.state, app.clock, s.now);
      if (until !== lastHold) {
        lastHold = until;
        onHold?.(until);
      }
    };
    show();
    const stop = app.store.subscribe(show);
    return () => {
      stop();
      delete root.dataset.alertsFiring;
      delete root.dataset.alertSound;
    };
  }, [app, onHold]);

  useSoundUnlock(app, sound);
  return null;
}

/**
 * Browsers play sound only after the page has had a user gesture. While the tone is blocked,
 * the first click or key anywhere (kiosk mode's fullscreen click too) plays it, if an alert
 * that asks for sound is still firing unacknowledged; the hint then goes.
 */
function useSoundUnlock(
  app: ReturnType<typeof useAlertsApp>,
  sound: React.RefObject<AlertSound | null>,
) {
  useEffect(() => {
    if (!app) return;
    const { store } = app;
    const onGesture = () => {
      if (store.getSnapshot().sound !== 'blocked') return;
      const pending = store
        .getSnapshot()
        .firing.some((e) => e.acknowledgedAt === undefined && app.rules.get(e.rule)?.config.sound);
      if (!pending) {
        store.setSound('idle');
        return;
      }
      void sound.current?.play().then((result) => store.setSound(result));
    };
    window.addEventListener('pointerdown', onGesture, true);
    window.addEventListener('keydown', onGesture, true);
    return () => {
      window.removeEventListener('pointerdown', onGesture, true);
      window.removeEventListener('keydown', onGesture, true);
    };
  }, [app, sound]);
}
