// Every article of the real corpora goes through recognizeNumbers without an exception and with
// the span invariant holding. Reads ../shared/corpora/ (next to the repository); a corpus that is
// absent is skipped with a message. Counts go to the diagnostics; nothing here is timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { recognizeNumbers } from '../../src/core';
import type { Language } from '../../src/core';
import { lineStarts } from './helpers/positions';

const CORPORA = path.resolve(__dirname, '../../../../shared/corpora');

interface Corpus { name: string; dir: string; language: Language; what: string }
const CORPUS_LIST: Corpus[] = [
  { name: 'ant-multisource', dir: path.join(CORPORA, 'ant-multisource'), language: 'ar', what: 'Arabic, pseudo-XML, full file text' },
  { name: 'bbc-news', dir: path.join(CORPORA, 'bbc-news'), language: 'en', what: 'English, plain text' },
];

/** Every *.txt under dir (case-sensitive: bbc's README.TXT and PROVENANCE.md are not articles), sorted. */
function articles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** The text as the extension holds it: UTF-8 without BOM; a file that is not UTF-8 is read as Latin-1. */
function readText(file: string): { text: string; latin1: boolean } {
  const buf = fs.readFileSync(file);
  let text: string;
  let latin1 = false;
  try {
    text = utf8.decode(buf);
  } catch {
    text = buf.toString('latin1');
    latin1 = true;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, latin1 };
}

/**
 * The span invariant: integer offsets with 0 <= start < end <= length, text === slice(start, end),
 * sorted and non-overlapping, line/character the 0-based position of start (\n, \r\n, \r).
 * Returns the first violation, or null.
 */
function spanViolation(input: string, mentions: unknown): string | null {
  if (!Array.isArray(mentions)) return 'result is not an array';
  let starts: number[] | null = null;
  let prevEnd = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Record<string, unknown>;
    const where = () => `mention #${i} ${JSON.stringify({ ...m, text: String(m?.text).slice(0, 60) })}`;
    if (typeof m !== 'object' || m === null) return `mention #${i} is not an object`;
    const { start, end } = m;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `${where()}: start/end not integers`;
    const s = start as number;
    const e = end as number;
    if (!(0 <= s && s < e && e <= input.length)) return `${where()}: span out of bounds or empty (length ${input.length})`;
    if (m.text !== input.slice(s, e)) return `${where()}: text !== slice(start, end) = ${JSON.stringify(input.slice(s, Math.min(e, s + 60)))}`;
    if (s < prevEnd) return `${where()}: starts before the previous mention ends (${prevEnd})`;
    prevEnd = e;
    starts ??= lineStarts(input);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= s) lo = mid;
      else hi = mid - 1;
    }
    if (m.line !== lo || m.character !== s - starts[lo]) return `${where()}: line/character should be ${lo}/${s - starts[lo]}`;
  }
  return null;
}

for (const corpus of CORPUS_LIST) {
  const present = fs.existsSync(corpus.dir) && fs.statSync(corpus.dir).isDirectory();
  const skip = present ? false : `corpus ${corpus.name} not found at ${corpus.dir} (../shared/corpora/ next to the repository): skipped`;

  test(`corpus ${corpus.name} (${corpus.what}): every file recognised without exception, spans valid`, { skip }, (t) => {
    const files = articles(corpus.dir);
    assert.ok(files.length > 0, `no .txt file under ${corpus.dir}`);
    const failures: string[] = [];
    let mentions = 0;
    let withMentions = 0;
    let chars = 0;
    let latin1 = 0;
    const perFolder = new Map<string, { files: number; mentions: number }>();
    for (const file of files) {
      const rel = path.relative(corpus.dir, file);
      const { text, latin1: wasLatin1 } = readText(file);
      if (wasLatin1) latin1++;
      chars += text.length;
      let result: unknown;
      try {
        result = recognizeNumbers(text, { language: corpus.language });
      } catch (e) {
        failures.push(`${rel}: threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        continue;
      }
      const bad = spanViolation(text, result);
      if (bad) failures.push(`${rel}: ${bad}`);
      const n = Array.isArray(result) ? result.length : 0;
      mentions += n;
      if (n > 0) withMentions++;
      const folder = path.dirname(rel);
      const f = perFolder.get(folder) ?? { files: 0, mentions: 0 };
      f.files++;
      f.mentions += n;
      perFolder.set(folder, f);
    }
    t.diagnostic(`${corpus.name}: ${files.length} files, ${mentions} mentions (${withMentions} files with at least one), ${(chars / 1e6).toFixed(1)} M UTF-16 chars`);
    if (latin1) t.diagnostic(`${corpus.name}: ${latin1} file(s) not valid UTF-8, read as Latin-1`);
    for (const [folder, f] of [...perFolder].sort()) t.diagnostic(`  ${folder}: ${f.files} files, ${f.mentions} mentions`);
    assert.equal(
      failures.length,
      0,
      `${failures.length} of ${files.length} files failed:\n${failures.slice(0, 20).join('\n')}${failures.length > 20 ? `\n… and ${failures.length - 20} more` : ''}`,
    );
  });
}
