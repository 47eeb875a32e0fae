/** The part of `EventSource` the client uses; any object with it can carry push updates. */
export interface EventSourceLike {
  /** Called once the stream is connected. */
  onopen: ((event: unknown) => void) | null;
  /** Called with each message; `data` is one whole feed document as JSON text. */
  onmessage: ((event: { data: string }) => void) | null;
  /** Called when the stream fails or drops. */
  onerror: ((event: unknown) => void) | null;
  /** Close the stream for good. */
  close(): void;
}

/** Opens a stream for a URL. */
export type EventSourceFactory = (url: string) => EventSourceLike;

/** The platform `EventSource`, or undefined where there is none (Node 20). */
export function platformEventSource(): EventSourceFactory | undefined {
  const Ctor = (globalThis as { EventSource?: new (url: string) => unknown }).EventSource;
  if (Ctor === undefined) return undefined;
  // The DOM type's handlers take MessageEvent; ours take the structural subset we read.
  return (url) => new Ctor(url) as EventSourceLike;
}
