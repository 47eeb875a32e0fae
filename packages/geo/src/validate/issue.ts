/** What can be wrong with user-supplied boundaries. */
export type GeoIssueCode =
  | 'type'
  | 'geometry-type'
  | 'coordinates'
  | 'not-finite'
  | 'out-of-range'
  | 'swapped'
  | 'too-few-positions'
  | 'open-ring'
  | 'winding';

/** One problem, located by a JSON Pointer (RFC 6901) into the input. */
export interface GeoIssue {
  /** JSON Pointer to the offending value, '' for the document itself. */
  pointer: string;
  /** Machine-readable kind of problem. */
  code: GeoIssueCode;
  /** English explanation. */
  message: string;
  /** Chinese (zh-CN) explanation. */
  messageZh: string;
}

/** Build an issue. */
export function issue(
  pointer: string,
  code: GeoIssueCode,
  message: string,
  messageZh: string,
): GeoIssue {
  return { pointer, code, message, messageZh };
}
