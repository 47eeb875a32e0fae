import type { Page } from 'playwright-core';

/** The font files a page loaded, and which of them hold a glyph the page shows. */
export interface FontUse {
  /** Font files loaded. */
  loaded: string[];
  /** Of those, the ones whose unicode-range covers no character of the page's text. */
  unused: string[];
  /** Distinct characters of the page's text (DOM text, shown or spoken, and canvas text). */
  chars: number;
}

/**
 * Which loaded font files the page's text needs: every @font-face with its unicode-range is
 * read from the page's style sheets, and a loaded file is used when a character of the text
 * (the rendered DOM text, and what charts drew into canvases, recorded by openPage's canvasText) falls in
 * its range.
 */
export async function fontUse(page: Page, loaded: readonly string[]): Promise<FontUse> {
  const result = await page.evaluate((files) => {
    const text = new Set<string>();
    // Rendered text only (a view the carousel hides needs no glyphs until it shows): innerText
    // on purpose.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what needs glyphs
    for (const ch of document.body.innerText) text.add(ch);
    for (const t of (window as unknown as { __canvasText?: Set<string> }).__canvasText ?? [])
      for (const ch of t) text.add(ch);
    const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
    const ranges = new Map<string, [number, number][]>();
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const src = rule.style.getPropertyValue('src');
        const range = rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF';
        const spans = range.split(',').map((part) => {
          const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
          const lo = Number.parseInt((a ?? '0').replace(/\?/g, '0'), 16);
          const hi = b
            ? Number.parseInt(b, 16)
            : Number.parseInt((a ?? '0').replace(/\?/g, 'F'), 16);
          return [lo, hi] as [number, number];
        });
        for (const m of src.matchAll(/url\("?([^")]+)"?\)/g)) {
          ranges.set(new URL(m[1] ?? '', sheet.href ?? location.href).href, spans);
        }
      }
    }
    const unused = files.filter((f) => {
      const spans = ranges.get(f);
      return (
        spans !== undefined && !codes.some((c) => spans.some(([lo, hi]) => c >= lo && c <= hi))
      );
    });
    return { unused, chars: codes.length };
  }, loaded);
  return { loaded: [...loaded], ...result };
}
