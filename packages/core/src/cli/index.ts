// The validator for command-line hosts (@onescreen/cli): a deliberate list, pinned by
// test/exports.test.ts. Node-only pieces are loaded lazily, so importing this stays safe anywhere.
export { type CliIo, TooLargeError } from './io.js';
export { nodeIo } from './node-io.js';
export { EXIT, runValidate, USAGE } from './validate.js';
