import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTextMeasure } from '../src/echarts/useTextMeasure.js';
import type { MeasureText } from '../src/maplayout/textWidth.js';
import { type Mounted, mount } from './echarts.harness.js';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  for (const key of ['check', 'load', 'status'])
    delete (document.fonts as unknown as Record<string, unknown>)[key];
});

/** Keeps every measure useTextMeasure hands out, each used on `text` as a map would. */
function Probe({ text, seen }: { text: string; seen: MeasureText[] }) {
  const measure = useTextMeasure('"OsMeasureProbe", sans-serif');
  if (seen.at(-1) !== measure) seen.push(measure);
  measure(text, 16, false);
  return null;
}

/** The measures a mounted Probe has had, the first one already used on `text`. */
function measures(text: string): MeasureText[] {
  const seen: MeasureText[] = [];
  mounted = mount(<Probe text={text} seen={seen} />);
  return seen;
}

/** The font set says these faces have just loaded. */
const facesCame = (...faces: FontFace[]) =>
  act(
    () =>
      void document.fonts.dispatchEvent(
        new FontFaceSetLoadEvent('loadingdone', { fontfaces: faces }),
      ),
  );

/** The probe's text has no face yet: the font set is loading it (held). */
function lackFaces(): string[] {
  const asked: string[] = [];
  const fonts = document.fonts;
  fonts.check = () => false;
  fonts.load = (font: string, text?: string) => {
    asked.push(`${font}|${text}`);
    return new Promise<FontFace[]>(() => {});
  };
  Object.defineProperty(fonts, 'status', { configurable: true, get: () => 'loading' });
  return asked;
}

describe('useTextMeasure', () => {
  it('keeps its measure when fonts arrive and none of its texts lacked a face', async () => {
    const seen = measures('abc');
    await facesCame(new FontFace('OsMeasureProbe', 'url(/x.woff2)', { unicodeRange: 'U+61-63' }));
    expect(seen).toHaveLength(1);
  });

  it('makes a new measure once a face that draws a lacked character has come, and not before', async () => {
    const asked = lackFaces();
    const seen = measures('拱墅区');
    expect(asked).toEqual(['400 16px "OsMeasureProbe", sans-serif|拱墅区']);
    // Faces for other characters, or of another family, leave the widths as they are.
    await facesCame(
      new FontFace('OsMeasureProbe', 'url(/a.woff2)', { unicodeRange: 'U+4E00-4E0F' }),
    );
    await facesCame(new FontFace('Elsewhere', 'url(/b.woff2)', { unicodeRange: 'U+5885' }));
    expect(seen).toHaveLength(1);
    // 墅 (U+5885) has come: widths taken with the fallback face are dropped.
    await facesCame(
      new FontFace('OsMeasureProbe', 'url(/c.woff2)', { unicodeRange: 'U+5880-588F' }),
    );
    expect(seen).toHaveLength(2);
  });

  it('measures again at once when every load had ended before it listened', async () => {
    lackFaces();
    Object.defineProperty(document.fonts, 'status', { configurable: true, get: () => 'loaded' });
    const seen = measures('拱墅区');
    await expect.poll(() => seen.length).toBe(2);
  });
});
