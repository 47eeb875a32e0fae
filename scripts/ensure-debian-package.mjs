// Test tools that are system programs (Chromium, nginx, a database server) come from Debian's
// packages and nothing else: installed by apt when we are root, explained when we are not.
// Never a silent skip: a caller that gets `false` fails its step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Make sure `binary` exists, installing Debian's `pkg` with apt-get when it is missing and we
 * are root. `binary` may be a function that finds the path (a versioned folder such as
 * /usr/lib/postgresql/<version>/bin), asked again after the install. Returns false (after
 * printing how to install it) when that cannot be done.
 * @param {{ binary: string | (() => string | undefined), pkg: string, purpose: string, envVar?: string }} want
 * @returns {boolean}
 */
export function ensureDebianPackage({ binary: where, pkg, purpose, envVar }) {
  const present = () => {
    const path = typeof where === 'function' ? where() : where;
    return path !== undefined && existsSync(path);
  };
  const binary = typeof where === 'function' ? (where() ?? `the ${pkg} programs`) : where;
  if (present()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`[onescreen] ${binary} is missing; installing Debian's ${pkg} package…`);
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', pkg]) &&
      present()
    ) {
      return true;
    }
    console.error(`[onescreen] apt-get could not install ${pkg}.`);
    return false;
  }
  console.error(
    [
      `[onescreen] ${pkg} was not found at ${binary}.`,
      `${purpose} Install it once with:`,
      `    sudo apt-get update && sudo apt-get install -y ${pkg}`,
      ...(envVar ? [`or point ${envVar} at an existing ${pkg} binary.`] : []),
    ].join('\n'),
  );
  return false;
}
