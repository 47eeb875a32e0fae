import {
  createScanner,
  getLocation,
  type ParseError,
  type ParseErrorCode,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { toPointer } from '../feeds/pointer.js';
import type { CliMessageKey } from './messages.js';
import { lineStartsOf, type Position, positionOf } from './positions.js';

/** One fault in JSON text: where (pointer and position) and what, as a catalogue key. */
export interface SyntaxFault {
  /** JSON pointer of the value the fault is in or after. */
  pointer: string;
  /** Line and column of the fault. */
  at: Position;
  /** `json.trailingComma`, or the key of what is wrong (`json.CommaExpected` …). */
  key: CliMessageKey;
  /** The offending text, for unexpected symbols. */
  token: string;
  /** jsonc-parser's name for the fault (`CommaExpected` …), `TrailingComma` for those. */
  code: string;
}

// Tokens that JavaScript writes but JSON has no words for.
const NOT_NUMBERS = new Set(['NaN', 'Infinity', '-Infinity', '+Infinity', 'undefined']);

/**
 * Why JSON text does not parse, in terms a producer can act on: every comma after a last item
 * (each one is its own fix), then the first other fault. jsonc-parser gives the offsets; the
 * error recovery after the first other fault only produces echoes of it, so those are left out.
 */
export function jsonSyntaxFaults(text: string): SyntaxFault[] {
  const lineStarts = lineStartsOf(text);
  const fault = (offset: number, key: CliMessageKey, code: string, token = ''): SyntaxFault => ({
    pointer: pointerAt(text, offset, code === 'TrailingComma'),
    at: positionOf(lineStarts, offset),
    key,
    token,
    code,
  });
  const commas = trailingCommas(text);
  const faults = commas.map((offset) => fault(offset, 'json.trailingComma', 'TrailingComma'));
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: true });
  const first = errors[0];
  if (first !== undefined) {
    const token = text.slice(first.offset, first.offset + first.length);
    const code = printParseErrorCode(first.error);
    faults.push(fault(first.offset, keyOf(first.error, token), code, token));
  }
  return faults;
}

/**
 * Offsets of commas followed (past white space and comments) by a closing bracket or brace.
 * Tokens are told apart by their text: jsonc-parser's token kinds are a const enum, which this
 * project's TypeScript settings (verbatimModuleSyntax) cannot read.
 */
function trailingCommas(text: string): number[] {
  const scanner = createScanner(text, true);
  const found: number[] = [];
  let comma = -1;
  for (;;) {
    scanner.scan();
    const offset = scanner.getTokenOffset();
    const length = scanner.getTokenLength();
    if (length === 0) break; // the end of the text
    const token = length === 1 ? text[offset] : '';
    if ((token === '}' || token === ']') && comma >= 0) found.push(comma);
    comma = token === ',' ? offset : -1;
  }
  return found;
}

function keyOf(code: ParseErrorCode, token: string): CliMessageKey {
  const name = printParseErrorCode(code);
  if (name === 'InvalidSymbol') {
    if (NOT_NUMBERS.has(token)) return 'json.notANumber';
    if (token.startsWith("'")) return 'json.singleQuote';
  }
  const key = `json.${name}`;
  return KNOWN.has(key) ? (key as CliMessageKey) : 'json.other';
}

const KNOWN = new Set<string>([
  'json.InvalidSymbol',
  'json.InvalidNumberFormat',
  'json.PropertyNameExpected',
  'json.ValueExpected',
  'json.ColonExpected',
  'json.CommaExpected',
  'json.CloseBraceExpected',
  'json.CloseBracketExpected',
  'json.EndOfFileExpected',
  'json.InvalidCommentToken',
  'json.UnexpectedEndOfComment',
  'json.UnexpectedEndOfString',
  'json.UnexpectedEndOfNumber',
  'json.InvalidUnicode',
  'json.InvalidEscapeCharacter',
  'json.InvalidCharacter',
]);

/**
 * The pointer of the value at a text offset. A comma after the last item belongs to its list or
 * object rather than to the item before it; a fault where a field name should be belongs to the
 * object (jsonc-parser ends such a path with an empty name).
 */
function pointerAt(text: string, offset: number, container: boolean): string {
  const path = getLocation(text, offset).path;
  if (container || path[path.length - 1] === '') path.pop();
  return toPointer(path);
}
