import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../packages/cli/src/commands/serve.js';

// systemd cannot run here, so the unit file is checked for what can be checked: systemd's own
// verifier, that its command line is one `onescreen serve` accepts, and its hardening.
const unitFile = new URL('../../deploy/systemd/onescreen.service', import.meta.url);
const unit = readFileSync(unitFile, 'utf8');
const values = (key: string) =>
  unit
    .split('\n')
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1));
const cliPackage = JSON.parse(
  readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8'),
) as { bin: { onescreen: string } };

describe('deploy/systemd/onescreen.service', () => {
  it('starts the built CLI with options that onescreen serve accepts', () => {
    const [exec] = values('ExecStart');
    const [node, main, command, ...args] = (exec ?? '').split(' ');
    expect(node).toBe('/usr/bin/node');
    expect(main).toBe(`/opt/onescreen/packages/cli/${cliPackage.bin.onescreen.replace('./', '')}`);
    expect(command).toBe('serve');
    expect(parseServeArgs(args, {})).toEqual({
      root: '/opt/onescreen/apps/command-screen/dist',
      feeds: '/srv/onescreen/feeds',
      port: 4173,
      host: '0.0.0.0',
    });
  });

  it('runs as a throwaway user with a read-only system and no capabilities', () => {
    expect(values('DynamicUser')).toEqual(['yes']);
    expect(values('ProtectSystem')).toEqual(['strict']);
    expect(values('NoNewPrivileges')).toEqual(['yes']);
    expect(values('CapabilityBoundingSet')).toEqual(['']);
    expect(values('RestrictAddressFamilies')).toEqual(['AF_INET AF_INET6 AF_UNIX']);
    // V8 needs writable+executable memory for its JIT.
    expect(values('MemoryDenyWriteExecute')).toEqual([]);
  });

  it('passes systemd-analyze verify', () => {
    const analyze = '/usr/bin/systemd-analyze';
    if (!existsSync(analyze)) {
      // Not silent: say what was not checked. The checks above still ran.
      console.warn(
        `${analyze} is missing (Debian package systemd): the unit's syntax was not verified`,
      );
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'onescreen-unit-'));
    try {
      const copy = join(dir, 'onescreen.service');
      writeFileSync(copy, unit);
      const r = spawnSync(analyze, ['verify', copy], { encoding: 'utf8' });
      expect(`${r.stdout}${r.stderr}`.trim()).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the documentation that explains it', () => {
    expect(unit).toContain('docs/deploy.md');
    expect(existsSync(fileURLToPath(new URL('../../docs/deploy.md', import.meta.url)))).toBe(true);
  });
});
