import type { FeedKind } from '../feeds/kinds.js';
import { FEED_KINDS, isFeedKind } from '../feeds/kinds.js';
import { FEED_LIMITS } from '../feeds/limits.js';
import { inspectFeed, readFeedText } from '../feeds/parse.js';
import { type FeedProblem, valueAt } from '../feeds/pointer.js';
import type { Lang } from '../format/lang.js';
import { localeLang, parseLang } from './cli-lang.js';
import { feedWarnings } from './feed-warnings.js';
import { type CliIo, TooLargeError } from './io.js';
import { jsonSyntaxFaults } from './json-syntax.js';
import { type CliMessageKey, say } from './messages.js';
import { createLocator, pointerPath } from './positions.js';
import { problemLine, whereOf } from './report-lines.js';
import { suggestFix, type TownName } from './suggest-fix.js';

/** Exit codes: valid, invalid feed, usage error. */
export const EXIT = Object.freeze({ valid: 0, invalid: 1, usage: 2 });

/** The usage text printed on a usage error, in both languages. */
export const USAGE = (['en', 'zh-CN'] as const)
  .flatMap((lang) => [say(lang, 'usage.1'), say(lang, 'usage.2'), say(lang, 'usage.3')])
  .join('\n');

// Files and bodies are capped in bytes before decoding (the feed client's cap).
const MAX_BYTES = FEED_LIMITS.maxBytes;

interface Args {
  source: string;
  kind?: FeedKind;
  lang?: Lang;
}

type ArgError = { key: CliMessageKey; params?: Record<string, string> };

function parseArgs(argv: readonly string[]): Args | ArgError {
  const [command, ...rest] = argv;
  if (command !== 'validate') {
    return command === undefined
      ? { key: 'arg.missingCommand' }
      : { key: 'arg.unknownCommand', params: { command } };
  }
  const args: Partial<Args> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--kind') {
      const value = rest[++i];
      if (!isFeedKind(value)) return { key: 'arg.kind', params: { kinds: FEED_KINDS.join(', ') } };
      args.kind = value;
    } else if (arg === '--lang') {
      const lang = parseLang(rest[++i]);
      if (lang === undefined) return { key: 'arg.lang' };
      args.lang = lang;
    } else if (arg.startsWith('-')) return { key: 'arg.unknownOption', params: { option: arg } };
    else if (args.source === undefined) args.source = arg;
    else return { key: 'arg.oneSource' };
  }
  if (args.source === undefined) return { key: 'arg.missingSource' };
  return args as Args;
}

async function readSource(source: string, io: CliIo): Promise<string | FeedProblem> {
  const isUrl = /^https?:\/\//i.test(source);
  try {
    return isUrl ? await io.fetchText(source, MAX_BYTES) : await io.readFile(source, MAX_BYTES);
  } catch (error) {
    if (error instanceof TooLargeError) {
      return {
        pointer: '',
        expected: `a feed of at most ${MAX_BYTES} bytes`,
        found: `${error.bytes} bytes`,
      };
    }
    const why = error instanceof Error ? error.message : String(error);
    return {
      pointer: '',
      expected: isUrl ? 'a reachable feed URL' : 'a readable file',
      found: why,
    };
  }
}

/** The language asked for with a well-formed `--lang`, even when other arguments are wrong. */
function askedLang(argv: readonly string[]): Lang | undefined {
  const at = argv.indexOf('--lang');
  return at < 0 ? undefined : parseLang(argv[at + 1]);
}

/**
 * Runs `onescreen <argv>` against the given host and resolves to the exit code. Speaks the
 * host's locale (Chinese unless it names another language; `--lang` overrides), puts a line and
 * column beside every JSON pointer, suggests the obvious fix, and warns without failing about
 * unknown fields and gaps in monthly series.
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('key' in args) {
    const lang = askedLang(argv) ?? localeLang(io.env);
    io.err(say(lang, 'usage.error', { error: say(lang, args.key, args.params) }));
    io.err(USAGE);
    return EXIT.usage;
  }
  const lang = args.lang ?? localeLang(io.env);
  const source = await readSource(args.source, io);
  if (typeof source !== 'string') {
    io.out(problemLine(lang, source, undefined));
    return EXIT.invalid;
  }
  // Positions count from the first character after a byte order mark, as editors show them.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const read = readFeedText(text);
  if (!read.ok) {
    const faults = read.reason === 'json' ? jsonSyntaxFaults(text) : [];
    if (faults.length === 0) io.out(problemLine(lang, read.problem, undefined));
    for (const f of faults) {
      const where = whereOf(lang, f.pointer, f.at);
      const what = say(lang, f.key, { where, token: JSON.stringify(f.token), detail: f.code });
      io.out(f.key === 'json.trailingComma' ? what : say(lang, 'json.error', { where, what }));
    }
    return EXIT.invalid;
  }
  const raw = read.value;
  const locate = createLocator(text);
  const { result, recordProblems } = inspectFeed(raw, args.kind, { now: io.now() });
  for (const line of feedWarnings(
    raw,
    args.kind ?? (raw as { kind?: unknown })?.kind,
    lang,
    locate,
  )) {
    io.err(line);
  }
  const problems = result.ok ? recordProblems : result.problems;
  const needTowns = problems.some((p) => p.pointer.endsWith('/town'));
  const towns: readonly TownName[] = needTowns ? ((await io.towns?.()) ?? []) : [];
  for (const p of problems) {
    const path = pointerPath(p.pointer);
    const fix = suggestFix(p, {
      value: valueAt(raw, path),
      record: valueAt(raw, path.slice(0, -1)),
      towns,
    });
    io.out(problemLine(lang, p, locate(p.pointer), fix));
  }
  if (!result.ok) return EXIT.invalid;
  if (recordProblems.length > 0) {
    // The feed is usable (good records are kept) but the producer has records to fix.
    io.err(say(lang, 'dropped', { n: result.dropped.length, kind: result.feed.kind }));
    return EXIT.invalid;
  }
  const records = Object.values(result.feed.data).reduce<number>(
    (n, list) => n + (list as unknown[]).length,
    0,
  );
  io.out(say(lang, 'valid', { kind: result.feed.kind, asOf: result.feed.asOf, records }));
  return EXIT.valid;
}
