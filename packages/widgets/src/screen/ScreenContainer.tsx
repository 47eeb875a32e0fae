import { type CSSProperties, type ReactNode, useMemo } from 'react';
import { ScreenContext, type ScreenInfo } from './context.js';
import { canvasPixelRatio, type ScaleMode } from './layout.js';
import { useDevicePixelRatio } from './useDevicePixelRatio.js';
import { useParentLayout } from './useParentLayout.js';

/** Props of ScreenContainer. */
export interface ScreenContainerProps {
  /** Design width in px; 1920 by default. */
  width?: number;
  /** Design height in px; 1080 by default. */
  height?: number;
  /** fit (letterbox, default), cover, width, height, stretch or none. */
  mode?: ScaleMode;
  /** Cap on canvas device pixels per design px (scale × DPR); 3 by default, lower it for 8K walls. */
  maxPixelRatio?: number;
  /** Class on the design box. */
  className?: string;
  /** Style on the design box (background, grid layout of panels…). */
  style?: CSSProperties;
  /** The screen, laid out in design px. */
  children?: ReactNode;
  /**
   * The parent's content size in CSS px, when the caller sets it (a wall of fixed size): the
   * screen is laid out from the first render instead of after a measuring one, so a caller can
   * render it in a transition, time-sliced. The ResizeObserver still corrects it.
   */
  initialParentSize?: { width: number; height: number } | undefined;
}

/**
 * Lays a fixed design size onto whatever element contains it, measuring that parent (not the
 * window). The design box is scaled with CSS `zoom`, so text and SVG are laid out and
 * rasterised at the on-screen size instead of stretching a bitmap; canvases learn the factor
 * from `useScreen().pixelRatio`.
 */
export function ScreenContainer({
  width = 1920,
  height = 1080,
  mode = 'fit',
  maxPixelRatio = 3,
  className,
  style,
  children,
  initialParentSize,
}: ScreenContainerProps) {
  const { ref, layout, autoHeight, parentHeight } = useParentLayout(
    width,
    height,
    mode,
    initialParentSize,
  );
  const rawDpr = useDevicePixelRatio();
  const info = useMemo<ScreenInfo | null>(() => {
    if (!layout) return null;
    return {
      designWidth: width,
      designHeight: height,
      scaleX: layout.scaleX,
      scaleY: layout.scaleY,
      scale: layout.scale,
      dpr: Math.min(rawDpr, maxPixelRatio),
      pixelRatio: canvasPixelRatio(layout.scale, rawDpr, maxPixelRatio),
    };
  }, [layout, rawDpr, maxPixelRatio, width, height]);

  const zoom = layout?.scale ?? 1;
  // Stretch is the only non-uniform mode: zoom by the smaller axis, then transform the rest.
  const residual =
    layout && layout.scaleX !== layout.scaleY
      ? `scale(${layout.scaleX / zoom}, ${layout.scaleY / zoom})`
      : undefined;

  return (
    <div
      ref={ref}
      className="os-screen"
      data-mode={mode}
      data-scale={layout ? layout.scale.toFixed(4) : undefined}
      // Explicit px: a percentage height would not resolve inside flex or auto-height parents.
      style={{ height: autoHeight ? (layout?.height ?? 0) : parentHeight }}
    >
      {layout && info && (
        <div
          className="os-screen__box"
          // Whole device pixels for the box origin: a half-pixel offset would soften every glyph.
          style={{
            left: Math.round(layout.left * rawDpr) / rawDpr,
            top: Math.round(layout.top * rawDpr) / rawDpr,
            width: layout.width,
            height: layout.height,
          }}
        >
          <div
            className={className ? `os-screen__design ${className}` : 'os-screen__design'}
            style={{
              ...style,
              width,
              height,
              zoom,
              transform: residual,
              ['--os-scale' as string]: zoom,
            }}
          >
            <ScreenContext.Provider value={info}>{children}</ScreenContext.Provider>
          </div>
        </div>
      )}
    </div>
  );
}
