import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { type RunningServer, type ServerOptions, startServer } from './server.js';

/** The production server and a Chromium that the tests of one suite share. */
export interface ScreenSuite {
  /** `onescreen serve` over the production build; `server.url` ends in a slash. */
  readonly server: RunningServer;
  /** A clean headless Chromium; each test opens its own context with `openScreen`. */
  readonly browser: Browser;
}

/**
 * Start the server and Chromium before the calling suite's tests and close both after them.
 * Call it in a `describe` body; read `server` and `browser` inside the tests, once they are set.
 */
export function screenSuite(options: ServerOptions = {}): ScreenSuite {
  const suite: { server?: RunningServer; browser?: Browser } = {};
  beforeAll(async () => {
    suite.server = await startServer(options);
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return {
    get server() {
      if (!suite.server) throw new Error('the suite server is read before beforeAll started it');
      return suite.server;
    },
    get browser() {
      if (!suite.browser) throw new Error('the suite browser is read before beforeAll launched it');
      return suite.browser;
    },
  };
}
