/** Outcome of reading a `props` attribute: the object, or why it could not be used. */
export type ParsedProps =
  | { ok: true; props: Record<string, unknown> }
  | { ok: false; error: string };

/** Parses a `props` attribute as a JSON object; never throws, never evaluates anything. */
export function parseProps(text: string | null): ParsedProps {
  if (text === null || text.trim() === '') return { ok: true, props: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `props: ${(e as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'props: expected a JSON object' };
  }
  // A JSON object may carry "__proto__" as an own key; copying it would not pollute
  // anything, but dropping it keeps the props plain.
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== '__proto__') props[k] = v;
  return { ok: true, props };
}
