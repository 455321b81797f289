// Corpus loading for the bench: every article read into memory before anything is timed.
import fs from 'node:fs';
import path from 'node:path';

export class MissingCorpusError extends Error {
  constructor(dir, why) {
    super(`corpus not found: ${dir}${why ? ` (${why})` : ''}`);
    this.dir = dir;
  }
}

/** Sorted list of files under `dir` whose name matches `pattern` (recursive if asked). */
export function listFiles(dir, { recursive = false, pattern = /\.txt$/ } = {}) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (recursive) walk(p); }
      else if (e.isFile() && pattern.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text with the BOM removed; invalid UTF-8 is read as Latin-1 (bbc/sport/199.txt). */
export function readText(file) {
  const buf = fs.readFileSync(file);
  let text;
  let latin1 = false;
  try { text = utf8.decode(buf); } catch { text = buf.toString('latin1'); latin1 = true; }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, latin1 };
}

/**
 * Loads a corpus: { files, texts, bytes (UTF-8 of the texts as held), chars, latin1 }.
 * Throws MissingCorpusError when the folder is absent or holds no article.
 */
export function loadCorpus(dir, opts) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new MissingCorpusError(dir);
  const files = listFiles(dir, opts);
  if (files.length === 0) throw new MissingCorpusError(dir, 'no .txt file in it');
  const texts = [];
  let bytes = 0, chars = 0, latin1 = 0;
  for (const f of files) {
    const r = readText(f);
    texts.push(r.text);
    bytes += Buffer.byteLength(r.text, 'utf8');
    chars += r.text.length;
    if (r.latin1) latin1++;
  }
  return { dir, files, texts, bytes, chars, latin1 };
}
