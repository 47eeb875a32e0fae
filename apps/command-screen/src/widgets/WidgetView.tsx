import {
  HeatGrid,
  KpiCard,
  RankingBoard,
  RingChart,
  ScrollBoard,
  StagePipeline,
  TrafficLights,
  TrendChart,
  type WidgetStatus,
} from '@onescreen/widgets';
import type { View } from '../adapters/views.js';
import type { WidgetConfig } from '../config/schema.js';
import type { AppLang } from '../i18n/text.js';
import { FallbackView } from './FallbackView.js';
import { pick, pickTitle } from './pick.js';

/** Props of WidgetView. */
export interface WidgetViewProps {
  widget: WidgetConfig;
  view: View | null;
  status: WidgetStatus;
  lang: AppLang;
}

type Props = Record<string, unknown>;

/** Join the non-empty parts of a caption. */
function caption(...parts: (string | undefined)[]): string | undefined {
  const text = parts.filter((p) => p && p.length > 0).join(' · ');
  return text.length > 0 ? text : undefined;
}

/**
 * Maps a view model onto the library widget of the config's type. Each widget gets its
 * status, so loading, error-with-last-data and stale show the same way everywhere. A view of
 * a kind the widget cannot show falls back to plain text rather than a blank panel.
 */
export function WidgetView({ widget, view, status, lang }: WidgetViewProps) {
  const title = pickTitle(widget.title, lang);
  const extra = widget.props as Props;
  // While the feed loads there is no view yet; every widget renders its own loading state.
  const waiting = view === null;
  switch (widget.type) {
    case 'KpiCard': {
      if (!waiting && view.kind !== 'kpi') break;
      const v = waiting ? null : view;
      const target = v?.target;
      const targetText = target
        ? `${pick(target.label, lang)} ${target.met ? (lang === 'en' ? 'met' : '达标') : lang === 'en' ? 'not met' : '未达标'}`
        : undefined;
      return (
        <KpiCard
          label={title ?? ''}
          value={v?.value ?? null}
          unit={v ? pick(v.unit, lang) : ''}
          {...optional('period', caption(pick(v?.scope, lang), pick(v?.period, lang), targetText))}
          {...(v?.changePercent !== undefined
            ? { changePct: v.changePercent, changeLabel: lang === 'en' ? 'YoY' : '同比' }
            : {})}
          goodDirection={v?.good ?? 'neutral'}
          decimals={v?.precision ?? 0}
          size={(extra.size as 's' | 'm' | 'l' | undefined) ?? 's'}
          status={status}
        />
      );
    }
    case 'TrendChart': {
      if (!waiting && view.kind !== 'series') break;
      const current = waiting ? [] : view.series.filter((s) => s.role !== 'previous');
      const previous = waiting ? undefined : view.series.find((s) => s.role === 'previous');
      return (
        <TrendChart
          title={title}
          categories={waiting ? [] : view.categories.map((c) => pick(c, lang))}
          series={current.map((s) => ({
            name: pick(s.name, lang),
            values: s.values,
            ...(previous ? { previous: previous.values } : {}),
          }))}
          kind={(extra.variant as 'line' | 'bar' | 'area' | undefined) ?? 'line'}
          unit={waiting ? '' : pick(view.unit, lang)}
          goodDirection={(extra.goodDirection as 'up' | 'down' | undefined) ?? 'down'}
          status={status}
        />
      );
    }
    case 'RankingBoard': {
      if (!waiting && view.kind !== 'parts') break;
      return (
        <RankingBoard
          title={title}
          items={
            waiting
              ? []
              : view.items.map((i) => ({
                  name:
                    i.total !== undefined
                      ? `${pick(i.name, lang)}${lang === 'en' ? ` (of ${i.total})` : `（共 ${i.total}）`}`
                      : pick(i.name, lang),
                  value: i.value,
                }))
          }
          unit={waiting ? '' : pick(view.unit, lang)}
          limit={(extra.limit as number | undefined) ?? 6}
          status={status}
        />
      );
    }
    case 'RingChart': {
      if (!waiting && view.kind !== 'parts') break;
      return (
        <RingChart
          title={title}
          items={
            waiting ? [] : view.items.map((i) => ({ name: pick(i.name, lang), value: i.value }))
          }
          unit={waiting ? '' : pick(view.unit, lang)}
          status={status}
        />
      );
    }
    case 'HeatGrid': {
      if (!waiting && view.kind !== 'heat') break;
      return (
        <HeatGrid
          title={title}
          values={waiting ? [] : view.values}
          unit={waiting ? '' : pick(view.unit, lang)}
          status={status}
        />
      );
    }
    case 'TrafficLights': {
      if (!waiting && view.kind !== 'lights') break;
      return (
        <TrafficLights
          {...optional('title', title)}
          counts={waiting ? null : { red: view.red, yellow: view.yellow, green: view.green }}
          status={status}
        />
      );
    }
    case 'StagePipeline': {
      if (!waiting && view.kind !== 'cases') break;
      return (
        <StagePipeline
          {...optional('title', title)}
          cases={waiting ? [] : view.cases}
          status={status}
        />
      );
    }
    case 'ScrollBoard': {
      if (!waiting && view.kind !== 'rows') break;
      const suffix = lang === 'en' ? 'en' : 'zh';
      return (
        <ScrollBoard
          title={title ?? ''}
          columns={
            waiting
              ? []
              : view.columns.map((c) => ({
                  key: c.id,
                  title: pick(c.name, lang),
                  width: c.id === 'time' ? '1.3fr' : c.id === 'place' ? '1.2fr' : '1fr',
                }))
          }
          rows={
            waiting
              ? []
              : view.rows.map((r) => {
                  const row: Record<string, string> = { id: r.id };
                  for (const c of view.columns)
                    row[c.id] = r.cells[c.id] ?? r.cells[`${c.id}.${suffix}`] ?? '';
                  return row;
                })
          }
          visibleRows={(extra.visibleRows as number | undefined) ?? 6}
          rowHeight={(extra.rowHeight as number | undefined) ?? 38}
          status={status}
        />
      );
    }
    default:
      break;
  }
  return <FallbackView name={widget.type} title={title} view={view} status={status} lang={lang} />;
}

/** Spread helper: `{ key: value }` when the value is defined (exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
