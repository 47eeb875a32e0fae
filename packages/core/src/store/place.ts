/** Anything tied to a place: a 6-digit district adcode and optionally a 9-digit town code. */
export interface Placed {
  /** District (区县) adcode, 6 digits. */
  district: string;
  /** Town or street (镇街) code, 9 digits. */
  town?: string | undefined;
}

// A zone (grid cell 网格, functional area) is named by the code of the place it lies in, a dash
// and its own id: 330411101-G07. Selections nest by prefix, so a town takes its zones' records.
const PLACE = /^\d{6}(\d{3})?(-[0-9A-Za-z][0-9A-Za-z_.-]{0,29})?$/;

/**
 * Whether `code` is a district adcode (6 digits), a town code (9 digits) or a zone id (either,
 * then a dash and the zone's own id, such as 330411101-G07).
 */
export function isPlaceCode(code: string): boolean {
  return PLACE.test(code);
}

/** The district a place code lies in: a town code starts with its district's adcode. */
export function districtOf(code: string): string {
  return code.slice(0, 6);
}

/**
 * How records meet a selected place. 'within': every record inside it (a district takes its
 * towns' records too), for lists of items such as cases or stations. 'exact': only records
 * about that level (a district, or nothing selected, takes the rows without a town), for
 * series where a district row is the total and town rows break it down, so nothing is
 * counted twice.
 */
export type PlaceMatch = 'within' | 'exact';

/** Whether a record belongs to the selected place (undefined: the whole area). */
export function inPlace(
  record: Placed,
  place: string | undefined,
  match: PlaceMatch = 'within',
): boolean {
  if (
    match === 'exact' &&
    (place === undefined || place.length === 6) &&
    record.town !== undefined
  ) {
    return false;
  }
  if (place === undefined) return true;
  return place.length === 6 ? record.district === place : record.town === place;
}
