#!/usr/bin/env node
// `onescreen <command>`: validate, serve, and whatever else lives in ./commands/.
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
});
