/** Text in both screen languages, as configs and feed declarations write it. */
export interface LocalText {
  /** Simplified Chinese, the screen's language. */
  'zh-CN': string;
  /** English. */
  en: string;
}

/** Every type a feed field may declare (docs/data-model.md §1). */
export const FIELD_TYPES = Object.freeze([
  'number',
  'integer',
  'boolean',
  'string',
  'category',
  'year',
  'quarter',
  'month',
  'date',
  'datetime',
  'place',
  'longitude',
  'latitude',
] as const);

/** One of FIELD_TYPES. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** Field types whose values are dates or periods. */
export const DATE_TYPES: ReadonlySet<FieldType> = new Set([
  'year',
  'quarter',
  'month',
  'date',
  'datetime',
]);

/** Field types whose values are numbers that can be summed, compared and charted. */
export const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set([
  'number',
  'integer',
  'longitude',
  'latitude',
]);

/** What a feed says about one field of its records. */
export interface FieldDecl {
  /** Record key; a dotted name reads inside the record (`times.received`, `location.0`). */
  name: string;
  /** What kind of value the field holds. */
  type: FieldType;
  /** What the field is called on screen. */
  label?: LocalText | undefined;
  /** The unit shown after its values. */
  unit?: LocalText | undefined;
  /** The value may be absent or null. */
  optional?: boolean | undefined;
  /** Smallest allowed number. */
  min?: number | undefined;
  /** Largest allowed number. */
  max?: number | undefined;
  /** The allowed codes of a category (or string). */
  values?: readonly string[] | undefined;
  /** What each category code is called on screen. */
  valueLabels?: Readonly<Record<string, LocalText>> | undefined;
  /** For a place: the field holding the place's name. */
  nameField?: string | undefined;
  /** For a place: the other place field it lies inside (its code starts with that one's). */
  within?: string | undefined;
}

/** The fields of one table, in declaration order. */
export type TableDecl = readonly FieldDecl[];

/** The tables of a feed's `data`, each with its fields. */
export type FeedDecl = Readonly<Record<string, TableDecl>>;
