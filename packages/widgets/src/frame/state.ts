import type { DataState, WidgetStatus } from './types.js';

/**
 * The state a widget root reports. Precedence: a render error or feed error wins (the
 * screen must say something is wrong), then loading, then empty data, then stale.
 */
export function resolveDataState(
  status: WidgetStatus | undefined,
  empty: boolean,
  renderFailed = false,
): DataState {
  if (renderFailed || status?.state === 'error') return 'error';
  if (status?.state === 'loading') return 'loading';
  if (empty) return 'empty';
  if (status?.state === 'stale') return 'stale';
  return 'ready';
}
