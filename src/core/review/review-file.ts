// The review file on disk: UTF-8 reads that keep a BOM, and read-modify-writes that are atomic
// (the lock file is the temp file: write, fsync, rename) and retried when someone else changed
// the file in between. People and other tools do not take the lock, so the file is compared with
// what was read just before the rename, and the whole read-modify-write is redone when it changed.
import fs, { promises as fsp } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripBom } from './parse-review';
import { acquireLock, serialized } from './review-lock';

/** The text of a file that does not exist yet. */
const HEADER = [
  '# Corpus Review decisions. Edit by hand or from the editor; keyed by finding fingerprint.',
  '# decision: accepted | dismissed | update. `about` is context for people and is ignored on read.',
  'decisions:',
  '',
].join('\n');

const MAX_ATTEMPTS = 5;

type Edit = (text: string, file: string) => string;

type Attempt = 'written' | 'unchanged' | 'raced';

/** Applies `edit` to the file's current text (BOM removed); resolves to whether the file changed. */
export function modifyFile(file: string, edit: Edit): Promise<boolean> {
  return serialized(file, async () => {
    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptEdit(file, edit);
      if (outcome !== 'raced') return outcome === 'written';
      if (attempt === MAX_ATTEMPTS) throw new Error(`${file}: the file kept changing while the decision was being written (${MAX_ATTEMPTS} attempts); nothing was written`);
      await sleep(10 * attempt + Math.random() * 20);
    }
  });
}

/** One read-modify-write. The lock file is removed on every path but a successful rename. */
async function attemptEdit(file: string, edit: Edit): Promise<Attempt> {
  const lock = `${file}.lock`;
  const handle = await acquireLock(lock, file);
  let renamed = false;
  try {
    let before: Buffer | null;
    let after: Buffer | null;
    try {
      before = await readBytes(file);
      after = editBytes(before, file, edit);
      if (after !== null) await writeSynced(handle, after, await modeOf(file));
    } finally {
      await handle.close();
    }
    if (after === null) return 'unchanged';
    // Compare and rename with no await in between, so that nothing in this process can run
    // between the two and a concurrent edit by hand has the smallest window to go unseen.
    if (!sameBytes(readBytesSync(file), before)) return 'raced';
    fs.renameSync(lock, file);
    renamed = true;
    return 'written';
  } finally {
    if (!renamed) await fsp.rm(lock, { force: true });
  }
}

/** The new bytes, or null when the edit changes nothing. Keeps a BOM; throws on text it cannot safely edit. */
function editBytes(before: Buffer | null, file: string, edit: Edit): Buffer | null {
  const decoded = before === null ? HEADER : decodeUtf8(before);
  if (decoded === null) throw new Error(`${file}:1:1: the review file is not UTF-8 text; fix the file before recording decisions`);
  const text = stripBom(decoded);
  const edited = edit(text, file);
  if (edited === text) return null;
  return Buffer.from((decoded === text ? '' : '\uFEFF') + edited, 'utf8');
}

async function writeSynced(handle: fsp.FileHandle, bytes: Buffer, mode: number | undefined): Promise<void> {
  await handle.writeFile(bytes);
  if (mode !== undefined) await handle.chmod(mode);
  await handle.sync();
}

/** The permission bits of an existing file, so that a rewrite keeps them. */
async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await fsp.stat(file)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** The file's bytes, or null when it does not exist. */
export async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function readBytesSync(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** UTF-8 text with any BOM kept, or null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
