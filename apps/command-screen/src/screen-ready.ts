/**
 * How long a screen whose widgets have all left `loading` waits for its charts' first frames
 * before it says it is ready anyway: a chart that never draws (a box of no size, a renderer
 * that failed) must not keep the screen from ever being ready.
 */
const CHART_WAIT_MS = 5_000;

/**
 * Sets `data-screen-ready="true"` on <html> once the page holds at least one widget, none of
 * them is loading and every chart has drawn its first frame with the faces its text needs
 * (`data-chart="drawn"` on its box, set by the widgets' EChart): ready means what a screenshot
 * would show, not charts still blank or missing glyphs. It does not wait for fonts that only page
 * text (not canvas) still loads: that text takes its face when it comes (font-display: swap),
 * where a canvas would keep the fallback.
 * It watches the DOM rather than React state, so every widget counts, whoever rendered it.
 * Returns a function that stops watching and takes the mark away: the screen it spoke for is
 * going (a playlist turning to the next one), and monitoring must not read the old screen's
 * readiness as the new one's.
 */
export function watchScreenReady(
  root: ParentNode & Node = document.body,
  chartWaitMs = CHART_WAIT_MS,
): () => void {
  let waitedForCharts = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const withdraw = () => {
    delete document.documentElement.dataset.screenReady;
  };
  const check = () => {
    const widgets = root.querySelectorAll('[data-widget]');
    if (widgets.length === 0) return false;
    for (const w of widgets) if (w.getAttribute('data-state') === 'loading') return false;
    if (!waitedForCharts && root.querySelector('[data-chart="pending"]')) {
      timer ??= setTimeout(() => {
        waitedForCharts = true;
        if (check()) observer.disconnect();
      }, chartWaitMs);
      return false;
    }
    clearTimeout(timer);
    document.documentElement.dataset.screenReady = 'true';
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  if (check()) return withdraw;
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-chart'],
  });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    withdraw();
  };
}
