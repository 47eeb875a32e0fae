/** Where Debian's nginx package puts the binary (NGINX_PATH overrides). */
export const nginxPath: string;
/** Install Debian's nginx when missing and root; false (with instructions printed) otherwise. */
export function ensureNginx(): boolean;
