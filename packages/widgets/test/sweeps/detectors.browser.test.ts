// The sweeps pass only if their detectors can see a failure: plant each fault on purpose.
import './probes.js';
import { describe, expect, it } from 'vitest';
import { census, nextFrames, sleep } from './probes.js';

describe('sweep detectors', () => {
  it('count a forgotten timer, interval, frame, listener and observer, and their clean-up', async () => {
    const before = census();
    const t = setTimeout(() => {}, 60_000);
    const i = setInterval(() => {}, 60_000);
    const f = requestAnimationFrame(() => {});
    const onResize = () => {};
    window.addEventListener('resize', onResize);
    const observer = new ResizeObserver(() => {});
    observer.observe(document.body);
    const leaked = census();
    expect(leaked.timeouts - before.timeouts).toBe(1);
    expect(leaked.intervals - before.intervals).toBe(1);
    expect(leaked.frames - before.frames).toBe(1);
    expect(leaked.listeners - before.listeners).toBe(1);
    expect(leaked.resizeObserved - before.resizeObserved).toBe(1);
    clearTimeout(t);
    clearInterval(i);
    cancelAnimationFrame(f);
    window.removeEventListener('resize', onResize);
    observer.disconnect();
    expect(census()).toEqual(before);
  });

  it('forget timers and frames that ran, and listeners removed by an AbortSignal', async () => {
    const before = census();
    setTimeout(() => {}, 0);
    requestAnimationFrame(() => {});
    const abort = new AbortController();
    document.addEventListener('keydown', () => {}, { signal: abort.signal });
    abort.abort();
    await nextFrames(2);
    await sleep(10);
    expect(census()).toEqual(before);
  });

  it('see markup that runs: the XSS flag and planted elements', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    (window as { __xss?: number | undefined }).__xss = undefined;
    // Exactly what a widget must never do with a feed string.
    host.innerHTML = '<img src=x onerror="window.__xss=1">';
    await sleep(50);
    expect((window as { __xss?: number | undefined }).__xss).toBe(1);
    expect(host.querySelector('[onerror]')).not.toBeNull();
    host.remove();
    (window as { __xss?: number | undefined }).__xss = undefined;
  });
});
