/**
 * Sets `data-screen-ready="true"` on <html> once the page holds at least one widget and none
 * of them is loading. It watches the DOM rather than React state, so every widget counts,
 * whoever rendered it. Returns a function that stops watching.
 */
export function watchScreenReady(root: ParentNode & Node = document.body): () => void {
  const check = () => {
    const widgets = root.querySelectorAll('[data-widget]');
    if (widgets.length === 0) return false;
    for (const w of widgets) if (w.getAttribute('data-state') === 'loading') return false;
    document.documentElement.dataset.screenReady = 'true';
    return true;
  };
  if (check()) return () => {};
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
  return () => observer.disconnect();
}
