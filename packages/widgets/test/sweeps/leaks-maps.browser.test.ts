// Leak sweep over the map widgets (see sweepLeaks.tsx), the slowest to update. The probes load first.
import './probes.js';
import { fixtures } from '@onescreen/fixtures';
import { mapWidgets, sweepLeaks } from './sweepLeaks.js';

sweepLeaks(
  'leak sweep: map widgets',
  fixtures.filter((f) => mapWidgets.has(f.name)),
);
