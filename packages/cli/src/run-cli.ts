import type { CommandOutput } from './command.js';
import { commandNames, loadCommand } from './load-command.js';

/** Exit code of a usage error (no command, an unknown one), as `validate` uses it too. */
export const USAGE_EXIT = 2;

async function usage(): Promise<string[]> {
  const lines = [
    'usage: onescreen <command> [options]   (onescreen <command> --help for its options)',
  ];
  for (const name of await commandNames()) {
    const command = await loadCommand(name);
    if (command !== undefined) lines.push(`  ${name.padEnd(12)} ${command.summary}`);
  }
  lines.push('用法: onescreen <命令> [选项]');
  return lines;
}

/** Run `onescreen <argv>`: find the command named by the first argument and run it. */
export async function runCli(argv: readonly string[], output: CommandOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    for (const line of await usage()) output.out(line);
    return 0;
  }
  if (name === undefined) {
    output.err('onescreen: missing command');
    for (const line of await usage()) output.err(line);
    return USAGE_EXIT;
  }
  const command = await loadCommand(name);
  if (command === undefined) {
    output.err(`onescreen: unknown command "${name}"`);
    for (const line of await usage()) output.err(line);
    return USAGE_EXIT;
  }
  return command.run(args, output);
}
