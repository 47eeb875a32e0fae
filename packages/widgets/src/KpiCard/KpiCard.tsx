import type { CSSProperties } from 'react';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { estimateTextWidth } from '../maplayout/textWidth.js';
import { figureEms, type GoodDirection } from './compute.js';
import { useKpiCard } from './useKpiCard.js';

/** Props of KpiCard. */
export interface KpiCardProps {
  /** Indicator name, e.g. "信访总量". */
  label: string;
  /** This period's value; null shows the empty state. */
  value: number | null;
  /** Unit shown after the number, e.g. "件", "万元", "%". */
  unit?: string;
  /** Period the value covers, e.g. "2022年". */
  period?: string;
  /** Last period's value, to derive the change. */
  previous?: number | null;
  /** The change in percent when the feed states it (−13.6 for −13.6 %). */
  changePct?: number | null;
  /** What the change compares with; "较上期" by default ("同比" for year on year). */
  changeLabel?: string;
  /** Which direction is good news: 'up' (default), 'down' (petitions, fraud) or 'neutral'. */
  goodDirection?: GoodDirection;
  /** Decimals shown; 0 for whole values, else 1, by default. */
  decimals?: number;
  /** Number size: s 36 px, m 48 px (default), l 56 px at the 1080p design; fit grows it with a slot of set height (36–64 px). */
  size?: 's' | 'm' | 'l' | 'fit';
  /** Count up when the value changes (default true; never under reduced motion). */
  animate?: boolean;
  /** Feed status. */
  status?: WidgetStatus;
  /** Extra class on the root. */
  className?: string;
}

const arrows = { up: '▲', down: '▼', flat: '–' } as const;

/** One headline number with unit, period and the change against the last period (数字翻牌). */
export const KpiCard = guardWidget('KpiCard', function KpiCard(props: KpiCardProps) {
  const m = useKpiCard(props);
  // The number shrinks (never below 60 %) to keep the figure and its unit inside the card; the
  // unit drops under the number before the number would leave the card (styles.css).
  const fit = {
    '--os-kpi-ems': figureEms(m.valueText),
    '--os-kpi-unit': `${Math.ceil(props.unit ? estimateTextWidth(props.unit, 16, false) + 6 : 0)}px`,
  } as CSSProperties;
  return (
    <WidgetFrame
      name="KpiCard"
      label={props.label}
      status={props.status}
      empty={m.value === null}
      table={m.table}
      className={props.className}
    >
      <div className="os-kpi" data-size={props.size ?? 'm'} data-tone={m.tone}>
        <p className="os-kpi__label">{props.label}</p>
        <p className="os-kpi__value" style={fit}>
          <span
            ref={m.numberRef}
            className="os-kpi__number"
            aria-hidden="true"
            data-value={m.value ?? undefined}
          >
            {m.valueText}
          </span>
          <span className="os-sr-only">{m.valueText}</span>
          {/* A unit alone ("件" with no number) would read as a figure; it comes only with one. */}
          {props.unit && m.valueText !== '' && <span className="os-kpi__unit">{props.unit}</span>}
        </p>
        <p className="os-kpi__meta">
          {props.period && <span className="os-kpi__period">{props.period}</span>}
          {m.changeText && (
            <span>
              {m.changeLabel}{' '}
              <span className="os-kpi__change" data-tone={m.tone} data-direction={m.direction}>
                <span aria-hidden="true">{arrows[m.direction]} </span>
                <span aria-hidden="true">{m.changeText}</span>
                <span className="os-sr-only">{m.changeSpoken}</span>
              </span>
            </span>
          )}
        </p>
      </div>
    </WidgetFrame>
  );
});
