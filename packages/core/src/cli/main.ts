#!/usr/bin/env node
// `pnpm onescreen validate <file|url>`: the feed validator for producers.
import { nodeIo, nodeProcess } from './node-io.js';
import { runValidate } from './validate.js';

const proc = nodeProcess();
proc.exitCode = await runValidate(proc.argv.slice(2), nodeIo());
