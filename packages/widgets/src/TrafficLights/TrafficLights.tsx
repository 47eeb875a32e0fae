import { formatFixed, formatPercent } from '@onescreen/core';
import { useMemo } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { guardWidget } from '../frame/guardWidget.js';
import type { WidgetStatus } from '../frame/types.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { useLang, useT } from '../i18n/context.js';
import { computeLights, type LightCounts } from './compute.js';

/** Props of TrafficLights. */
export interface TrafficLightsProps {
  /** Cases per supervision level (use `countLights(cases)` to derive them). */
  counts: LightCounts | null;
  /** One-line title; "红黄绿督办" by default. */
  title?: string;
  /** Feed status. */
  status?: WidgetStatus;
  /** Extra class on the root. */
  className?: string;
}

/** 红黄绿 supervision: cases per level with their shares and a proportion bar. */
export const TrafficLights = guardWidget(
  'TrafficLights',
  function TrafficLights(props: TrafficLightsProps) {
    const t = useT();
    const lang = useLang();
    const title = props.title ?? t('lights.title');
    const lights = useMemo(() => (props.counts ? computeLights(props.counts) : []), [props.counts]);
    const total = lights.reduce((a, b) => a + b.count, 0);
    const label = (level: string) =>
      t(level === 'red' ? 'lights.red' : level === 'yellow' ? 'lights.yellow' : 'lights.green');
    const share = (pct: number) => formatPercent(pct, lang, { signed: false });
    const table: A11yTable = {
      caption: t('table.caption', { title }),
      columns: [t('lights.level'), t('lights.count'), t('lights.share')],
      rows: lights.map((l) => [label(l.level), l.count, share(l.sharePct)]),
    };
    return (
      <WidgetFrame
        name="TrafficLights"
        title={title}
        status={props.status}
        empty={total === 0}
        table={table}
        className={props.className}
      >
        <div aria-hidden="true">
          <ul className="os-lights">
            {lights.map((l) => (
              <li key={l.level} className="os-lights__item" data-level={l.level}>
                <span className="os-lights__lamp" />
                <span className="os-lights__text">
                  <span className="os-lights__label">{label(l.level)}</span>
                  <span className="os-lights__count">{formatFixed(l.count, lang, 0)}</span>
                  <span className="os-lights__share">{share(l.sharePct)}</span>
                </span>
              </li>
            ))}
          </ul>
          <div className="os-lights__bar">
            {lights.map((l) => (
              <span key={l.level} data-level={l.level} style={{ width: `${l.sharePct}%` }} />
            ))}
          </div>
        </div>
      </WidgetFrame>
    );
  },
);
