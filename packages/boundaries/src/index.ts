// Public API of @onescreen/boundaries: a deliberate list, pinned by test/exports.test.ts.
// Each city is also its own entry (`@onescreen/boundaries/jiaxing`); the data are marked pure,
// so a bundler drops the city an app does not use.
export { type HangzhouCode, hangzhou } from './hangzhou.js';
export { type JiaxingCode, jiaxing } from './jiaxing.js';
export type {
  BoundaryCollection,
  BoundaryFeature,
  BoundaryGeometry,
  BoundaryProperties,
} from './types.js';
