import { afterEach, describe, expect, it } from 'vitest';
import { watchScreenReady } from '../src/screen-ready.js';

// <html data-screen-ready> says every widget has left loading and every chart has drawn.

const ready = () => document.documentElement.dataset.screenReady ?? null;

/** A root holding one widget in `state` with a chart box in `chart`. */
function screenOf(state: string, chart: string) {
  const root = document.createElement('div');
  root.innerHTML = `<div data-widget="TrendChart" data-state="${state}"><div class="os-echart" data-chart="${chart}"></div></div>`;
  document.body.append(root);
  const widget = root.firstElementChild as HTMLElement;
  const box = widget.firstElementChild as HTMLElement;
  return { root, widget, box };
}

let stop: (() => void) | undefined;
let made: HTMLElement | undefined;
afterEach(() => {
  stop?.();
  made?.remove();
  stop = undefined;
});

describe('watchScreenReady', () => {
  it('waits for the widgets to leave loading, then for their charts to draw', async () => {
    const s = screenOf('loading', 'pending');
    made = s.root;
    stop = watchScreenReady(s.root);
    expect(ready()).toBeNull();
    s.widget.dataset.state = 'ready';
    // Data in, chart still blank: not ready.
    await new Promise((r) => requestAnimationFrame(r));
    expect(ready()).toBeNull();
    s.box.dataset.chart = 'drawn';
    await expect.poll(ready).toBe('true');
    // The screen going takes the mark away.
    stop();
    stop = undefined;
    expect(ready()).toBeNull();
  });

  it('is ready at once when everything has drawn already', () => {
    const s = screenOf('ready', 'drawn');
    made = s.root;
    stop = watchScreenReady(s.root);
    expect(ready()).toBe('true');
  });

  it('does not wait forever for a chart that never draws', async () => {
    const s = screenOf('ready', 'pending');
    made = s.root;
    stop = watchScreenReady(s.root, 50);
    expect(ready()).toBeNull();
    await expect.poll(ready).toBe('true');
    expect(s.box.dataset.chart).toBe('pending');
  });
});
