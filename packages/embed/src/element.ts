import { parseFeed, type View } from '@onescreen/core';
import type { Lang, ThemeName, WidgetStatus } from '@onescreen/widgets';
import { boundView, parseBind } from './bound.js';
import { createEmbedRenderer, type EmbedRenderer } from './createEmbedRenderer.js';
import { type FeedState, feedProps } from './feedProps.js';
import { type DataSource, startFeedSource } from './feedSource.js';
import { type EmbedProblem, embedMessages, problemText } from './messages.js';
import { pageLang } from './pageLang.js';
import { parseProps } from './parseProps.js';
import { embedWidgetNames, widgetByName } from './widgets.js';

/**
 * Each observed attribute and what a change of it affects: `source` attributes say where the
 * data comes from (the feed is read again), `view` attributes only how it is drawn. `bind` (a
 * binding in the open data model) reads the whole feed document, so it is a source too.
 */
const attributeRoles = {
  type: 'view',
  props: 'view',
  feed: 'source',
  pointer: 'source',
  refresh: 'source',
  bind: 'source',
  place: 'view',
  period: 'view',
  theme: 'view',
  lang: 'view',
} as const satisfies Record<string, 'view' | 'source'>;

/** Attributes `<onescreen-widget>` watches; a change re-renders, or re-reads the feed for feed ones. */
export const observedAttributes = Object.keys(attributeRoles) as (keyof typeof attributeRoles)[];

// Feed failures of the network kind come and go; everything else is the page's mistake and
// worth a developer's attention in the console.
const transient = new Set(['feedHttp', 'feedNetwork']);
let stylesChecked = false;

/** How a bound element's feed stands, with the binding's own fault as an error. */
function boundStatus(feed: FeedState, error: string | undefined, lang: Lang): WidgetStatus {
  if (feed.kind === 'none') return { state: 'ready' };
  const asOf = feed.last?.asOf ? Date.parse(feed.last.asOf) : Number.NaN;
  const updatedAt = Number.isFinite(asOf) ? { updatedAt: asOf } : {};
  if (error !== undefined) return { state: 'error', feed: feed.url, error, ...updatedAt };
  if (feed.kind === 'error') {
    return { state: 'error', feed: feed.url, error: problemText(lang, feed.problem), ...updatedAt };
  }
  if (feed.kind === 'loading' && !feed.last) return { state: 'loading', feed: feed.url };
  return { state: 'ready', feed: feed.url, ...updatedAt };
}

function createElementClass(): CustomElementConstructor {
  return class OnescreenWidgetElement extends HTMLElement {
    static observedAttributes = observedAttributes;
    #renderer: EmbedRenderer | undefined;
    #feed: FeedState = { kind: 'none' };
    #source: DataSource | null = null;
    // Our own flag, not isConnected: an element upgraded in a parsed page is already in the
    // document when its attributes are first reported, one callback each; acting on those would
    // read the feed once per feed attribute before connectedCallback reads it again.
    #connected = false;
    #warned = '';

    connectedCallback(): void {
      this.#connected = true;
      // Block by default so width and height from the page's CSS apply to the widget.
      if (!this.style.display) this.style.display = 'block';
      this.#startSource();
      this.#render();
    }

    disconnectedCallback(): void {
      this.#connected = false;
      this.#source?.stop();
      this.#source = null;
      this.#renderer?.unmount();
      this.#renderer = undefined;
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (!this.#connected || before === after) return;
      if (attributeRoles[name as keyof typeof attributeRoles] === 'source') this.#startSource();
      this.#render();
    }

    #startSource(): void {
      this.#source?.stop();
      const previous = this.#feed;
      this.#feed = { kind: 'none' };
      const bound = this.hasAttribute('bind');
      this.#source = startFeedSource(
        {
          feed: this.getAttribute('feed'),
          // A binding reads the whole document: its pointer names the table inside it.
          pointer: bound ? '' : this.getAttribute('pointer'),
          refresh: this.getAttribute('refresh'),
        },
        previous,
        {
          onChange: (state) => {
            this.#feed = state;
            if (this.#connected && this.#renderer) this.#render();
          },
          fits: (loaded) =>
            bound
              ? parseFeed(loaded.value).ok
              : feedProps(
                  parseProps(this.getAttribute('props')),
                  { kind: 'ready', url: '', pointer: '', last: loaded },
                  this.getAttribute('type') ?? '',
                ).misfit === null,
        },
      );
    }

    #render(): void {
      const type = this.getAttribute('type') ?? '';
      const lang = pageLang(this);
      const parsed = parseProps(this.getAttribute('props'));
      let problem: EmbedProblem | undefined;
      if (!widgetByName(type)) {
        const names = embedWidgetNames.join(', ');
        problem = { key: type ? 'unknownType' : 'missingType', params: { type, names } };
      } else if (!parsed.ok) {
        problem = parsed.problem;
      }
      const bindText = this.getAttribute('bind');
      const bind = bindText === null || problem ? null : parseBind(bindText, type);
      if (bind && !bind.ok) problem = bind.problem;
      // Bound, the feed is a whole document for the binding; unbound, its value overlays props.
      const fed = bind?.ok ? { props: { ...(parsed.ok ? parsed.props : {}) }, misfit: null } : null;
      const { props, misfit } = fed ?? feedProps(parsed, this.#feed, type, lang);
      let view: View | null | undefined;
      if (bind?.ok) {
        const outcome =
          this.#feed.kind === 'none' || !this.#feed.last
            ? { view: null, error: undefined }
            : boundView(
                bind.binding,
                this.#feed.last.value,
                {
                  place: this.getAttribute('place') ?? undefined,
                  period: this.getAttribute('period') ?? undefined,
                },
                lang,
              );
        view = outcome.view;
        props.status = boundStatus(this.#feed, outcome.error, lang);
      }
      const feedProblem = this.#feed.kind === 'error' ? this.#feed.problem : undefined;
      this.#warn(type, problem ?? misfit ?? feedProblem);
      this.#renderer ??= createEmbedRenderer(this);
      this.#renderer.render({
        type,
        props,
        ...(view === undefined ? {} : { view }),
        theme: (this.getAttribute('theme') === 'light' ? 'light' : 'dark') as ThemeName,
        lang,
        problem: problem && problemText(lang, problem),
      });
      this.#checkStyles();
    }

    /** One console warning per new problem, in English, with the details the screen leaves out. */
    #warn(type: string, problem: EmbedProblem | null | undefined): void {
      if (!problem || transient.has(problem.key)) {
        this.#warned = '';
        return;
      }
      const text = embedMessages('en', problem.key, problem.params);
      const line = `@onescreen/embed: <onescreen-widget type="${type}">: ${text}${problem.detail ? ` (${problem.detail})` : ''}`;
      if (line === this.#warned) return;
      this.#warned = line;
      console.warn(line);
    }

    /** Says once per page when the stylesheet is missing: a widget without it renders unstyled. */
    #checkStyles(): void {
      if (stylesChecked) return;
      stylesChecked = true;
      const root = this.firstElementChild;
      if (root && getComputedStyle(root).getPropertyValue('--os-bg').trim() === '') {
        console.warn(
          '@onescreen/embed: the widget stylesheet is not loaded; add onescreen-embed.css (or import "@onescreen/embed/styles.css").',
        );
      }
    }
  };
}

/**
 * Registers `<onescreen-widget>` (or `tagName`) once; later calls return the registered class.
 * Attributes: type, props (JSON object), feed (URL), pointer (JSON pointer, default "/data"),
 * refresh (seconds), theme (dark|light), lang (zh-CN|en; default: the page's language).
 */
export function defineOnescreenWidget(tagName = 'onescreen-widget'): CustomElementConstructor {
  const existing = customElements.get(tagName);
  if (existing) return existing;
  const ctor = createElementClass();
  customElements.define(tagName, ctor);
  return ctor;
}
