/** How a design-size screen is laid onto its parent. */
export type ScaleMode = 'fit' | 'cover' | 'width' | 'height' | 'stretch' | 'none';

/** Where the scaled design box sits inside the parent, in on-screen CSS px. */
export interface ScreenLayout {
  /** Horizontal design → screen scale. */
  scaleX: number;
  /** Vertical design → screen scale. */
  scaleY: number;
  /** Uniform scale text is laid out at (min of the two). */
  scale: number;
  /** Box left edge relative to the parent (negative when cropped by cover). */
  left: number;
  /** Box top edge relative to the parent. */
  top: number;
  /** Box width on screen. */
  width: number;
  /** Box height on screen. */
  height: number;
}

/**
 * Lays a `designW`×`designH` screen onto a `parentW`×`parentH` parent. A parent without a
 * height (a portal card that only gives width) is treated as mode 'width', since there is
 * nothing to fit into.
 */
export function computeLayout(
  parentW: number,
  parentH: number,
  designW: number,
  designH: number,
  mode: ScaleMode,
): ScreenLayout {
  const effective: ScaleMode = parentH <= 0 && mode !== 'none' ? 'width' : mode;
  const sx = parentW / designW;
  const sy = parentH / designH;
  let scaleX: number;
  let scaleY: number;
  switch (effective) {
    case 'fit':
      scaleX = scaleY = Math.min(sx, sy);
      break;
    case 'cover':
      scaleX = scaleY = Math.max(sx, sy);
      break;
    case 'width':
      scaleX = scaleY = sx;
      break;
    case 'height':
      scaleX = scaleY = sy;
      break;
    case 'stretch':
      scaleX = sx;
      scaleY = sy;
      break;
    default:
      scaleX = scaleY = 1;
  }
  if (!(scaleX > 0) || !(scaleY > 0)) scaleX = scaleY = 1e-3;
  const width = designW * scaleX;
  const height = designH * scaleY;
  // Centre where the mode leaves slack (fit letterbox, cover crop); scrolling modes start at the edge.
  const slackX = parentW - width;
  const slackY = parentH - height;
  const both = effective === 'fit' || effective === 'cover';
  const left = both || (effective === 'height' && slackX > 0) ? slackX / 2 : 0;
  const top = both || (effective === 'width' && slackY > 0) ? slackY / 2 : 0;
  return { scaleX, scaleY, scale: Math.min(scaleX, scaleY), left, top, width, height };
}

/** Device pixels per design px for canvases: scale × DPR, capped so an 8K wall cannot exhaust memory. */
export function canvasPixelRatio(scale: number, dpr: number, max: number): number {
  return Math.min(scale * dpr, max);
}
