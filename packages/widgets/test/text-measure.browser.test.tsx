import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTextMeasure } from '../src/echarts/useTextMeasure.js';
import type { MeasureText } from '../src/maplayout/textWidth.js';
import { type Mounted, mount } from './echarts.harness.js';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  delete (document.fonts as unknown as Record<string, unknown>).check;
  delete (document.fonts as unknown as Record<string, unknown>).load;
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

const fontsDone = () => act(() => void document.fonts.dispatchEvent(new Event('loadingdone')));

describe('useTextMeasure', () => {
  it('keeps its measure when fonts arrive that none of its texts lacked', async () => {
    const seen = measures('abc');
    expect(seen).toHaveLength(1);
    // Some other text's slice has come: the widths measured are still right.
    await fontsDone();
    expect(seen).toHaveLength(1);
  });

  it('makes a new measure once a face that a measured text lacked has come', async () => {
    let arrived = false;
    const asked: string[] = [];
    document.fonts.check = () => arrived;
    document.fonts.load = (font: string, text?: string) => {
      asked.push(`${font}|${text}`);
      return Promise.resolve([]);
    };
    const seen = measures('拱墅区');
    expect(asked).toEqual(['400 16px "OsMeasureProbe", sans-serif|拱墅区']);
    // A load finished, but not the one it lacked.
    await fontsDone();
    expect(seen).toHaveLength(1);
    arrived = true;
    await fontsDone();
    // Measured anew: widths taken with the fallback face are dropped.
    expect(seen).toHaveLength(2);
  });
});
