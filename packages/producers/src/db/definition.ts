import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { feedDeclSchema, isFeedKind, KIND_RE, localTextSchema } from '@onescreen/core';
import { z } from 'zod';

const query = z.string().trim().min(1, { error: 'a SQL query' });

/** A feed-definition file: a query per table, a column → field mapping, the envelope, where to write. */
export const definitionSchema = z
  .object({
    /** The database: `sqlite:<path>` (relative to this file), `postgres://…`, or `${VAR}` from the environment. */
    database: z.string().min(1, { error: 'a database (sqlite:<file> or postgres://…)' }),
    /** The feed file to write, relative to this file. */
    output: z.string().regex(/\.json$/, { error: 'a .json file to write' }),
    /** How often `--watch` runs it, in seconds. */
    refreshSeconds: z.number().min(1, { error: 'seconds ≥ 1' }).default(300),
    /** Each query's time limit, in seconds. */
    timeoutSeconds: z.number().positive({ error: 'seconds > 0' }).default(30),
    /** How many records may be dropped (a value that cannot be read) before the run fails. */
    maxDropped: z.number().int().min(0).default(0),
    feed: z
      .object({
        /** A domain kind, or a self-describing feed's own name (then `fields` is required). */
        kind: z.string().regex(KIND_RE, { error: 'a feed kind' }),
        source: z.string().min(1, { error: 'who made the figures, from what' }),
        title: localTextSchema.optional(),
        fields: feedDeclSchema.optional(),
        /** When the figures were true: `now` (the run's time), an ISO time, or a query's first value. */
        asOf: z.union([z.literal('now'), z.string().min(10), z.object({ query })]).default('now'),
      })
      .strict(),
    /** Per table: its query and, for columns not named as their field, the field each maps to. */
    tables: z.record(
      z.string(),
      z.object({ query, columns: z.record(z.string(), z.string()).default({}) }).strict(),
    ),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (!isFeedKind(d.feed.kind) && !d.feed.fields) {
      ctx.addIssue({
        code: 'custom',
        path: ['feed', 'fields'],
        message: 'the fields of a self-describing feed',
      });
    }
    if (isFeedKind(d.feed.kind) && d.feed.fields) {
      ctx.addIssue({
        code: 'custom',
        path: ['feed', 'fields'],
        message: `no fields: ${d.feed.kind} declares its own`,
      });
    }
  });

/** A feed definition as written. */
export type FeedDefinition = z.infer<typeof definitionSchema>;

/** A definition read from its file. */
export interface LoadedDefinition {
  /** The definition's name (its file name without `.json`). */
  name: string;
  /** The file. */
  file: string;
  /** Its content, checked. */
  definition: FeedDefinition;
}

/** Expands `${VAR}` from the environment (a password never needs to sit in the file). */
export function expandEnv(text: string, env: NodeJS.ProcessEnv = process.env): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => env[name] ?? '');
}

/** Reads and checks a definition file; rejects with the first problem as a sentence. */
export async function loadDefinition(file: string): Promise<LoadedDefinition> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const parsed = definitionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${issue?.path.join('.') || '(file)'}: ${issue?.message ?? 'not a definition'}`,
    );
  }
  return { name: basename(file, extname(file)), file: resolve(file), definition: parsed.data };
}

/** Where a definition writes: its `output`, or the same file name inside `outDir`. */
export function outputOf(loaded: LoadedDefinition, outDir?: string): string {
  const out = loaded.definition.output;
  return outDir === undefined ? resolve(dirname(loaded.file), out) : resolve(outDir, basename(out));
}
