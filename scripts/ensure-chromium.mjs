// Browser tests need a real Chromium. Nothing here downloads a browser build: on Debian the
// distribution's package is used, installed by apt when we are root, explained when we are not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

export function ensureChromium() {
  if (existsSync(chromium)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`[onescreen] ${chromium} is missing; installing Debian's chromium package…`);
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium']) &&
      existsSync(chromium)
    ) {
      return true;
    }
    console.error('[onescreen] apt-get could not install chromium.');
    return false;
  }
  console.error(
    [
      `[onescreen] Chromium was not found at ${chromium}.`,
      'The browser and end-to-end tests need it. Install it once with:',
      '    sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
