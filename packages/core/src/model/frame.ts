import { readParts } from '../feeds/fields/path.js';
import type { FieldDecl, LocalText, TableDecl } from '../feeds/fields/types.js';

/** One row of a frame: values by field name (dotted names are already read out). */
export type Row = Readonly<Record<string, unknown>>;

/** What a binding's transforms pass along: declared fields, rows, and what was applied. */
export interface Frame {
  /** The fields each row holds, with their types and words. */
  readonly fields: readonly FieldDecl[];
  /** The rows. */
  readonly rows: readonly Row[];
  /** The period the rows were filtered to (a period key), for the view's label. */
  readonly period?: string | undefined;
  /** The place the rows were filtered to (a place code), for the view's label. */
  readonly place?: string | undefined;
  /** That place's name, found while its records were at hand. */
  readonly placeName?: LocalText | undefined;
  /** The comparison a change transform made, for the view's label. */
  readonly comparison?: 'yearAgo' | 'previous' | undefined;
}

/** What the checker knows before any data: the fields, and whether more may appear (pivot). */
export interface Shape {
  /** The declared fields at this step. */
  readonly fields: readonly FieldDecl[];
  /** Fields that only the data will tell (a pivot's columns); unknown names are not faults. */
  readonly open?: boolean | undefined;
}

/** Everything outside the feed a binding may read while it runs. */
export interface BindingContext {
  /** The selected place code (district, town or zone); undefined for the whole area. */
  place?: string | undefined;
  /** The screen's period key ('2022', '2022-Q2', '2022-06'); undefined for the latest year. */
  period?: string | undefined;
  /** Another table of the same feed, for `join`. */
  table?: ((name: string) => Frame | undefined) | undefined;
  /** A place's name when no record carries it (from the boundaries). */
  placeName?: ((code: string) => LocalText | undefined) | undefined;
}

/** What the static checker may look up: the other tables of the same feed. */
export interface ShapeContext {
  /** The declared tables of the feed. */
  tables?: Readonly<Record<string, TableDecl>> | undefined;
}

// A feed's records are read out once per parsed value, however many bindings read them: the
// frame is kept as long as the record list it came from is.
const frames = new WeakMap<readonly unknown[], { fields: TableDecl; frame: Frame }>();

/** A frame of declared records: each declared field read out by its (dotted) name. */
export function tableFrame(fields: TableDecl, records: readonly unknown[]): Frame {
  const known = frames.get(records);
  if (known?.fields === fields) return known.frame;
  const nested = fields.some((f) => f.name.includes('.'));
  const rows = nested ? readOut(fields, records) : (records as Row[]);
  const frame = { fields, rows };
  frames.set(records, { fields, frame });
  return frame;
}

// A record kept from the last value (the feed worker sends unchanged records as the same
// objects) keeps its row, so an update reads out only its new records.
const rowsOfRecords = new WeakMap<object, { fields: TableDecl; row: Row }>();

/**
 * Every record as a row of its declared fields, dotted names read out. Each name is split once
 * for the whole table, not once per record (the hotline: 3,600 cases × 12 fields per update).
 */
function readOut(fields: TableDecl, records: readonly unknown[]): Row[] {
  const paths = fields.map((f) => ({ name: f.name, parts: f.name.split('.') }));
  return records.map((record) => {
    const keyed = record !== null && typeof record === 'object';
    const known = keyed ? rowsOfRecords.get(record) : undefined;
    if (known?.fields === fields) return known.row;
    const row: Record<string, unknown> = {};
    for (const { name, parts } of paths) row[name] = readParts(record, parts);
    if (keyed) rowsOfRecords.set(record, { fields, row });
    return row;
  });
}

/** The declaration of a field of a frame or shape. */
export function fieldOf(shape: Shape, name: string): FieldDecl | undefined {
  return shape.fields.find((f) => f.name === name);
}
