import { categoriesView } from './categories.js';
import type { ViewDef } from './define.js';
import { lightsView } from './lights.js';
import { matrixView } from './matrix.js';
import { pointsView } from './points.js';
import { regionsView } from './regions.js';
import { rowsView } from './rows.js';
import { seriesView } from './series.js';
import { stagesView } from './stages.js';
import type { ViewKind } from './types.js';
import { valueView } from './value.js';

/** Every view kind's definition. */
export const VIEWS: Readonly<Record<ViewKind, ViewDef<unknown>>> = Object.freeze({
  value: valueView as ViewDef<unknown>,
  series: seriesView as ViewDef<unknown>,
  categories: categoriesView as ViewDef<unknown>,
  regions: regionsView as ViewDef<unknown>,
  points: pointsView as ViewDef<unknown>,
  rows: rowsView as ViewDef<unknown>,
  stages: stagesView as ViewDef<unknown>,
  lights: lightsView as ViewDef<unknown>,
  matrix: matrixView as ViewDef<unknown>,
});
