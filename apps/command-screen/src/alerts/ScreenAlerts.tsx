import { type ReactNode, useMemo } from 'react';
import type { ScreenConfig } from '../config/schema.js';
import { AlertEngine } from './AlertEngine.js';
import { SoundHint } from './AlertPanel.js';
import { createAlertStore } from './alert-store.js';
import { type AlertsApp, AlertsContext } from './alerts-context.js';
import { compileRules } from './compile-rules.js';
import { alertsStorageKey, dockPlace, sessionStore } from './setup.js';

/** Props of ScreenAlerts. */
export interface ScreenAlertsProps {
  /** The validated screen config. */
  config: ScreenConfig;
  /** Kiosk mode: nobody acknowledges. */
  kiosk: boolean;
  /** The carousel's step and epoch (ms): holds end on its steps. */
  carousel: { periodMs: number; epochMs: number };
  /** The feed the coverage is worked out from, if the config has a coverage layer. */
  coverageSource: string | undefined;
  /** Told when the last alert hold ends, or null for none (a playlist stays until then). */
  onHold?: ((until: number | null) => void) | undefined;
  /** The screen. */
  children: ReactNode;
}

/**
 * The screen's alerts around its layout: the rules compiled, the store read back from session
 * storage, the engine running and the sound hint; every widget reads them from AlertsContext.
 * Inside the screen's store, app context and theme provider.
 */
export function ScreenAlerts({
  config,
  kiosk,
  carousel,
  coverageSource,
  onHold,
  children,
}: ScreenAlertsProps) {
  const store = useMemo(() => createAlertStore(alertsStorageKey(config), sessionStore()), [config]);
  const app = useMemo<AlertsApp>(
    () => ({
      store,
      rules: new Map(compileRules(config).map((r) => [r.id, r])),
      clock: {
        holdMs: config.alerting.holdSeconds * 1000,
        periodMs: carousel.periodMs,
        epochMs: carousel.epochMs,
      },
      acknowledge: kiosk ? undefined : (id: string) => store.acknowledge(id, Date.now()),
      dock: dockPlace(config),
    }),
    [store, config, carousel, kiosk],
  );
  return (
    <AlertsContext.Provider value={app}>
      {children}
      <AlertEngine
        period={config.period?.default}
        coverageSource={coverageSource}
        onHold={onHold}
      />
      <SoundHint />
    </AlertsContext.Provider>
  );
}
