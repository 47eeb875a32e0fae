// Shared helpers for the base widgets' browser tests: mount with act, and count live timers.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

// No act(): ResizeObserver, media queries and frames update React outside any act scope, as on a
// real wall. Render synchronously, then yield a task so passive effects and observers settle.
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** A mounted React tree in a fresh element appended to body. */
export interface Mounted {
  el: HTMLElement;
  root: Root;
  rerender(node: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

/** Renders `node` into a new element (optionally styled) and flushes effects. */
export async function mount(node: ReactNode, style = ''): Promise<Mounted> {
  const el = document.createElement('div');
  el.setAttribute('style', style);
  document.body.append(el);
  const root = createRoot(el);
  flushSync(() => root.render(node));
  await settle();
  return {
    el,
    root,
    rerender: async (n) => {
      flushSync(() => root.render(n));
      await settle();
    },
    unmount: async () => {
      root.unmount();
      el.remove();
      await settle();
    },
  };
}

/** Waits `ms` of real time so timers, frames and observers fire. */
export function wait(ms: number): Promise<void> {
  return new Promise<void>((r) => setTimeout(r, ms));
}

/** Counts timeouts, intervals and animation frames that are scheduled and not yet done. */
export function trackTimers(): {
  live(): { timeouts: number; intervals: number; frames: number };
  restore(): void;
} {
  const w = window;
  const orig = {
    setTimeout: w.setTimeout,
    clearTimeout: w.clearTimeout,
    setInterval: w.setInterval,
    clearInterval: w.clearInterval,
    rAF: w.requestAnimationFrame,
    cAF: w.cancelAnimationFrame,
  };
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  w.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = orig.setTimeout.call(
      w,
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...(rest as []),
    ) as unknown as number;
    timeouts.add(id);
    return id;
  }) as typeof setTimeout;
  w.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    orig.clearTimeout.call(w, id);
  }) as typeof clearTimeout;
  w.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = orig.setInterval.call(w, fn as () => void, ms, ...(rest as [])) as unknown as number;
    intervals.add(id);
    return id;
  }) as typeof setInterval;
  w.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    orig.clearInterval.call(w, id);
  }) as typeof clearInterval;
  w.requestAnimationFrame = (cb: FrameRequestCallback) => {
    const id = orig.rAF.call(w, (t) => {
      frames.delete(id);
      cb(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    orig.cAF.call(w, id);
  };
  return {
    live: () => ({ timeouts: timeouts.size, intervals: intervals.size, frames: frames.size }),
    restore: () => {
      w.setTimeout = orig.setTimeout;
      w.clearTimeout = orig.clearTimeout;
      w.setInterval = orig.setInterval;
      w.clearInterval = orig.clearInterval;
      w.requestAnimationFrame = orig.rAF;
      w.cancelAnimationFrame = orig.cAF;
    },
  };
}

/** The XSS payload every widget must show as text. */
export const xss = '<img src=x onerror="window.__xss=1">';

/** Fixed "now" for screenshots: 2022-12-31 14:03:27 in Shanghai. */
export const shotNow = Date.UTC(2022, 11, 31, 6, 3, 27);

/** Status values for each of the four feed states, naming `feed`. */
export function statuses(feed: string, now = Date.now()) {
  return {
    loading: { state: 'loading', feed },
    ready: { state: 'ready', feed, updatedAt: now },
    stale: { state: 'stale', feed, updatedAt: now - 5 * 60_000 },
    error: {
      state: 'error',
      feed,
      error: 'HTTP 503: 字段 data.cases 缺失',
      updatedAt: now - 20 * 60_000,
    },
  } as const;
}

/** The root `data-state` of the first `[data-widget=name]` under `el`. */
export function stateOf(el: HTMLElement, name: string): string | null {
  return el.querySelector(`[data-widget="${name}"]`)?.getAttribute('data-state') ?? null;
}

/** Counts event listeners on window, document and media queries, and observed ResizeObservers. */
export function trackListeners(): {
  live(): { listeners: number; observers: number };
  describe(): string[];
  restore(): void;
} {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const watched = (t: EventTarget) => t === window || t === document || t instanceof MediaQueryList;
  const capture = (o: unknown) =>
    typeof o === 'boolean' ? o : Boolean((o as { capture?: boolean } | undefined)?.capture);
  const where = (t: EventTarget) =>
    t === window ? 'window' : t === document ? 'document' : (t as MediaQueryList).media;
  const live = new Map<
    string,
    { target: EventTarget; type: string; fn: unknown; capture: boolean }
  >();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (o: object) => {
    let id = ids.get(o);
    if (id === undefined) {
      id = next++;
      ids.set(o, id);
    }
    return id;
  };
  const keyOf = (t: EventTarget, type: string, fn: unknown, c: boolean) =>
    `${idOf(t)}|${type}|${idOf(fn as object)}|${c}`;
  proto.addEventListener = function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
    if (watched(this) && fn && typeof opts !== 'object') {
      live.set(keyOf(this, type, fn, capture(opts)), {
        target: this,
        type,
        fn,
        capture: capture(opts),
      });
    } else if (watched(this) && fn && !(opts as { once?: boolean }).once) {
      live.set(keyOf(this, type, fn, capture(opts)), {
        target: this,
        type,
        fn,
        capture: capture(opts),
      });
    }
    return add.call(this, type, fn as EventListener, opts as AddEventListenerOptions);
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    fn: unknown,
    opts?: unknown,
  ) {
    if (fn) live.delete(keyOf(this, type, fn, capture(opts)));
    return remove.call(this, type, fn as EventListener, opts as EventListenerOptions);
  };
  const RO = window.ResizeObserver;
  let observers = 0;
  window.ResizeObserver = class extends RO {
    #on = false;
    override observe(t: Element, o?: ResizeObserverOptions): void {
      if (!this.#on) observers++;
      this.#on = true;
      super.observe(t, o);
    }
    override disconnect(): void {
      if (this.#on) observers--;
      this.#on = false;
      super.disconnect();
    }
  };
  return {
    live: () => ({ listeners: live.size, observers }),
    describe: () => [...live.values()].map((l) => `${where(l.target)} ${l.type}`),
    restore: () => {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      window.ResizeObserver = RO;
    },
  };
}
