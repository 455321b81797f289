// The review-decisions file: parsing with positions, applying decisions to findings, and the
// store's writes on real temp directories (byte-for-byte preservation, CRLF, BOM, refusals,
// atomicity, concurrent writers in this process and in others).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding, ReviewDecision } from '../../src/core/consistency/types';
import { parseReview } from '../../src/core/review/parse-review';
import { applyReview, isOpen } from '../../src/core/review/apply-review';
import { readReview, recordDecision, removeDecision, REVIEW_FILE } from '../../src/core/review/review-store';
import type { DecisionRecord } from '../../src/core/review/review-store';
import { seededRandom } from './helpers/random';

const FP1 = 'conflict|killed|-|-|160|164|a.txt|b.txt';
const FP2 = 'update|injured|-|-|20|25|c.txt|d.txt';

/** A file as a person would write it: comments, blank lines, aligned comments, mixed quoting. */
const SAMPLE = [
  '# Reviewed by the desk.',
  '# Keep the newest at the bottom.',
  '',
  'decisions:',
  '  # Casualty figures, first week',
  `  - fingerprint: "${FP1}"`,
  '    decision: dismissed        # accepted | dismissed | update',
  "    note: 'different dates'    # single quotes on purpose",
  '    by: mona',
  '    at: 2026-11-24T10:00:00Z',
  '',
  '',
  `  - fingerprint: '${FP2}'`,
  '    decision: update',
  '    # why: the later report counts hospital admissions',
  '    by: sam',
  '    about: "injured: 20 vs 25"',
  '',
  '# trailing comment',
  '',
].join('\n');

const D1: DecisionRecord = { fingerprint: FP1, decision: 'dismissed', note: 'different dates', by: 'mona', at: '2026-11-24T10:00:00Z' };
const D2: DecisionRecord = { fingerprint: FP2, decision: 'update', by: 'sam' };

const made: string[] = [];
after(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function corpus(content?: string | Buffer): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-review-'));
  made.push(dir);
  const file = path.join(dir, REVIEW_FILE);
  if (content !== undefined) fs.writeFileSync(file, content);
  return { dir, file };
}

const read = (file: string) => fs.readFileSync(file, 'utf8');

/** Nothing but the review file: no temp or lock file left behind. */
function assertOnlyReviewFile(dir: string): void {
  assert.deepEqual(fs.readdirSync(dir), [REVIEW_FILE]);
}

function decisionsOf(text: string): Map<string, ReviewDecision> {
  const parsed = parseReview(text, REVIEW_FILE);
  assert.deepEqual(parsed.problems, []);
  return parsed.decisions;
}

/** Replaces exactly one occurrence, so an expectation cannot pass by accident. */
function replaceOnce(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)}`);
  return text.replace(from, to);
}


// ---------------------------------------------------------------------------------------------
// parseReview

test('parseReview reads the sample: every field, `about` ignored, no problems', () => {
  const decisions = decisionsOf(SAMPLE);
  assert.deepEqual([...decisions.values()], [D1, D2]);
});

test('parseReview reports each bad entry at its exact line and column and keeps the good ones', () => {
  const text = [
    'decisions:',
    '  - fingerprint: "a"',
    '    decision: maybe',
    '  - fingerprint: 42',
    '    decision: accepted',
    '  - decision: dismissed',
    '  - fingerprint: "b"',
    '    decision: accepted',
    '    figure: many',
    '    at: yesterday',
    '    colour: red',
    '  - just a string',
    '  - fingerprint: "c"',
    '    decision: accepted',
    '  - fingerprint: "c"',
    '    decision: dismissed',
    '    figure: 164',
    'extra: 1',
    '',
  ].join('\n');
  for (const prefix of ['', '\uFEFF']) {
    const { decisions, problems } = parseReview(prefix + text, 'r.yaml');
    assert.deepEqual([...decisions.values()], [
      { fingerprint: 'b', decision: 'accepted' },
      { fingerprint: 'c', decision: 'dismissed', figure: 164 },
    ]);
    const got = problems.map((p) => [p.line, p.column, p.endLine, p.endColumn, p.severity, p.path]);
    assert.deepEqual(got, [
      [3, 15, 3, 20, 'error', 'r.yaml'], // maybe
      [4, 18, 4, 20, 'error', 'r.yaml'], // 42
      [6, 5, 6, 13, 'error', 'r.yaml'], // missing fingerprint, at the entry's first key
      [9, 13, 9, 17, 'warning', 'r.yaml'], // many
      [10, 9, 10, 18, 'warning', 'r.yaml'], // yesterday
      [11, 5, 11, 11, 'warning', 'r.yaml'], // colour
      [12, 5, 12, 18, 'error', 'r.yaml'], // not a mapping
      [13, 18, 13, 21, 'warning', 'r.yaml'], // duplicate: at the first
      [18, 1, 18, 6, 'warning', 'r.yaml'], // extra
    ]);
    assert.match(problems[2].message, /missing `fingerprint`/);
    assert.match(problems[7].message, /duplicate fingerprint: the entry at line 15 overrides this one/);
  }
});

test('parseReview: a YAML error voids the file and is reported where it is', () => {
  const tab = parseReview('decisions:\n  - fingerprint: "a"\n\tdecision: accepted\n', 'r.yaml');
  assert.equal(tab.decisions.size, 0);
  assert.deepEqual(tab.problems.map((p) => [p.line, p.column, p.severity]), [[3, 1, 'error']]);
  assert.match(tab.problems[0].message, /^YAML: Tabs/);
  const dup = parseReview('decisions:\n  - fingerprint: a\n    fingerprint: b\n    decision: accepted\n', 'r.yaml');
  assert.deepEqual(dup.problems.map((p) => [p.line, p.column, p.severity]), [[3, 5, 'error']]);
});

test('parseReview: empty, comment-only and empty-list files have no decisions and no problems', () => {
  for (const text of ['', '\uFEFF', '# nothing yet\n', 'decisions:\n', 'decisions: []\n', 'decisions: ~ # none\n']) {
    const { decisions, problems } = parseReview(text, 'r.yaml');
    assert.equal(decisions.size, 0, JSON.stringify(text));
    assert.deepEqual(problems, [], JSON.stringify(text));
  }
});

test('parseReview: wrong shapes are errors at 1-based positions; aliases are refused per entry', () => {
  assert.deepEqual(parseReview('- a\n', 'r.yaml').problems.map((p) => [p.line, p.column]), [[1, 1]]);
  const scalar = parseReview('decisions: 5\n', 'r.yaml').problems;
  assert.deepEqual(scalar.map((p) => [p.line, p.column, p.endColumn]), [[1, 12, 13]]);
  const alias = parseReview('decisions:\n  - fingerprint: &f a\n    decision: accepted\n  - fingerprint: *f\n    decision: dismissed\n', 'r.yaml');
  assert.deepEqual([...alias.decisions.keys()], ['a']);
  assert.equal(alias.decisions.get('a')?.decision, 'accepted');
  assert.deepEqual(alias.problems.map((p) => [p.line, p.column]), [[4, 18]]);
});

test('parseReview: fuzz — random text and mutated samples never throw and give sane positions', () => {
  const random = seededRandom(20261124);
  const alphabet = ['decisions:', 'fingerprint:', 'decision:', 'accepted', 'figure: 1', '- ', '  ', '\n', '\r\n', '"', "'", '#', '[', ']', '{', '}', ',', ':', '&a', '*a', '!!str', '|', '>', '---', '...', '\t', '\uFEFF', 'قتل', '١٢٣', '\u0000', '\ud800', '%YAML 1.1'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const inputs: string[] = [];
  for (let i = 0; i < 1500; i++) inputs.push(Array.from({ length: Math.floor(random() * 40) }, () => pick(alphabet)).join(''));
  for (let i = 0; i < 1500; i++) {
    const at = Math.floor(random() * SAMPLE.length);
    const cut = Math.floor(random() * 12);
    inputs.push(SAMPLE.slice(0, at) + (random() < 0.5 ? pick(alphabet) : '') + SAMPLE.slice(at + cut));
  }
  for (const text of inputs) {
    const { decisions, problems } = parseReview(text, 'r.yaml');
    const lines = text.split('\n').length;
    for (const p of problems) {
      assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, `line ${p.line} for ${JSON.stringify(text)}`);
      assert.ok(Number.isInteger(p.column) && p.column >= 1, `column ${p.column} for ${JSON.stringify(text)}`);
      assert.doesNotMatch(p.message, /internal error/, JSON.stringify(text));
    }
    for (const [fp, d] of decisions) {
      assert.equal(d.fingerprint, fp);
      assert.ok(['accepted', 'dismissed', 'update'].includes(d.decision));
    }
  }
});

// ---------------------------------------------------------------------------------------------
// applyReview

function finding(id: string, fingerprint: string, review: ReviewDecision | null = null): Finding {
  return { id, rule: 'conflict', severity: 'warning', metric: 'killed', scope: null, location: null, message: 'm', claims: ['c1', 'c2'], fingerprint, review };
}

test('applyReview attaches decisions by fingerprint, clears stale ones, and mutates nothing', () => {
  const stale: ReviewDecision = { fingerprint: 'gone', decision: 'accepted' };
  const findings = [finding('f1', FP1), finding('f2', FP2), finding('f3', 'gone', stale)];
  const before = structuredClone(findings);
  const decisions = new Map<string, ReviewDecision>([[FP1, D1], ['unused', { fingerprint: 'unused', decision: 'update' }]]);
  const out = applyReview(findings, decisions);
  assert.deepEqual(findings, before);
  assert.deepEqual(out.map((f) => f.review), [D1, null, null]);
  assert.ok(out.every((f, i) => f !== findings[i]));
  assert.notEqual(out[0].review, D1, 'the decision is copied, not shared');
  assert.deepEqual(out.map(isOpen), [false, true, true]);
  assert.equal(isOpen(finding('f', 'x', { fingerprint: 'x', decision: 'update' })), false);
});

// ---------------------------------------------------------------------------------------------
// The store: formatting

test('readReview: no file is no decisions and a null path', async () => {
  const { dir } = corpus();
  assert.deepEqual(await readReview(dir), { decisions: new Map(), problems: [], path: null });
});

test('recordDecision creates the file with a header, and readReview reads it back', async () => {
  const { dir, file } = corpus();
  await recordDecision(dir, { ...D1, figure: 164, about: 'killed: 160 (a.txt) vs 164 (b.txt)' });
  const text = read(file);
  assert.equal(
    text,
    [
      '# Corpus Review decisions. Edit by hand or from the editor; keyed by finding fingerprint.',
      '# decision: accepted | dismissed | update. `about` is context for people and is ignored on read.',
      'decisions:',
      `  - fingerprint: "${FP1}"`,
      '    decision: dismissed',
      '    figure: 164',
      '    note: "different dates"',
      '    by: "mona"',
      '    at: "2026-11-24T10:00:00Z"',
      '    about: "killed: 160 (a.txt) vs 164 (b.txt)"',
      '',
    ].join('\n'),
  );
  const loaded = await readReview(dir);
  assert.equal(loaded.path, file);
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual([...loaded.decisions.values()], [{ ...D1, figure: 164 }]);
  assertOnlyReviewFile(dir);
});

test('replacing an entry changes only the values that change: comments, alignment and quoting stay', async () => {
  const { dir, file } = corpus(SAMPLE);
  await recordDecision(dir, { ...D1, decision: 'accepted', figure: 164, note: "the other day's count" });
  let expected = replaceOnce(SAMPLE, 'decision: dismissed ', 'decision: accepted ');
  expected = replaceOnce(expected, "note: 'different dates' ", "note: 'the other day''s count' ");
  expected = replaceOnce(expected, 'at: 2026-11-24T10:00:00Z\n', 'at: 2026-11-24T10:00:00Z\n    figure: 164\n');
  assert.equal(read(file), expected);
  assert.deepEqual(decisionsOf(read(file)).get(FP1), { ...D1, decision: 'accepted', figure: 164, note: "the other day's count" });
  assertOnlyReviewFile(dir);
});

test('a field the new decision lacks loses its line; the comment above it and `about` stay', async () => {
  const { dir, file } = corpus(SAMPLE);
  await recordDecision(dir, { fingerprint: FP2, decision: 'accepted' });
  assert.equal(read(file), replaceOnce(replaceOnce(SAMPLE, '    by: sam\n', ''), 'decision: update', 'decision: accepted'));
});

test('recording the same decision again writes nothing', async (t) => {
  const { dir, file } = corpus(SAMPLE);
  const rename = t.mock.method(fs, 'renameSync');
  await recordDecision(dir, D2);
  await recordDecision(dir, D1);
  assert.equal(rename.mock.callCount(), 0);
  assert.equal(read(file), SAMPLE);
  await recordDecision(dir, { ...D2, decision: 'dismissed' });
  assert.equal(rename.mock.callCount(), 1, 'the spy sees real writes');
});

test('a new fingerprint is appended after the last entry; every byte before and after stays', async () => {
  const { dir, file } = corpus(SAMPLE);
  await recordDecision(dir, { fingerprint: 'fp3', decision: 'accepted', note: 'قتل ١٦٠ "شخصاً"\nسطر' });
  const insertAt = SAMPLE.indexOf('\n# trailing comment');
  const added = '  - fingerprint: "fp3"\n    decision: accepted\n    note: "قتل ١٦٠ \\"شخصاً\\"\\nسطر"\n';
  assert.equal(read(file), SAMPLE.slice(0, insertAt) + added + SAMPLE.slice(insertAt));
  assert.equal(decisionsOf(read(file)).get('fp3')?.note, 'قتل ١٦٠ "شخصاً"\nسطر');
});

test('an entry the field splice cannot handle (block scalar) is re-rendered alone; the rest stays', async () => {
  const head = 'decisions:\n  - ';
  const tail = '  - fingerprint: "y"   # keep me\n    decision: dismissed\n';
  const { dir, file } = corpus(`${head}fingerprint: "x"\n    decision: accepted # ok\n    note: |\n      first line\n      second line\n${tail}`);
  await recordDecision(dir, { fingerprint: 'x', decision: 'accepted', note: 'changed' });
  const text = read(file);
  assert.ok(text.startsWith(head) && text.endsWith(tail), text);
  assert.match(text, /decision: accepted # ok\n/);
  assert.deepEqual(decisionsOf(text).get('x'), { fingerprint: 'x', decision: 'accepted', note: 'changed' });
});

test('flow-style lists fall back to the Document API: both decisions land and comments survive', async () => {
  const { dir, file } = corpus('# flow style\ndecisions: [{fingerprint: a, decision: accepted}]  # one\n');
  await recordDecision(dir, { fingerprint: 'b', decision: 'dismissed' });
  const text = read(file);
  assert.deepEqual([...decisionsOf(text).keys()], ['a', 'b']);
  assert.match(text, /^# flow style\n/);
  assert.match(text, /# one/);
});

test('empty, placeholder and key-less files get a `decisions:` list without losing their text', async () => {
  const cases: Array<[string, string]> = [
    ['', ''],
    ['# mine\n', '# mine\n'],
    ['# mine', '# mine\n'],
    ['decisions:\n', 'decisions:\n'],
    ['decisions: []   # none yet\n', 'decisions:   # none yet\n'],
    ['decisions: ~\n# end\n', 'decisions:\n'],
    ['# x\nextra: 1\n', '# x\nextra: 1\n'],
  ];
  for (const [before, prefix] of cases) {
    const { dir, file } = corpus(before);
    await recordDecision(dir, { fingerprint: 'a', decision: 'update' });
    const text = read(file);
    assert.ok(text.startsWith(prefix), JSON.stringify(text));
    const parsed = parseReview(text, file);
    assert.deepEqual([...parsed.decisions.values()], [{ fingerprint: 'a', decision: 'update' }], JSON.stringify(text));
    assert.deepEqual(parsed.problems.filter((p) => p.severity === 'error'), [], JSON.stringify(text));
  }
});

test('a file without a final line break gets one before the appended entry', async () => {
  const before = 'decisions:\n  - fingerprint: "a"\n    decision: accepted';
  const { dir, file } = corpus(before);
  await recordDecision(dir, { fingerprint: 'b', decision: 'update' });
  assert.equal(read(file), `${before}\n  - fingerprint: "b"\n    decision: update\n`);
});

test('CRLF stays CRLF through replace, append and remove', async () => {
  const { dir, file } = corpus(SAMPLE.replace(/\n/g, '\r\n'));
  await recordDecision(dir, { ...D1, decision: 'accepted', figure: 160 });
  await recordDecision(dir, { fingerprint: 'fp3', decision: 'update', note: 'a\nb' });
  assert.equal(await removeDecision(dir, FP2), true);
  const text = read(file);
  assert.doesNotMatch(text, /(^|[^\r])\n/, 'every line break is CRLF');
  assert.deepEqual([...decisionsOf(text).keys()], [FP1, 'fp3']);
  assert.match(text, /decision: accepted {8}# accepted \| dismissed \| update\r\n/);
  assertOnlyReviewFile(dir);
});

test('a BOM is kept, once, and does not shift anything', async () => {
  const { dir, file } = corpus(`\uFEFF${SAMPLE}`);
  await recordDecision(dir, { ...D2, decision: 'dismissed' });
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.notDeepEqual([...bytes.subarray(3, 6)], [0xef, 0xbb, 0xbf]);
  assert.equal(bytes.subarray(3).toString('utf8'), replaceOnce(SAMPLE, 'decision: update', 'decision: dismissed'));
});

test('the file keeps its permission bits', { skip: process.platform === 'win32' }, async () => {
  const { dir, file } = corpus(SAMPLE);
  fs.chmodSync(file, 0o640);
  await recordDecision(dir, { fingerprint: 'fp3', decision: 'update' });
  assert.equal(fs.statSync(file).mode & 0o777, 0o640);
});

test('removeDecision removes every entry of the fingerprint, and nothing else', async () => {
  const dup = `${SAMPLE}  - fingerprint: "${FP1}"\n    decision: accepted\n`;
  const { dir, file } = corpus(dup);
  assert.equal(await removeDecision(dir, FP1), true);
  const text = read(file);
  assert.deepEqual([...decisionsOf(text).keys()], [FP2]);
  // The entries' own lines go; the comments around them stay.
  const firstEntry = SAMPLE.slice(SAMPLE.indexOf('  - fingerprint'), SAMPLE.indexOf('\n\n\n') + 1);
  assert.equal(text, replaceOnce(SAMPLE, firstEntry, ''));
  assert.equal(await removeDecision(dir, FP2), true);
  assert.equal(decisionsOf(read(file)).size, 0);
  await recordDecision(dir, D1);
  assert.deepEqual([...decisionsOf(read(file)).values()], [D1]);
});

test('removeDecision of an unknown fingerprint writes nothing and creates nothing', async () => {
  const { dir, file } = corpus(SAMPLE);
  assert.equal(await removeDecision(dir, 'nope'), false);
  assert.equal(read(file), SAMPLE);
  const empty = corpus();
  assert.equal(await removeDecision(empty.dir, 'nope'), false);
  assert.deepEqual(fs.readdirSync(empty.dir), []);
});

// ---------------------------------------------------------------------------------------------
// The store: refusals and failures

test('a file with YAML errors is refused with path:line:column and left untouched', async () => {
  const cases: Array<[string, string]> = [
    ['# notes\ndecisions:\n  - fingerprint: "a"\n\tdecision: accepted\n', ':4:1: YAML: Tabs'],
    ['decisions:\n  - fingerprint: a\n    fingerprint: b\n    decision: accepted\n', ':3:5: YAML: Map keys must be unique'],
    ['decisions: 5\n', ':1:12: `decisions` must be a list'],
    ['- a\n', ':1:1: expected a mapping'],
  ];
  for (const [text, where] of cases) {
    const { dir, file } = corpus(text);
    await assert.rejects(recordDecision(dir, D1), (e: Error) => e.message.startsWith(file + where), JSON.stringify(text));
    await assert.rejects(removeDecision(dir, 'a'), (e: Error) => e.message.startsWith(file + where));
    assert.equal(read(file), text);
    assertOnlyReviewFile(dir);
  }
});

test('a file that is not UTF-8 is refused at 1:1 and reported by readReview', async () => {
  const bytes = Buffer.from([0x64, 0x65, 0xff, 0xfe, 0x0a]);
  const { dir, file } = corpus(bytes);
  await assert.rejects(recordDecision(dir, D1), (e: Error) => e.message.startsWith(`${file}:1:1:`));
  assert.deepEqual(fs.readFileSync(file), bytes);
  const loaded = await readReview(dir);
  assert.deepEqual(loaded.problems.map((p) => [p.line, p.column, p.severity]), [[1, 1, 'error']]);
  assertOnlyReviewFile(dir);
});

test('an invalid decision is refused before the file is touched', async () => {
  const { dir, file } = corpus(SAMPLE);
  const bad: unknown[] = [
    { fingerprint: '', decision: 'accepted' },
    { fingerprint: 'x', decision: 'maybe' },
    { fingerprint: 'x', decision: 'accepted', figure: Number.NaN },
    { fingerprint: 'x', decision: 'accepted', at: 'yesterday' },
    { fingerprint: 'x', decision: 'accepted', note: 5 },
  ];
  for (const d of bad) await assert.rejects(recordDecision(dir, d as DecisionRecord), TypeError, JSON.stringify(d));
  assert.equal(read(file), SAMPLE);
  assertOnlyReviewFile(dir);
});

test('a failing rename leaves the file as it was and no temp file behind', async (t) => {
  const { dir, file } = corpus(SAMPLE);
  t.mock.method(fs, 'renameSync', () => {
    throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
  });
  await assert.rejects(recordDecision(dir, { fingerprint: 'fp3', decision: 'update' }), /simulated/);
  assert.equal(read(file), SAMPLE);
  assertOnlyReviewFile(dir);
});

// ---------------------------------------------------------------------------------------------
// The store: concurrency

const record = (i: number): DecisionRecord => ({ fingerprint: `conflict|killed|-|-|${i}|${i + 1}|a.txt|b.txt`, decision: i % 2 ? 'accepted' : 'dismissed', figure: i, by: `r${i}` });

test('20 writers started together all land, in a new file and in an existing one', async () => {
  for (const start of [undefined, SAMPLE]) {
    const { dir, file } = corpus(start);
    const writes = Array.from({ length: 20 }, (_, i) => recordDecision(dir, record(i)));
    await Promise.all([...writes, removeDecision(dir, FP1)]);
    const decisions = decisionsOf(read(file));
    for (let i = 0; i < 20; i++) assert.deepEqual(decisions.get(record(i).fingerprint), record(i));
    assert.equal(decisions.has(FP1), false);
    assert.equal(decisions.size, start ? 21 : 20);
    if (start) assert.ok(read(file).startsWith(SAMPLE.slice(0, SAMPLE.indexOf('  - fingerprint'))));
    assertOnlyReviewFile(dir);
  }
});

test('a hand edit saved between the read and the rename is kept, and the decision is redone on top', async (t) => {
  const { dir, file } = corpus(SAMPLE);
  const handEdited = replaceOnce(SAMPLE, '# trailing comment', '# edited by hand\n  - fingerprint: "hand"\n    decision: accepted');
  const original = fs.promises.readFile;
  let reads = 0;
  t.mock.method(fs.promises, 'readFile', async (...args: Parameters<typeof original>) => {
    const result = await original(...args);
    if (args[0] === file && ++reads === 1) fs.writeFileSync(file, handEdited); // saved just after our read
    return result;
  });
  await recordDecision(dir, { fingerprint: 'fp3', decision: 'update' });
  assert.ok(reads >= 2, 'the write was retried');
  const text = read(file);
  assert.ok(text.startsWith(handEdited.slice(0, handEdited.indexOf('    decision: accepted\n', handEdited.indexOf('"hand"')))));
  assert.deepEqual([...decisionsOf(text).keys()], [FP1, FP2, 'hand', 'fp3']);
  assertOnlyReviewFile(dir);
});

test('a file that changes under every attempt is not clobbered: the write gives up with an error', async (t) => {
  const { dir, file } = corpus(SAMPLE);
  const original = fs.promises.readFile;
  let edits = 0;
  t.mock.method(fs.promises, 'readFile', async (...args: Parameters<typeof original>) => {
    const result = await original(...args);
    if (args[0] === file) fs.writeFileSync(file, `${SAMPLE}# hand edit ${++edits}\n`);
    return result;
  });
  await assert.rejects(recordDecision(dir, { fingerprint: 'fp3', decision: 'update' }), /kept changing/);
  assert.equal(read(file), `${SAMPLE}# hand edit ${edits}\n`);
  assert.ok(edits >= 3);
  assertOnlyReviewFile(dir);
});

test('a lock held by another writer is waited for; a stale one is cleared', async () => {
  const { dir, file } = corpus(SAMPLE);
  const lock = `${file}.lock`;
  fs.writeFileSync(lock, '');
  const pending = recordDecision(dir, { fingerprint: 'fp3', decision: 'update' });
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(read(file), SAMPLE, 'nothing written while the lock is held');
  fs.rmSync(lock);
  await pending;
  assert.ok(decisionsOf(read(file)).has('fp3'));

  fs.writeFileSync(lock, '');
  const old = new Date(Date.now() - 60_000);
  fs.utimesSync(lock, old, old);
  await recordDecision(dir, { fingerprint: 'fp4', decision: 'update' });
  assert.ok(decisionsOf(read(file)).has('fp4'));
  assertOnlyReviewFile(dir);
});

test('writers in separate processes interleave and all land', async () => {
  const { dir, file } = corpus(SAMPLE);
  const store = path.resolve(__dirname, '../../src/core/review/review-store.js');
  const child = (p: number) => `
    const { recordDecision } = require(${JSON.stringify(store)});
    (async () => {
      for (let i = 0; i < 8; i++) await recordDecision(${JSON.stringify(dir)}, { fingerprint: 'p${p}-' + i, decision: 'accepted' });
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = (p: number) =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, ['-e', child(p)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      proc.on('error', reject);
      proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child ${p} exited ${code}: ${stderr}`))));
    });
  const local = (async () => {
    for (let i = 0; i < 8; i++) await recordDecision(dir, { fingerprint: `local-${i}`, decision: 'dismissed' });
  })();
  await Promise.all([run(1), run(2), run(3), local]);
  const decisions = decisionsOf(read(file));
  assert.equal(decisions.size, 2 + 4 * 8);
  for (const p of ['p1', 'p2', 'p3', 'local']) for (let i = 0; i < 8; i++) assert.ok(decisions.has(`${p}-${i}`), `${p}-${i}`);
  assertOnlyReviewFile(dir);
});

test('fuzz: edits of mutated files either refuse with a position or change exactly one decision', async () => {
  const random = seededRandom(7);
  const { dir, file } = corpus();
  const noise = ['#', ' ', '\n', '- ', 'x: 1', '"', "'", 'decision: accepted', 'fingerprint: z', '[', '{', '|'];
  for (let i = 0; i < 150; i++) {
    const at = Math.floor(random() * SAMPLE.length);
    const text = SAMPLE.slice(0, at) + noise[Math.floor(random() * noise.length)] + SAMPLE.slice(at + Math.floor(random() * 4));
    fs.writeFileSync(file, text);
    const before = parseReview(text, file);
    const fingerprint = random() < 0.5 ? FP1 : 'new';
    const decision: ReviewDecision = { fingerprint, decision: 'update', figure: i };
    try {
      await recordDecision(dir, decision);
    } catch (e) {
      assert.match((e as Error).message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `), JSON.stringify(text));
      assert.equal(read(file), text);
      continue;
    }
    const after = parseReview(read(file), file).decisions;
    const expected = new Map(before.decisions).set(fingerprint, decision);
    assert.deepEqual(after, expected, JSON.stringify(text));
  }
  assertOnlyReviewFile(dir);
});
