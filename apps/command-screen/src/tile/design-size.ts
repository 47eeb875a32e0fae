/**
 * The design size to lay out for a display (or a whole wall) of `viewport` CSS px. In
 * 'extend' mode the design keeps its height and grows in width to the display's aspect, so a
 * 32:9 wall shows a wider centre instead of black bars; it never shrinks below the design.
 */
export function effectiveDesign(
  design: { width: number; height: number },
  viewport: { width: number; height: number },
  mode: string,
): { width: number; height: number } {
  if (mode !== 'extend' || viewport.height <= 0) return design;
  const width = Math.round((design.height * viewport.width) / viewport.height);
  return { width: Math.max(design.width, width), height: design.height };
}
