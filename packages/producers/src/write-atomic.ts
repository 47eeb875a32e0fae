import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a reader sees the old content or the new, never half of it: the text
 * goes to a hidden temporary file in the same folder (a rename is atomic only within one file
 * system), is flushed to disk, and is renamed over the target. The temporary name starts with a
 * dot and does not end in `.json`, so `onescreen serve` neither serves nor streams it. Resolves
 * to false when the file already holds exactly this text (nothing is written, no screen is
 * woken).
 */
export async function writeFileAtomic(path: string, text: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return false;
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return true;
}
