import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from '../src/cli/messages.js';
import { runCliWith } from './fixtures/feeds/cli-host.js';
import { sample, sampleText } from './fixtures/feeds/samples.js';
import { at } from './fixtures/feeds/text-position.js';

// The validator's messages, each class in both languages: the locale chooses (Chinese when it
// names none), `--lang` overrides, and every pointer comes with its line and column.
const dir = mkdtempSync(join(tmpdir(), 'onescreen-cli-msg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string): string => {
  const path = join(dir, `feed-${files++}.json`);
  writeFileSync(path, text);
  return path;
};
const ZH = { LANG: 'zh_CN.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
/** "line 3, column 5" as the Chinese lines put it: "第 3 行，第 5 列". */
const zhAt = (where: string) => where.replace(/^line (\d+), column (\d+)$/, '第 $1 行，第 $2 列');

describe('the message catalogue', () => {
  it('has every key in both languages, and no empty message', () => {
    const zh = Object.keys(CLI_MESSAGES['zh-CN']).sort();
    expect(Object.keys(CLI_MESSAGES.en).sort()).toEqual(zh);
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const text of Object.values(CLI_MESSAGES[lang])) expect(text.trim()).not.toBe('');
    }
  });
});

describe('validator messages in Chinese and English', () => {
  it('a valid feed', async () => {
    const path = file(sampleText('grassroots'));
    const zh = await runCliWith(ZH, 'validate', path);
    const en = await runCliWith(EN, 'validate', path);
    expect(zh).toEqual({
      code: 0,
      out: [
        expect.stringMatching(
          /^有效：grassroots 数据源，数据时间 2022-12-31T14:00:00\+08:00，共 \d+ 条记录$/,
        ),
      ],
      err: [],
    });
    expect(en.out).toEqual([
      expect.stringMatching(/^valid: grassroots feed as of .+, \d+ records$/),
    ]);
  });

  it('a district written by name: the adcode to write instead', async () => {
    const feed = sample('petitions');
    feed.data.monthly[0].district = '萧山区';
    const text = pretty(feed);
    const where = at(text, '"district": "萧山区"', '"萧山区"');
    const zh = await runCliWith(ZH, 'validate', file(text));
    const en = await runCliWith(EN, 'validate', file(text));
    const codes = '330109, 330110, 330111, 330112, 330113, 330127, 330402, 330411, 330421, 330424';
    expect(zh.out).toEqual([
      `/data/monthly/0/district（${zhAt(where)}）：应为已知的区县代码（${codes}），实为 "萧山区"；建议：改为 "330109"（萧山区）`,
    ]);
    expect(zh.err).toEqual(['petitions 数据源将丢弃 1 条记录（大屏仍显示其余有效记录）']);
    expect(en.out).toEqual([
      `/data/monthly/0/district (${where}): expected a known district adcode (${codes}), found "萧山区" — write "330109" (萧山区)`,
    ]);
    expect([zh.code, en.code]).toEqual([1, 1]);
  });

  it('a district name without its suffix, and a town written by name', async () => {
    const feed = sample('petitions');
    feed.data.monthly[0].district = '萧山';
    feed.data.monthly[360].town = '城厢街道';
    const text = pretty(feed);
    const en = await runCliWith(EN, 'validate', file(text));
    const town = at(text, '"town": "城厢街道"', '"城厢街道"');
    expect(en.out).toEqual([
      expect.stringMatching(/^\/data\/monthly\/0\/district .* — write "330109" \(萧山区\)$/),
      `/data/monthly/360/town (${town}): expected a 9-digit town code, found "城厢街道" — write "330109001" (城厢街道)`,
      `/data/monthly/360/town (${town}): expected a town code inside district 330109, found "城厢街道" — write "330109001" (城厢街道)`,
    ]);
  });

  it('a trailing comma: where it is, and to remove it', async () => {
    const good = pretty(sample('grassroots'));
    const text = good.replace(/\n(\s*)\]\n(\s*)\}\n\}$/, ',\n$1]\n$2}\n}');
    expect(text).not.toBe(good);
    const where = at(text, ',\n    ]', ',');
    const zh = await runCliWith(ZH, 'validate', file(text));
    const en = await runCliWith(EN, 'validate', file(text));
    expect(zh).toEqual({
      code: 1,
      out: [`/data/indicators（${zhAt(where)}）：最后一项后面多了逗号，请删除该逗号`],
      err: [],
    });
    expect(en.out).toEqual([`/data/indicators (${where}): a comma after the last item; remove it`]);
  });

  it('NaN and single quotes: what JSON wants instead', async () => {
    const feed = pretty(sample('grassroots'));
    const nan = feed.replace(/"value": [\d.]+/, '"value": NaN');
    const where = at(nan, 'NaN', 'NaN');
    expect((await runCliWith(ZH, 'validate', file(nan))).out).toEqual([
      `/data/indicators/0/value（${zhAt(where)}）：不是有效的 JSON："NaN" 不是 JSON 数值，请写成数字或 null`,
    ]);
    expect((await runCliWith(EN, 'validate', file(nan))).out).toEqual([
      `/data/indicators/0/value (${where}): not valid JSON: "NaN" is not a JSON number; write a number or null`,
    ]);
    const quoted = feed.replace('"source"', "'source'");
    expect((await runCliWith(EN, 'validate', file(quoted))).out).toEqual([
      `(root) (${at(quoted, "'source'", "'")}): not valid JSON: strings take double quotes "…", not single quotes`,
    ]);
  });

  it('a time without its offset: the same time written with +08:00', async () => {
    const feed = sample('hotline');
    feed.data.cases[0].times.received = '2022-01-01 09:23';
    feed.asOf = '2022-12-31T14:00:00';
    const text = pretty(feed);
    const where = at(text, '"asOf": "2022-12-31T14:00:00"', '"2022');
    const zh = await runCliWith(ZH, 'validate', file(text));
    expect(zh.out).toEqual([
      `/asOf（${zhAt(where)}）：应为带时区的 ISO 8601 时间（如 2022-12-31T14:00:00+08:00），实为 "2022-12-31T14:00:00"；建议：写成 "2022-12-31T14:00:00+08:00"（上海时间，须带 +08:00 时区）`,
    ]);
    // With the envelope fixed, the record's time gets the same advice.
    feed.asOf = '2022-12-31T14:00:00+08:00';
    const fixed = pretty(feed);
    const en = await runCliWith(EN, 'validate', file(fixed));
    expect(en.out).toEqual([
      `/data/cases/0/times/received (${at(fixed, '"2022-01-01 09:23"', '"')}): expected an ISO 8601 timestamp with offset, found "2022-01-01 09:23" — write it as "2022-01-01T09:23:00+08:00" (Shanghai time, with its +08:00 offset)`,
    ]);
  });

  it('a month written loosely', async () => {
    const feed = sample('petitions');
    feed.data.monthly[0].month = '2020/1';
    const en = await runCliWith(EN, 'validate', file(pretty(feed)));
    expect(en.out[0]).toMatch(
      /^\/data\/monthly\/0\/month \(line \d+, column \d+\): expected a month as YYYY-MM, found "2020\/1" — write it as "2020-01"$/,
    );
  });

  it('accepts a byte order mark, and counts columns after it', async () => {
    const feed = sample('grassroots');
    const valid = file(`\uFEFF${pretty(feed)}`);
    expect((await runCliWith(ZH, 'validate', valid)).code).toBe(0);
    feed.data.indicators[0].value = -1;
    const text = pretty(feed);
    const en = await runCliWith(EN, 'validate', file(`\uFEFF${text}`));
    expect(en.out).toEqual([
      `/data/indicators/0/value (${at(text, '"value": -1', '-1')}): expected a finite number ≥ 0, found -1`,
    ]);
  });

  it('an unknown field is a warning, not a failure', async () => {
    const feed = sample('petitions');
    feed.data.monthly[0].note = 'x';
    feed.data.monthly[1].note = 'y';
    const text = pretty(feed);
    const where = at(text, '"note"', '"note"');
    const zh = await runCliWith(ZH, 'validate', file(text));
    const en = await runCliWith(EN, 'validate', file(text));
    expect(zh.code).toBe(0);
    expect(zh.err).toEqual([
      `警告：/data/monthly/0/note（${zhAt(where)}）：未知字段 note，将被忽略（共 2 处）`,
    ]);
    expect(en.code).toBe(0);
    expect(en.err).toEqual([
      `warning: /data/monthly/0/note (${where}): unknown field note, ignored (2 times)`,
    ]);
  });

  it('a misspelt field: the warning names the intended field, the error says to rename it', async () => {
    const feed = sample('petitions');
    const record = feed.data.monthly[4];
    record.recieved = record.received;
    delete record.received;
    const text = pretty(feed);
    const unknown = at(text, '"recieved"', '"recieved"');
    // A missing field is placed at the record that should hold it: the "{" before the slip.
    const brace = text.lastIndexOf('{', text.indexOf('"recieved"'));
    const record4 = at(text, text.slice(brace, text.indexOf('"recieved"')), '{');
    const zh = await runCliWith(ZH, 'validate', file(text));
    const en = await runCliWith(EN, 'validate', file(text));
    expect(zh.err[0]).toBe(
      `警告：/data/monthly/4/recieved（${zhAt(unknown)}）：未知字段 recieved，将被忽略；是否应为 received？`,
    );
    expect(en.err[0]).toBe(
      `warning: /data/monthly/4/recieved (${unknown}): unknown field recieved, ignored — did you mean received?`,
    );
    expect(en.out).toEqual([
      `/data/monthly/4/received (${record4}): expected a non-negative integer, found nothing (missing) — rename the field "recieved" to "received"`,
    ]);
    expect(zh.out).toEqual([
      `/data/monthly/4/received（${zhAt(record4)}）：应为非负整数，实为 缺失；建议：把字段 "recieved" 改名为 "received"`,
    ]);
    expect([zh.code, en.code]).toEqual([1, 1]);
  });

  it('a gap in a monthly series is a warning, not a failure', async () => {
    const feed = sample('petitions');
    // 萧山区's district row for 2021-06 and 2021-07, and 南湖区's for 2022-03.
    const drop = (district: string, month: string) => {
      const i = feed.data.monthly.findIndex(
        (r: { district: string; town?: string; month: string }) =>
          r.district === district && r.town === undefined && r.month === month,
      );
      expect(i).toBeGreaterThanOrEqual(0);
      feed.data.monthly.splice(i, 1);
    };
    drop('330109', '2021-06');
    drop('330109', '2021-07');
    drop('330402', '2022-03');
    const text = pretty(feed);
    const where = at(text, '"monthly": [', '[');
    const zh = await runCliWith(ZH, 'validate', file(text));
    const en = await runCliWith(EN, 'validate', file(text));
    expect(zh.code).toBe(0);
    expect(zh.err).toEqual([
      `警告：/data/monthly（${zhAt(where)}）：萧山区 330109 的月度序列缺少 2021-06 至 2021-07（序列自 2020-01 至 2022-12）`,
      `警告：/data/monthly（${zhAt(where)}）：南湖区 330402 的月度序列缺少 2022-03（序列自 2020-01 至 2022-12）`,
    ]);
    expect(en.code).toBe(0);
    expect(en.err).toEqual([
      `warning: /data/monthly (${where}): the monthly series of 萧山区 330109 has no 2021-06 to 2021-07 (it runs 2020-01 to 2022-12)`,
      `warning: /data/monthly (${where}): the monthly series of 南湖区 330402 has no 2022-03 (it runs 2020-01 to 2022-12)`,
    ]);
  });
});

describe('which language', () => {
  const path = () => file(sampleText('grassroots'));
  const lang = async (env: Record<string, string>, ...extra: string[]) => {
    const run = await runCliWith(env, 'validate', path(), ...extra);
    return run.out[0]?.startsWith('有效') ? 'zh-CN' : run.out[0]?.startsWith('valid') ? 'en' : '?';
  };

  it('follows LC_ALL, then LC_MESSAGES, then LANG; Chinese when none names a language', async () => {
    expect(await lang({})).toBe('zh-CN');
    expect(await lang({ LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(await lang({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(await lang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(await lang({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(await lang({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh-CN');
  });

  it('--lang overrides the locale', async () => {
    expect(await lang({ LANG: 'zh_CN.UTF-8' }, '--lang', 'en')).toBe('en');
    expect(await lang({ LANG: 'en_US.UTF-8' }, '--lang', 'zh-CN')).toBe('zh-CN');
  });

  it('a usage error is said in the chosen language, with the usage in both', async () => {
    const zh = await runCliWith({}, 'validate', 'a.json', '--lang', 'fr');
    expect(zh.code).toBe(2);
    expect(zh.err[0]).toBe('onescreen：--lang 须为 zh-CN 或 en');
    expect(zh.err.join('\n')).toContain('用法: onescreen validate');
    expect(zh.err.join('\n')).toContain('usage: onescreen validate');
    const en = await runCliWith(EN, 'validate');
    expect(en).toMatchObject({ code: 2, out: [] });
    expect(en.err[0]).toBe('onescreen: missing <file|url>');
  });
});
