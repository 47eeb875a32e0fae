import { z } from 'zod';
import { fieldOf } from '../frame.js';
import { valueText } from '../text.js';
import { need, numberOf, numeric } from '../transforms/define.js';
import { contextOf, defineView } from './define.js';

/** A stages view reads a funnel's output; it takes no mapping. */
export const stagesSpec = z.object({}).strict();

/** The workflow figures of each stage, from the `funnel` transform's rows. */
export const stagesView = defineView({
  kind: 'stages',
  schema: stagesSpec,
  check(_spec, shape) {
    need(shape, 'stage', []);
    for (const f of ['reached', 'open', 'conversion', 'dwellHours']) need(shape, f, [], numeric);
  },
  build(_spec, frame, context) {
    const decl = fieldOf(frame, 'stage');
    return {
      kind: 'stages',
      stages: frame.rows.map((r) => ({
        id: String(r.stage),
        name: valueText(r.stage, decl, r, context),
        reached: numberOf(r.reached) ?? 0,
        open: numberOf(r.open) ?? 0,
        conversion: numberOf(r.conversion),
        dwellHours: numberOf(r.dwellHours),
      })),
      ...contextOf(frame, context),
    };
  },
});
