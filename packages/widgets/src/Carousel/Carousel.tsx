import { carouselIndexAt } from '@onescreen/core';
import { Children, type ReactNode, useRef, useState } from 'react';
import { useReducedMotion } from '../a11y/useReducedMotion.js';
import { guardWidget } from '../frame/guardWidget.js';
import { WidgetFrame } from '../frame/WidgetFrame.js';
import { useT } from '../i18n/context.js';
import { useNow } from '../screen/useNow.js';

/** Props of Carousel. */
export interface CarouselProps {
  /** One-line title naming what rotates. */
  title: string;
  /** The views; one shows at a time. */
  children: ReactNode;
  /** Time each view shows, in ms; 15 000 by default. */
  periodMs?: number;
  /** Epoch ms the rotation counts from; 0 by default. Every display with the same value agrees. */
  epoch?: number;
  /** Hold the current view (controlled); the pause button toggles an internal hold otherwise. */
  paused?: boolean;
  /**
   * Show this view (index) instead of the rotation, e.g. while an alert in it holds the wall's
   * attention; when unset again the rotation resumes at the wall-clock view, in step.
   */
  hold?: number | undefined;
  /** Fixed instant (epoch ms) for stories and screenshots; live by default. */
  now?: number;
  /** Extra class on the root. */
  className?: string;
}

/** Rotates its children by wall-clock time, so separate browsers on a wall stay in step. */
export const Carousel = guardWidget(
  'Carousel',
  function Carousel({
    title,
    children,
    periodMs = 15_000,
    epoch = 0,
    paused,
    hold: holdView,
    now,
    className,
  }: CarouselProps) {
    const t = useT();
    const reduced = useReducedMotion();
    // Tick exactly on slot boundaries when they fall on multiples of the period (epoch 0, the
    // default); otherwise every second, which is late by less than a second.
    const live = useNow(epoch % periodMs === 0 ? periodMs : Math.min(1000, periodMs));
    const views = Children.toArray(children);
    const n = views.length;
    const at = now ?? live;
    const wall = carouselIndexAt(at, periodMs, n, epoch);
    const [held, setHeld] = useState<number | null>(null);
    // Whichever pause applies (prop or button) freezes the view shown when it began; resuming
    // returns to the wall-clock view so every display is back in step.
    const frozen = useRef<number | null>(null);
    const hold = paused ?? held !== null;
    if (!hold) frozen.current = null;
    else frozen.current ??= held ?? wall;
    const holding =
      holdView !== undefined && Number.isInteger(holdView) && holdView >= 0 && holdView < n
        ? holdView
        : undefined;
    const index = holding ?? (hold ? (frozen.current ?? wall) : wall);
    const safe = n === 0 ? 0 : Math.min(index, n - 1);
    const toggle = (): void => setHeld(held === null ? wall : null);
    const controls = n > 1 && (
      <span className="os-carousel__controls">
        {views.map((v, i) => (
          <span
            key={(v as { key?: string }).key ?? i}
            className="os-carousel__dot"
            aria-hidden="true"
            data-current={i === safe || undefined}
            aria-current={i === safe ? 'true' : undefined}
          />
        ))}
        {paused === undefined && (
          <button type="button" className="os-button" aria-pressed={held !== null} onClick={toggle}>
            {held === null ? t('carousel.pause') : t('carousel.play')}
          </button>
        )}
      </span>
    );
    return (
      <WidgetFrame
        name="Carousel"
        title={title}
        empty={n === 0}
        className={className}
        actions={controls}
      >
        <div
          className="os-carousel"
          data-index={safe}
          data-paused={hold || undefined}
          data-held={holding !== undefined || undefined}
        >
          <span className="os-sr-only" aria-live="polite">
            {n > 0 ? t('carousel.view', { i: safe + 1, n }) : ''}
          </span>
          <div
            key={safe}
            className="os-carousel__view"
            style={reduced ? { animation: 'none' } : undefined}
            data-view={safe}
          >
            {views[safe]}
          </div>
        </div>
      </WidgetFrame>
    );
  },
);
