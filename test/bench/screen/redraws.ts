import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Records, in the page, which widget slots changed on screen (a canvas cleared for a redraw,
 * or DOM text and nodes; style writes of the scroll board's steady motion do not count) and
 * how many jobs were posted to the coverage worker. Installed before the page's scripts.
 */
export const recordRedraws = `(() => {
  const rec = { canvases: new Set(), nodes: new Set(), coveragePosts: 0 };
  window.__redraws = rec;
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...args) {
    rec.canvases.add(this.canvas);
    return clear.apply(this, args);
  };
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url, options) {
      super(url, options);
      this.coverage = String(url).includes('coverage');
    }
    postMessage(...args) {
      if (this.coverage) rec.coveragePosts += 1;
      return super.postMessage(...args);
    }
  };
  new MutationObserver((list) => {
    for (const m of list) if (m.type !== 'attributes' || m.attributeName !== 'style') rec.nodes.add(m.target);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

/** Forget what was recorded so far. */
export function resetRedraws(page: Page): Promise<void> {
  return page.evaluate(() => {
    const rec = (
      window as unknown as {
        __redraws: { canvases: Set<unknown>; nodes: Set<unknown>; coveragePosts: number };
      }
    ).__redraws;
    rec.canvases.clear();
    rec.nodes.clear();
    rec.coveragePosts = 0;
  });
}

/** The slots (config widget ids) that changed on screen since the reset, and the coverage jobs. */
export function redrawn(page: Page): Promise<{ slots: string[]; coveragePosts: number }> {
  return page.evaluate(() => {
    const rec = (
      window as unknown as {
        __redraws: { canvases: Set<Element>; nodes: Set<Node>; coveragePosts: number };
      }
    ).__redraws;
    const slots = new Set<string>();
    for (const n of [...rec.canvases, ...rec.nodes]) {
      const el = n instanceof Element ? n : n.parentElement;
      const slot = el?.closest('[data-slot]')?.getAttribute('data-slot');
      if (slot) slots.add(slot);
    }
    return { slots: [...slots].sort(), coveragePosts: rec.coveragePosts };
  });
}

/**
 * The feeds each widget of a screen config reads (its binding and its layers); a widget bound
 * to the coverage feed reads the feed its map's station layer reads.
 */
export function feedsOfSlots(screen = 'default.json'): Map<string, Set<string>> {
  const config = JSON.parse(
    readFileSync(new URL(`../../../data/screens/${screen}`, import.meta.url), 'utf8'),
  ) as unknown;
  const out = new Map<string, Set<string>>();
  let stations = '';
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node !== null && typeof node === 'object') {
      const w = node as {
        id?: string;
        type?: string;
        bind?: { feed: string };
        layers?: Record<string, { feed: string; view: Record<string, unknown> }>;
      };
      if (typeof w.id === 'string' && typeof w.type === 'string') {
        const feeds = new Set<string>();
        if (w.bind) feeds.add(w.bind.feed);
        for (const layer of Object.values(w.layers ?? {})) {
          feeds.add(layer.feed);
          if ('radius' in layer.view) stations = layer.feed;
        }
        out.set(w.id, feeds);
      }
      for (const v of Object.values(node)) walk(v);
    }
  };
  walk(config);
  for (const feeds of out.values()) if (feeds.has('coverage')) feeds.add(stations);
  return out;
}
