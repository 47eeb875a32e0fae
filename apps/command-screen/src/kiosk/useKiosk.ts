import { useEffect } from 'react';

/** Idle time after which kiosk mode hides the cursor. */
export const CURSOR_IDLE_MS = 3_000;

/**
 * Kiosk behaviour for an unattended wall: the cursor hides after 3 s without movement, no key
 * does anything (no reload, back, zoom, find or devtools shortcut a page can intercept), the
 * context menu and pinch/ctrl-wheel zoom are off, and the first click asks for fullscreen
 * (browsers allow that only from a user gesture). Esc leaving fullscreen cannot be blocked by
 * a page; the next click asks again.
 */
export function useKiosk(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const root = document.documentElement;
    root.dataset.kiosk = 'true';
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const showCursor = () => {
      delete root.dataset.cursorHidden;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        root.dataset.cursorHidden = 'true';
      }, CURSOR_IDLE_MS);
    };
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
    };
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey) event.preventDefault();
    };
    const askFullscreen = () => {
      if (document.fullscreenElement || !root.requestFullscreen) return;
      root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
        // Refused (no gesture, policy, or already leaving): the next click tries again.
      });
    };
    showCursor();
    window.addEventListener('pointermove', showCursor, { passive: true });
    window.addEventListener('pointerdown', showCursor, { passive: true });
    window.addEventListener('click', askFullscreen, true);
    window.addEventListener('keydown', swallow, true);
    window.addEventListener('keyup', swallow, true);
    window.addEventListener('contextmenu', swallow, true);
    window.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => {
      clearTimeout(idleTimer);
      delete root.dataset.kiosk;
      delete root.dataset.cursorHidden;
      window.removeEventListener('pointermove', showCursor);
      window.removeEventListener('pointerdown', showCursor);
      window.removeEventListener('click', askFullscreen, true);
      window.removeEventListener('keydown', swallow, true);
      window.removeEventListener('keyup', swallow, true);
      window.removeEventListener('contextmenu', swallow, true);
      window.removeEventListener('wheel', onWheel, true);
    };
  }, [enabled]);
}
