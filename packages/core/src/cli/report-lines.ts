import type { FeedProblem } from '../feeds/pointer.js';
import type { Lang } from '../format/lang.js';
import { say } from './messages.js';
import { expectedZh, foundZh } from './phrases.js';
import type { Position } from './positions.js';
import type { Fix } from './suggest-fix.js';

/** "/data/monthly/3 (line 12, column 5)": a pointer with its place in the text, if known. */
export function whereOf(lang: Lang, pointer: string, at: Position | undefined): string {
  const shown = pointer === '' ? say(lang, 'root') : pointer;
  return at === undefined ? shown : say(lang, 'where', { pointer: shown, ...at });
}

// Chinese text puts a space between a Han character and Latin text that follows it.
const spaced = (text: string): string => (/^[\x20-\x7e]/.test(text) ? ` ${text}` : text);

/** One problem as a line: where, what was expected, what was found, and the fix if obvious. */
export function problemLine(
  lang: Lang,
  p: FeedProblem,
  at: Position | undefined,
  fix?: Fix,
): string {
  const zh = lang === 'zh-CN';
  const line = say(lang, 'problem', {
    where: whereOf(lang, p.pointer, at),
    expected: zh ? spaced(expectedZh(p.expected)) : p.expected,
    found: zh ? foundZh(p.found) : p.found,
  });
  return fix === undefined
    ? line
    : `${line}${say(lang, 'fix', { fix: say(lang, fix.key, fix.params) })}`;
}
