// Public API of @onescreen/embed: a deliberate list, pinned by test/exports.test.ts.
export { defineOnescreenWidget, observedAttributes } from './element.js';
export { type FedProps, type FeedState, feedProps } from './feedProps.js';
export { type LoadedFeed, loadFeed } from './loadFeed.js';
export type { EmbedMessageKey, EmbedProblem } from './messages.js';
export { type EmbeddedWidget, type MountOptions, mount } from './mount.js';
export { type ParsedProps, parseProps } from './parseProps.js';
export { resolvePointer } from './pointer.js';
export {
  type DataNeed,
  type EmbedProps,
  type EmbedWidgetName,
  embedWidgetNames,
} from './widgets.js';
