import { type ReactNode, useId } from 'react';

/** Props of TitleBar. */
export interface TitleBarProps {
  /** The title text (feed strings are rendered as text). */
  children: ReactNode;
  /** Heading level for the document outline; 2 by default. */
  level?: 2 | 3;
}

/**
 * A panel title on a slanted, fading plate. The plate stretches with preserveAspectRatio="none"
 * while its outline uses non-scaling-stroke, so the line stays one crisp px at any width.
 */
export function TitleBar({ children, level = 2 }: TitleBarProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const fill = useId();
  return (
    <div className="os-titlebar">
      <svg viewBox="0 0 400 36" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <defs>
          <linearGradient id={fill} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor="var(--os-accent)" stopOpacity="0.32" />
            <stop offset="1" stopColor="var(--os-accent)" stopOpacity="0" />
          </linearGradient>
        </defs>
        <path d="M0 0 H300 L320 36 H0 Z" fill={`url(#${fill})`} />
        <path className="os-decor__line" d="M0 35.5 H400" />
        <path className="os-decor__corner" d="M0 0 V36" />
      </svg>
      <Heading className="os-titlebar__text">{children}</Heading>
    </div>
  );
}
