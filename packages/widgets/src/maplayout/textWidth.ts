/** Width in px of `text` set at `fontSize` px (bold or not). */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/**
 * A deliberately generous estimate for plain Node (tests, server layout): CJK and full-width
 * characters one em, Latin capitals and digits 0.64 em, other Latin 0.56 em. Browsers measure
 * for real (canvas measureText); this only has to err on the wide side.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z0-9%@#&WMwm]/.test(ch)) em += 0.64;
    else em += 0.56;
  }
  return em * fontSize * (bold ? 1.06 : 1);
};

/**
 * Height of a label's box: the glyph box browsers report for Noto Sans SC (ascent + descent is
 * about 1.45 em) with a little air, so boxes that do not meet here do not meet on screen.
 */
export function labelHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.5);
}
