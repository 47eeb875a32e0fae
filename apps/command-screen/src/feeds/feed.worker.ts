// The feed client runs here: fetching, Server-Sent Events and parsing (the hotline is 1.5 MB
// of JSON checked record by record) stay off the screen's main thread, which gets each feed's
// value as JSON text only when it changed, with its widgets' views already worked out.
import { createFeedClient, hostFeedClient } from '@onescreen/core';
import { bindingDeriver } from './binding-deriver.js';
import { type FeedWorkerData, feedParser } from './feed-parser.js';

hostFeedClient(
  self as never,
  ({ feeds, visibility, data }) =>
    createFeedClient({ feeds, visibility, parse: feedParser((data as FeedWorkerData).kinds) }),
  ({ data }) => bindingDeriver((data as FeedWorkerData).bindings),
);
