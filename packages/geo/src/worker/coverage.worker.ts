// Web Worker entry: `new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' })`
// from a file next to it, or copy these two lines into the app's own worker module.
import { serveCoverage } from './serve-coverage.js';

serveCoverage(globalThis as never);
