import type { ConfigFault } from '../config/validate.js';

/** A config document as fetched: its JSON value, or the faults of getting it. */
export type ConfigDocument =
  | { ok: true; value: unknown; url: string }
  | { ok: false; faults: ConfigFault[]; url: string };

/** Fetch a screen config's JSON; any failure comes back as faults, never as a throw. */
export async function fetchConfigDocument(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ConfigDocument> {
  const fail = (problem: string): ConfigDocument => ({
    ok: false,
    url,
    faults: [{ path: '', problem } satisfies ConfigFault],
  });
  let text: string;
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return fail(`HTTP ${response.status} ${response.statusText} for ${url}`);
    // Static servers with a single-page fallback answer a missing file with index.html.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return fail(`no config at ${url}: the server answered with an HTML page`);
    }
    text = await response.text();
  } catch (error) {
    return fail(
      `could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return { ok: true, value: JSON.parse(text), url };
  } catch (error) {
    return fail(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
