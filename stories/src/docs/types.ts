import type { ComponentType } from 'react';

/** A sentence in both screen languages: zh-CN first, English beside it. */
export interface Bilingual {
  /** 中文. */
  'zh-CN': string;
  /** English. */
  en: string;
}

/**
 * A prop value too big to print in a snippet (a GeoJSON, a computed coverage): the snippet shows
 * `code` and says where the value comes from; the live example renders `value`.
 */
export interface CodeRef {
  /** Marks the object as a reference. */
  readonly ref: true;
  /** Expression the React snippet prints, e.g. `districts`. */
  readonly code: string;
  /** Where a host gets the value (shown as a comment in the React snippet). */
  readonly from: string;
  /** The real value, used by the live example. */
  readonly value: unknown;
}

/** A reference to a large prop value, printed as `code` in snippets. */
export function codeRef(code: string, from: string, value: unknown): CodeRef {
  return { ref: true, code, from, value };
}

/** Whether a prop value is a CodeRef. */
export function isCodeRef(value: unknown): value is CodeRef {
  return typeof value === 'object' && value !== null && (value as { ref?: unknown }).ref === true;
}

/** How the embed element reads a prop too big for its `props` attribute. */
export interface EmbedFeed {
  /** URL of a JSON file holding the big props as keys of the object at `pointer`. */
  url: string;
  /** JSON pointer to that object. */
  pointer: string;
}

/**
 * Everything a widget's Docs page says beyond its stories and props table, in one place per
 * widget (`<Widget>.docs.ts` beside its stories). The React and embed snippets are generated
 * from `example`, which the `Usage` story renders and tests; `screen` is a widget entry of a
 * screen config in the open data model (docs/data-model.md).
 */
export interface WidgetDocs {
  /** What the widget is for, in a sentence or two. */
  purpose: Bilingual;
  /** Good uses. */
  do: readonly Bilingual[];
  /** Uses to avoid, and what to use instead. */
  dont: readonly Bilingual[];
  /** A small, readable set of props: the copyable example. */
  example: {
    /** The widget itself, which the `Usage` story renders. */
    // biome-ignore lint/suspicious/noExplicitAny: each docs file holds a different widget.
    component: ComponentType<any>;
    /** Props as a host passes them; CodeRef for values too big to print. */
    props: Record<string, unknown>;
    /** Size of the box the widget fills, in CSS pixels. */
    width: number;
    /** Height of that box. */
    height: number;
  };
  /** The screen-config entry that binds this widget to a feed (a panel entry for Carousel). */
  screen: { json: unknown; note?: Bilingual };
  /** How `<onescreen-widget>` reads the CodeRef props, or why the widget is not embeddable. */
  embed: { feed?: EmbedFeed } | { unsupported: Bilingual };
}
