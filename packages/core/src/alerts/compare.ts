import type { AlertComparison, AlertRule } from './types.js';

/** Whether `value` meets `op` against `level` (value ≥ level, …). */
export function meets(value: number, op: AlertComparison, level: number): boolean {
  switch (op) {
    case '>=':
      return value >= level;
    case '>':
      return value > level;
    case '<=':
      return value <= level;
    case '<':
      return value < level;
  }
}

/** Whether the comparison alarms on high values (≥, >) rather than low ones. */
export function alarmsHigh(op: AlertComparison): boolean {
  return op === '>=' || op === '>';
}

/**
 * The level a firing alert must pass back over to clear: the rule's `clear`, else the threshold
 * moved by `margin` to the safe side, else the threshold. A clear level on the alarming side
 * of the threshold would let an alert clear while still alarming; it is taken as the threshold.
 */
export function clearLevel(rule: Pick<AlertRule, 'op' | 'threshold' | 'clear' | 'margin'>): number {
  const high = alarmsHigh(rule.op);
  const margin = Math.abs(rule.margin ?? 0);
  const level = rule.clear ?? (high ? rule.threshold - margin : rule.threshold + margin);
  if (!Number.isFinite(level)) return rule.threshold;
  return high ? Math.min(level, rule.threshold) : Math.max(level, rule.threshold);
}
