import type { ChartPalette } from '../echarts/chartPalette.js';
import type { Lang } from '../i18n/lang.js';

/** How a series is drawn. */
export type TrendKind = 'line' | 'bar' | 'area';

/** One series of a trend: a value per category, and optionally the same periods a year earlier. */
export interface TrendSeries {
  /** Series name (feed text; shown as text only). */
  name: string;
  /** One value per category; null where missing. */
  values: readonly (number | null)[];
  /** Values of the same periods of the previous year, aligned with `values`, for the YoY overlay. */
  previous?: readonly (number | null)[] | undefined;
  /** Legend name of the previous-year overlay; '<name>（去年同期）' by default. */
  previousName?: string | undefined;
  /** Overrides the chart's kind for this series. */
  kind?: TrendKind | undefined;
}

/** Everything the trend option is built from. */
export interface TrendInput {
  /** Category labels (periods such as '1月' or '2022-01'). */
  categories: readonly string[];
  /** The series, drawn in order. */
  series: readonly TrendSeries[];
  /** Default kind of every series. */
  kind: TrendKind;
  /** Unit after every value ('件', '%'). */
  unit: string;
  /** Title used for the accessible description and the table caption. */
  title: string;
  /** Screen language. */
  lang: Lang;
  /** Theme colours and faces. */
  palette: ChartPalette;
  /** No animation. */
  reducedMotion: boolean;
}

/** Per-series totals and the year-on-year change of the periods both years report. */
export interface TrendSummary {
  /** Series name. */
  name: string;
  /** Sum of the current values. */
  total: number;
  /** (current − previous) / previous over periods present in both years; null without a base. */
  change: number | null;
}
