// Finds and reads corpus-review.yaml; every failure becomes a problem, never a throw.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { parseConfig } from './parse-config';
import type { FileProblem, LoadedConfig } from './types';

/** The names looked for in the corpus root, in order of preference. */
export const CONFIG_FILE_NAMES = ['corpus-review.yaml', 'corpus-review.yml'] as const;

type Read = { text: string; problems: FileProblem[] } | { error: NodeJS.ErrnoException };

/**
 * Reads the configuration of the corpus at `root`: `explicitPath` (relative to `root`) when
 * given, else `corpus-review.yaml` or, failing that, `corpus-review.yml`. No file: defaults
 * (`config: {}`, `path: null`). A file that cannot be read gives a problem at 1:1 (and `path`
 * is the file that was asked for).
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<LoadedConfig> {
  if (explicitPath !== undefined) {
    const file = path.resolve(root, explicitPath);
    const read = await readText(file);
    return 'error' in read ? unreadable(file, read.error) : parsed(file, read);
  }
  const [preferred, fallback] = CONFIG_FILE_NAMES.map((name) => path.join(root, name));
  const first = await readText(preferred);
  if (!('error' in first)) {
    const loaded = parsed(preferred, first);
    const bothExist = await stat(fallback).then(() => true, () => false);
    if (bothExist) loaded.problems.push(problem(fallback, `ignored: ${path.basename(preferred)} is used instead`, 'warning'));
    return loaded;
  }
  if (first.error.code !== 'ENOENT') return unreadable(preferred, first.error);
  const second = await readText(fallback);
  if (!('error' in second)) return parsed(fallback, second);
  if (second.error.code !== 'ENOENT') return unreadable(fallback, second.error);
  return { config: {}, problems: [], path: null };
}

async function readText(file: string): Promise<Read> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { error: e as NodeJS.ErrnoException };
  }
  // The decoder drops a leading UTF-8 BOM.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const before = text.slice(0, Math.max(text.indexOf('\uFFFD'), 0));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const message = 'the file is not valid UTF-8: the bytes that are not were read as \uFFFD';
    return { text, problems: [{ path: file, line, column, message, severity: 'warning' }] };
  }
}

function parsed(file: string, read: { text: string; problems: FileProblem[] }): LoadedConfig {
  const loaded = parseConfig(read.text, file);
  return { ...loaded, problems: [...read.problems, ...loaded.problems] };
}

function unreadable(file: string, error: NodeJS.ErrnoException): LoadedConfig {
  const why =
    error.code === 'ENOENT' ? 'the file does not exist' : error.code === 'EISDIR' ? 'it is a directory, not a file' : error.code === 'EACCES' ? 'permission denied' : error.message;
  return { config: {}, problems: [problem(file, `cannot read the configuration: ${why}`, 'error')], path: file };
}

function problem(file: string, message: string, severity: FileProblem['severity']): FileProblem {
  return { path: file, line: 1, column: 1, message, severity };
}
