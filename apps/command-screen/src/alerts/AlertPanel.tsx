import { AlertList } from '@onescreen/widgets';
import type { CSSProperties } from 'react';
import { tr } from '../i18n/text.js';
import { useScreenApp } from '../screen-context.js';
import { useAlertItems, useAlertSound } from './alert-hooks.js';
import { useAlertsApp } from './alerts-context.js';

/** The alert list as a configured widget (type `AlertList`): every alert firing now. */
export function AlertListSlot({
  title,
  limit,
}: {
  title?: string | undefined;
  limit?: number | undefined;
}) {
  const { lang } = useScreenApp();
  const app = useAlertsApp();
  const alerts = useAlertItems(lang);
  return (
    <AlertList
      alerts={alerts}
      title={title ?? tr(lang, 'alertsTitle')}
      limit={limit}
      onAcknowledge={app?.acknowledge}
    />
  );
}

/**
 * The alert list docked at an edge of the panel in `area`, when the config places no AlertList:
 * one line per alert, "暂无告警" when none fire. Its height is fixed (the configured number of
 * rows), so the panel's widgets (the map) are laid out once and never jump when alerts come
 * and go, and it hides nothing of them.
 */
export function AlertDock({ area, edge }: { area: string; edge: 'bottom' | 'top' }) {
  const { lang } = useScreenApp();
  const app = useAlertsApp();
  const alerts = useAlertItems(lang);
  const place = app?.dock;
  if (!place || place.area !== area || place.edge !== edge) return null;
  return (
    <div
      className="cs-alert-dock"
      data-edge={edge}
      style={{ '--cs-dock-rows': place.limit } as CSSProperties}
    >
      <AlertList
        alerts={alerts}
        title={tr(lang, 'alertsTitle')}
        limit={place.limit}
        onAcknowledge={app.acknowledge}
        compact
      />
    </div>
  );
}

/**
 * A discreet line while the browser blocks the alert tone (no click or key on the page yet):
 * it says that a click anywhere enables sound. In kiosk mode that click also asks for fullscreen.
 */
export function SoundHint() {
  const { lang } = useScreenApp();
  const sound = useAlertSound();
  if (sound !== 'blocked') return null;
  return (
    <p className="cs-sound-hint" role="status" data-sound-hint="">
      {tr(lang, 'soundBlocked')}
    </p>
  );
}
