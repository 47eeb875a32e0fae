import { useEffect, useMemo, useState } from 'react';
import { estimateTextWidth, type MeasureText } from '../maplayout/textWidth.js';
import { faceCovers, stackFamilies } from './faceCovers.js';

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
  // Characters this measure measured without their faces (code points). Which faces came is
  // read from the load event: asking the font set about each text again cost 130 ms for the
  // stress screen's 1,000 town names.
  const [lacking] = useState(() => new Set<number>());
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts) return;
    const stack = stackFamilies(fontFamily);
    const measureAgain = () => {
      lacking.clear();
      setFontsLoaded((n) => n + 1);
    };
    const done = (event: Event) => {
      if (lacking.size === 0) return;
      const faces = (event as FontFaceSetLoadEvent).fontfaces ?? [];
      if (faces.some((face) => faceCovers(face, stack, lacking))) measureAgain();
    };
    fonts.addEventListener('loadingdone', done);
    // Every load may have ended between the first measures (in render) and this subscription.
    if (lacking.size > 0 && fonts.status === 'loaded') measureAgain();
    return () => fonts.removeEventListener('loadingdone', done);
  }, [lacking, fontFamily]);
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
        for (const ch of text) lacking.add(ch.codePointAt(0) ?? 0);
        void document.fonts.load(font, text).catch(() => undefined);
      }
      context.font = font;
      return context.measureText(text).width;
    }
  }, [fontFamily, fontsLoaded, lacking]);
}
