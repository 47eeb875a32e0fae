import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; the suite never downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium with nothing that reaches out to the network on its own. Playwright gives every
 * launch a fresh temporary profile, so no state carries over between runs.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What went wrong while a page was open; an empty list of each is a clean run. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

export interface ScreenOptions {
  width: number;
  height: number;
  deviceScaleFactor?: number;
  /** Query string appended to the URL, without the leading '?'. */
  query?: string;
  /** Install routes (e.g. a failing feed) before the page loads. */
  beforeLoad?: (page: Page) => Promise<void>;
}

/** Open the screen in a fresh context and record console errors and every bad or foreign request. */
export async function openScreen(
  browser: Browser,
  baseUrl: string,
  options: ScreenOptions,
): Promise<{ page: Page; problems: PageProblems; close(): Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.foreignRequests.push(url);
    }
  });
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  if (options.beforeLoad) await options.beforeLoad(page);
  const query = options.query ? `?${options.query}` : '';
  await page.goto(`${baseUrl}${query}`, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/** Wait until the app says every widget has left `loading`. */
export async function waitForScreenReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.screenReady === 'true', null, {
    timeout,
  });
}
