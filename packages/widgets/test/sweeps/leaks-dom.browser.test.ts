// Leak sweep over the DOM widgets (see sweepLeaks.tsx). The probes load first.
import './probes.js';
import { fixtures } from '@onescreen/fixtures';
import { sweepLeaks } from './sweepLeaks.js';

sweepLeaks(
  'leak sweep: DOM widgets',
  fixtures.filter((f) => !f.chart),
);
