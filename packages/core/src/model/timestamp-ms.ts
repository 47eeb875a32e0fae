/** Timestamps in other shapes whose time is remembered (about 4 MB at most). */
const KEPT = 50_000;
const known = new Map<string, number>();

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * `Date.parse` of a timestamp, fast for the shape feeds write. A live feed sends its case times
 * again with every update (the hotline: 3,600 cases, a time for each of five stages), and the
 * funnel, the period filter and the weekday/hour derivations read them all each time. The
 * shape `YYYY-MM-DDTHH:MM:SS` with `Z` or `±HH:MM` is read digit by digit, about three times
 * faster than even a remembered Date.parse, whose cost was hashing each new string; any other
 * text, or a field out of the ordinary ranges, goes to Date.parse (remembered), so the result
 * is Date.parse's in every case. NaN for text that is no time.
 */
export function timestampMs(text: string): number {
  const ms = isoMs(text);
  if (ms !== undefined) return ms;
  let parsed = known.get(text);
  if (parsed === undefined) {
    parsed = Date.parse(text);
    if (known.size >= KEPT) known.clear();
    known.set(text, parsed);
  }
  return parsed;
}

/** Two decimal digits at i, or -1 when either is no digit. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The time of `YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)`; undefined for anything else. */
function isoMs(t: string): number | undefined {
  const zulu = t.length === 20 && t.charCodeAt(19) === 90; // Z
  if (!zulu && t.length !== 25) return undefined;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84) return; // - - T
  if (t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined; // : :
  const century = twoDigits(t, 0);
  const yy = twoDigits(t, 2);
  const month = twoDigits(t, 5);
  const day = twoDigits(t, 8);
  const hour = twoDigits(t, 11);
  const minute = twoDigits(t, 14);
  const second = twoDigits(t, 17);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return;
  let offset = 0;
  if (!zulu) {
    const sign = t.charCodeAt(19);
    const oh = twoDigits(t, 20);
    const om = twoDigits(t, 23);
    if ((sign !== 43 && sign !== 45) || t.charCodeAt(22) !== 58) return undefined; // ± :
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  const days = daysFromCivil(century * 100 + yy, month, day);
  return days * DAY + (hour * 60 + minute - offset) * MINUTE + second * 1000;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date. A day past its month's end runs into
 * the next month, as Date.parse reads it (2022-02-30 is 2 March).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years counted from March, so the leap day is the last day of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
