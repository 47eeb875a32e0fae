// The coverage raster runs here so that re-counting never stalls the screen's main thread.
import { serveCoverage } from '@onescreen/geo';

serveCoverage(self as never);
