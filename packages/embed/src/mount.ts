import type { Lang, ThemeName } from '@onescreen/widgets';
import { createEmbedRenderer } from './createEmbedRenderer.js';
import {
  type EmbedProps,
  type EmbedWidgetName,
  embedWidgetNames,
  widgetByName,
} from './widgets.js';

/** Theme and language of an embedded widget. */
export interface MountOptions {
  /** Colour theme; 'dark' by default. */
  theme?: ThemeName;
  /** Screen language; 'zh-CN' by default. */
  lang?: Lang;
}

/** A mounted widget: change its props, or remove it and everything it holds. */
export interface EmbeddedWidget {
  /** Renders the widget with `props` in place of the previous props (and optionally new options). */
  update(props: EmbedProps, options?: MountOptions): void;
  /** Unmounts the widget: its chart, timers and listeners go; calling it again does nothing. */
  destroy(): void;
}

/**
 * Mounts widget `type` into `element` (which sizes it) without the page using React. The DOM
 * is in place when `mount` returns. Throws a TypeError for a name that is not a widget.
 */
export function mount(
  element: Element,
  type: EmbedWidgetName,
  props: EmbedProps = {},
  options: MountOptions = {},
): EmbeddedWidget {
  if (!widgetByName(type))
    throw new TypeError(
      `@onescreen/embed: unknown widget "${String(type)}"; valid types: ${embedWidgetNames.join(', ')}`,
    );
  const renderer = createEmbedRenderer(element);
  let current = { props, options };
  let destroyed = false;
  const render = () => {
    const { theme = 'dark', lang = 'zh-CN' } = current.options;
    renderer.render({ type, props: current.props, theme, lang });
  };
  render();
  return {
    update(nextProps, nextOptions) {
      if (destroyed) throw new Error('@onescreen/embed: update() after destroy()');
      current = { props: nextProps, options: nextOptions ?? current.options };
      render();
    },
    destroy() {
      destroyed = true;
      renderer.unmount();
    },
  };
}
