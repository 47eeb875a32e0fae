import { parseFeed } from '@onescreen/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../src/import/import-files.js';
import { readXlsx } from '../src/spreadsheet/read-xlsx.js';
import { tempDir } from './support/temp-dir.js';

const now = new Date('2023-01-10T00:00:00+08:00');
const month = (m: number) => new Date(Date.UTC(2022, m - 1, 1));

/**
 * A workbook as a district clerk keeps it: a title row above the header, a remarks column, the
 * district merged down the rows, months that Excel turned into dates, a formula, a number
 * typed as text with a space, a formula error, a typo in B14, a blank row, trailing spaces,
 * a percentage cell, and an instructions sheet.
 */
async function clerkWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('填表说明').addRow(['请按月填写，区县可合并单元格。']);
  const ws = wb.addWorksheet('月度信访 (monthly)');
  ws.addRow(['2022年萧山区涉纪信访情况']);
  ws.mergeCells('A1:F1');
  ws.addRow(['区县', '月份', '涉纪受理信访量', '检控类信访量 (accusation)', '备注', '镇街 (town)']);
  for (let m = 1; m <= 11; m++) ws.addRow(['萧山区', month(m), 90 + m, 30, '', '']);
  ws.mergeCells('A3:A13');
  ws.addRow(['萧山区', '2022-13', 95, 31, '月份写错', '']); // row 14: B14 is the typo
  ws.addRow([]);
  ws.addRow(['秀洲区 ', month(12), { formula: 'SUM(1000,80)', result: 1080 }, 12, '', '']);
  ws.addRow(['秀洲', '2022年12月', '1 080', { error: '#DIV/0!' }, '', '王店镇 ']);
  ws.addRow(['秀洲区', '2022/11', '15', '3', '', '王店']);
  const sat = wb.addWorksheet('安全感满意度 (satisfaction)');
  sat.addRow(['区县 (district)', '年份 (year)', '群众安全感满意度 (satisfactionPercent)']);
  sat.addRow(['淳安县', 2022, 0.9893]);
  sat.getCell('C2').numFmt = '0.00%';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('an XLSX workbook as a clerk keeps it', () => {
  it('reads merged cells, dates, formulas and percentages as a person sees them', async () => {
    const book = await readXlsx('clerk.xlsx', await clerkWorkbook());
    const monthly = book.sheets.find((s) => s.name === '月度信访 (monthly)');
    expect(monthly?.rows[4]?.cells[0]?.value).toBe('萧山区'); // A5, under the merge
    expect(monthly?.rows[15]?.cells[2]?.value).toBe(1080); // the formula's result
    expect(monthly?.rows[16]?.cells[3]?.error).toBe('#DIV/0!');
  });

  it('becomes a valid petitions feed, with every dropped row reported at its cell', async () => {
    const dir = tempDir();
    const file = dir.write('petitions-2022.xlsx', await clerkWorkbook());
    const result = await importFiles([file], {
      kind: 'petitions',
      now,
      asOf: '2022-12-31T14:00:00+08:00',
    });
    if ('error' in result) throw new Error(result.error);
    const { feed, report } = result;
    expect(report.ok).toBe(true);
    expect(parseFeed(feed, 'petitions', { now }).ok).toBe(true);
    const monthly = feed?.data.monthly as Record<string, unknown>[];
    expect(monthly).toHaveLength(13);
    expect(monthly[0]).toEqual({
      district: '330109',
      districtName: '萧山区',
      month: '2022-01',
      received: 91,
      accusation: 30,
    });
    expect(monthly[11]).toEqual({
      district: '330411',
      districtName: '秀洲区',
      month: '2022-12',
      received: 1080,
      accusation: 12,
    });
    expect(monthly[12]).toEqual({
      district: '330411',
      districtName: '秀洲区',
      town: '330411105',
      townName: '王店镇',
      month: '2022-11',
      received: 15,
      accusation: 3,
    });
    expect(feed?.data.satisfaction).toEqual([
      { district: '330127', districtName: '淳安县', year: 2022, satisfactionPercent: 98.93 },
    ]);
    expect(report.problems.map((p) => [p.sheet, p.cell, p.field])).toEqual([
      ['月度信访 (monthly)', 'B14', 'month'],
      ['月度信访 (monthly)', 'D17', 'accusation'],
    ]);
    expect(report.problems[0]?.message).toBe(
      '月度信访 (monthly) B14 (月份 (month))：应为月份，如 2022-12 或 2022年12月，实为 "2022-13"。写成 2022-12',
    );
    expect(report.problems[1]?.found).toBe('公式错误 #DIV/0!');
    expect(report.tables.monthly).toMatchObject({
      rows: 15,
      blank: 1,
      imported: 13,
      dropped: 2,
      columns: { district: 'A', month: 'B', town: 'F' },
    });
    expect(report.tables.monthly?.conversions).toMatchObject({ monthFromDate: 12, placeName: 14 });
    const notices = report.notices.map((n) => n.message);
    expect(notices).toContain('E2 列“备注”不是这张表的字段，已忽略');
    expect(notices.some((n) => n.startsWith('工作表“填表说明”不对应任何数据表'))).toBe(true);
    dir.remove();
  });

  it('stops with the missing column named when a required column is absent', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('monthly').addRows([
      ['区县', '月份', '涉纪受理信访量'],
      ['萧山区', '2022-01', 3],
    ]);
    const dir = tempDir();
    const file = dir.write('petitions.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const result = await importFiles([file], { now, lang: 'en' });
    if ('error' in result) throw new Error(result.error);
    expect(result.feed).toBeUndefined();
    expect(
      result.report.notices.filter((n) => n.severity === 'error').map((n) => n.message),
    ).toEqual([
      'the required column "检控类信访量 (accusation)" is missing: add it as in the template',
    ]);
    dir.remove();
  });
});
