// The parser's result types, taken from the feeds module so the client and the parser cannot
// drift apart; any parser returning this shape plugs into the client.
export type { FeedEnvelope } from '../feeds/envelope.js';
export type { ParseResult } from '../feeds/parse.js';
export type { DroppedRecord, FeedProblem } from '../feeds/pointer.js';
