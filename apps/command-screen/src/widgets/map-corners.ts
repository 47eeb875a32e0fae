import type { DistrictMapProps } from '@onescreen/widgets';

/** A corner of the map panel. */
export type MapCorner = NonNullable<DistrictMapProps['legendCorners']>[number];

const known: readonly MapCorner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

/**
 * The corners a map overlay (legend, coverage summary) may take, best first: the config's
 * list with unknown names dropped, else `fallback`; without bottom-right while the layer switch
 * sits there, so the switch never covers the overlay.
 */
export function freeCorners(
  asked: unknown,
  fallback: readonly MapCorner[],
  switchShown: boolean,
): readonly MapCorner[] {
  const usable = (list: readonly MapCorner[]) =>
    switchShown ? list.filter((c) => c !== 'bottom-right') : list;
  const list = Array.isArray(asked)
    ? usable(asked.filter((c): c is MapCorner => known.includes(c as MapCorner)))
    : [];
  return list.length > 0 ? list : usable(fallback);
}
