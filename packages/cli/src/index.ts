// Public API of @onescreen/cli: a deliberate list, pinned by test/exports.test.ts.
export type { Command, CommandOutput } from './command.js';
export { runCli, USAGE_EXIT } from './run-cli.js';
