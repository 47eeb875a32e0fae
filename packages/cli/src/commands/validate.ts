import { nodeIo, runValidate } from '@onescreen/core/cli';
import type { Command } from '../command.js';

/** `onescreen validate <file|url> [--kind <kind>]`: the feed validator of @onescreen/core. */
export const command: Command = {
  summary: 'check a feed file or URL against its schema (exit 0 valid, 1 invalid)',
  run: (args, output) =>
    runValidate(['validate', ...args], { ...nodeIo(), out: output.out, err: output.err }),
};
