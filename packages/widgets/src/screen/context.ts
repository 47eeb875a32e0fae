import { createContext, useContext } from 'react';

/** What a ScreenContainer tells the widgets inside it about scaling. */
export interface ScreenInfo {
  /** Design width in CSS px (1920 by default). */
  designWidth: number;
  /** Design height in CSS px (1080 by default). */
  designHeight: number;
  /** Horizontal scale from design px to on-screen CSS px. */
  scaleX: number;
  /** Vertical scale from design px to on-screen CSS px. */
  scaleY: number;
  /** The uniform scale text is laid out at (min of the two; equal to both except in 'stretch'). */
  scale: number;
  /** window.devicePixelRatio, capped at the container's `maxPixelRatio`. */
  dpr: number;
  /**
   * Device pixels per design px (scale × DPR, capped): pass it as ECharts' `devicePixelRatio`
   * so a canvas laid out in design px is backed by one pixel per device pixel.
   */
  pixelRatio: number;
}

/** Default outside any ScreenContainer: no scaling, the window's DPR capped at 3. */
export function defaultScreenInfo(): ScreenInfo {
  const dpr = Math.min(typeof devicePixelRatio === 'number' ? devicePixelRatio : 1, 3);
  return { designWidth: 0, designHeight: 0, scaleX: 1, scaleY: 1, scale: 1, dpr, pixelRatio: dpr };
}

/** Carries ScreenInfo; `null` outside any ScreenContainer. */
export const ScreenContext = createContext<ScreenInfo | null>(null);

/** Scaling of the enclosing ScreenContainer (defaults when there is none). */
export function useScreen(): ScreenInfo {
  return useContext(ScreenContext) ?? defaultScreenInfo();
}
