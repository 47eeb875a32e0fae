import type { EmbedProblem } from './messages.js';

/** Outcome of reading a `props` attribute: the object, or why it could not be used. */
export type ParsedProps =
  | { ok: true; props: Record<string, unknown> }
  | { ok: false; problem: EmbedProblem };

/** At most this many characters of a bad attribute are quoted back on screen. */
const excerptLength = 40;

/** Parses a `props` attribute as a JSON object; never throws, never evaluates anything. */
export function parseProps(text: string | null): ParsedProps {
  if (text === null || text.trim() === '') return { ok: true, props: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const trimmed = text.trim();
    const excerpt =
      trimmed.length > excerptLength ? `${trimmed.slice(0, excerptLength)}…` : trimmed;
    // The parser's own words are English whatever the page's language: console only.
    return {
      ok: false,
      problem: { key: 'propsNotJson', params: { excerpt }, detail: (e as Error).message },
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problem: { key: 'propsNotObject', detail: `props is ${JSON.stringify(value).slice(0, 40)}` },
    };
  }
  // A JSON object may carry "__proto__" as an own key; copying it would not pollute
  // anything, but dropping it keeps the props plain.
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== '__proto__') props[k] = v;
  return { ok: true, props };
}
