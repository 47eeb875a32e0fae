import type { CSSProperties, ReactNode } from 'react';
import { PanelBorder } from './PanelBorder.js';
import { TitleBar } from './TitleBar.js';

/** Props of Panel. */
export interface PanelProps {
  /** Optional panel title, drawn on a title bar. */
  title?: string;
  /** Class on the panel. */
  className?: string;
  /** Style on the panel (grid placement, size). */
  style?: CSSProperties;
  /** Widgets inside the panel. */
  children?: ReactNode;
}

/** A screen panel: lighter fill, luminous vector border with corner accents, optional title bar. */
export function Panel({ title, className, style, children }: PanelProps) {
  return (
    <div className={className ? `os-panel ${className}` : 'os-panel'} style={style}>
      <PanelBorder />
      <div className="os-panel__content">
        {title && <TitleBar>{title}</TitleBar>}
        {children}
      </div>
    </div>
  );
}
