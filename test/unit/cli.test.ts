// The CLI as a process: `node dist/cli.js` (built by `npm run build`, which `npm test` runs first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SAMPLES = path.join(ROOT, 'samples');

function run(args: string[], input?: string, cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-cli-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

interface FileResult {
  path: string;
  language: string;
  numbers: Array<{ text: string; start: number; end: number; line: number; character: number; value: number | null; kind: string }>;
}

test('extract --format json on the samples: every file, spans that slice the real file text', () => {
  const r = run(['extract', '--format', 'json', 'samples']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { version: number; files: FileResult[]; skipped: unknown[] };
  assert.equal(doc.version, 1);
  const articles = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f));
  assert.equal(doc.files.length, articles.length);
  assert.deepEqual(doc.skipped, []);
  const languages = new Set(doc.files.map((f) => f.language));
  assert.deepEqual([...languages].sort(), ['ar', 'en']);
  for (const f of doc.files) {
    let text = fs.readFileSync(path.join(ROOT, f.path), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    assert.ok(f.numbers.length > 0, `${f.path}: no numbers`);
    for (const n of f.numbers) {
      assert.equal(text.slice(n.start, n.end), n.text, `${f.path}: span ${n.start}-${n.end}`);
      const before = text.slice(0, n.start).split(/\r\n|\r|\n/);
      assert.equal(n.line, before.length - 1, `${f.path}: line of ${n.text}`);
      assert.equal(n.character, before[before.length - 1].length, `${f.path}: character of ${n.text}`);
    }
  }
});

test('extract with no path uses the bundled sample corpus', () => {
  const r = run(['extract', '--format', 'jsonl'], undefined, os.tmpdir());
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as FileResult);
  assert.ok(lines.length >= 8);
  assert.ok(lines.every((f) => /samples\/(ar|en)-/.test(f.path)), lines.map((f) => f.path).join(', '));
});

test('extract --format text prints path:line:column, the figure and its meaning', () => {
  const dir = tempCorpus({ 'a.txt': 'Title\n\nAbout 300 people were hurt and 12 died on 9 January 2022.\n' });
  const r = run(['extract', '--format', 'text', dir]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 3, r.stdout);
  assert.match(lines[0], /a\.txt:3:1 {2}About 300 {2}→ quantity 300 \[270, 330\] approximate {2}⇒ injured · 2022-01-09$/);
  assert.match(lines[1], /a\.txt:3:32 {2}12 {2}→ quantity 12 {2}⇒ killed · 2022-01-09$/);
  assert.match(lines[2], /a\.txt:3:43 {2}9 January 2022 {2}→ date 2022-01-09$/);
});

test('binary and non-UTF-8 files are skipped with a reason; the run still succeeds', () => {
  const dir = tempCorpus({
    'good.txt': 'قتل 5 أشخاص',
    'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x31]),
    'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x35]),
  });
  const r = run(['extract', dir]);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { files: FileResult[]; skipped: Array<{ path: string; reason: string }> };
  assert.deepEqual(doc.files.map((f) => path.basename(f.path)), ['good.txt']);
  const reasons = Object.fromEntries(doc.skipped.map((s) => [path.basename(s.path), s.reason]));
  assert.match(reasons['binary.txt'], /binary/);
  assert.match(reasons['latin1.txt'], /UTF-8/);
  assert.match(r.stderr, /skipped .*binary\.txt: binary/);
});

test('a BOM is removed before offsets are counted, and front matter keeps its offsets', () => {
  const dir = tempCorpus({ 'b.txt': '\ufeff12 killed', 'c.md': '---\ntitle: 99 things\n---\n7 injured\n' });
  const r = run(['extract', dir]);
  const doc = JSON.parse(r.stdout) as { files: FileResult[] };
  const b = doc.files.find((f) => f.path.endsWith('b.txt'))!;
  assert.deepEqual(b.numbers.map((n) => [n.text, n.start]), [['12', 0]]);
  const c = doc.files.find((f) => f.path.endsWith('c.md'))!;
  assert.deepEqual(c.numbers.map((n) => [n.text, n.line, n.start]), [['7', 3, 25]]);
});

test('extract --stdin-jsonl answers every line in order; a bad line gets an error, not a crash', () => {
  const input = [
    JSON.stringify({ id: 'ar-1', text: 'اعتقال 7 آلاف و939 شخصاً', language: 'ar' }),
    'not json',
    JSON.stringify({ id: 'x', text: 5 }),
    JSON.stringify({ text: 'no id' }),
    JSON.stringify({ id: 7, text: 'more than 2,000 people', language: 'en' }),
    JSON.stringify({ id: 'lang', text: '1', language: 'fr' }),
  ].join('\n');
  const r = run(['extract', '--stdin-jsonl'], input + '\n');
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; numbers?: FileResult['numbers']; error?: string });
  assert.equal(out.length, 6);
  assert.equal(out[0].id, 'ar-1');
  assert.deepEqual(out[0].numbers!.map((n) => [n.text, n.value]), [['7 آلاف و939', 7939]]);
  assert.match(out[1].error!, /not JSON/);
  assert.deepEqual([out[2].id, typeof out[2].error], ['x', 'string']);
  assert.deepEqual([out[3].id, typeof out[3].error], [null, 'string']);
  assert.deepEqual(out[4].numbers!.map((n) => [n.text, n.value]), [['more than 2,000', 2000]]);
  assert.match(out[5].error!, /language/);
});

test('usage and input errors exit 2 with a one-line reason', () => {
  for (const args of [[], ['frobnicate'], ['extract', '--format', 'xml'], ['extract', '--bogus'], ['extract', 'no/such/folder'], ['extract', '--stdin-jsonl', 'samples']]) {
    const r = run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}`);
    assert.match(r.stderr.split('\n')[0], /^corpus-review: \S/, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
  }
});

test('extract reports quotations with speakers, and marks the numbers inside them as quoted', () => {
  const dir = tempCorpus({
    'q.txt': 'وقال وزير الداخلية سامي ناصر :-\n” إن 12 شخصاً قتلوا “\nوأكدت المصادر أن 40 آخرين أصيبوا.\n',
  });
  const r = run(['extract', dir]);
  assert.equal(r.code, 0, r.stderr);
  type QuotedFile = { quotes: Array<{ text: string; kind: string; speaker: string | null }>; numbers: Array<{ text: string; quoted: boolean }> };
  const file = (JSON.parse(r.stdout) as { files: QuotedFile[] }).files[0];
  assert.deepEqual(file.quotes.map((q) => [q.text, q.kind, q.speaker]), [['” إن 12 شخصاً قتلوا “', 'speech', 'سامي ناصر']]);
  assert.deepEqual(file.numbers.map((n) => [n.text, n.quoted]), [['12', true], ['40', false]]);
});
