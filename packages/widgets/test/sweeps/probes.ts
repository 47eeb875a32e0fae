// Counts what a widget can leave behind: timers, animation frames, window/document listeners
// and ResizeObservers. Import this module before any widget code: zrender and React capture
// `requestAnimationFrame` and friends when their modules first run.

type Handle = number;

const timeouts = new Set<Handle>();
const intervals = new Set<Handle>();
const frames = new Set<Handle>();
const listeners = new Map<EventTarget, { type: string; fn: unknown; capture: boolean }[]>();
let observing = 0;

const realSetTimeout = window.setTimeout.bind(window);
const realClearTimeout = window.clearTimeout.bind(window);
const realSetInterval = window.setInterval.bind(window);
const realClearInterval = window.clearInterval.bind(window);
const realRaf = window.requestAnimationFrame.bind(window);
const realCaf = window.cancelAnimationFrame.bind(window);

window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: Handle = realSetTimeout(
    (...a: unknown[]) => {
      timeouts.delete(id);
      if (typeof fn === 'function') fn(...a);
    },
    ms,
    ...args,
  );
  timeouts.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: Handle) => {
  if (id !== undefined) timeouts.delete(id);
  realClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = realSetInterval(fn, ms, ...args);
  intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: Handle) => {
  if (id !== undefined) intervals.delete(id);
  realClearInterval(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (fn: FrameRequestCallback) => {
  const id = realRaf((t) => {
    frames.delete(id);
    fn(t);
  });
  frames.add(id);
  return id;
};
window.cancelAnimationFrame = (id: Handle) => {
  frames.delete(id);
  realCaf(id);
};

function captureOf(options?: boolean | AddEventListenerOptions | EventListenerOptions): boolean {
  return typeof options === 'boolean' ? options : Boolean(options?.capture);
}

for (const target of [window, document] as EventTarget[]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const list: { type: string; fn: unknown; capture: boolean }[] = [];
  listeners.set(target, list);
  const forget = (type: string, fn: unknown, capture: boolean) => {
    const i = list.findIndex((l) => l.type === type && l.fn === fn && l.capture === capture);
    if (i >= 0) list.splice(i, 1);
  };
  target.addEventListener = (type, fn, options) => {
    const capture = captureOf(options);
    // The platform ignores a duplicate registration; so does the count.
    if (!list.some((l) => l.type === type && l.fn === fn && l.capture === capture)) {
      list.push({ type, fn, capture });
      if (typeof options === 'object' && options.signal) {
        options.signal.addEventListener('abort', () => forget(type, fn, capture), { once: true });
      }
    }
    add(type, fn, options);
  };
  target.removeEventListener = (type, fn, options) => {
    forget(type, fn, captureOf(options));
    remove(type, fn, options);
  };
}

const RealResizeObserver = window.ResizeObserver;
window.ResizeObserver = class CountedResizeObserver extends RealResizeObserver {
  #targets = new Set<Element>();
  override observe(target: Element, options?: ResizeObserverOptions): void {
    if (!this.#targets.has(target)) observing++;
    this.#targets.add(target);
    super.observe(target, options);
  }
  override unobserve(target: Element): void {
    if (this.#targets.delete(target)) observing--;
    super.unobserve(target);
  }
  override disconnect(): void {
    observing -= this.#targets.size;
    this.#targets.clear();
    super.disconnect();
  }
};

/** What is alive right now: pending timeouts, intervals and frames, listeners, observed elements. */
export interface Census {
  timeouts: number;
  intervals: number;
  frames: number;
  listeners: number;
  resizeObserved: number;
  elements: number;
}

/** Takes a census of everything the probes count, plus the document's element count. */
export function census(): Census {
  let count = 0;
  for (const list of listeners.values()) count += list.length;
  return {
    timeouts: timeouts.size,
    intervals: intervals.size,
    frames: frames.size,
    listeners: count,
    resizeObserved: observing,
    elements: document.getElementsByTagName('*').length,
  };
}

/** Waits for `n` animation frames (through the real scheduler, so waiting adds nothing to the count). */
export function nextFrames(n = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : realRaf(() => step(left - 1)));
    step(n);
  });
}

/** Waits `ms` through the real timer, uncounted. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}
