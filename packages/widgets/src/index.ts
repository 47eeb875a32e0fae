// Public API of @onescreen/widgets: a deliberate list, pinned by test/exports.test.ts.
export {};
