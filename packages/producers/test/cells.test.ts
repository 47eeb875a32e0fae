import { domainDeclaration, FEED_LIMITS, type FieldDecl } from '@onescreen/core';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/cells/cell.js';
import { readCell } from '../src/cells/read-cell.js';
import { say } from '../src/messages.js';
import { placeIndex } from '../src/places/place-index.js';

const places = placeIndex();
const f = (type: FieldDecl['type'], extra: Partial<FieldDecl> = {}): FieldDecl => ({
  name: 'x',
  type,
  ...extra,
});
const value = (
  field: FieldDecl,
  v: Cell['value'],
  row: Record<string, unknown> = {},
  cell: Partial<Cell> = {},
) => {
  const got = readCell(field, { value: v, ...cell }, { places, valueOf: (n) => row[n] });
  return got.ok
    ? got.value
    : `✗ ${say('en', got.problem.expected.key, got.problem.expected.params)} | ${say('en', got.problem.fix.key, got.problem.fix.params)}`;
};
const petitionsMonthly = domainDeclaration('petitions').monthly ?? [];
const district = petitionsMonthly.find((d) => d.name === 'district') as FieldDecl;
const town = petitionsMonthly.find((d) => d.name === 'town') as FieldDecl;

describe('dates as clerks type them', () => {
  it.each([
    ['2022/12/31', '2022-12-31'],
    ['2022年12月31日', '2022-12-31'],
    ['2022.12.31', '2022-12-31'],
    ['20221231', '2022-12-31'],
    ['2022-1-5', '2022-01-05'],
    ['2022/12/31 0:00', '2022-12-31'],
    [new Date(Date.UTC(2022, 11, 31)), '2022-12-31'],
  ])('date %s → %s', (input, out) => expect(value(f('date'), input)).toBe(out));

  it.each([
    ['2022-12', '2022-12'],
    ['2022/12', '2022-12'],
    ['2022年12月', '2022-12'],
    ['2022年3月', '2022-03'],
    ['202212', '2022-12'],
    ['2022/12/31', '2022-12'],
    // Excel turns a typed 2022-12 into 1 December 2022.
    [new Date(Date.UTC(2022, 11, 1)), '2022-12'],
  ])('month %s → %s', (input, out) => expect(value(f('month'), input)).toBe(out));

  it.each([
    ['2022-12-31 09:30', '2022-12-31T09:30:00+08:00'],
    ['2022/12/31 9:30:15', '2022-12-31T09:30:15+08:00'],
    ['2022年12月31日 9时30分', '2022-12-31T09:30:00+08:00'],
    ['2022-12-31T01:30:00Z', '2022-12-31T09:30:00+08:00'],
    ['2022-12-31 09:30:00+08', '2022-12-31T09:30:00+08:00'],
    [new Date(Date.UTC(2022, 11, 31, 9, 30)), '2022-12-31T09:30:00+08:00'],
  ])('datetime %s → %s', (input, out) => expect(value(f('datetime'), input)).toBe(out));

  it.each([
    ['2022-Q2', '2022-Q2'],
    ['2022Q2', '2022-Q2'],
    ['2022年第2季度', '2022-Q2'],
    ['2022年二季度', '2022-Q2'],
  ])('quarter %s → %s', (input, out) => expect(value(f('quarter'), input)).toBe(out));

  it.each([
    ['2022', 2022],
    ['2022年', 2022],
    [2022, 2022],
  ])('year %s → %s', (input, out) => expect(value(f('year'), input)).toBe(out));

  it('refuses what is no date, and says how to write it', () => {
    expect(value(f('date'), '2022-02-30')).toMatch(/^✗ a date .*\| write it as 2022-12-31$/);
    expect(value(f('date'), '2022-12')).toBe(
      '✗ a date such as 2022-12-31 or 2022/12/31 | this column needs a day; for the first of the month write 2022-12-01',
    );
    expect(value(f('month'), '2022-13')).toMatch(/^✗ a month/);
    expect(value(f('datetime'), '2022-12-31')).toMatch(/^✗ a time/);
    expect(value(f('datetime'), '2022-12-31 25:00')).toMatch(/^✗ a time/);
  });
});

describe('numbers as clerks type them', () => {
  it.each([
    ['1,080', 1080],
    ['1 080', 1080],
    ['1\u00a0080', 1080],
    ['１，０８０', 1080],
    ['1,234,567.5', 1234567.5],
    ['573万', 5730000],
    ['1.2万', 12000],
    [' 42 ', 42],
    [1080, 1080],
  ])('number %s → %s', (input, out) => expect(value(f('number'), input)).toBe(out));

  it('strips the field unit and reads percentages for percent fields', () => {
    expect(value(f('integer', { unit: { 'zh-CN': '件', en: 'cases' } }), '1,080件')).toBe(1080);
    const pct = f('number', { unit: { 'zh-CN': '%', en: '%' }, min: 0, max: 100 });
    expect(value(pct, '98.93%')).toBe(98.93);
    expect(value(pct, 0.9893, {}, { percent: true })).toBe(98.93);
    expect(value(f('number'), '12%')).toMatch(/^✗ a number/);
  });

  it('refuses non-numbers, decimals in integers and values out of range', () => {
    expect(value(f('integer'), '12.5')).toBe(
      '✗ a whole number | write a whole number, without decimals',
    );
    expect(value(f('integer', { min: 0 }), '-3')).toBe(
      '✗ a number of at least 0 | check the value for a typing error',
    );
    expect(value(f('number'), '1,08')).toMatch(/^✗ a number/);
    expect(value(f('number'), 'abc')).toMatch(/^✗ a number/);
    expect(value(f('latitude'), '120.5')).toMatch(/^✗ a GCJ-02 latitude/);
  });
});

describe('places by name or code', () => {
  it.each([
    ['萧山区', '330109'],
    ['萧山', '330109'],
    ['杭州市萧山区', '330109'],
    ['浙江省嘉兴市秀洲区', '330411'],
    ['330109', '330109'],
    [330109, '330109'],
    ['330109000000', '330109'],
    ['临安市', '330112'],
  ])('district %s → %s', (input, out) => expect(value(district, input)).toBe(out));

  it('refuses a district that is not one of the ten, naming them', () => {
    expect(value(district, '上城区')).toMatch(
      /^✗ one of these places: 萧山区 330109, 余杭区 330110/,
    );
    expect(value(district, '330102')).toMatch(/^✗ one of these places/);
    expect(value(district, '萧山县城')).toMatch(
      /^✗ one of these places.*\| did you mean "萧山区"\?$/,
    );
  });

  it('reads a town in its district, and refuses one outside it', () => {
    expect(value(town, '城厢街道', { district: '330109' })).toBe('330109001');
    expect(value(town, '城厢', { district: '330109' })).toBe('330109001');
    expect(value(town, '萧山区城厢街道', {})).toBe('330109001');
    expect(value(town, '330109001000', { district: '330109' })).toBe('330109001');
    expect(value(town, '城厢街道', { district: '330411' })).toBe(
      '✗ a district or town name or code, such as 萧山区 or 330109 | this town is not in 秀洲区: check the district column',
    );
    expect(value(town, '王店镇', { district: '330411' })).toBe('330411105');
  });

  it('takes any known place or zone id in a self-describing place field', () => {
    expect(value(f('place'), '上城区')).toBe('330102');
    expect(value(f('place'), '330411100-G07')).toBe('330411100-G07');
    expect(value(f('place'), '火星区')).toMatch(/^✗ a district or town name or code/);
  });
});

describe('categories, booleans and text', () => {
  const supervision = (domainDeclaration('hotline').cases ?? []).find(
    (d) => d.name === 'supervision',
  ) as FieldDecl;
  it('reads a category by code or label in either language', () => {
    expect(value(supervision, 'red')).toBe('red');
    expect(value(supervision, '红灯')).toBe('red');
    expect(value(supervision, 'Yellow')).toBe('yellow');
    expect(value(supervision, '紫灯')).toBe(
      '✗ one of 红灯, 黄灯, 绿灯 | pick from the list, or write: 红灯, 黄灯, 绿灯',
    );
    expect(value(supervision, '红')).toBe('✗ one of 红灯, 黄灯, 绿灯 | did you mean "红灯"?');
  });

  it('reads yes and no in the words clerks use', () => {
    for (const yes of ['是', 'TRUE', 'yes', '1', '√', true])
      expect(value(f('boolean'), yes)).toBe(true);
    for (const no of ['否', 'false', 'N', '0', '×', false])
      expect(value(f('boolean'), no)).toBe(false);
    expect(value(f('boolean'), '可能')).toBe('✗ yes or no | write 是 (yes) or 否 (no)');
  });

  it('keeps text as written, trims it, and reads numeric ids as their digits', () => {
    expect(value(f('string'), '  银湖街道中心 ')).toBe('银湖街道中心');
    expect(value(f('string'), '<b>x</b>')).toBe('<b>x</b>');
    expect(value(f('string'), 20220101)).toBe('20220101');
    const max = FEED_LIMITS.maxStringLength;
    expect(value(f('string'), 'x'.repeat(max))).toBe('x'.repeat(max));
    expect(value(f('string'), 'x'.repeat(max + 1))).toBe(
      `✗ text of at most ${max} characters | shorten the text`,
    );
  });

  it('reads a blank cell as absent and a formula error as a problem', () => {
    expect(value(f('number'), '   ')).toBeUndefined();
    const got = readCell(
      f('number'),
      { value: null, error: '#DIV/0!' },
      { places, valueOf: () => undefined },
    );
    expect(got.ok).toBe(false);
    if (!got.ok)
      expect(say('zh-CN', got.problem.found?.key ?? 'found.empty', got.problem.found?.params)).toBe(
        '公式错误 #DIV/0!',
      );
  });
});
