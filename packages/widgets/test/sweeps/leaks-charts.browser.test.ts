// Leak sweep over the ECharts chart widgets (see sweepLeaks.tsx); maps have their own file so
// the three halves share both cores. The probes load first.
import './probes.js';
import { fixtures } from '@onescreen/fixtures';
import { mapWidgets, sweepLeaks } from './sweepLeaks.js';

sweepLeaks(
  'leak sweep: chart widgets',
  fixtures.filter((f) => f.chart && !mapWidgets.has(f.name)),
);
