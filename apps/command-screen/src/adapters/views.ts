// What adapters hand to widgets: small view models independent of any widget's prop names.
// The bridge in ../widgets maps each kind onto the widget that shows it.

/** A name in both languages (feed names arrive as text; they are never markup). */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One headline number with its unit, period and optional change. */
export interface KpiView {
  kind: 'kpi';
  value: number | null;
  /** Unit shown after the number, both languages ('件' / 'cases'). */
  unit: Bilingual;
  /** Digits after the decimal point. */
  precision: number;
  /** Period the number covers ('2022年' / '2022'). */
  period?: Bilingual;
  /** Place the number speaks for when it is not the whole area ('萧山区'). */
  scope?: Bilingual;
  /** Change against the previous period, in percent. */
  changePercent?: number | null;
  /** Which direction of change is good (for petitions and fraud a fall is good). */
  good?: 'up' | 'down';
  /** The figure waits on a computation (the coverage worker): the widget shows loading. */
  pending?: boolean;
  /** Optional target line, e.g. 22 km² per station, and whether the value meets it. */
  target?: { value: number; met: boolean; label: Bilingual };
}

/** Named series over shared categories (months, hours). */
export interface SeriesView {
  kind: 'series';
  categories: Bilingual[];
  series: { name: Bilingual; values: number[]; role?: 'current' | 'previous' }[];
  unit: Bilingual;
}

/** Named parts of a whole or a ranking. */
export interface PartsView {
  kind: 'parts';
  items: { id: string; name: Bilingual; value: number; total?: number }[];
  unit: Bilingual;
}

/** The five-stage workflow. */
export interface StagesView {
  kind: 'stages';
  stages: {
    id: string;
    name: Bilingual;
    reached: number;
    current: number;
    meanDwellMs: number | null;
  }[];
}

/** Red / yellow / green counts. */
export interface LightsView {
  kind: 'lights';
  red: number;
  yellow: number;
  green: number;
}

/** Rows of a scrolling table. */
export interface RowsView {
  kind: 'rows';
  columns: { id: string; name: Bilingual }[];
  rows: { id: string; cells: Record<string, string>; tone?: 'red' | 'yellow' | 'green' }[];
}

/** Weekday × hour counts. */
export interface HeatView {
  kind: 'heat';
  rows: Bilingual[];
  columns: Bilingual[];
  values: number[][];
  unit: Bilingual;
}

/** A value per district for the map, and points to draw on it. */
export interface MapView {
  kind: 'map';
  metric: Bilingual;
  unit: Bilingual;
  values: { district: string; value: number }[];
}

/** Stations for the map's points layer and the coverage engine. */
export interface StationsView {
  kind: 'stations';
  stations: {
    id: string;
    name: string;
    district: string;
    role: 'central' | 'sub';
    lon: number;
    lat: number;
  }[];
  /** Response radius by district adcode, km. */
  radiusKm: Record<string, number>;
}

/** Raw workflow cases (the pipeline widget computes its own stage figures). */
export interface CasesView {
  kind: 'cases';
  cases: { times: Record<string, string | undefined> }[];
}

/** Any view an adapter produces. */
export type View =
  | KpiView
  | SeriesView
  | PartsView
  | StagesView
  | LightsView
  | RowsView
  | HeatView
  | MapView
  | StationsView
  | CasesView;
