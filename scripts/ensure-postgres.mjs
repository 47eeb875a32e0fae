// The PostgreSQL tests of `onescreen build-feeds` start a throwaway cluster of Debian's
// postgresql server (initdb and pg_ctl, no system service): installed by apt when we are root,
// explained when we are not, never skipped.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianPackage } from './ensure-debian-package.mjs';

/** The folder of initdb, pg_ctl and postgres: $PG_BIN, else the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

export function ensurePostgres() {
  return ensureDebianPackage({
    binary: () => {
      const bin = postgresBin();
      return bin === undefined ? '/usr/lib/postgresql/<version>/bin/initdb' : join(bin, 'initdb');
    },
    pkg: 'postgresql',
    purpose:
      'The PostgreSQL tests of build-feeds (packages/producers/test/*.pg.test.ts) start a server of it.',
    envVar: 'PG_BIN (the folder holding initdb and pg_ctl)',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensurePostgres() ? 0 : 1);
