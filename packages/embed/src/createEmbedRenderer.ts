import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { EmbedRoot, type EmbedRootProps } from './EmbedRoot.js';

/** A React root behind one host element, rendered synchronously so the DOM is ready on return. */
export interface EmbedRenderer {
  /** Renders (or re-renders) the widget tree. */
  render(props: EmbedRootProps): void;
  /** Unmounts it; later calls do nothing. */
  unmount(): void;
}

/** Creates the React root for `element`. */
export function createEmbedRenderer(element: Element): EmbedRenderer {
  const root = createRoot(element);
  let live = true;
  return {
    render(props) {
      // Synchronous, so a portal can measure or query the widget right after the call.
      if (live) flushSync(() => root.render(createElement(EmbedRoot, props)));
    },
    unmount() {
      if (live) root.unmount();
      live = false;
    },
  };
}
