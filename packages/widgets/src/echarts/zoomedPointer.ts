// zrender reads a pointer's position from the native `offsetX/offsetY`. Under CSS `zoom` (how
// ScreenContainer scales a screen) Chromium reports those in zoomed, on-screen pixels while the
// chart lays out in its own unzoomed pixels, so hover, tooltips and clicks land `zoom` times
// too far right and down. zrender takes a position already written on the event (`zrX/zrY`)
// as is, so a capture listener on an ancestor writes the corrected one first.

const pointerEvents = [
  'click',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseout',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerout',
  'wheel',
] as const;

/** The chart element's zoom: on-screen width over layout width (1 when not zoomed). */
function zoomOf(el: HTMLElement, rect: DOMRect): [number, number] {
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  return [w > 0 ? rect.width / w : 1, h > 0 ? rect.height / h : 1];
}

/**
 * Corrects pointer positions for charts inside `host` whose chart element (`chartDom()`) is
 * zoomed; a no-op at zoom 1. Returns the function that removes the listeners.
 */
export function correctZoomedPointer(
  host: HTMLElement,
  chartDom: () => HTMLElement | null,
): () => void {
  const onEvent = (event: Event) => {
    const el = chartDom();
    if (!el || !(event instanceof MouseEvent)) return;
    const rect = el.getBoundingClientRect();
    const [zx, zy] = zoomOf(el, rect);
    if (Math.abs(zx - 1) < 1e-3 && Math.abs(zy - 1) < 1e-3) return;
    const e = event as MouseEvent & { zrX?: number; zrY?: number };
    e.zrX = (event.clientX - rect.left) / zx;
    e.zrY = (event.clientY - rect.top) / zy;
  };
  for (const type of pointerEvents)
    host.addEventListener(type, onEvent, { capture: true, passive: true });
  return () => {
    for (const type of pointerEvents) host.removeEventListener(type, onEvent, { capture: true });
  };
}
