// Browser tests need a real Chromium. Nothing here downloads a browser build: on Debian the
// distribution's package is used, installed by apt when we are root, explained when we are not.
import { ensureDebianPackage } from './ensure-debian-package.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  return ensureDebianPackage({
    binary: chromium,
    pkg: 'chromium',
    purpose: 'The browser and end-to-end tests need it.',
    envVar: 'CHROMIUM_PATH',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
