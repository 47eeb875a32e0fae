/**
 * Caps that keep a hostile or broken feed from stalling a wall display. They are checked
 * before the schema runs, so a 10 MB array is refused without walking its items.
 */
export const FEED_LIMITS = Object.freeze({
  /** Longest feed text accepted by parseFeedText, in UTF-16 code units (4 MiB). */
  maxTextLength: 4 * 1024 * 1024,
  /**
   * Most bytes read from a file, a response or a stream before decoding (12 MiB): a BMP
   * character takes at most 3 bytes in UTF-8, so every text within maxTextLength fits.
   */
  maxBytes: 3 * 4 * 1024 * 1024,
  /** Longest array anywhere in a feed (the hotline's yearly case list is ~3,600). */
  maxArrayLength: 10_000,
  /** Longest string anywhere in a feed (names, sources, labels). */
  maxStringLength: 200,
  /** Deepest nesting of arrays and objects. */
  maxDepth: 16,
  /** How far ahead of `now` a timestamp may be before it counts as "in the future". */
  clockSkewMs: 5 * 60 * 1000,
});
