import type { z } from 'zod';
import { tableSchema } from './fields/compile.js';
import { feedDeclSchema } from './fields/decl-schema.js';
import type { FeedDecl } from './fields/types.js';
import { issuesToProblems } from './issues.js';
import { isFeedKind } from './kinds.js';
import type { FeedProblem } from './pointer.js';
import { recordSchemas } from './registry.js';

/** The record schema of every table a feed holds, and a self-describing feed's declaration. */
export type FeedTables =
  | { ok: true; lists: [string, z.ZodType][]; fields?: FeedDecl }
  | { ok: false; problems: FeedProblem[] };

// Feeds are re-read every minute with the same declaration; compiling it once is enough.
const compiled = new Map<string, [string, z.ZodType][]>();
const MAX_CACHED = 32;

/**
 * A domain kind's built-in record schemas, or the schemas compiled from a self-describing
 * feed's `fields`. A domain feed may not declare fields (its are built in); any other kind must.
 */
export function tablesOf(kind: string, fields: unknown): FeedTables {
  if (isFeedKind(kind)) {
    if (fields !== undefined) {
      return {
        ok: false,
        problems: [
          {
            pointer: '/fields',
            expected: `no "fields" on a ${kind} feed (its fields are built in)`,
            found: 'a declaration',
          },
        ],
      };
    }
    return { ok: true, lists: recordSchemas(kind) };
  }
  if (fields === undefined) {
    return {
      ok: false,
      problems: [
        {
          pointer: '/fields',
          expected: `the fields of each table (a "${kind}" feed is not one of the five built-in kinds, so it declares its fields)`,
          found: 'nothing (missing)',
        },
      ],
    };
  }
  const decl = feedDeclSchema.safeParse(fields);
  if (!decl.success)
    return { ok: false, problems: issuesToProblems(decl.error.issues, fields).map(under) };
  const key = JSON.stringify(decl.data);
  let lists = compiled.get(key);
  if (!lists) {
    lists = Object.entries(decl.data).map(([table, f]) => [table, tableSchema(f)]);
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, lists);
  }
  return { ok: true, lists, fields: decl.data };
}

/** Problems of the declaration point into `/fields`. */
function under(problem: FeedProblem): FeedProblem {
  return { ...problem, pointer: `/fields${problem.pointer}` };
}
