import type { CSSProperties, MouseEvent } from 'react';
import type { GridConfig, ScreenConfig } from '../config/schema.js';
import { PanelView } from './PanelView.js';

/** The config's CSS grid, filling the design box. */
export function ScreenGrid({
  config,
  grid,
  onBackgroundClick,
}: {
  config: ScreenConfig;
  grid: GridConfig;
  onBackgroundClick: () => void;
}) {
  const style: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: grid.columns.join(' '),
    gridTemplateRows: grid.rows.join(' '),
    gridTemplateAreas: grid.areas.map((row) => JSON.stringify(row)).join(' '),
    gap: grid.gap,
    padding: grid.padding,
    boxSizing: 'border-box',
    width: '100%',
    height: '100%',
  };
  const onClick = (event: MouseEvent) => {
    // A click anywhere but on the map (which handles its own clicks) or a control resets the
    // selection: "click outside" is the whole screen, not only the map's empty sea.
    const target = event.target as Element;
    if (target.closest('.cs-map, button, a')) return;
    onBackgroundClick();
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a pointer convenience; the header's button resets by keyboard
    <div className="cs-grid" style={style} onClick={onClick} data-columns={grid.columns.length}>
      {config.panels.map((p, i) => (
        <PanelView key={p.area} panel={p} path={`/panels/${i}`} />
      ))}
    </div>
  );
}
