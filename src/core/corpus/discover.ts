import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

export interface Discovered {
  files: string[];
  /** Paths given that do not exist, with the reason. */
  missing: Array<{ path: string; reason: string }>;
}

/**
 * Expands files and folders into corpus files: a file is taken as given, a folder is searched
 * with the include globs. The result is sorted and free of duplicates.
 */
export async function discoverFiles(inputs: string[], include = DEFAULT_INCLUDE, exclude = DEFAULT_EXCLUDE): Promise<Discovered> {
  const files = new Set<string>();
  const missing: Discovered['missing'] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (e) {
      missing.push({ path: input, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
      continue;
    }
    if (stat.isDirectory()) {
      const found = await fg(include, { cwd: input, ignore: exclude, onlyFiles: true, dot: false, followSymbolicLinks: false });
      for (const f of found) files.add(path.join(input, f));
    } else {
      files.add(input);
    }
  }
  return { files: [...files].sort(), missing };
}
