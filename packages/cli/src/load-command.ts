import { readdir } from 'node:fs/promises';
import type { Command } from './command.js';

const commandsDir = new URL('./commands/', import.meta.url);

/** A command's file name: lower-case words joined by dashes (`build-feeds`). */
const NAME = /^[a-z]+(?:-[a-z]+)*$/;

/** Each command's name and its file: `.ts` when run from source, `.js` once built. */
async function commandFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of (await readdir(commandsDir)).sort()) {
    const match = /^(.+)\.(?:ts|js)$/.exec(file);
    if (match?.[1] !== undefined && !file.endsWith('.d.ts') && NAME.test(match[1])) {
      files.set(match[1], file);
    }
  }
  return files;
}

/** The names of the commands there are: one per file in `commands/`. */
export async function commandNames(): Promise<string[]> {
  return [...(await commandFiles()).keys()].sort();
}

/** The command called `name`, or undefined when there is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  // Only a name that is one of the files: never a path the caller made up.
  const file = (await commandFiles()).get(name);
  if (file === undefined) return undefined;
  const module = (await import(/* @vite-ignore */ new URL(file, commandsDir).href)) as {
    command?: Command;
  };
  return module.command;
}
