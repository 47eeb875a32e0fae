// Public API of @onescreen/producers: a deliberate list, pinned by test/exports.test.ts.
export type { Cell, CellProblem, CellRead, CellValue, ReadNote } from './cells/cell.js';
export { type ReadContext, readCell } from './cells/read-cell.js';
export { beijingIso } from './cells/read-period.js';
export {
  definitionSchema,
  type FeedDefinition,
  type LoadedDefinition,
  loadDefinition,
  outputOf,
} from './db/definition.js';
export { openDatabase } from './db/open-database.js';
export { QueryError, type QueryResult, type QueryRunner } from './db/query-runner.js';
export {
  outcomeLine,
  type RunOptions,
  type RunOutcome,
  runDefinition,
} from './db/run-definition.js';
export { type DefinitionWatch, watchDefinitions } from './db/watch-definitions.js';
export { fieldOfHeader, headerText } from './headers.js';
export { resolveTarget, type TargetOptions } from './import/feed-target.js';
export {
  type ImportFilesOptions,
  type ImportFilesResult,
  importFiles,
  strictNotice,
} from './import/import-files.js';
export {
  type FeedTarget,
  type ImportOptions,
  type ImportResult,
  importSheets,
} from './import/import-sheets.js';
export type { ImportNotice, ImportProblem, ImportReport, TableReport } from './import/report.js';
export { reportLines } from './import/report.js';
export { type Lang, MESSAGES, type Message, type MessageKey, say } from './messages.js';
export { type Place, type PlaceIndex, placeIndex } from './places/place-index.js';
export { decodeText } from './spreadsheet/decode-text.js';
export { readCsv } from './spreadsheet/read-csv.js';
export { readSpreadsheet } from './spreadsheet/read-spreadsheet.js';
export { readXlsx } from './spreadsheet/read-xlsx.js';
export { cellRef, type Sheet, type SheetRow, type Workbook } from './spreadsheet/sheet.js';
export { templateColumns, templateCsv } from './templates/template-columns.js';
export {
  sheetName,
  type TemplateOptions,
  templateWorkbook,
} from './templates/template-workbook.js';
export { writeFileAtomic } from './write-atomic.js';
