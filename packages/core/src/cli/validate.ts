import type { FeedKind } from '../feeds/kinds.js';
import { isFeedKind } from '../feeds/kinds.js';
import { FEED_LIMITS } from '../feeds/limits.js';
import { findMarkup } from '../feeds/markup.js';
import { inspectFeed, readFeedText } from '../feeds/parse.js';
import { type FeedProblem, formatProblem } from '../feeds/pointer.js';
import { type CliIo, TooLargeError } from './io.js';

/** Exit codes: valid, invalid feed, usage error. */
export const EXIT = Object.freeze({ valid: 0, invalid: 1, usage: 2 });

/** The usage text printed on a usage error. */
export const USAGE = [
  'usage: onescreen validate <file|http(s)-url> [--kind <kind>]',
  '  exit 0: valid; 1: invalid, one line per problem "<pointer>: expected <x>, found <y>"; 2: usage error',
  '  用法: onescreen validate <文件或网址> [--kind <类型>]; 退出码 0 有效, 1 无效, 2 用法错误',
].join('\n');

// Files and bodies are capped in bytes before decoding: a character is at most 3 bytes in
// UTF-8 for the BMP, so this admits every text parseFeedText would accept.
const MAX_BYTES = FEED_LIMITS.maxTextLength * 3;

interface Args {
  source: string;
  kind?: FeedKind;
}

function parseArgs(argv: readonly string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'validate')
    return command === undefined ? 'missing command' : `unknown command "${command}"`;
  let source: string | undefined;
  let kind: FeedKind | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--kind') {
      const value = rest[++i];
      if (!isFeedKind(value))
        return `--kind needs one of petitions, hotline, fire, antifraud, grassroots`;
      kind = value;
    } else if (arg.startsWith('-')) return `unknown option "${arg}"`;
    else if (source === undefined) source = arg;
    else return 'give one file or URL';
  }
  if (source === undefined) return 'missing <file|url>';
  return kind === undefined ? { source } : { source, kind };
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

/** Runs `onescreen <argv>` against the given host and resolves to the exit code. */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`onescreen: ${args}`);
    io.err(USAGE);
    return EXIT.usage;
  }
  const text = await readSource(args.source, io);
  if (typeof text !== 'string') {
    io.out(formatProblem(text));
    return EXIT.invalid;
  }
  const read = readFeedText(text);
  if (!read.ok) {
    io.out(formatProblem(read.problem));
    return EXIT.invalid;
  }
  const { result, recordProblems } = inspectFeed(read.value, args.kind, { now: io.now() });
  if (!result.ok) {
    for (const p of result.problems) io.out(formatProblem(p));
    return EXIT.invalid;
  }
  for (const hit of findMarkup(result.feed)) {
    io.err(
      `warning: ${hit.pointer}: looks like markup (${JSON.stringify(hit.text)}); it is shown as plain text`,
    );
  }
  if (recordProblems.length > 0) {
    // The feed is usable (good records are kept) but the producer has records to fix.
    for (const p of recordProblems) io.out(formatProblem(p));
    io.err(`${result.dropped.length} record(s) would be dropped from the ${result.feed.kind} feed`);
    return EXIT.invalid;
  }
  const records = Object.values(result.feed.data).reduce<number>(
    (n, list) => n + (list as unknown[]).length,
    0,
  );
  io.out(`valid: ${result.feed.kind} feed as of ${result.feed.asOf}, ${records} records`);
  return EXIT.valid;
}
