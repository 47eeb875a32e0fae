import type { EventSourceLike } from '../../src/client/index.js';

/**
 * A minimal EventSource over fetch streams (Node 20 has no EventSource): `data:` lines joined
 * by newlines, dispatched on a blank line; `onerror` when the stream fails or ends. Unlike the
 * real one it never reconnects by itself, which is what the client wants anyway.
 */
export class FetchEventSource implements EventSourceLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private readonly controller = new AbortController();
  private closed = false;

  constructor(readonly url: string) {
    void this.run();
  }

  close(): void {
    this.closed = true;
    this.controller.abort();
  }

  private async run(): Promise<void> {
    try {
      const response = await fetch(this.url, {
        headers: { accept: 'text/event-stream' },
        signal: this.controller.signal,
      });
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.startsWith('text/event-stream') || response.body === null) {
        throw new Error(`not an event stream: HTTP ${response.status}`);
      }
      this.onopen?.({});
      const decoder = new TextDecoder();
      let buffer = '';
      let data: string[] = [];
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end = buffer.search(/\r?\n/);
        while (end >= 0) {
          const line = buffer.slice(0, end);
          buffer = buffer.slice(buffer[end] === '\r' ? end + 2 : end + 1);
          if (line === '') {
            if (data.length > 0) this.onmessage?.({ data: data.join('\n') });
            data = [];
          } else if (line.startsWith('data:')) {
            data.push(line.slice(line[5] === ' ' ? 6 : 5));
          }
          end = buffer.search(/\r?\n/);
        }
      }
      throw new Error('stream ended');
    } catch (error) {
      if (!this.closed) this.onerror?.(error);
    }
  }
}
