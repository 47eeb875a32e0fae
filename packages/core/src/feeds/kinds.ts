/** The five feeds the screen reads. */
export type FeedKind = 'petitions' | 'hotline' | 'fire' | 'antifraud' | 'grassroots';

/** Every feed kind, in the order the screen lists them. */
export const FEED_KINDS: readonly FeedKind[] = Object.freeze([
  'petitions',
  'hotline',
  'fire',
  'antifraud',
  'grassroots',
]);

/** The envelope/data schema version this parser reads and the generator writes. */
export const SCHEMA_VERSION = 1;

/** True when `value` names one of the five feed kinds. */
export function isFeedKind(value: unknown): value is FeedKind {
  return typeof value === 'string' && (FEED_KINDS as readonly string[]).includes(value);
}
