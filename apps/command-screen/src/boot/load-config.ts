import type { ConfigFault, ConfigResult } from '../config/validate.js';
import { type AdapterOptionSchemas, validateScreenConfig } from '../config/validate.js';

/** Fetch and validate a screen config; any failure comes back as faults, never as a throw. */
export async function loadScreenConfig(
  url: string,
  adapters: AdapterOptionSchemas,
  fetchImpl: typeof fetch = fetch,
): Promise<ConfigResult & { url: string }> {
  const fail = (problem: string): ConfigResult & { url: string } => ({
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
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ...validateScreenConfig(doc, adapters), url };
}
