// Feeds sub-index of @onescreen/core: named exports only (pinned by the lead at integration).
export type { AntifraudData } from './antifraud.js';
export {
  antifraudDataSchema,
  dissuasionMonthSchema,
  fraudHourSchema,
  fraudMonthSchema,
  fraudTypeSchema,
} from './antifraud.js';
export { domainDeclaration, feedDeclaration } from './declarations.js';
export type { FeedEnvelope } from './envelope.js';
export { envelopeSchema, feedSchema, KIND_RE, selfDescribingFeedSchema } from './envelope.js';
export {
  DATE_TYPES,
  type FeedDecl,
  FIELD_TYPES,
  type FieldDecl,
  type FieldType,
  feedDeclSchema,
  fieldDeclSchema,
  type LocalText,
  localTextSchema,
  NUMERIC_TYPES,
  readField,
  type TableDecl,
  tableSchema,
} from './fields/index.js';
export type { FireData, FireStation } from './fire.js';
export {
  fireDataSchema,
  fireResponseSchema,
  fireStationSchema,
  hazardSchema,
  inspectionRoundSchema,
  sensorAlarmSchema,
} from './fire.js';
export type { GrassrootsData } from './grassroots.js';
export { grassrootsDataSchema } from './grassroots.js';
export type { HotlineCase, HotlineData, HotlineStage } from './hotline.js';
export {
  commandRoomSchema,
  HOTLINE_STAGE_LABELS,
  HOTLINE_STAGES,
  HOTLINE_UNIT,
  hotlineCaseSchema,
  hotlineCategorySchema,
  hotlineDataSchema,
} from './hotline.js';
export type { Indicator } from './indicator.js';
export { indicatorSchema } from './indicator.js';
export { feedJsonSchema, selfDescribingJsonSchema } from './json-schema.js';
export type { FeedKind } from './kinds.js';
export { FEED_KINDS, isFeedKind, SCHEMA_VERSION } from './kinds.js';
export { FEED_LIMITS } from './limits.js';
export type { MarkupHit } from './markup.js';
export { findMarkup } from './markup.js';
export type { FeedInspection, ParseOptions, ParseResult } from './parse.js';
export { inspectFeed, parseFeed, parseFeedText, readFeedText } from './parse.js';
export type { PetitionsData } from './petitions.js';
export {
  labourDisputeSchema,
  petitionBacklogSchema,
  petitionChannelSchema,
  petitionMonthSchema,
  petitionOutcomeSchema,
  petitionSubjectSchema,
  petitionsDataSchema,
  satisfactionSchema,
  townPracticeSchema,
  zeroAccusationSchema,
} from './petitions.js';
export type { District } from './places.js';
export { DISTRICT_CODES, DISTRICTS, districtByCode } from './places.js';
export type { DroppedRecord, FeedProblem } from './pointer.js';
export { formatProblem } from './pointer.js';
export type { FeedData, FeedDataMap, TableData } from './registry.js';
export { FEED_DATA_SCHEMAS } from './registry.js';
export { stringifyFeed } from './stringify.js';
