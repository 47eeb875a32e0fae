/** Timestamps whose time is remembered (about 4 MB at most). */
const KEPT = 50_000;
const known = new Map<string, number>();

/**
 * `Date.parse` of a timestamp, remembered: a live feed sends the same case times again with
 * every update (the hotline's thousands of cases, each with a time per stage), and parsing
 * them all again was a tenth of an update's main-thread time. NaN for text that is no time.
 */
export function timestampMs(text: string): number {
  let ms = known.get(text);
  if (ms === undefined) {
    ms = Date.parse(text);
    if (known.size >= KEPT) known.clear();
    known.set(text, ms);
  }
  return ms;
}
