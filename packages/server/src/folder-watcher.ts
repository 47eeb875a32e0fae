import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';

/** One `fs.watch` per folder, shared by every file watched in it. */
export interface FolderWatcher {
  /** Call `onChange` whenever `file` may have changed; returns the function that stops it. */
  add(file: string, onChange: () => void): () => void;
  /** Re-open the watch of any folder whose watch failed (the folder was replaced, say). */
  heal(): void;
  /** Close every watch. */
  close(): void;
}

interface Folder {
  watcher: FSWatcher | undefined;
  /** The watch failed and that was logged; log again only once it has worked. */
  failed: boolean;
  /** Listeners by file name. */
  files: Map<string, Set<() => void>>;
}

/**
 * Watches folders rather than files: a writer that replaces a feed atomically (write a temp
 * file, rename it over the feed) gives the feed a new inode, and a watch on the old inode would
 * never fire again. The folder's watch sees the rename under the feed's name.
 */
export function createFolderWatcher(log: (line: string) => void): FolderWatcher {
  const folders = new Map<string, Folder>();

  function fail(dir: string, folder: Folder, why: string): void {
    folder.watcher?.close();
    folder.watcher = undefined;
    if (!folder.failed) log(`cannot watch ${dir} (${why}); checking its files by polling`);
    folder.failed = true;
  }

  function open(dir: string, folder: Folder): void {
    try {
      folder.watcher = watch(dir, { persistent: false }, (_event, name) => {
        const names = name === null ? [...folder.files.keys()] : [name.toString()];
        for (const n of names) for (const listener of folder.files.get(n) ?? []) listener();
      });
      folder.watcher.on('error', (error) => fail(dir, folder, error.message));
      folder.failed = false;
    } catch (error) {
      fail(dir, folder, (error as Error).message);
    }
  }

  return {
    add(file, onChange) {
      const dir = dirname(file);
      const name = basename(file);
      let folder = folders.get(dir);
      if (folder === undefined) {
        folder = { watcher: undefined, failed: false, files: new Map() };
        folders.set(dir, folder);
        open(dir, folder);
      }
      const listeners = folder.files.get(name) ?? new Set();
      folder.files.set(name, listeners);
      listeners.add(onChange);
      const owner = folder;
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) owner.files.delete(name);
        if (owner.files.size === 0) {
          owner.watcher?.close();
          folders.delete(dir);
        }
      };
    },
    heal() {
      for (const [dir, folder] of folders) if (folder.watcher === undefined) open(dir, folder);
    },
    close() {
      for (const folder of folders.values()) folder.watcher?.close();
      folders.clear();
    },
  };
}
