/** The code point spans of a CSS `unicode-range` ("U+4E00-4E0F, U+5885, U+30??"). */
export function unicodeSpans(range: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const part of range.split(',')) {
    const [a = '', b] = part.trim().replace(/^U\+/i, '').split('-');
    if (a === '') continue;
    const lo = Number.parseInt(a.replace(/\?/g, '0'), 16);
    const hi =
      b === undefined ? Number.parseInt(a.replace(/\?/g, 'F'), 16) : Number.parseInt(b, 16);
    if (Number.isFinite(lo) && Number.isFinite(hi)) spans.push([lo, hi]);
  }
  return spans;
}

/** A family name without its quotes. */
const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, '');

/** The family names of a CSS font stack, unquoted (`"Noto Sans SC", sans-serif` → two names). */
export function stackFamilies(stack: string): string[] {
  return stack.split(',').map(unquote);
}

/**
 * Whether a font face that has just loaded can draw one of `chars` (code points) in `stack`: its
 * family is one of the stack's and its unicode-range holds one of them. Pure, for the text
 * measure's check of which arrivals concern it.
 */
export function faceCovers(
  face: { family: string; unicodeRange: string },
  stack: readonly string[],
  chars: ReadonlySet<number>,
): boolean {
  if (!stack.includes(unquote(face.family))) return false;
  const spans = unicodeSpans(face.unicodeRange);
  for (const code of chars) if (spans.some(([lo, hi]) => code >= lo && code <= hi)) return true;
  return false;
}
