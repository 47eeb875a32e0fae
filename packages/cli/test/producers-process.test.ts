import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeedText } from '@onescreen/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportArgs } from '../src/commands/import.js';
import { runCliProcess } from './cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'onescreen-cli-producers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = runCliProcess;

describe('onescreen import as a process', () => {
  it('exit 0 with the feed and the report written; problems on stderr', () => {
    const csv = join(dir, 'antifraud.monthly.csv');
    writeFileSync(
      csv,
      '区县,月份,案件数,损失金额\n临安区,2022年6月,"1,080",57.3万\n临安区,2022年7月,十,1\n',
    );
    const r = run(
      'import',
      csv,
      '--out',
      join(dir, 'antifraud.json'),
      '--report',
      join(dir, 'report.json'),
      '--lang',
      'en',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`wrote ${join(dir, 'antifraud.json')} (antifraud)\n`);
    expect(r.stderr).toContain(
      'antifraud.monthly C3 (案件数 (cases)): expected a whole number, found "十".',
    );
    const feed = parseFeedText(readFileSync(join(dir, 'antifraud.json'), 'utf8'), 'antifraud');
    expect(feed.ok && feed.feed.data.monthly).toEqual([
      {
        district: '330112',
        districtName: '临安区',
        month: '2022-06',
        cases: 1080,
        lossesYuan: 573000,
      },
    ]);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ ok: true, lang: 'en', written: join(dir, 'antifraud.json') });
    expect(report.problems[0]).toMatchObject({ cell: 'C3', row: 3, column: 'C', field: 'cases' });
  }, 30_000);

  it('exit 1 and nothing written with --strict, or when the kind is unknown', () => {
    const csv = join(dir, 'hazards.csv');
    writeFileSync(csv, '区县,整改状态,隐患\n秀洲区,已整改,12\n秀洲区,不知道,3\n');
    const strict = run(
      'import',
      csv,
      '--kind',
      'fire',
      '--out',
      join(dir, 'fire.json'),
      '--strict',
    );
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('有 1 行无法读取；使用了 --strict，未写出数据源');
    expect(() => readFileSync(join(dir, 'fire.json'))).toThrow();
    const unknown = run('import', csv);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('请说明表格属于哪个数据源');
  }, 30_000);

  it('exit 2 on a usage error', () => {
    expect(parseImportArgs([])).toEqual({ error: 'name at least one spreadsheet file' });
    expect(parseImportArgs(['x.csv', '--lang', 'fr'])).toEqual({
      error: '--lang takes zh-CN or en, found "fr"',
    });
    const r = run('import');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: onescreen import');
  }, 30_000);
});

describe('onescreen build-feeds as a process', () => {
  it('exit 0 when every definition wrote or kept its feed; 1 when one failed', () => {
    const ok = run(
      'build-feeds',
      'data/definitions/grassroots.json',
      '--out-dir',
      dir,
      '--lang',
      'en',
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`grassroots: wrote ${join(dir, 'grassroots.json')} (27 records)\n`);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ database: 'sqlite:x', output: 'x.json' }));
    const failed = run(
      'build-feeds',
      'data/definitions/grassroots.json',
      bad,
      '--out-dir',
      dir,
      '--lang',
      'en',
    );
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe(`grassroots: ${join(dir, 'grassroots.json')} is unchanged\n`);
    expect(failed.stderr).toContain(`the definition ${bad} is not valid: feed: `);
  }, 30_000);
});
