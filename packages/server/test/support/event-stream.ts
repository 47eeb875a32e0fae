import { type ClientRequest, type IncomingMessage, request } from 'node:http';

/** One Server-Sent Events connection read the way EventSource reads it. */
export interface EventStream {
  /** The response (status, headers). */
  response: IncomingMessage;
  /** `data` of every message so far. */
  messages: string[];
  /** Comment lines seen (keep-alives). */
  comments: string[];
  /** Resolves with the first message (from now on, or already received at `from`) matching `test`. */
  message(test?: (data: string) => boolean, from?: number): Promise<string>;
  /** Resolves once the server ends the stream. */
  ended: Promise<void>;
  /** Close the connection from the client side. */
  close(): void;
}

/** Open a stream on `url` with `Accept: text/event-stream`; rejects on a non-stream answer. */
export function openEventStream(url: string, timeoutMs = 20_000): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req: ClientRequest = request(url, {
      headers: { accept: 'text/event-stream' },
      agent: false,
    });
    req.on('error', reject);
    req.on('response', (response) => {
      const messages: string[] = [];
      const comments: string[] = [];
      const waiters = new Set<() => void>();
      let buffer = '';
      let data: string[] = [];
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        for (;;) {
          const end = buffer.indexOf('\n');
          if (end === -1) break;
          const line = buffer.slice(0, end).replace(/\r$/, '');
          buffer = buffer.slice(end + 1);
          if (line === '') {
            if (data.length > 0) messages.push(data.join('\n'));
            data = [];
            for (const w of waiters) w();
          } else if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
      });
      const ended = new Promise<void>((done) => response.on('close', done));
      ended.then(() => {
        for (const w of waiters) w();
      });
      let closed = false;
      response.on('close', () => {
        closed = true;
      });
      resolve({
        response,
        messages,
        comments,
        ended,
        close: () => req.destroy(),
        message(test = () => true, from = messages.length) {
          return new Promise((done, fail) => {
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(
                new Error(`no matching message within ${timeoutMs} ms (${messages.length} seen)`),
              );
            }, timeoutMs);
            const check = () => {
              const hit = messages.slice(from).find(test);
              if (hit !== undefined) {
                clearTimeout(timer);
                waiters.delete(check);
                done(hit);
              } else if (closed) {
                clearTimeout(timer);
                waiters.delete(check);
                fail(new Error('stream ended before a matching message'));
              }
            };
            waiters.add(check);
            check();
          });
        },
      });
    });
    req.end();
  });
}
