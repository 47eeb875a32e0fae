// Public API of @onescreen/geo: a deliberate list, pinned by test/exports.test.ts.
export * from './api.js';
