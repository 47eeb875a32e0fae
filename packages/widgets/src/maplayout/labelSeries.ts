import type { MapLabel } from '../DistrictMap/layout.js';

/**
 * The scatter series that draws a map's laid-out names: a zero-size symbol at each label's
 * centre with its text centred on it. `style` gives each label its own colour or background.
 * ECharts' hideOverlap stays on as a guard against a face measuring wider on screen than in
 * the layout (earlier labels, i.e. district names, win).
 */
export function labelSeries(
  labels: readonly MapLabel[],
  style: (label: MapLabel) => Record<string, unknown>,
  defaults: { color: string; fontFamily: string; z: number },
) {
  return {
    id: 'labels',
    type: 'scatter' as const,
    coordinateSystem: 'geo' as const,
    silent: true,
    symbolSize: 0,
    tooltip: { show: false },
    data: labels.map((l) => ({
      name: l.text,
      value: l.at,
      label: { fontSize: l.fontSize, ...style(l) },
    })),
    label: {
      show: true,
      position: 'inside' as const,
      color: defaults.color,
      fontFamily: defaults.fontFamily,
      // Canvas or SVG text, never HTML: names need no escaping here.
      formatter: (p: { name?: string }) => p.name ?? '',
    },
    labelLayout: { hideOverlap: true },
    z: defaults.z,
  };
}
