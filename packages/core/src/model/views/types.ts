import type { LocalText } from '../../feeds/fields/types.js';

// What a binding hands to a widget: small view models that name their period and words, so
// a widget only renders. Every text is in both languages; numbers are raw (formatted by core's
// format module where they are shown).

/** What every view may carry about where and when it speaks. */
export interface ViewContext {
  /** The period shown (a period key: '2022', '2022-Q2', '2022-06'). */
  period?: string | undefined;
  /** The place the figures are filtered to (a place code), and its name. */
  place?: { code: string; name: LocalText } | undefined;
}

/** One headline number. */
export interface ValueView extends ViewContext {
  kind: 'value';
  /** The number, or null when there is none. */
  value: number | null;
  /** Its unit. */
  unit: LocalText;
  /** Digits after the decimal point. */
  precision: number;
  /** The change against a comparison period, in percent, and which comparison. */
  change?: { percent: number | null; against: 'yearAgo' | 'previous' } | undefined;
  /** Which direction of change is good. */
  good?: 'up' | 'down' | undefined;
  /** A target and whether the value meets it. */
  target?: { value: number; rule: 'atMost' | 'atLeast'; met: boolean } | undefined;
  /** A qualifier published with the figure ("逾此数", "约数"). */
  note?: LocalText | undefined;
  /** Words under the figure, from the config ("14 轮全覆盖检查"). */
  caption?: LocalText | undefined;
}

/** One category of a series chart's x axis. */
export interface AxisCategory {
  /** The raw key (a period key, a code or a number). */
  key: string;
  /** Its words on screen. */
  label: LocalText;
}

/** Named series over shared categories. */
export interface SeriesView extends ViewContext {
  kind: 'series';
  categories: AxisCategory[];
  series: {
    name: LocalText;
    values: (number | null)[];
    role?: 'current' | 'previous' | undefined;
  }[];
  unit: LocalText;
}

/** Named parts of a whole, or a ranking. */
export interface CategoriesView extends ViewContext {
  kind: 'categories';
  items: { id: string; name: LocalText; value: number; total?: number | undefined }[];
  unit: LocalText;
}

/** A value per place, for a choropleth. */
export interface RegionsView extends ViewContext {
  kind: 'regions';
  values: { place: string; value: number }[];
  /** What the colours measure. */
  metric: LocalText;
  unit: LocalText;
  /** The comparison, when the values are changes. */
  comparison?: 'yearAgo' | 'previous' | undefined;
}

/** Points on the map, with their details for a card. */
export interface PointsView extends ViewContext {
  kind: 'points';
  points: {
    id: string;
    name: string;
    lon: number;
    lat: number;
    place?: string | undefined;
    group?: string | undefined;
    radiusKm?: number | undefined;
    detail: { label: LocalText; text: LocalText }[];
  }[];
}

/** Rows of a scrolling table. */
export interface RowsView extends ViewContext {
  kind: 'rows';
  columns: { id: string; name: LocalText }[];
  rows: {
    id: string;
    cells: Record<string, LocalText>;
    tone?: 'red' | 'yellow' | 'green' | undefined;
  }[];
}

/** The figures of each stage of a workflow. */
export interface StagesView extends ViewContext {
  kind: 'stages';
  stages: {
    id: string;
    name: LocalText;
    reached: number;
    open: number;
    /** Share of the previous stage that reached this one, in percent; null for the first. */
    conversion: number | null;
    dwellHours: number | null;
  }[];
}

/** Red, yellow and green counts. */
export interface LightsView extends ViewContext {
  kind: 'lights';
  red: number;
  yellow: number;
  green: number;
}

/** A grid of values by two keys. */
export interface MatrixView extends ViewContext {
  kind: 'matrix';
  rows: AxisCategory[];
  columns: AxisCategory[];
  values: (number | null)[][];
  unit: LocalText;
}

/** Any view. */
export type View =
  | ValueView
  | SeriesView
  | CategoriesView
  | RegionsView
  | PointsView
  | RowsView
  | StagesView
  | LightsView
  | MatrixView;

/** The kind of a view. */
export type ViewKind = View['kind'];

/** Every view kind, in the order the docs list them. */
export const VIEW_KINDS: readonly ViewKind[] = Object.freeze([
  'value',
  'series',
  'categories',
  'regions',
  'points',
  'rows',
  'stages',
  'lights',
  'matrix',
]);
