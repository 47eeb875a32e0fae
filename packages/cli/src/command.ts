/** Where a command writes: results to `out`, diagnostics and usage to `err`. */
export interface CommandOutput {
  /** One line of results (stdout). */
  out(line: string): void;
  /** One line of diagnostics (stderr). */
  err(line: string): void;
}

/**
 * One subcommand of `onescreen`. A file `commands/<name>.ts` exporting `command` is the whole
 * of adding one: the dispatcher finds it by its file name.
 */
export interface Command {
  /** One line for `onescreen --help`. */
  summary: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], output: CommandOutput): Promise<number>;
}
