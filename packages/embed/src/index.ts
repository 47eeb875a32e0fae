// Public API of @onescreen/embed: a deliberate list, pinned by test/exports.test.ts.
export {};
