import { Component, type ReactNode } from 'react';

/** Props of WidgetErrorBoundary. */
export interface WidgetErrorBoundaryProps {
  /** What to render in place of children that threw. */
  fallback: (error: Error) => ReactNode;
  /** Reports the failure upward (WidgetFrame switches its data-state to 'error'). */
  onError?: (error: Error | null) => void;
  /** A new value clears the error and retries the children (e.g. new data arrived). */
  resetKey?: unknown;
  /** The widget body. */
  children?: ReactNode;
}

interface BoundaryState {
  error: Error | null;
  resetKey: unknown;
}

/** Catches a throwing widget body so siblings keep running and the screen never goes blank. */
export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: WidgetErrorBoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  override componentDidUpdate(_prev: WidgetErrorBoundaryProps, prevState: BoundaryState): void {
    if (prevState.error && !this.state.error) this.props.onError?.(null);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
