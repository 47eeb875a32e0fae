import { type CSSProperties, type ReactNode, useState } from 'react';
import type { A11yTable } from '../a11y/HiddenTable.js';
import { HiddenTable } from '../a11y/HiddenTable.js';
import { useT } from '../i18n/context.js';
import { AgeBadge } from './AgeBadge.js';
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
  const errorText = feedError ? feedMessage(t, status) : null;
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
        {state !== 'loading' && empty && <p className="os-empty">{t('state.empty')}</p>}
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
      {table && <HiddenTable table={table} />}
    </section>
  );
}

function feedMessage(t: ReturnType<typeof useT>, status: WidgetStatus): string {
  const error = status.error ?? t('error.noDetail');
  return status.feed
    ? t('error.feed', { feed: status.feed, error })
    : t('error.feedUnknown', { error });
}
