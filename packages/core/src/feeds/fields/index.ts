// The field vocabulary: declarations, builders, and the schema of a declared table.
export {
  booleanField,
  categoryField,
  dateField,
  datetimeField,
  type FieldOptions,
  integerField,
  latitudeField,
  longitudeField,
  monthField,
  type NumberOptions,
  numberField,
  type PlaceOptions,
  placeField,
  quarterField,
  stringField,
  yearField,
} from './build.js';
export { fieldSchema, tableSchema } from './compile.js';
export {
  feedDeclSchema,
  fieldDeclSchema,
  localTextSchema,
  tableDeclSchema,
} from './decl-schema.js';
export { declarationsOf } from './extract.js';
export { readField } from './path.js';
export {
  DATE_RE,
  DISTRICT_RE,
  MONTH_RE,
  PLACE_RE,
  QUARTER_RE,
  TIMESTAMP_RE,
  TOWN_RE,
} from './patterns.js';
export { type FieldMeta, fieldRegistry } from './registry.js';
export {
  DATE_TYPES,
  type FeedDecl,
  FIELD_TYPES,
  type FieldDecl,
  type FieldType,
  type LocalText,
  NUMERIC_TYPES,
  type TableDecl,
} from './types.js';
