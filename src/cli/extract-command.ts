import * as path from 'node:path';
import { discoverFiles, extractText, readArticle, type ExtractedFile } from '../core';
import { formatText } from './format-text';
import { runStdinBatch } from './stdin-batch';
import { UsageError } from './usage-error';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: NodeJS.ReadableStream;
}

const FORMATS = new Set(['json', 'jsonl', 'text']);

/** `corpus-review extract`: numbers per file, or the stdin JSONL batch. */
export async function runExtract(paths: string[], options: Map<string, string | true>, io: Io, defaultCorpus: string): Promise<number> {
  if (options.has('stdin-jsonl')) {
    if (paths.length) throw new UsageError('--stdin-jsonl reads standard input; give no paths');
    await runStdinBatch(io.stdin, (line) => io.out(line + '\n'));
    return 0;
  }
  const format = (options.get('format') as string | undefined) ?? 'json';
  if (!FORMATS.has(format)) throw new UsageError(`--format must be json, jsonl or text, not "${format}"`);
  const inputs = paths.length ? paths : [defaultCorpus];
  const { files, missing } = await discoverFiles(inputs);
  if (missing.length) throw new UsageError(`${missing[0].path}: ${missing[0].reason}`);
  const results: ExtractedFile[] = [];
  const skipped: Array<{ path: string; reason: string }> = [];
  for (const file of files) {
    const read = await readArticle(file);
    const shown = displayPath(file);
    if (!read.ok) {
      skipped.push({ path: shown, reason: read.reason });
      io.err(`corpus-review: skipped ${shown}: ${read.reason}\n`);
      continue;
    }
    const extracted = extractText(shown, read.text);
    if (format === 'jsonl') io.out(JSON.stringify(extracted) + '\n');
    else results.push(extracted);
  }
  if (format === 'json') io.out(JSON.stringify({ version: 1, files: results, skipped }, null, 2) + '\n');
  else if (format === 'text') io.out(formatText(results));
  return 0;
}

/** Paths as the user would type them: relative to the working folder, with forward slashes. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
}
