// polylabel 2.1.0 ships no types: the one call it exports.
declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (rings of [x, y]); `distance` is its distance to the nearest edge. */
  export default function polylabel(
    polygon: readonly (readonly (readonly number[])[])[],
    precision?: number,
  ): number[] & { distance: number };
}
