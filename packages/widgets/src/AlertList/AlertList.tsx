import type { CSSProperties } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { alertMessages as m } from './messages.js';
import { type AlertListData, useAlertList } from './useAlertList.js';

/** Props of AlertList. */
export interface AlertListProps extends AlertListData {
  /**
   * Called with an alert's id when an operator acknowledges it; without it (kiosk mode) the
   * list has no buttons.
   */
  onAcknowledge?: ((id: string) => void) | undefined;
  /**
   * One line per alert (level, time, place, value, the words cut with an ellipsis and whole on
   * hover) and no visible title: a strip docked under a map.
   */
  compact?: boolean | undefined;
  /** Feed status (loading, stale, error) of whatever the alerts are worked out from. */
  status?: WidgetStatus | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
}

/**
 * The alerts firing now, one row each: level, time, place, value and the rule in plain words,
 * with an acknowledge button per row when the screen is attended. Those still to acknowledge
 * come first, most urgent and newest at the top; a critical one still to acknowledge pulses
 * (not under reduced motion). New alerts are announced to screen readers.
 */
export const AlertList = guardWidget(
  'AlertList',
  function AlertList(props: AlertListProps) {
    const { onAcknowledge, status, className, style, compact } = props;
    const view = useAlertList(props);
    const still = useReducedMotion();
    const { lang } = view;
    return (
      <WidgetFrame
        name="AlertList"
        title={compact ? undefined : view.title}
        label={view.title}
        status={status}
        empty={view.empty}
        emptyText={m(lang, 'empty')}
        table={view.table}
        className={className}
        style={style}
      >
        <span className="os-sr-only" aria-live="polite">
          {view.summary}
        </span>
        <ol
          className="os-alerts"
          data-still={still || undefined}
          data-compact={compact || undefined}
        >
          {view.rows.map((r) => (
            <li
              key={r.id}
              className="os-alerts__item"
              data-alert-id={r.id}
              data-level={r.level}
              data-acknowledged={r.acknowledged || undefined}
            >
              <span className="os-alerts__level">{m(lang, r.level)}</span>
              <span className="os-alerts__time os-num">{r.timeText}</span>
              <span className="os-alerts__place">{r.place || m(lang, 'wholeArea')}</span>
              <span className="os-alerts__value os-num">{r.value}</span>
              <span className="os-alerts__text" title={r.text}>
                {r.text}
              </span>
              {r.acknowledged ? (
                <span className="os-alerts__acked">{m(lang, 'acknowledged')}</span>
              ) : (
                onAcknowledge && (
                  <button
                    type="button"
                    className="os-button os-alerts__ack"
                    aria-label={m(lang, 'acknowledgeLabel', { text: r.text })}
                    onClick={(event) => {
                      // An acknowledgement is not a click on the screen's background.
                      event.stopPropagation();
                      onAcknowledge(r.id);
                    }}
                  >
                    {m(lang, 'acknowledge')}
                  </button>
                )
              )}
            </li>
          ))}
        </ol>
        {view.more > 0 && <p className="os-alerts__more">{m(lang, 'more', { n: view.more })}</p>}
      </WidgetFrame>
    );
  },
  { shapes: { alerts: 'list' } },
);
