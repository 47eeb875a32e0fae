import type { Page } from 'playwright-core';

/**
 * An init script (page.addInitScript) that records the text drawn into canvases (chart labels)
 * with the weight it was drawn in, in `window.__canvasText` as `weight\ttext`: canvas text is
 * not in the DOM, and the font check needs it.
 */
export const recordCanvasText = `(() => {
  const seen = new Set();
  window.__canvasText = seen;
  const weightOf = (font) => {
    const m = /(?:^|\\s)(bold|[1-9]00)(?=\\s)/.exec(font);
    return m ? (m[1] === 'bold' ? 700 : Number(m[1])) : 400;
  };
  for (const name of ['fillText', 'strokeText']) {
    const original = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (text, ...rest) {
      seen.add(weightOf(this.font) + '\\t' + String(text));
      return original.call(this, text, ...rest);
    };
  }
})();`;

/**
 * In the page: every source of every @font-face of the page's style sheets, as { url, family,
 * weight, spans, first }, spans being the [lo, hi] code points of its unicode-range and first
 * saying whether it is the face's first source. A script, not a function: the test
 * runners' compilers wrap named inner functions in a helper (__name) the page does not have.
 */
const readFaces = String.raw`() => {
    const faces = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
        const weight = Number(rule.style.getPropertyValue('font-weight')) || 400;
        const range = rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF';
        const spans = range.split(',').map((part) => {
          const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
          const lo = Number.parseInt((a ?? '0').replace(/\?/g, '0'), 16);
          const hi = b
            ? Number.parseInt(b, 16)
            : Number.parseInt((a ?? '0').replace(/\?/g, 'F'), 16);
          return [lo, hi];
        });
        // Each of its sources; the first is the one a browser that reads it loads (woff2).
        let first = true;
        for (const m of rule.style.getPropertyValue('src').matchAll(/url\("?([^")]+)"?\)/g)) {
          const url = new URL(m[1] ?? '', sheet.href ?? location.href).href;
          faces.push({ url, family, weight, spans, first });
          first = false;
        }
      }
    }
    return faces;
  }`;

/** In the page: which of `files` draw no character of the page's text (see fontUse). */
const unusedInPage = `(files, faceList) => {
    // Weights each character is shown in.
    const shown = new Map();
    const add = (text, weight) => {
      for (const ch of text) {
        if (ch.trim() === '') continue;
        let weights = shown.get(ch);
        if (!weights) {
          weights = new Set();
          shown.set(ch, weights);
        }
        weights.add(weight);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Rendered text only (a view the carousel hides needs no glyphs until it shows).
      if (!parent?.checkVisibility()) continue;
      add(node.textContent ?? '', Number(getComputedStyle(parent).fontWeight) || 400);
    }
    for (const entry of window.__canvasText ?? []) {
      const tab = entry.indexOf('	');
      add(entry.slice(tab + 1), Number(entry.slice(0, tab)) || 400);
    }
    const faces = new Map(faceList.map((f) => [f.url, f]));
    const familyWeights = new Map();
    for (const f of faceList) {
      if (!familyWeights.has(f.family)) familyWeights.set(f.family, new Set());
      familyWeights.get(f.family).add(f.weight);
    }
    // CSS Fonts 4 §5.2, weight: the face of available that text of weight wanted uses.
    const match = (available, wanted) => {
      if (available.includes(wanted)) return wanted;
      const up = available.filter((w) => w > wanted).sort((a, b) => a - b);
      const down = available.filter((w) => w < wanted).sort((a, b) => b - a);
      if (wanted >= 400 && wanted <= 500) {
        const toFive = up.filter((w) => w <= 500);
        return toFive[0] ?? down[0] ?? up[0] ?? wanted;
      }
      return wanted < 400 ? (down[0] ?? up[0] ?? wanted) : (up[0] ?? down[0] ?? wanted);
    };
    const unused = files.filter((file) => {
      const face = faces.get(file);
      if (!face) return false;
      const available = [...(familyWeights.get(face.family) ?? [face.weight])];
      for (const [ch, weights] of shown) {
        const code = ch.codePointAt(0) ?? 0;
        if (!face.spans.some(([lo, hi]) => code >= lo && code <= hi)) continue;
        for (const w of weights) if (match(available, w) === face.weight) return false;
      }
      return true;
    });
    return { unused, chars: shown.size };
  }`;

/**
 * The font files (URLs, each face's first source) of `family` at `weight` whose unicode-range
 * holds a character of `text`: the files a page needs to draw that text in that face.
 */
export async function fontFilesFor(
  page: Page,
  family: string,
  weight: number,
  text: string,
): Promise<string[]> {
  const ask = { family, weight, codes: [...text].map((ch) => ch.codePointAt(0) ?? 0) };
  return (await page.evaluate(
    `(${readFaces})()
      .filter((f) => f.first && f.family === ${JSON.stringify(ask.family)} && f.weight === ${ask.weight})
      .filter((f) => ${JSON.stringify(ask.codes)}.some((c) => f.spans.some(([lo, hi]) => c >= lo && c <= hi)))
      .map((f) => f.url)`,
  )) as string[];
}

/** The font files a page loaded, and which of them draw a glyph the page shows. */
export interface FontUse {
  /** Font files loaded. */
  loaded: string[];
  /**
   * Of those, the ones that draw no character of the page's text: none of the characters shown
   * in a weight that selects the file's face falls in its unicode-range.
   */
  unused: string[];
  /** Distinct characters of the page's text (DOM text, shown or spoken, and canvas text). */
  chars: number;
}

/**
 * Which loaded font files the page's text needs. Every @font-face is read from the page's style
 * sheets (family, weight, unicode-range); the text is the DOM's visible text nodes with their
 * computed weights, and what canvases drew (recordCanvasText). A file is used when a character
 * in its range is shown in a weight that CSS font matching resolves to the file's face among its
 * family's weights (600 among 400 and 700 is 700; 400 among 500 and 600 is 500). Which family of a
 * font stack draws a character is not asked: a digit shown in a Latin face also counts for a CJK
 * face's Latin slice, so the check may miss a file, never call a used one unused.
 */
export async function fontUse(page: Page, loaded: readonly string[]): Promise<FontUse> {
  const result = (await page.evaluate(
    `(${unusedInPage})(${JSON.stringify(loaded)}, (${readFaces})())`,
  )) as {
    unused: string[];
    chars: number;
  };
  return { loaded: [...loaded], ...result };
}
