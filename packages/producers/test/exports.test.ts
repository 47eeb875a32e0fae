import * as producers from '@onescreen/producers';
import { describe, expect, it } from 'vitest';

// The public API is a deliberate list: a change shows up as a diff here.
describe('@onescreen/producers public exports', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(producers).sort()).toEqual([
      'MESSAGES',
      'QueryError',
      'beijingIso',
      'cellRef',
      'decodeText',
      'definitionSchema',
      'fieldOfHeader',
      'headerText',
      'importFiles',
      'importSheets',
      'loadDefinition',
      'openDatabase',
      'outcomeLine',
      'outputOf',
      'placeIndex',
      'readCell',
      'readCsv',
      'readSpreadsheet',
      'readXlsx',
      'reportLines',
      'resolveTarget',
      'runDefinition',
      'say',
      'sheetName',
      'strictNotice',
      'templateColumns',
      'templateCsv',
      'templateWorkbook',
      'watchDefinitions',
      'writeFileAtomic',
    ]);
  });
});
