// Public API of @onescreen/core: a deliberate list, pinned by test/exports.test.ts.
// Each sub-index names its exports one by one; this file only gathers them.

export * from './alerts/index.js';
export * from './client/index.js';
export * from './feeds/index.js';
export * from './model/index.js';
