// Shared pieces of the end-to-end suite: a production server and a clean Chromium.
export {
  chromiumPath,
  launchChromium,
  openScreen,
  type PageProblems,
  type ScreenOptions,
  waitForScreenReady,
} from './browser.js';
export { composeContactSheet, type SheetPicture, type SheetRow } from './contact-sheet.js';
export { copySampleFeeds } from './feeds.js';
export { clickADistrict } from './map.js';
export { appRoot, type RunningServer, type ServerOptions, startServer } from './server.js';
export { settledSlots, slotText } from './slots.js';
export { carouselTime, holdStill, STILL_TIME, settledScreenshot } from './still.js';
export { type ScreenSuite, screenSuite } from './suite.js';
export { pageTextProblems } from './text-fit.js';
