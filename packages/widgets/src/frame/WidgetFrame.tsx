import { type CSSProperties, type ReactNode, useState } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { HiddenTable } from '../a11y/HiddenTable.js';
import { useT } from '../i18n/context.js';
import { AgeBadge } from './AgeBadge.js';
import { allDropped, droppedText } from './droppedText.js';
import { WidgetErrorBoundary } from './ErrorBoundary.js';
import { Skeleton } from './Skeleton.js';
import { resolveDataState } from './state.js';
import type { WidgetStatus } from './types.js';

export type { A11yTable } from '../a11y/HiddenTable.js';

/** Props of WidgetFrame, the root every widget renders into. */
export interface WidgetFrameProps {
  /** Widget name, written to `data-widget`. */
  name: string;
  /** One-line title stating what the widget shows (title bar and accessible name). */
  title?: string | undefined;
  /** Accessible name when there is no visible title (defaults to `title`, then `name`). */
  label?: string | undefined;
  /** Feed status: loading, ready, stale or error. */
  status?: WidgetStatus | undefined;
  /** The widget's data is empty: data-state="empty" unless loading or error. */
  empty?: boolean | undefined;
  /** What the empty state says, when "no data" is not the right word ("no alerts"). */
  emptyText?: string | undefined;
  /** Visually hidden data table for screen readers. */
  table?: A11yTable | undefined;
  /** Extra class on the root. */
  className?: string | undefined;
  /** Style on the root. */
  style?: CSSProperties | undefined;
  /** Extra elements for the title bar's right side (legend, controls). */
  actions?: ReactNode;
  /** The widget body. */
  children: ReactNode;
}

/**
 * Root of every widget: data-widget/data-state, title bar, skeleton, empty note, error banner
 * (keeping the last data visible), age badge, hidden table and an error boundary.
 */
export function WidgetFrame(props: WidgetFrameProps) {
  const {
    name,
    title,
    label,
    status,
    empty = false,
    emptyText,
    table,
    className,
    style,
    actions,
    children,
  } = props;
  const t = useT();
  const [renderError, setRenderError] = useState<Error | null>(null);
  const state = resolveDataState(status, empty, renderError !== null);
  const feedError = status?.state === 'error';
  const errorText = feedError ? feedMessage(t, status, empty) : null;
  const dropped = droppedText(t, status?.dropped);
  // Error with data keeps the body: the last good data stays on the wall under the banner.
  const showBody = state !== 'loading' && !empty;

  return (
    <section
      className={className ? `os-widget ${className}` : 'os-widget'}
      data-widget={name}
      data-state={state}
      // biome-ignore lint/a11y/noRedundantRoles: explicit so plain [role=region] selectors (e2e, embed) find every widget
      role="region"
      aria-label={label ?? title ?? name}
      aria-busy={state === 'loading' || undefined}
      data-dropped={dropped ? `${status?.dropped?.count}/${status?.dropped?.of}` : undefined}
      style={style}
    >
      {(title || status?.updatedAt !== undefined || actions) && (
        <header className="os-widget__title">
          {title && <h2 className="os-widget__heading">{title}</h2>}
          <span className="os-widget__actions">
            {actions}
            {status?.updatedAt !== undefined && (
              <AgeBadge updatedAt={status.updatedAt} stale={status.state === 'stale'} />
            )}
          </span>
        </header>
      )}
      {errorText && (
        <p className="os-error" role="alert">
          {errorText}
        </p>
      )}
      <div className="os-widget__body">
        {state === 'loading' && <Skeleton />}
        {state !== 'loading' && empty && (
          <p className="os-empty">{emptyText ?? t('state.empty')}</p>
        )}
        {showBody && (
          <WidgetErrorBoundary
            onError={setRenderError}
            resetKey={status?.updatedAt}
            fallback={(e) => (
              <p className="os-error" role="alert">
                {t('error.render', { error: e.message })}
              </p>
            )}
          >
            {children}
          </WidgetErrorBoundary>
        )}
      </div>
      {dropped && (
        // Compact on the wall (one line, cut with an ellipsis; the whole of it on hover); the
        // full sentence for screen readers.
        <p className="os-dropped" title={dropped.short}>
          <span aria-hidden="true">{dropped.short}</span>
          <span className="os-sr-only">{dropped.spoken}</span>
        </p>
      )}
      {table && <HiddenTable table={table} />}
    </section>
  );
}

function feedMessage(t: ReturnType<typeof useT>, status: WidgetStatus, empty: boolean): string {
  // A document whose every record was refused is said in the screen's language, whatever the
  // feed's own message: the note below gives the first reason.
  const error = allDropped(status.dropped)
    ? t(empty ? 'error.allDropped' : 'error.allDroppedKept', { total: status.dropped?.of ?? 0 })
    : (status.error ?? t('error.noDetail'));
  return status.feed
    ? t('error.feed', { feed: status.feed, error })
    : t('error.feedUnknown', { error });
}
