import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh folder under the system's temp folder, removed by `remove()`. */
export function tempDir(prefix = 'onescreen-producers-') {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    /** Writes a file inside it; returns its path. */
    write(name: string, content: string | Uint8Array): string {
      const file = join(path, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
