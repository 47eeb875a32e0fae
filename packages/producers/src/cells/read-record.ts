import type { FieldDecl, TableDecl } from '@onescreen/core';
import { type Message, message } from '../messages.js';
import type { PlaceIndex } from '../places/place-index.js';
import type { Cell, CellProblem, ReadNote } from './cell.js';
import { readCell } from './read-cell.js';
import { setField } from './set-field.js';

/** A field of a row that could not be read, and the field whose cell shows it. */
export interface FieldProblem extends CellProblem {
  /** The field whose cell holds the problem. */
  field: FieldDecl;
}

/** One row read into a record, or the problems that stop it. */
export interface RecordRead {
  /** The record (dotted fields nested), when every cell could be read. */
  record?: Record<string, unknown>;
  /** Why it could not. */
  problems: FieldProblem[];
  /** How its cells were read. */
  notes: ReadNote[];
}

/** The name fields a table fills itself from the places it reads (`districtName`). */
export function filledNames(table: TableDecl, has: (field: string) => boolean): Set<string> {
  return new Set(
    table.flatMap((f) => (f.type === 'place' && f.nameField && has(f.name) ? [f.nameField] : [])),
  );
}

/**
 * Reads one row of a table: each field from its cell (`cellOf` gives undefined when the table
 * has no column for it), in declaration order so a town is read after its district. A required
 * field left blank is a problem, except a place's name field, which the place fills.
 */
export function readRecord(
  table: TableDecl,
  cellOf: (field: string) => Cell | undefined,
  places: PlaceIndex,
): RecordRead {
  const values = new Map<string, unknown>();
  const names = new Map<string, string>();
  const notes: ReadNote[] = [];
  const problems: FieldProblem[] = [];
  const named = filledNames(table, (f) => cellOf(f) !== undefined);
  const problem = (field: FieldDecl, expected: Message, fix: Message, found?: Message) =>
    problems.push({ field, expected, fix, ...(found ? { found } : {}) });
  for (const f of table) {
    const cell = cellOf(f.name);
    if (cell === undefined) continue;
    const got = readCell(f, cell, { places, valueOf: (name) => values.get(name) });
    if (!got.ok) {
      problems.push({ field: f, ...got.problem });
    } else if (got.value === undefined) {
      if (!f.optional && !named.has(f.name)) {
        problem(f, message('expect.value'), message('fix.required'), message('found.empty'));
      }
    } else {
      values.set(f.name, got.value);
      if (got.note) notes.push(got.note);
      if (got.name !== undefined) names.set(f.name, got.name);
    }
  }
  for (const f of table) {
    if (f.type !== 'place' || !f.nameField || values.has(f.nameField)) continue;
    const name = names.get(f.name);
    if (name !== undefined) values.set(f.nameField, name);
    else if (values.has(f.name) && problems.length === 0) {
      // A code no list knows cannot name itself: its name column must say it.
      problem(f, message('expect.place'), message('fix.placeUnknown'));
    }
  }
  if (problems.length > 0) return { problems, notes };
  const record: Record<string, unknown> = {};
  for (const f of table) if (values.has(f.name)) setField(record, f.name, values.get(f.name));
  return { record, problems, notes };
}
