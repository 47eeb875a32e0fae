import {
  ALERT_COMPARISONS,
  ALERT_LEVELS,
  type AlertComparison,
  type AlertLevel,
  bindingSchema,
} from '@onescreen/core';
import { z } from 'zod';

const text = z
  .object({ 'zh-CN': z.string().min(1).max(200), en: z.string().min(1).max(200) })
  .strict();

const id = z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, 'lower-case letters, digits and dashes');

/**
 * One alert rule of a screen config: a comparison over a bound value (a widget's view, or the
 * rule's own binding) or the staleness of a feed, with a level, hysteresis and plain words.
 */
export const alertRuleConfig = z
  .object({
    id,
    level: z
      .enum(ALERT_LEVELS as [AlertLevel, ...AlertLevel[]])
      .describe('notice, warning or critical'),
    widget: id
      .optional()
      .describe(
        "The widget whose view gives the value (a value view's number, one value per place of a regions view, a lights level, a category's items); with `bind`, the widget the alert concerns (highlighted, its carousel view held)",
      ),
    bind: bindingSchema
      .optional()
      .describe(
        "The rule's own binding, as a widget's `bind`, ending in a value, regions, lights or categories view",
      ),
    measure: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .describe(
        'Which number of the view: "value" (default) or "change" of a value view; "red" (default), "yellow" or "green" of a lights view; an item id of a categories view (default: every item)',
      ),
    op: z
      .enum(ALERT_COMPARISONS as [AlertComparison, ...AlertComparison[]])
      .optional()
      .describe('The comparison that alarms: >=, >, <= or <'),
    threshold: z.number().finite().optional().describe('The value compared with'),
    clear: z
      .number()
      .finite()
      .optional()
      .describe(
        'Hysteresis: a firing alert holds while the value still meets the comparison against this level (on the safe side of the threshold) and clears once it does not',
      ),
    margin: z
      .number()
      .finite()
      .min(0)
      .optional()
      .describe('Hysteresis: the clear level this far from the threshold, on the safe side'),
    forSeconds: z
      .number()
      .min(0)
      .max(86_400)
      .default(0)
      .describe(
        'Hysteresis in time: the condition must hold this long (from the data time) before the alert fires, and the value must stay back this long before it clears',
      ),
    stale: z
      .object({
        feed: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a feed name from /feeds'),
        longerThanSeconds: z.number().min(0).max(604_800),
      })
      .strict()
      .optional()
      .describe('A staleness rule: fires when the feed has been stale for longer than this'),
    name: text
      .optional()
      .describe(
        'What is measured, in words ("红灯督办件"); default: the widget\'s title, or the feed\'s label',
      ),
    text: text
      .optional()
      .describe(
        'The alert sentence; {place}, {name}, {value}, {threshold}, {comparison} and {level} are filled in. Default: "{place} {name} {value}，{comparison} {threshold}"',
      ),
    unit: text.optional().describe("The value's unit (default: the view's)"),
    precision: z.number().int().min(0).max(6).optional().describe('Digits after the decimal point'),
    sound: z.boolean().default(false).describe('Play the bundled alert tone when it fires'),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const fault = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (rule.stale) {
      for (const key of [
        'widget',
        'bind',
        'measure',
        'op',
        'threshold',
        'clear',
        'margin',
      ] as const) {
        if (rule[key] !== undefined) fault(key, `a staleness rule takes no ${key}`);
      }
      return;
    }
    if (rule.widget === undefined && rule.bind === undefined)
      fault('widget', 'a rule names a widget, or carries its own bind, or a stale feed');
    if (rule.op === undefined) fault('op', 'a rule needs a comparison: >=, >, <= or <');
    if (rule.threshold === undefined) fault('threshold', 'a rule needs a threshold');
    if (rule.clear !== undefined && rule.margin !== undefined)
      fault('margin', 'give either clear or margin, not both');
    if (rule.clear !== undefined && rule.op !== undefined && rule.threshold !== undefined) {
      const high = rule.op === '>=' || rule.op === '>';
      if (high ? rule.clear > rule.threshold : rule.clear < rule.threshold)
        fault(
          'clear',
          `the clear level must be on the safe side of the threshold (${high ? 'at most' : 'at least'} ${rule.threshold})`,
        );
    }
  });

/** Where the alert list is docked when no AlertList widget is placed. */
export const alertListDockConfig = z
  .object({
    area: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'a grid area name')
      .optional()
      .describe("The grid area whose panel it docks in (default: the map's area)"),
    edge: z
      .enum(['bottom', 'top'])
      .default('bottom')
      .describe("The edge of that panel it takes; the panel's widgets share the rest"),
    limit: z.number().int().min(1).max(10).default(3).describe('Rows shown before "N more"'),
  })
  .strict();

/** How the screen behaves when alerts fire. */
export const alertingConfig = z
  .object({
    holdSeconds: z
      .number()
      .min(0)
      .max(3_600)
      .default(60)
      .describe(
        'After an alert fires, a carousel turns to the view holding its widget and a playlist stays on its screen this long (to the next rotation step), unless it is acknowledged first',
      ),
    list: alertListDockConfig
      .default({ edge: 'bottom', limit: 3 })
      .describe('A one-line-per-alert list docked in a panel while alerts fire'),
  })
  .strict();

/** An alert rule after validation. */
export type AlertRuleConfig = z.output<typeof alertRuleConfig>;
/** The alerting options after validation. */
export type AlertingConfig = z.output<typeof alertingConfig>;
