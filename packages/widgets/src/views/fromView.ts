import {
  type CategoriesView,
  formatComparison,
  formatNumber,
  formatPeriod,
  type LightsView,
  type LocalText,
  type MatrixView,
  type RowsView,
  type SeriesView,
  type StagesView,
  type ValueView,
  type ViewContext,
} from '@onescreen/core';
import type { Lang } from '../i18n/lang.js';
import { translate } from '../i18n/messages.js';

// View models to widget props: pure, so the app, the embed element and Storybook's playground
// show a binding the same way. Every word comes from the view, core's format module or the
// widgets' message catalogue.

/** One language's words of a text. */
export const say = (text: LocalText | undefined, lang: Lang): string => text?.[lang] ?? '';

/** "萧山区 · 2021年": where and when a view speaks, for a caption. */
export function whereWhen(view: ViewContext, lang: Lang): string[] {
  return [
    view.place ? say(view.place.name, lang) : '',
    view.period ? formatPeriod(view.period, lang) : '',
  ].filter((s) => s.length > 0);
}

/** KpiCard's props from a value view. */
export function kpiProps(view: ValueView, lang: Lang) {
  const target = view.target
    ? translate(lang, view.target.met ? 'view.targetMet' : 'view.targetMissed', {
        rule: view.target.rule === 'atMost' ? '≤' : '≥',
        value: formatNumber(view.target.value, lang),
      })
    : '';
  const caption = [...whereWhen(view, lang), say(view.note, lang), say(view.caption, lang), target]
    .filter((s) => s.length > 0)
    .join(' · ');
  return {
    value: view.value,
    unit: say(view.unit, lang),
    decimals: view.precision,
    ...(caption ? { period: caption } : {}),
    ...(view.change
      ? { changePct: view.change.percent, changeLabel: formatComparison(view.change.against, lang) }
      : {}),
    goodDirection: view.good ?? ('neutral' as const),
  };
}

/** TrendChart's props from a series view: current series, each with the previous overlaid. */
export function trendProps(view: SeriesView, lang: Lang) {
  const previous = view.series.find((s) => s.role === 'previous');
  return {
    categories: view.categories.map((c) => say(c.label, lang)),
    series: view.series
      .filter((s) => s.role !== 'previous')
      .map((s) => ({
        name: say(s.name, lang),
        values: s.values,
        ...(previous ? { previous: previous.values, previousName: say(previous.name, lang) } : {}),
      })),
    unit: say(view.unit, lang),
  };
}

/** RankingBoard's and RingChart's items from a categories view ("国家级（共 125）"). */
export function categoryItems(view: CategoriesView, lang: Lang) {
  return view.items.map((i) => ({
    name:
      i.total === undefined
        ? say(i.name, lang)
        : translate(lang, 'view.ofTotal', {
            name: say(i.name, lang),
            total: formatNumber(i.total, lang),
          }),
    value: i.value,
  }));
}

/** ScrollBoard's columns and rows from a rows view. */
export function scrollProps(view: RowsView, lang: Lang) {
  return {
    columns: view.columns.map((c) => ({ key: c.id, title: say(c.name, lang) })),
    rows: view.rows.map((r) => {
      const row: Record<string, string> = { id: r.id };
      for (const c of view.columns) row[c.id] = say(r.cells[c.id], lang);
      return row;
    }),
  };
}

/** StagePipeline's stages from a stages view. */
export function stageProps(view: StagesView, lang: Lang) {
  return view.stages.map((s) => ({
    stage: s.id,
    name: say(s.name, lang),
    count: s.reached,
    open: s.open,
    conversion: s.conversion === null ? null : s.conversion / 100,
    dwellHours: s.dwellHours,
  }));
}

/** TrafficLights' counts from a lights view. */
export function lightCounts(view: LightsView) {
  return { red: view.red, yellow: view.yellow, green: view.green };
}

/** HeatGrid's values and labels from a matrix view. */
export function heatProps(view: MatrixView, lang: Lang) {
  return {
    values: view.values,
    rowLabels: view.rows.map((r) => say(r.label, lang)),
    columnLabels: view.columns.map((c) => say(c.label, lang)),
    unit: say(view.unit, lang),
  };
}
