import type { ReactNode } from 'react';
import { WidgetErrorBoundary } from './ErrorBoundary.js';
import { type DataShape, tolerate } from './tolerate.js';
import type { WidgetStatus } from './types.js';
import { WidgetFrame } from './WidgetFrame.js';

/** What guardWidget knows of a widget's data props. */
export interface GuardOptions {
  /** Shape of each data prop; missing or malformed values are replaced by empty ones. */
  shapes?: Readonly<Record<string, DataShape>>;
  /** Props with no data to draw at all: show the empty frame without running the body's hooks. */
  isEmpty?: (props: Record<string, unknown>) => boolean;
}

/**
 * Wraps a widget in an error boundary that sits above its hooks: whatever its compute throws
 * (malformed feed data from a portal page, say), the page shows that widget's error state in a
 * frame of the same name instead of losing its whole React root.
 */
export function guardWidget<P extends object>(
  name: string,
  Body: (props: P) => ReactNode,
  options: GuardOptions = {},
): (props: P) => ReactNode {
  function Guarded(raw: P) {
    const props = options.shapes ? tolerate(raw, options.shapes) : raw;
    const loose = props as Record<string, unknown>;
    const title = typeof loose.title === 'string' ? loose.title : undefined;
    const status = loose.status as WidgetStatus | undefined;
    if (options.isEmpty?.(loose)) {
      return (
        <WidgetFrame name={name} title={title} status={status} empty>
          {null}
        </WidgetFrame>
      );
    }
    return (
      // New props retry the body: the next feed update may well be well-formed.
      <WidgetErrorBoundary
        resetKey={raw}
        fallback={(error) => (
          <WidgetFrame name={name} title={title} failure={error}>
            {null}
          </WidgetFrame>
        )}
      >
        <Body {...props} />
      </WidgetErrorBoundary>
    );
  }
  Guarded.displayName = name;
  return Guarded;
}
