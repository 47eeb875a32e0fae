import type { ReactNode } from 'react';
import { WidgetErrorBoundary } from './ErrorBoundary.js';
import { type DataShape, tolerate } from './tolerate.js';
import { WidgetFailure } from './WidgetFailure.js';

/** What guardWidget knows of a widget's data props. */
export interface GuardOptions<P> {
  /** Shape of each data prop; missing or malformed values are replaced by empty ones. */
  shapes?: Readonly<Record<string, DataShape>>;
  /** What to show instead of the body when the props cannot be drawn at all; null to draw. */
  placeholder?: (props: P) => ReactNode;
}

/**
 * Wraps a widget in an error boundary that sits above its hooks: whatever its compute throws
 * (malformed feed data from a portal page, say), the page shows that widget's error state
 * instead of losing its whole React root.
 */
export function guardWidget<P extends object>(
  name: string,
  Body: (props: P) => ReactNode,
  options: GuardOptions<P> = {},
): (props: P) => ReactNode {
  function Guarded(raw: P) {
    const props = options.shapes ? tolerate(raw, options.shapes) : raw;
    const title = (props as { title?: unknown }).title;
    const placeholder = options.placeholder?.(props);
    if (placeholder != null) return placeholder;
    return (
      // New props retry the body: the next feed update may well be well-formed.
      <WidgetErrorBoundary
        resetKey={raw}
        fallback={(error) => (
          <WidgetFailure
            name={name}
            title={typeof title === 'string' ? title : undefined}
            error={error}
          />
        )}
      >
        <Body {...props} />
      </WidgetErrorBoundary>
    );
  }
  Guarded.displayName = name;
  return Guarded;
}
