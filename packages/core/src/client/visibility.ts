/** Whether the page is shown, and news when that changes; injectable for tests and workers. */
export interface Visibility {
  /** True while the page is visible (or when there is no page at all). */
  isVisible(): boolean;
  /** Call `listener` on every change; returns the function that removes it. */
  subscribe(listener: () => void): () => void;
}

const alwaysVisible: Visibility = {
  isVisible: () => true,
  subscribe: () => () => {},
};

/** Page visibility from `document.visibilityState`; always visible where there is no document. */
export function documentVisibility(): Visibility {
  // Node and Web Workers have no document: nothing to pause for.
  if (typeof document === 'undefined') return alwaysVisible;
  const doc = document;
  return {
    isVisible: () => doc.visibilityState !== 'hidden',
    subscribe(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}
