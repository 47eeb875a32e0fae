import type { ViewKind } from '@onescreen/core';

/** The view kinds a rule can read a number from. */
export const RULE_VIEW_KINDS: readonly ViewKind[] = ['value', 'regions', 'lights', 'categories'];

/** The measures each view kind offers, and the one a rule reads when it names none. */
export const MEASURES: Readonly<
  Record<string, { allowed: readonly string[] | 'any' | 'none'; default?: string }>
> = {
  value: { allowed: ['value', 'change'], default: 'value' },
  lights: { allowed: ['red', 'yellow', 'green'], default: 'red' },
  regions: { allowed: 'none' },
  categories: { allowed: 'any' },
};
