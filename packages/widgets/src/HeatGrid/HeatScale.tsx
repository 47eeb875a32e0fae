import type { HeatLegend } from './compute.js';

/**
 * The key of the heat grid's colour scale under the grid: "0 ▬▬▬ peak". Drawn in the page: an
 * update changes two numbers instead of ECharts rebuilding its continuous key on the canvas.
 * Hidden from screen readers, which have the chart's description and the hidden table.
 */
export function HeatScale({ legend }: { legend: HeatLegend }) {
  return (
    <div
      className="os-heat-scale"
      aria-hidden="true"
      style={{ color: legend.text.color, fontFamily: legend.text.font }}
    >
      <span>{legend.low}</span>
      <span
        className="os-heat-scale__bar"
        style={{ background: `linear-gradient(to right, ${legend.colors.join(', ')})` }}
      />
      <span>{legend.high}</span>
    </div>
  );
}
