/**
 * Sets `data-screen-ready="true"` on <html> once the page holds at least one widget and none
 * of them is loading. It watches the DOM rather than React state, so every widget counts,
 * whoever rendered it. Returns a function that stops watching and takes the mark away: the
 * screen it spoke for is going (a playlist turning to the next one), and monitoring must not
 * read the old screen's readiness as the new one's.
 */
export function watchScreenReady(root: ParentNode & Node = document.body): () => void {
  const withdraw = () => {
    delete document.documentElement.dataset.screenReady;
  };
  const check = () => {
    const widgets = root.querySelectorAll('[data-widget]');
    if (widgets.length === 0) return false;
    for (const w of widgets) if (w.getAttribute('data-state') === 'loading') return false;
    document.documentElement.dataset.screenReady = 'true';
    return true;
  };
  if (check()) return withdraw;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
  return () => {
    observer.disconnect();
    withdraw();
  };
}
