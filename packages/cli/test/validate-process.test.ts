import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliProcessArgs, repoRoot } from './cli-process.js';

// The real entry point in a child process: exit codes and streams as a shell sees them
// (`pnpm onescreen validate …` runs exactly this file).
const spawn = (locale: Record<string, string>, ...args: string[]) => {
  // The child's language comes from these alone, whatever the machine running the tests has.
  const { LANG: _l, LC_ALL: _a, LC_MESSAGES: _m, ...env } = process.env;
  return spawnSync(process.execPath, cliProcessArgs(...args), {
    cwd: fileURLToPath(repoRoot),
    encoding: 'utf8',
    env: { ...env, NODE_NO_WARNINGS: '1', ...locale },
  });
};
const run = (...args: string[]) => spawn({ LC_ALL: 'en_US.UTF-8' }, ...args);

describe('onescreen validate as a process', () => {
  it('exit 0 on a good feed', () => {
    const r = run('validate', 'data/feeds/grassroots.json');
    expect(r.stdout).toMatch(/^valid: grassroots feed/);
    expect(r.status).toBe(0);
  }, 30_000);

  it('exit 1 on a broken feed, problems on stdout', () => {
    const r = run('validate', 'package.json');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      "/kind (line 1, column 1): expected a feed kind (petitions, hotline, fire, antifraud, grassroots, or a self-describing feed's own name in lower-case letters, digits and dashes), found nothing (missing)",
    );
  }, 30_000);

  it('exit 2 on a usage error, usage on stderr', () => {
    const r = run('validate');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage: onescreen validate');
  }, 30_000);

  it('speaks Chinese when the locale names no language, and follows --lang', () => {
    const zh = spawn({}, 'validate', 'package.json');
    expect(zh.status).toBe(1);
    expect(zh.stdout.split('\n')[0]).toBe(
      '/kind（第 1 行，第 1 列）：应为数据源类型（petitions, hotline, fire, antifraud, grassroots，或自描述数据源自己的名称：小写字母、数字和连字符），实为 缺失',
    );
    const good = spawn({ LANG: 'zh_CN.UTF-8' }, 'validate', 'data/feeds/grassroots.json');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^有效：grassroots 数据源，数据时间 /);
    const en = spawn(
      { LANG: 'zh_CN.UTF-8' },
      'validate',
      'data/feeds/grassroots.json',
      '--lang',
      'en',
    );
    expect(en.stdout).toMatch(/^valid: grassroots feed as of /);
    const usage = spawn({}, 'validate', '--lang', 'xx');
    expect(usage.status).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe('onescreen：--lang 须为 zh-CN 或 en');
  }, 60_000);
});
