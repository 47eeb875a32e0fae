// Shared pieces of the end-to-end suite: a production server and a clean Chromium.
export {
  chromiumPath,
  launchChromium,
  openScreen,
  type PageProblems,
  type ScreenOptions,
  waitForScreenReady,
} from './browser.js';
export { appRoot, type RunningServer, startServer } from './server.js';
