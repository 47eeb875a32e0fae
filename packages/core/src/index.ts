// Public API of @onescreen/core: a deliberate list, pinned by test/exports.test.ts.
export {};
