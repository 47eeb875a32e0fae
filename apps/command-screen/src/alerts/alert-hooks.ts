import type { AlertLevel } from '@onescreen/core';
import type { AlertItem } from '@onescreen/widgets';
import { useMemo, useSyncExternalStore } from 'react';
import type { AppLang } from '../i18n/text.js';
import type { AlertSnapshot } from './alert-store.js';
import { alertedPlaces, alertItems, carouselHold, widgetLevels } from './alert-view.js';
import { useAlertsApp } from './alerts-context.js';

const noSubscribe = () => () => {};

/** A value picked from the alert store; re-renders only when the pick changes (use primitives). */
function useAlertPick<T>(pick: (s: AlertSnapshot) => T, fallback: T): T {
  const app = useAlertsApp();
  return useSyncExternalStore(
    app ? app.store.subscribe : noSubscribe,
    () => (app ? pick(app.store.getSnapshot()) : fallback),
    () => fallback,
  );
}

/** The level a widget is edged in, while an unacknowledged alert concerns it. */
export function useWidgetAlertLevel(widgetId: string): AlertLevel | undefined {
  const app = useAlertsApp();
  return useAlertPick(
    (s) => (app ? widgetLevels(s.state, app.rules)[widgetId] : undefined),
    undefined,
  );
}

/** The places the map pulses, by code with their level; the same object while they stay. */
export function useAlertedPlaces(): Readonly<Record<string, AlertLevel>> {
  const key = useAlertPick(
    (s) =>
      Object.entries(alertedPlaces(s.state))
        .map(([code, level]) => `${code}=${level}`)
        .sort()
        .join(','),
    '',
  );
  return useMemo(
    () =>
      Object.fromEntries(
        key === '' ? [] : key.split(',').map((pair) => pair.split('=') as [string, AlertLevel]),
      ),
    [key],
  );
}

/** The view the carousel in `area` holds on, or undefined to rotate. */
export function useCarouselHold(area: string): number | undefined {
  const app = useAlertsApp();
  return useAlertPick(
    (s) => (app ? carouselHold(area, s.state, app.rules, app.clock, s.now) : undefined),
    undefined,
  );
}

const none: readonly never[] = [];
const noWords: AlertSnapshot['words'] = {};

/** The alert list's rows in the screen language. */
export function useAlertItems(lang: AppLang): AlertItem[] {
  const app = useAlertsApp();
  const firing = useAlertPick((s) => s.firing, none);
  const words = useAlertPick((s) => s.words, noWords);
  return useMemo(
    () => (app ? alertItems(firing, app.rules, words, lang) : []),
    [app, firing, words, lang],
  );
}

/** Where the alert tone stands. */
export function useAlertSound(): AlertSnapshot['sound'] {
  return useAlertPick((s) => s.sound, 'idle');
}
