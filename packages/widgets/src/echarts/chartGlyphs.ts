import type { EChartsType } from 'echarts/core';

/** What loadMissingGlyphs needs of the page's FontFaceSet (document.fonts). */
export type GlyphFonts = Pick<FontFaceSet, 'check' | 'load'>;

/**
 * Asks for the font faces that the text a chart has just drawn needs and the page has not loaded,
 * and returns a promise that settles once they are in (loaded or failed), or null when every
 * glyph it drew had its face.
 *
 * Why per chart: canvas text keeps the face it was drawn with, so a label drawn while its slice
 * of a unicode-range font was missing stays wrong until the chart draws again. Asking the page
 * whether *any* font is loading made every chart wait for (and draw again after) slices that only
 * some other text needed; a chart now waits for its own glyphs only.
 */
export function loadMissingGlyphs(
  chart: EChartsType,
  fonts: GlyphFonts | undefined = globalThis.document?.fonts,
): Promise<void> | null {
  if (!fonts) return null;
  const loads: Promise<unknown>[] = [];
  for (const [font, chars] of drawnText(chart)) {
    const text = [...chars].join('');
    try {
      if (!fonts.check(font, text)) loads.push(fonts.load(font, text));
    } catch {
      // A font string the page cannot parse: nothing can be loaded for it.
    }
  }
  if (loads.length === 0) return null;
  return Promise.all(loads).then(
    () => undefined,
    () => undefined,
  );
}

/** The characters of every text element in the chart's display list, by CSS font. */
function drawnText(chart: EChartsType): Map<string, Set<string>> {
  const byFont = new Map<string, Set<string>>();
  // zrender's display list is what its painter draws: text is drawn by elements (tspans) whose
  // style holds the text and the CSS font it is drawn in. Hidden elements are not in it.
  for (const el of chart.getZr().storage.getDisplayList(true)) {
    const style = (el as { style?: { text?: unknown; font?: unknown } }).style;
    const text = style?.text;
    const font = style?.font;
    if (typeof text !== 'string' || typeof font !== 'string' || text.trim() === '') continue;
    let chars = byFont.get(font);
    if (!chars) {
      chars = new Set();
      byFont.set(font, chars);
    }
    // Spaces need no glyph worth waiting for (they would ask for a Latin slice of their own).
    for (const ch of text) if (ch.trim() !== '') chars.add(ch);
  }
  return byFont;
}
