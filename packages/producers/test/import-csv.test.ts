import { domainDeclaration, parseFeed } from '@onescreen/core';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importSheets } from '../src/import/import-sheets.js';
import { readCsv } from '../src/spreadsheet/read-csv.js';

const now = new Date('2023-01-10T00:00:00+08:00');
const petitions = {
  kind: 'petitions',
  fields: domainDeclaration('petitions'),
  selfDescribing: false,
  source: 'test',
  asOf: '2022-12-31T14:00:00+08:00',
};

// A clerk's monthly sheet: a BOM, names instead of codes, 2022/12 and 2022年11月, 1,080 and
// 1 080, trailing spaces, a blank row, and one row with a typo in B6.
const clerkCsv = [
  '区县 (district),镇街 (town),月份 (month),涉纪受理信访量 (received),检控类信访量 (accusation)',
  '萧山区 ,,2022/12,"1,080",412',
  '萧山,城厢街道,2022年11月,1 080,  12 ',
  ',,,,',
  '330109,330109001,2022-10,95,9',
  '杭州市萧山区,闻堰,2022-09,7,9',
  '萧山区,,2022-13,10,1',
].join('\r\n');

describe('a CSV as a clerk writes it', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clerkCsv, 'utf8')]);
  const { feed, report } = importSheets(
    [{ file: 'petitions.monthly.csv', workbook: readCsv('petitions.monthly.csv', bytes) }],
    petitions,
    { now },
  );

  it('becomes a valid feed of the rows that can be read', () => {
    expect(report.ok).toBe(true);
    expect(parseFeed(feed, 'petitions', { now }).ok).toBe(true);
    expect(feed?.data.monthly).toEqual([
      {
        district: '330109',
        districtName: '萧山区',
        month: '2022-12',
        received: 1080,
        accusation: 412,
      },
      {
        district: '330109',
        districtName: '萧山区',
        town: '330109001',
        townName: '城厢街道',
        month: '2022-11',
        received: 1080,
        accusation: 12,
      },
      {
        district: '330109',
        districtName: '萧山区',
        town: '330109001',
        townName: '城厢街道',
        month: '2022-10',
        received: 95,
        accusation: 9,
      },
    ]);
    expect(report.files[0]?.encoding).toBe('utf-8 (BOM)');
    expect(report.tables.monthly).toMatchObject({ rows: 5, blank: 1, imported: 3, dropped: 2 });
    expect(report.tables.monthly?.conversions).toMatchObject({ placeName: 3, grouping: 2 });
  });

  it('reports each unreadable cell with its place, what was expected and a fix, in Chinese', () => {
    const bad = report.problems.find((p) => p.cell === 'C7');
    expect(bad).toMatchObject({
      sheet: 'petitions.monthly',
      row: 7,
      column: 'C',
      field: 'month',
      found: '"2022-13"',
    });
    expect(bad?.message).toBe(
      'petitions.monthly C7 (月份 (month))：应为月份，如 2022-12 或 2022年12月，实为 "2022-13"。写成 2022-12',
    );
    // accusation > received breaks a rule of the feed: reported on the cell the rule names.
    const rule = report.problems.find((p) => p.row === 6);
    expect(rule).toMatchObject({ cell: 'E6', field: 'accusation' });
  });

  it('says the same in English with lang en', () => {
    const en = importSheets(
      [{ file: 'petitions.monthly.csv', workbook: readCsv('petitions.monthly.csv', bytes) }],
      petitions,
      { now, lang: 'en' },
    ).report;
    expect(en.problems.find((p) => p.cell === 'C7')?.message).toBe(
      'petitions.monthly C7 (月份 (month)): expected a month such as 2022-12, found "2022-13". write it as 2022-12',
    );
  });
});

describe('a GB18030 CSV from older Excel', () => {
  it('is decoded and imported', () => {
    const text = '区县,月份,涉纪受理信访量,检控类信访量\n秀洲区,2022-06,31,4\n';
    const bytes = iconv.encode(text, 'gb18030');
    expect(bytes.toString('utf8')).not.toContain('秀洲');
    const workbook = readCsv('monthly.csv', bytes);
    expect(workbook.encoding).toBe('gb18030');
    const { feed, report } = importSheets([{ file: 'monthly.csv', workbook }], petitions, { now });
    expect(report.notices.map((n) => n.key)).toContain('import.encoding');
    expect(feed?.data.monthly).toEqual([
      { district: '330411', districtName: '秀洲区', month: '2022-06', received: 31, accusation: 4 },
    ]);
  });
});
