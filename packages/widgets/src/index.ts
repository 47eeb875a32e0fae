// Public API of @onescreen/widgets: a deliberate list, pinned by test/exports.test.ts.
// base.ts: theme, i18n, frame, screen container and the DOM widgets.
// charts.ts: the ECharts binding, chart and map widgets.
export * from './base.js';
export * from './charts.js';
