// The open data model of @onescreen/core: bindings, transforms and views, named one by one.
export {
  type Binding,
  type BindingResult,
  bindingSchema,
  checkBinding,
  FEED_NAME_RE,
  faultText,
  runBinding,
  type TransformStep,
  type ViewSpec,
} from './binding.js';
export { changePercent } from './change-percent.js';
export { type BindingFault, ModelFault } from './fault.js';
export type { BindingContext, Frame, Row, Shape } from './frame.js';
export { type FunnelStage, funnelFigures } from './funnel-figures.js';
export { periodSpanOf, screenPeriodField } from './history.js';
export {
  dayRange,
  isScreenPeriod,
  monthsIn,
  overlaps,
  PERIOD_UNITS,
  type PeriodUnit,
  periodOf,
  periodUnit,
  shift,
  truncate,
} from './period-key.js';
export {
  inSpan,
  monthsBetween,
  type PeriodSpan,
  periodAs,
  periodsIn,
  type ScreenUnit,
  stepPeriod,
  stepWithin,
} from './period-steps.js';
export { TRANSFORMS } from './transforms/index.js';
export { VIEWS } from './views/index.js';
export {
  type AxisCategory,
  type CategoriesView,
  type LightsView,
  type MatrixView,
  type PointsView,
  type RegionsView,
  type RowsView,
  type SeriesView,
  type StagesView,
  type ValueView,
  VIEW_KINDS,
  type View,
  type ViewContext,
  type ViewKind,
} from './views/types.js';
