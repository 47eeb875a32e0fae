/** What a fake server answer can be: a response, a network failure, or never (until aborted). */
export type FakeAnswer = Response | Error | 'hang';

/** One request the fake fetch saw. */
export interface FakeCall {
  url: string;
  headers: Headers;
  signal: AbortSignal | undefined;
}

/**
 * A fetch answered by a test function, honouring abort like the real one, and recording every
 * call and the most requests it ever had running to one URL at once.
 */
export function createFakeFetch(answer: (call: FakeCall, index: number) => FakeAnswer) {
  const calls: FakeCall[] = [];
  const running = new Map<string, number>();
  let maxConcurrent = 0;
  let keepCalls = true;
  let count = 0;
  const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const call: FakeCall = {
      url,
      headers: new Headers(init?.headers),
      signal: init?.signal ?? undefined,
    };
    if (keepCalls) calls.push(call);
    const index = count;
    count += 1;
    const now = (running.get(url) ?? 0) + 1;
    running.set(url, now);
    maxConcurrent = Math.max(maxConcurrent, now);
    const done = () => running.set(url, (running.get(url) ?? 1) - 1);
    return new Promise<Response>((resolve, reject) => {
      const signal = call.signal;
      const onAbort = () => {
        done();
        reject(new DOMException('This operation was aborted', 'AbortError'));
      };
      if (signal?.aborted) return onAbort();
      const result = answer(call, index);
      if (result === 'hang') {
        signal?.addEventListener('abort', onAbort, { once: true });
        return;
      }
      // Resolve on a later turn, as a network would.
      queueMicrotask(() => {
        done();
        if (result instanceof Error) reject(result);
        else resolve(result);
      });
    });
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    calls,
    /** Total requests made. */
    get count() {
      return count;
    },
    /** Most requests ever running to one URL at the same time. */
    get maxConcurrent() {
      return maxConcurrent;
    },
    /** Stop keeping call records (the soak makes too many). */
    forgetCalls() {
      keepCalls = false;
      calls.length = 0;
    },
  };
}

/** A JSON 200 response with optional validators. */
export function jsonResponse(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
