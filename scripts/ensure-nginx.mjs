// The deployment test serves the build through Debian's nginx with deploy/nginx/onescreen.conf.
import { ensureDebianPackage } from './ensure-debian-package.mjs';

/** Where Debian's nginx package puts the binary (NGINX_PATH overrides). */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export function ensureNginx() {
  return ensureDebianPackage({
    binary: nginxPath,
    pkg: 'nginx',
    purpose:
      'The deployment test (test/e2e/deploy-nginx.e2e.test.ts) serves the screen through it.',
    envVar: 'NGINX_PATH',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureNginx() ? 0 : 1);
