import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainDeclaration, FEED_KINDS, parseFeed } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import { definitionFiles, repo, sampleFeeds } from '../scripts/generate.js';
import { dumpSqlite, sampleTables, writeSqlite } from '../scripts/sample-database.js';
import { SELF_DESCRIBING, templateFiles } from '../scripts/templates.js';
import { townsModule } from '../scripts/towns-module.js';
import { importFiles } from '../src/import/import-files.js';
import { tempDir } from './support/temp-dir.js';

// Every generated file regenerates to what is committed: `pnpm generate:producers` after a
// change to the declarations, the sample feeds or data/geo/towns.json.
const at = (path: string) => new URL(path, repo);

describe('generated files are current', () => {
  it('src/places/towns.ts equals a fresh generation from data/geo/towns.json', () => {
    expect(readFileSync(at('packages/producers/src/places/towns.ts'), 'utf8')).toBe(
      townsModule(at('data/geo/towns.json')),
    );
  });

  it('data/templates: every XLSX and CSV equals a fresh generation, byte for byte', async () => {
    const files = await templateFiles(at('data/templates/'));
    const committed = readdirSync(at('data/templates/')).filter((f) => /\.(xlsx|csv)$/.test(f));
    expect(committed.sort()).toEqual(Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) {
      expect(
        Buffer.compare(readFileSync(at(`data/templates/${name}`)), Buffer.from(content)),
        name,
      ).toBe(0);
    }
  }, 60_000);

  it('data/definitions: the five domain definitions equal a fresh generation', () => {
    for (const [name, text] of Object.entries(definitionFiles())) {
      expect(readFileSync(at(`data/definitions/${name}`), 'utf8'), name).toBe(text);
    }
  });

  it('data/db/onescreen.sqlite holds exactly the data a fresh generation writes', () => {
    const dir = tempDir();
    const fresh = join(dir.path, 'fresh.sqlite');
    writeSqlite(fresh, sampleTables(sampleFeeds()));
    expect(dumpSqlite(at('data/db/onescreen.sqlite').pathname)).toEqual(dumpSqlite(fresh));
    dir.remove();
  }, 60_000);
});

describe('the templates', () => {
  const now = new Date('2023-01-10T00:00:00+08:00');

  it.each(FEED_KINDS)(
    '%s: the workbook and every CSV import as an empty valid feed, every header known',
    async (kind) => {
      const tables = Object.keys(domainDeclaration(kind));
      const csvs = tables.map((t) => at(`data/templates/${kind}.${t}.csv`).pathname);
      for (const files of [[at(`data/templates/${kind}.xlsx`).pathname], csvs]) {
        const result = await importFiles(files, { now });
        if ('error' in result) throw new Error(result.error);
        expect(result.report.ok).toBe(true);
        expect(parseFeed(result.feed, kind, { now }).ok).toBe(true);
        expect(Object.keys(result.report.tables).sort()).toEqual([...tables].sort());
        // Only the about sheet is skipped; no header is unknown, no table missing.
        const workbook = files[0]?.endsWith('.xlsx');
        expect(result.report.notices.map((n) => n.key)).toEqual(
          workbook ? ['import.sheetIgnored'] : [],
        );
      }
    },
    60_000,
  );

  it('the self-describing template and its declaration import as a valid feed', async () => {
    const dir = tempDir();
    const csv = readFileSync(at(`data/templates/${SELF_DESCRIBING}.monthly.csv`), 'utf8');
    const file = dir.write(
      'accidents.csv',
      `${csv}萧山区,2022年6月,"1,041",12,电动自行车\r\n秀洲,2022/06,87,,酒驾\r\n`,
    );
    const result = await importFiles([file], {
      fieldsFile: at(`data/templates/${SELF_DESCRIBING}.fields.json`).pathname,
      now,
    });
    if ('error' in result) throw new Error(result.error);
    expect(result.report.problems).toEqual([]);
    expect(result.feed).toMatchObject({
      kind: 'traffic-accidents',
      title: { 'zh-CN': '交通事故', en: 'Traffic accidents' },
    });
    expect(result.feed?.data.monthly).toEqual([
      {
        district: '330109',
        districtName: '萧山区',
        month: '2022-06',
        accidents: 1041,
        injured: 12,
        cause: 'ebike',
      },
      {
        district: '330411',
        districtName: '秀洲区',
        month: '2022-06',
        accidents: 87,
        cause: 'drunk',
      },
    ]);
    expect(parseFeed(result.feed, undefined, { now }).ok).toBe(true);
    dir.remove();
  });
});
