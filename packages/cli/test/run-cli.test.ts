import { describe, expect, it } from 'vitest';
import { runCli, USAGE_EXIT } from '../src/index.js';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};

describe('the onescreen dispatcher', () => {
  it('lists every command found in commands/ on --help', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.output)).toBe(0);
    expect(
      c.out.filter((l) => /^ {2}[a-z-]+ {2,}/.test(l)).map((l) => l.trim().split(/\s+/)[0]),
    ).toEqual(['build-feeds', 'import', 'serve', 'validate']);
  });

  it('exits 2 with the list on stderr for a missing or unknown command, or a path as a name', async () => {
    for (const argv of [[], ['frobnicate'], ['../run-cli'], ['VALIDATE']]) {
      const c = capture();
      expect(await runCli(argv, c.output)).toBe(USAGE_EXIT);
      expect(c.out).toEqual([]);
      expect(c.err.join('\n')).toContain('validate');
    }
  });

  it('hands the arguments after the name to the command', async () => {
    const c = capture();
    // --lang pins the validator's words, which otherwise follow the machine's locale.
    expect(await runCli(['validate', 'no/such/feed.json', '--lang', 'en'], c.output)).toBe(1);
    expect(c.out[0]).toMatch(/^\(root\): expected a readable file, found /);
  });
});
