import { change } from './change.js';
import type { TransformDef } from './define.js';
import { derive } from './derive.js';
import { filter } from './filter.js';
import { funnel } from './funnel.js';
import { group } from './group.js';
import { join } from './join.js';
import { sort, top } from './order.js';
import { pivot } from './pivot.js';

/** Every transform a binding may name, by its key. */
export const TRANSFORMS: Readonly<Record<string, TransformDef<unknown>>> = Object.freeze(
  Object.fromEntries(
    [filter, group, derive, change, join, funnel, sort, top, pivot].map((t) => [
      t.key,
      t as TransformDef<unknown>,
    ]),
  ),
);
