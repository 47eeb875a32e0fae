import type { BrowserContext } from 'playwright-core';

/** One response as the network saw it: bytes on the wire (encoded body and headers). */
export interface Transfer {
  url: string;
  status: number;
  encoding: string;
  bytes: number;
}

/**
 * Record every response of the context from now on, the page's and its workers' (the feeds
 * are fetched by the feed worker), with the bytes Chromium counted for each.
 */
export function recordTransfers(context: BrowserContext): () => Promise<Transfer[]> {
  const done: Promise<Transfer | null>[] = [];
  context.on('requestfinished', (request) => {
    done.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        const sizes = await request.sizes();
        return {
          url: request.url(),
          status: response.status(),
          encoding: (await response.allHeaders())['content-encoding'] ?? '',
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        };
      })().catch(() => null),
    );
  });
  return async () => (await Promise.all(done)).filter((t): t is Transfer => t !== null);
}

/** What a response is, for the byte budget: the screen's data, fonts, code, or anything else. */
export function kindOf(t: Pick<Transfer, 'url'>): 'data' | 'font' | 'script' | 'style' | 'other' {
  const path = new URL(t.url).pathname;
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(json|geojson|topojson)$/.test(path)) return 'data';
  if (path.endsWith('.js')) return 'script';
  if (path.endsWith('.css')) return 'style';
  return 'other';
}
