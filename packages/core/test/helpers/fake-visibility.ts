import type { Visibility } from '../../src/client/index.js';

/** A page whose visibility the test switches, counting who listens. */
export class FakeVisibility implements Visibility {
  private visible = true;
  private readonly listeners = new Set<() => void>();

  isVisible(): boolean {
    return this.visible;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Number of live listeners. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Show or hide the page and tell the listeners. */
  set(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    for (const listener of [...this.listeners]) listener();
  }
}
