// The coverage raster runs here so that re-counting never stalls the screen's main thread.
import { type CoverageRequest, computeCoverage } from './compute-figures.js';

self.addEventListener('message', (event: MessageEvent<CoverageRequest>) => {
  self.postMessage(computeCoverage(event.data));
});
