import type { Lang, ThemeName } from '@onescreen/widgets';
import { createEmbedRenderer, type EmbedRenderer } from './embedRoot.js';
import { type FeedState, feedProps } from './feedProps.js';
import { loadFeed } from './loadFeed.js';
import { parseProps } from './parseProps.js';

/** Attributes `<onescreen-widget>` watches; a change re-renders, or re-fetches for feed ones. */
export const observedAttributes = [
  'type',
  'props',
  'feed',
  'pointer',
  'refresh',
  'theme',
  'lang',
] as const;

const feedAttributes = new Set(['feed', 'pointer', 'refresh']);
/** Shortest refresh interval honoured, so a typo cannot hammer a feed server. */
const minRefreshSeconds = 5;

function createElementClass(): CustomElementConstructor {
  return class OnescreenWidgetElement extends HTMLElement {
    static observedAttributes = observedAttributes;
    #renderer: EmbedRenderer | undefined;
    #feed: FeedState = { kind: 'none' };
    #abort: AbortController | undefined;
    #timer: ReturnType<typeof setInterval> | undefined;

    connectedCallback(): void {
      // Block by default so width and height from the page's CSS apply to the widget.
      if (!this.style.display) this.style.display = 'block';
      this.#startFeed();
      this.#render();
    }

    disconnectedCallback(): void {
      this.#stopFeed();
      this.#renderer?.unmount();
      this.#renderer = undefined;
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (!this.isConnected || before === after) return;
      if (feedAttributes.has(name)) this.#startFeed();
      this.#render();
    }

    #render(): void {
      const parsed = parseProps(this.getAttribute('props'));
      this.#renderer ??= createEmbedRenderer(this);
      this.#renderer.render({
        type: this.getAttribute('type') ?? '',
        props: feedProps(parsed, this.#feed),
        theme: (this.getAttribute('theme') === 'light' ? 'light' : 'dark') as ThemeName,
        lang: (this.getAttribute('lang') === 'en' ? 'en' : 'zh-CN') as Lang,
        problem: parsed.ok ? undefined : parsed.error,
      });
    }

    #stopFeed(): void {
      this.#abort?.abort();
      this.#abort = undefined;
      clearInterval(this.#timer);
      this.#timer = undefined;
    }

    #startFeed(): void {
      this.#stopFeed();
      const url = this.getAttribute('feed');
      if (!url) {
        this.#feed = { kind: 'none' };
        return;
      }
      const last =
        this.#feed.kind !== 'none' && this.#feed.url === url ? this.#feed.last : undefined;
      this.#feed = last ? { kind: 'loading', url, last } : { kind: 'loading', url };
      void this.#fetch(url);
      const seconds = Number(this.getAttribute('refresh'));
      if (Number.isFinite(seconds) && seconds > 0) {
        const ms = Math.max(seconds, minRefreshSeconds) * 1000;
        this.#timer = setInterval(() => void this.#fetch(url), ms);
      }
    }

    async #fetch(url: string): Promise<void> {
      this.#abort?.abort();
      const abort = new AbortController();
      this.#abort = abort;
      const pointer = this.getAttribute('pointer') ?? '/data';
      const last = this.#feed.kind !== 'none' ? this.#feed.last : undefined;
      try {
        const loaded = await loadFeed(url, pointer, abort.signal);
        if (abort.signal.aborted) return;
        this.#feed = { kind: 'ready', url, last: loaded };
      } catch (e) {
        if (abort.signal.aborted) return;
        // The last good data stays on screen under the error.
        const error = (e as Error).message || String(e);
        this.#feed = last ? { kind: 'error', url, error, last } : { kind: 'error', url, error };
      }
      if (this.isConnected) this.#render();
    }
  };
}

/**
 * Registers `<onescreen-widget>` (or `tagName`) once; later calls return the registered class.
 * Attributes: type, props (JSON object), feed (URL), pointer (JSON pointer, default "/data"),
 * refresh (seconds), theme (dark|light), lang (zh-CN|en).
 */
export function defineOnescreenWidget(tagName = 'onescreen-widget'): CustomElementConstructor {
  const existing = customElements.get(tagName);
  if (existing) return existing;
  const ctor = createElementClass();
  customElements.define(tagName, ctor);
  return ctor;
}
