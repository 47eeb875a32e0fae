import type { View } from '@onescreen/core';
import { memo } from 'react';
import type { WidgetStatus } from '../frame/types.js';
import { HeatGrid } from '../HeatGrid/HeatGrid.js';
import { useLang } from '../i18n/context.js';
import { translate } from '../i18n/messages.js';
import { KpiCard } from '../KpiCard/KpiCard.js';
import { RankingBoard } from '../RankingBoard/RankingBoard.js';
import { RingChart } from '../RingChart/RingChart.js';
import { ScrollBoard } from '../ScrollBoard/ScrollBoard.js';
import { StagePipeline } from '../StagePipeline/StagePipeline.js';
import { TrafficLights } from '../TrafficLights/TrafficLights.js';
import { TrendChart } from '../TrendChart/TrendChart.js';
import { type BoundWidgetType, WIDGET_VIEW_KINDS } from './accepts.js';
import {
  categoryItems,
  heatProps,
  kpiProps,
  lightCounts,
  scrollProps,
  stageProps,
  trendProps,
} from './fromView.js';

/** Props of ViewWidget. */
export interface ViewWidgetProps {
  /** The widget type (a map is drawn by its own component). */
  type: Exclude<BoundWidgetType, 'DistrictMap' | 'CoverageMap'>;
  /** The view a binding made; null while its feed loads. */
  view: View | null;
  /** The feed's state, shown the same way by every widget. */
  status: WidgetStatus;
  /** The widget's title in the screen language. */
  title?: string | undefined;
  /** Presentation props from the config (size, variant, limit, visibleRows …). */
  options?: Readonly<Record<string, unknown>> | undefined;
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const oneOf = <T extends string>(v: unknown, values: readonly T[]): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/**
 * One widget drawn from a binding's view. The config was checked when it loaded, so a view
 * of another kind than the widget shows cannot reach here; if it does, the widget says so.
 * Memoised: a parent that renders again with the same props (a screen's slot re-rendered by a
 * feed's new state before its view is recomputed) does not run the widget, whose props are
 * derived objects that would otherwise be new each time and redraw it.
 */
export const ViewWidget = memo(function ViewWidget({
  type,
  view,
  status,
  title,
  options = {},
}: ViewWidgetProps) {
  const lang = useLang();
  const wrong = view !== null && !WIDGET_VIEW_KINDS[type].includes(view.kind);
  const state: WidgetStatus = wrong
    ? {
        ...status,
        state: 'error',
        error: translate(lang, 'view.mismatch', { type, kind: view?.kind ?? '' }),
      }
    : view === null && status.state !== 'error'
      ? { ...status, state: 'loading' }
      : status;
  const v = wrong ? null : view;
  switch (type) {
    case 'KpiCard': {
      const p = v?.kind === 'value' ? kpiProps(v, lang) : null;
      return (
        <KpiCard
          label={title ?? ''}
          value={p?.value ?? null}
          unit={p?.unit ?? ''}
          {...(p?.period ? { period: p.period } : {})}
          {...(p?.changeLabel
            ? { changePct: p.changePct ?? null, changeLabel: p.changeLabel }
            : {})}
          goodDirection={p?.goodDirection ?? 'neutral'}
          decimals={p?.decimals ?? 0}
          size={oneOf(options.size, ['s', 'm', 'l', 'fit'] as const) ?? 's'}
          status={state}
        />
      );
    }
    case 'TrendChart': {
      const p = v?.kind === 'series' ? trendProps(v, lang) : null;
      return (
        <TrendChart
          title={title}
          categories={p?.categories ?? []}
          series={p?.series ?? []}
          kind={oneOf(options.variant, ['line', 'bar', 'area'] as const) ?? 'line'}
          unit={p?.unit ?? ''}
          goodDirection={oneOf(options.goodDirection, ['up', 'down'] as const) ?? 'down'}
          status={state}
        />
      );
    }
    case 'RankingBoard':
      return (
        <RankingBoard
          title={title}
          items={v?.kind === 'categories' ? categoryItems(v, lang) : []}
          unit={v?.kind === 'categories' ? v.unit[lang] : ''}
          limit={num(options.limit) ?? 6}
          status={state}
        />
      );
    case 'RingChart':
      return (
        <RingChart
          title={title}
          items={v?.kind === 'categories' ? categoryItems(v, lang) : []}
          unit={v?.kind === 'categories' ? v.unit[lang] : ''}
          status={state}
        />
      );
    case 'HeatGrid': {
      const p = v?.kind === 'matrix' ? heatProps(v, lang) : null;
      return (
        <HeatGrid
          title={title}
          values={p?.values ?? []}
          {...(p ? { rowLabels: p.rowLabels, columnLabels: p.columnLabels } : {})}
          unit={p?.unit ?? ''}
          status={state}
        />
      );
    }
    case 'TrafficLights':
      return (
        <TrafficLights
          {...(title ? { title } : {})}
          counts={v?.kind === 'lights' ? lightCounts(v) : null}
          status={state}
        />
      );
    case 'StagePipeline':
      return (
        <StagePipeline
          {...(title ? { title } : {})}
          stages={v?.kind === 'stages' ? stageProps(v, lang) : []}
          status={state}
        />
      );
    case 'ScrollBoard': {
      const p = v?.kind === 'rows' ? scrollProps(v, lang) : null;
      const widths = (options.columnWidths ?? {}) as Record<string, unknown>;
      return (
        <ScrollBoard
          title={title ?? ''}
          columns={(p?.columns ?? []).map((c) =>
            typeof widths[c.key] === 'string' ? { ...c, width: widths[c.key] as string } : c,
          )}
          rows={p?.rows ?? []}
          visibleRows={options.visibleRows === 'fit' ? 'fit' : (num(options.visibleRows) ?? 6)}
          rowHeight={num(options.rowHeight) ?? 38}
          status={state}
        />
      );
    }
  }
});
