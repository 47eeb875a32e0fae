import { type ReactNode, useId } from 'react';
import { guardWidget } from '../frame/guardWidget.js';
import { useT } from '../i18n/context.js';
import { Clock } from './Clock.js';

/** Props of Header. */
export interface HeaderProps {
  /** Screen title, e.g. "杭嘉基层治理 一屏览全域". */
  title: string;
  /** Left slot: feed freshness dots or any status indicators. */
  freshness?: ReactNode;
  /** Right slot before the clock: screen-wide controls such as a period picker. */
  tools?: ReactNode;
  /** Fixed clock instant (epoch ms) for stories and screenshots; live by default. */
  now?: number;
  /** Extra class on the root. */
  className?: string;
}

/** The screen's top band: title in the centre, feed freshness on the left, clock on the right. */
export const Header = guardWidget(
  'Header',
  function Header({ title, freshness, tools, now, className }: HeaderProps) {
    const t = useT();
    const glow = useId();
    // The banner's accessible name is the visible title itself, so the two can never drift.
    const titleId = useId();
    return (
      // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: <header> is not interactive; the banner role keeps the landmark (and its name) when nested in a section
      <header
        className={className ? `os-header ${className}` : 'os-header'}
        data-widget="Header"
        data-state="ready"
        // Explicit: a <header> nested in a section (a screen cell, a portal card) is no banner by
        // default, and the role is what carries the name.
        role="banner"
        aria-labelledby={titleId}
      >
        <svg viewBox="0 0 1920 72" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <defs>
            <linearGradient id={glow} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" stopColor="var(--os-accent)" stopOpacity="0" />
              <stop offset="0.5" stopColor="var(--os-accent)" stopOpacity="0.9" />
              <stop offset="1" stopColor="var(--os-accent)" stopOpacity="0" />
            </linearGradient>
          </defs>
          <path className="os-decor__line" d="M0 64 H640 L680 71 H1240 L1280 64 H1920" />
          <path
            d="M700 70 H1220"
            stroke={`url(#${glow})`}
            strokeWidth="2"
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        <h1 className="os-header__title" id={titleId}>
          {title}
        </h1>
        <div className="os-header__slot" role="status" aria-label={t('header.freshness')}>
          {freshness}
        </div>
        <div className="os-header__clock">
          {tools}
          <Clock {...(now === undefined ? {} : { now })} />
        </div>
      </header>
    );
  },
);
