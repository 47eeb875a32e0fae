import { useEffect, useMemo, useState } from 'react';
import { estimateTextWidth, type MeasureText } from '../maplayout/textWidth.js';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * A text measure in the given font stack (canvas measureText, the way ECharts measures). Web
 * fonts split by unicode-range load a slice only when a glyph needs it, so a first measure may
 * use a fallback face: the measure asks for the missing slice, and is made anew once a slice it
 * lacked has arrived, so layouts built on fallback widths are redone with real ones. Slices
 * other text asked for leave it as it is (a map laid out again for nothing costs a draw).
 * Falls back to the estimate where no canvas is available.
 */
export function useTextMeasure(fontFamily: string): MeasureText {
  const [fontsLoaded, setFontsLoaded] = useState(0);
  // Fonts and texts this measure measured without their faces, by `font\ntext`.
  const [lacking] = useState(() => new Map<string, [font: string, text: string]>());
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts) return;
    const done = () => {
      let arrived = false;
      for (const [key, [font, text]] of lacking) {
        if (!fonts.check(font, text)) continue;
        lacking.delete(key);
        arrived = true;
      }
      if (arrived) setFontsLoaded((n) => n + 1);
    };
    fonts.addEventListener('loadingdone', done);
    // A slice may have come between the first measures (in render) and this subscription.
    done();
    return () => fonts.removeEventListener('loadingdone', done);
  }, [lacking]);
  return useMemo<MeasureText>(() => {
    // A new measure per font load on purpose: widths measured before a face arrives are wrong.
    void fontsLoaded;
    // Widths measured with this measure, by font and text: a map laid out again (a new size, a
    // legend that changed) measures the same names, and every measure asked the font set about
    // its faces (document.fonts.check), 130 ms for the stress screen's 1,000 town names.
    const widths = new Map<string, number>();
    return (text, fontSize, bold) => {
      const key = `${bold ? 1 : 0}${fontSize} ${text}`;
      const known = widths.get(key);
      if (known !== undefined) return known;
      const width = measureNow(text, fontSize, bold);
      widths.set(key, width);
      return width;
    };
    function measureNow(text: string, fontSize: number, bold: boolean): number {
      if (context === undefined)
        context =
          typeof document === 'undefined'
            ? null
            : document.createElement('canvas').getContext('2d');
      if (!context) return estimateTextWidth(text, fontSize, bold);
      const font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
      if (document.fonts && !document.fonts.check(font, text)) {
        lacking.set(`${font}\n${text}`, [font, text]);
        void document.fonts.load(font, text).catch(() => undefined);
      }
      context.font = font;
      return context.measureText(text).width;
    }
  }, [fontFamily, fontsLoaded, lacking]);
}
