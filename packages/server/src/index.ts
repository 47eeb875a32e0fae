// Public API of @onescreen/server: a deliberate list, pinned by test/exports.test.ts.
export { buildCacheControl, IMMUTABLE, REVALIDATE } from './cache-policy.js';
export type { FeedHubOptions, FeedHubStats } from './feed-hub.js';
export type { ServerHealth } from './health.js';
export {
  DEFAULT_STREAMS,
  type RunningServer,
  type ServeOptions,
  startServer,
} from './start-server.js';
