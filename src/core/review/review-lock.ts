// Turn-taking for writers of one file. Across processes the lock is `<file>.lock`, created
// exclusively (O_EXCL): while it exists, other Corpus Review writers wait. It is also the temp
// file of the write, so renaming it over the file installs the new text and releases the lock in
// one step, as git does with index.lock; on any other path the writer removes it.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A lock older than this was left by a writer that died: it is removed. */
const STALE_LOCK_MS = 5_000;
const LOCK_WAIT_MS = 10_000;

/** Writers in this process queue per file, so they take turns without polling the lock. */
const queues = new Map<string, Promise<unknown>>();

export function serialized<T>(file: string, task: () => Promise<T>): Promise<T> {
  const key = path.resolve(file);
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

/** Creates the lock file `lock` for `file`, open for writing, waiting while another writer holds it. */
export async function acquireLock(lock: string, file: string): Promise<fsp.FileHandle> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return await fsp.open(lock, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (await isStale(lock)) await fsp.rm(lock, { force: true });
    else if (Date.now() > deadline) throw new Error(`${file}: another writer holds ${lock}; delete it if no Corpus Review is running`);
    else await sleep(5 + Math.random() * 20);
  }
}

async function isStale(lock: string): Promise<boolean> {
  try {
    return Date.now() - (await fsp.stat(lock)).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // gone already: the next open will tell
  }
}
