// The text shapes of date-like and place fields, shared by the field builders, the
// future-time check and the period arithmetic of the model.

/** Matches 'YYYY-Qn'. */
export const QUARTER_RE = /^(19|20)\d\d-Q[1-4]$/;
/** Matches 'YYYY-MM'. */
export const MONTH_RE = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;
/** Matches 'YYYY-MM-DD'. */
export const DATE_RE = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Matches an ISO 8601 timestamp that carries an explicit offset (or Z). */
export const TIMESTAMP_RE =
  /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** A 6-digit district adcode. */
export const DISTRICT_RE = /^\d{6}$/;
/** A 9-digit town or street code (NBS). */
export const TOWN_RE = /^\d{9}$/;
/**
 * Any place code: an adcode, a town code, or the id of a zone in a boundary layer. A zone id
 * starts with the code of the place it lies in (330411100-G07), so selections nest by prefix.
 */
export const PLACE_RE = /^[0-9A-Za-z][0-9A-Za-z_.-]{0,39}$/;
