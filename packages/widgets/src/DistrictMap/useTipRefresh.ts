import type { EChartsType } from 'echarts/core';
import { type RefObject, useCallback, useEffect, useRef } from 'react';

/** Where the map's tooltip was last asked for: under the pointer, or a district keyed to. */
type TipPlace = { x: number; y: number } | { code: string };

/**
 * Keeps an open tooltip true to new values. The map's option holds no values (its tooltip
 * reads them when it shows), so a value update draws nothing and ECharts leaves a shown tip
 * with the text it opened with. After each new `values` the tip is shown again where it was
 * asked for: at the pointer (nothing there hides it, as hovering would) or at the keyed district.
 */
export function useTipRefresh(chart: RefObject<EChartsType | null>, values: unknown) {
  const place = useRef<TipPlace | null>(null);
  /** Follows the pointer over a new chart instance. */
  const follow = useCallback((c: EChartsType) => {
    const zr = c.getZr();
    zr.on('mousemove', (e) => {
      place.current = { x: e.offsetX, y: e.offsetY };
    });
    zr.on('globalout', () => {
      place.current = null;
    });
  }, []);
  /** Notes the district the keyboard focused, or null when focus left the districts. */
  const keyed = useCallback((code: string | null) => {
    place.current = code === null ? null : { code };
  }, []);
  const shown = useRef(values);
  useEffect(() => {
    if (shown.current === values) return;
    shown.current = values;
    const c = chart.current;
    const at = place.current;
    if (!c || c.isDisposed() || !at) return;
    c.dispatchAction(
      'code' in at
        ? { type: 'showTip', geoIndex: 0, name: at.code }
        : { type: 'showTip', x: at.x, y: at.y },
    );
  }, [chart, values]);
  return { follow, keyed };
}
