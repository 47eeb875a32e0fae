import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  domainDeclaration,
  type FeedDecl,
  feedDeclSchema,
  isFeedKind,
  KIND_RE,
  type LocalText,
  localTextSchema,
} from '@onescreen/core';
import { z } from 'zod';
import { beijingIso } from '../cells/read-period.js';
import { type Message, message } from '../messages.js';

/** The feed an import makes: its kind and declaration, and its envelope. */
export interface FeedTarget {
  /** A domain kind (`petitions`) or a self-describing feed's own name. */
  kind: string;
  /** The tables and their fields (a domain kind's from core, or the declared ones). */
  fields: FeedDecl;
  /** True for a self-describing feed: `fields` is written into the feed. */
  selfDescribing: boolean;
  /** What the feed is called (self-describing feeds). */
  title?: LocalText;
  /** Who made the figures, from what. */
  source: string;
  /** When the figures were true (ISO 8601 with offset). */
  asOf: string;
}

/** A `--fields` file: a whole declaration (`kind`, `title`, `fields`) or just the tables' fields. */
const declarationFileSchema = z.union([
  z.object({
    kind: z.string().regex(KIND_RE),
    title: localTextSchema.optional(),
    source: z.string().min(1).optional(),
    fields: feedDeclSchema,
  }),
  feedDeclSchema,
]);

/** What decides the feed an import makes. */
export interface TargetOptions {
  /** A domain kind, or a self-describing feed's name (with `fieldsFile`). */
  kind?: string;
  /** A JSON file declaring a self-describing feed's fields. */
  fieldsFile?: string;
  /** The feed's `source` (default: the input files' names). */
  source?: string;
  /** The feed's `asOf` (default: now, in Beijing time). */
  asOf?: string;
  /** The input files, to guess the kind from their names (`petitions.xlsx`). */
  inputs: readonly string[];
  /** The clock (default: now). */
  now?: Date;
}

/** The domain kind a file's name starts with (`petitions.monthly.csv` → petitions). */
function kindFromName(file: string): string | undefined {
  const first = basename(file)
    .split(/[.\s_]/)[0]
    ?.toLowerCase();
  return first !== undefined && isFeedKind(first) ? first : undefined;
}

/** The kind, declaration and envelope of the feed to make, or the reason there is none. */
export async function resolveTarget(
  options: TargetOptions,
): Promise<FeedTarget | { error: Message }> {
  const asOf =
    options.asOf ?? beijingIso(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
  const names = options.inputs.map((f) => basename(f));
  const listed = names.join(', ');
  // A feed's source is at most 200 characters: many files are named by the first and a count.
  const source =
    options.source ??
    `${listed.length <= 150 ? listed : `${names[0]} (+${names.length - 1})`} (onescreen import)`;
  if (options.fieldsFile !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(options.fieldsFile, 'utf8'));
    } catch (error) {
      return {
        error: message('target.badFields', {
          file: options.fieldsFile,
          reason: (error as Error).message,
        }),
      };
    }
    const parsed = declarationFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim();
      return { error: message('target.badFields', { file: options.fieldsFile, reason }) };
    }
    const whole = 'fields' in parsed.data && 'kind' in parsed.data ? parsed.data : undefined;
    const kind =
      options.kind ??
      (whole?.kind as string | undefined) ??
      basename(options.fieldsFile).split('.')[0]?.toLowerCase() ??
      '';
    if (!KIND_RE.test(kind) || isFeedKind(kind)) {
      return { error: message('target.badKind', { kind }) };
    }
    const fields = (whole ? whole.fields : parsed.data) as FeedDecl;
    const title = whole?.title as LocalText | undefined;
    return {
      kind,
      fields,
      selfDescribing: true,
      ...(title ? { title } : {}),
      source: options.source ?? (whole?.source as string | undefined) ?? source,
      asOf,
    };
  }
  const kind = options.kind ?? options.inputs.map(kindFromName).find((k) => k !== undefined);
  if (kind === undefined) {
    return { error: message('target.needKind') };
  }
  if (!isFeedKind(kind)) {
    return { error: message('target.notDomain', { kind }) };
  }
  return { kind, fields: domainDeclaration(kind), selfDescribing: false, source, asOf };
}
