/** Anything tied to a place: a 6-digit district adcode and optionally a 9-digit town code. */
export interface Placed {
  /** District (区县) adcode, 6 digits. */
  district: string;
  /** Town or street (镇街) code, 9 digits. */
  town?: string | undefined;
}

const PLACE = /^\d{6}(\d{3})?$/;

/** Whether `code` is a district adcode (6 digits) or a town code (9 digits). */
export function isPlaceCode(code: string): boolean {
  return PLACE.test(code);
}

/** The district a place code lies in: a town code starts with its district's adcode. */
export function districtOf(code: string): string {
  return code.slice(0, 6);
}

/**
 * Whether a record lies in the selected place: everything when nothing is selected, the
 * district's records (its towns' included) for a district, only that town's for a town.
 */
export function inPlace(record: Placed, place: string | undefined): boolean {
  if (place === undefined) return true;
  return place.length === 6 ? record.district === place : record.town === place;
}
