import probeFace from '@fontsource/noto-sans-sc/files/noto-sans-sc-107-400-normal.woff2?url';
import { GraphicComponent } from 'echarts/components';
import { type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMissingGlyphs } from '../src/echarts/chartGlyphs.js';

use([GraphicComponent, CanvasRenderer]);

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

/** A chart that draws `text` in `fontFamily`, as a chart's label would. */
function chartDrawing(text: string, fontFamily: string): EChartsType {
  const el = document.createElement('div');
  el.style.cssText = 'width:240px;height:120px';
  document.body.append(el);
  const chart = init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    graphic: [{ type: 'text', left: 10, top: 10, style: { text, fontFamily, fontSize: 16 } }],
  });
  cleanup.push(() => {
    chart.dispose();
    el.remove();
  });
  return chart;
}

describe('loadMissingGlyphs', () => {
  it('asks for the face of a glyph the chart drew without it, and settles once it is in', async () => {
    // A real slice of the bundled CJK face (拱墅's 墅, U+5885) under a family of this test's own.
    const face = new FontFace('OsGlyphProbe', `url(${probeFace})`, { unicodeRange: 'U+5885' });
    document.fonts.add(face);
    cleanup.push(() => document.fonts.delete(face));
    const chart = chartDrawing('拱墅区', 'OsGlyphProbe');
    expect(face.status).not.toBe('loaded');
    const missing = loadMissingGlyphs(chart);
    expect(missing).not.toBeNull();
    await missing;
    expect(face.status).toBe('loaded');
    // Drawn again now, nothing is missing.
    expect(loadMissingGlyphs(chart)).toBeNull();
  });

  it('asks for nothing when the faces of its text are in, or it drew no text', async () => {
    expect(loadMissingGlyphs(chartDrawing('12345', 'sans-serif'))).toBeNull();
    expect(loadMissingGlyphs(chartDrawing('', 'sans-serif'))).toBeNull();
  });

  it('settles when a face fails to load, so a chart never waits for ever', async () => {
    const face = new FontFace('OsGlyphGone', 'url(/no-such-face.woff2)', {
      unicodeRange: 'U+5885',
    });
    document.fonts.add(face);
    cleanup.push(() => document.fonts.delete(face));
    const missing = loadMissingGlyphs(chartDrawing('墅', 'OsGlyphGone'));
    expect(missing).not.toBeNull();
    await expect(missing).resolves.toBeUndefined();
    expect(face.status).toBe('error');
  });
});
