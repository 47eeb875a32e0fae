import { z } from 'zod';
import type { FieldDecl, LocalText } from '../../feeds/fields/types.js';
import { ModelFault } from '../fault.js';
import { funnelFigures, stageId } from '../funnel-figures.js';
import { faults, words } from '../messages.js';
import { defineTransform, need, type TransformDef, timed } from './define.js';

/** A funnel spec: the datetime field at which a record reached each stage, in order. */
export const funnelSpec = z
  .object({
    stages: z
      .array(z.string().min(1))
      .min(2)
      .max(12)
      .describe('Datetime fields, one per stage in order (e.g. times.received, times.assigned …)'),
  })
  .strict();

/** A funnel spec as written. */
export type FunnelSpec = z.infer<typeof funnelSpec>;

/**
 * The workflow figures per stage: how many records reached it, how many sit in it now,
 * the share of the previous stage that reached it, and the mean hours spent before the next.
 */
export const funnel: TransformDef<FunnelSpec> = defineTransform({
  key: 'funnel',
  schema: funnelSpec,
  shape(spec, input) {
    if (spec.stages.length < 2) throw new ModelFault(['stages'], faults.noStages());
    const labels: Record<string, LocalText> = {};
    spec.stages.forEach((s, i) => {
      const f = need(input, s, ['stages', i], timed);
      labels[stageId(s)] = f.label ?? { 'zh-CN': stageId(s), en: stageId(s) };
    });
    const fields: FieldDecl[] = [
      {
        name: 'stage',
        type: 'category',
        values: spec.stages.map(stageId),
        valueLabels: labels,
        label: words.stage,
      },
      { name: 'reached', type: 'integer', min: 0, label: words.reached },
      { name: 'open', type: 'integer', min: 0, label: words.open },
      {
        name: 'conversion',
        type: 'number',
        optional: true,
        label: words.conversion,
        unit: words.percent,
      },
      { name: 'dwellHours', type: 'number', optional: true, label: words.dwell, unit: words.hours },
    ];
    return { fields };
  },
  run(spec, frame) {
    const fields = funnel.shape(spec, { fields: frame.fields }, {}).fields;
    const rows = funnelFigures(frame.rows, spec.stages).map((s) => ({ ...s }));
    return { ...frame, fields, rows };
  },
});
