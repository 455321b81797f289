// Reading the external data: JSON (a UTF-8 BOM stripped), NeMo `input~expected` lines, and
// the location of the shared external suites. Any failure here is a harness error.
import fs from 'node:fs';
import path from 'node:path';

export class HarnessError extends Error {}

export function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new HarnessError(`cannot read ${file}: ${err.message}`);
  }
}

export function readJson(file) {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HarnessError(`invalid JSON in ${file}: ${err.message}`);
  }
}

/** NeMo test files: one `input~expected[~alternative…]` case per non-empty line. */
export function readTildeLines(file) {
  return readText(file)
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ line: i + 1, fields: line.split('~') }))
    .filter((row) => row.fields.join('').trim() !== '');
}

export function externalDir(repoRoot) {
  return path.resolve(repoRoot, '../shared/external');
}
