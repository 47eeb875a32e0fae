// Feed strings are text: push script-bearing payloads through every string prop of every
// widget (and its status), open every chart's tooltip, and check that nothing ran or parsed.

import { fixtures, poison, propsFor, xssPayloads } from '@onescreen/fixtures';
import { getInstanceByDom } from 'echarts/core';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nextFrames, sleep } from './probes.js';
import { makeHost, mountFixture } from './render.js';

declare global {
  interface Window {
    __xss?: number | undefined;
  }
}

// Never text: status state and epoch stamps must stay valid for the widget to render at all.
const alwaysKeep = ['state', 'updatedAt'];
// Anything a payload could have turned into live markup.
const planted =
  'img[src="x"], script:not([src]), iframe, [onerror], [onload], a[href^="javascript:"], svg[onload]';

// The test page has scripts of its own; only elements that were not there before count.
const foreign = () => [...document.querySelectorAll(planted)].filter((el) => !harness.has(el));
let harness = new Set<Element>();
beforeAll(() => {
  harness = new Set(document.querySelectorAll(planted));
});

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
  root = undefined;
});

// ECharts' tooltip box: an absolutely placed div with its fixed, very high z-index.
const tooltipBox = 'div[style*="z-index: 9999999"]';

/**
 * Opens tooltips on every chart in `scope`: every data point (up to 12 per series), then a grid
 * of positions (which reaches map regions, whose tooltips belong to the geo component). Returns
 * the text of every tooltip that appeared.
 */
async function openTooltips(scope: HTMLElement): Promise<string[]> {
  const seen: string[] = [];
  const read = async () => {
    await nextFrames(1);
    for (const box of scope.querySelectorAll<HTMLElement>(tooltipBox)) {
      if (box.style.display !== 'none' && box.textContent) seen.push(box.textContent);
    }
  };
  for (const node of scope.querySelectorAll<HTMLElement>('[_echarts_instance_]')) {
    const chart = getInstanceByDom(node);
    if (!chart) continue;
    const series = (chart.getOption().series as unknown[] | undefined) ?? [];
    for (let s = 0; s < series.length; s++) {
      for (let d = 0; d < 12; d++)
        chart.dispatchAction({ type: 'showTip', seriesIndex: s, dataIndex: d });
      await read();
    }
    const { width, height } = node.getBoundingClientRect();
    for (let x = 0.1; x < 1; x += 0.2) {
      for (let y = 0.1; y < 1; y += 0.2) {
        chart.dispatchAction({ type: 'showTip', x: x * width, y: y * height });
        await read();
      }
    }
  }
  return seen;
}

describe('XSS sweep', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name} renders every payload as text`, async () => {
      const keep = new Set([...fixture.keep, ...alwaysKeep]);
      for (const payload of xssPayloads) {
        window.__xss = undefined;
        host = makeHost(800, 450);
        // The error state too: the feed name and message are shown to the user.
        const props = fixture.states
          ? propsFor(fixture, 'error', Date.now(), 2)
          : fixture.sample(2);
        const poisoned = poison(props, payload, keep);
        // Clock takes no text at all; every other widget must show the payload somewhere.
        const takesText = JSON.stringify(poisoned) !== JSON.stringify(props);
        root = mountFixture(host, fixture, poisoned);
        if (fixture.chart) {
          // echarts-for-react swaps its first instance for the final one after the first frame.
          await nextFrames(3);
          const tips = await openTooltips(host);
          // Tooltips showed the payload as text, so the sweep reached them.
          expect(
            tips.some((t) => t.includes(payload)),
            `${fixture.name} tooltip shows ${payload}`,
          ).toBe(true);
        }
        await sleep(30); // an <img onerror> fires after its failed load
        expect(window.__xss, `${fixture.name}: ${payload}`).toBeUndefined();
        expect(foreign(), `${fixture.name}: ${payload}`).toEqual([]);
        // The payload reached the page as text, or the sweep proved nothing.
        if (takesText)
          expect(host.textContent, `${fixture.name} shows ${payload}`).toContain(payload);
        root.unmount();
        host.remove();
        root = undefined;
      }
    });
  }
});
