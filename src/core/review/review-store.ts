// Reads and writes corpus-review.review.yaml at the corpus root. A write is a read-modify-write:
// the entry is found with the yaml Document API and edited as a node, and only its text is
// spliced back, so everything outside it stays byte for byte; every result is parsed again and
// must read back as intended. Writes are atomic (temp file, fsync, rename), serialised by a lock
// file and retried when someone else changed the file in between.
import fs, { promises as fsp } from 'node:fs';
import path from 'node:path';
import { Document, isAlias, isMap, isNode, isScalar, isSeq, LineCounter, Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import type { ToStringOptions } from 'yaml';
import type { FileProblem } from '../config/types';
import type { ReviewDecision } from '../consistency/types';
import { DECISIONS, ENTRY_KEYS, isTimestamp, parseReview, parseReviewDocument, stripBom } from './parse-review';
import type { ParsedReview } from './parse-review';

export const REVIEW_FILE = 'corpus-review.review.yaml';

export interface LoadedReview extends ParsedReview {
  /** The file read, or null when the corpus has none. */
  path: string | null;
}

/** A decision as recorded: `about` is a line of context for people, written but never read back. */
export type DecisionRecord = ReviewDecision & { about?: string };

const HEADER = [
  '# Corpus Review decisions. Edit by hand or from the editor; keyed by finding fingerprint.',
  '# decision: accepted | dismissed | update. `about` is context for people and is ignored on read.',
  'decisions:',
  '',
].join('\n');

/** Fields in the order a new entry is written. */
const WRITTEN = ENTRY_KEYS;

const RENDER: ToStringOptions = { lineWidth: 0, doubleQuotedAsJSON: true, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' };

const MAX_ATTEMPTS = 5;

export function reviewPath(root: string): string {
  return path.join(root, REVIEW_FILE);
}

/** Reads the decisions of the corpus at `root`; every failure becomes a problem, never a throw. */
export async function readReview(root: string): Promise<LoadedReview> {
  const file = reviewPath(root);
  let bytes: Buffer | null;
  try {
    bytes = await readBytes(file);
  } catch (e) {
    return { decisions: new Map(), problems: [problemAtStart(file, `cannot read the review file: ${(e as Error).message}`)], path: file };
  }
  if (bytes === null) return { decisions: new Map(), problems: [], path: null };
  const text = decodeUtf8(bytes);
  if (text === null) return { decisions: new Map(), problems: [problemAtStart(file, 'the review file is not UTF-8 text')], path: file };
  return { ...parseReview(text, file), path: file };
}

/**
 * Records a decision: replaces the entry for its fingerprint in place (the last one, which is the
 * one in effect), or appends one, creating the file when absent. Throws, without touching the
 * file, when the decision is invalid or the file has YAML errors (the message names path:line:column).
 */
export async function recordDecision(root: string, decision: DecisionRecord): Promise<void> {
  checkRecord(decision);
  await modifyFile(reviewPath(root), (text, file) => upsertText(text, file, decision));
}

/** Removes every entry for `fingerprint`; resolves to false, writing nothing, when there was none. */
export async function removeDecision(root: string, fingerprint: string): Promise<boolean> {
  return modifyFile(reviewPath(root), (text, file) => deleteText(text, file, fingerprint));
}

function problemAtStart(file: string, message: string): FileProblem {
  return { path: file, line: 1, column: 1, message, severity: 'error' };
}

function checkRecord(d: DecisionRecord): void {
  const fail = (what: string) => {
    throw new TypeError(`invalid review decision: ${what}`);
  };
  if (typeof d.fingerprint !== 'string' || d.fingerprint.trim() === '') fail('`fingerprint` must be a non-empty string');
  if (!DECISIONS.includes(d.decision)) fail(`\`decision\` must be one of ${DECISIONS.join(', ')}`);
  if (d.figure !== undefined && !Number.isFinite(d.figure)) fail('`figure` must be a finite number');
  for (const key of ['note', 'by', 'about'] as const) if (d[key] !== undefined && typeof d[key] !== 'string') fail(`\`${key}\` must be a string`);
  if (d.at !== undefined && !(typeof d.at === 'string' && isTimestamp(d.at))) fail('`at` must be an ISO 8601 date or time');
}

// ---------------------------------------------------------------------------------------------
// Text edits: pure functions from the file's text (BOM removed) to its new text.

interface Editable {
  text: string;
  file: string;
  eol: string;
  lines: LineCounter;
  root: YAMLMap | null;
  decisions: Pair | null;
  seq: YAMLSeq | null;
  doc: Document.Parsed;
}

type Strategy = (e: Editable) => string | null;

function upsertText(text: string, file: string, record: DecisionRecord): string {
  const expected = parseReview(text, file).decisions;
  expected.set(record.fingerprint, decisionOf(record));
  const target = (e: Editable) => entriesFor(e.seq, record.fingerprint).at(-1);
  return editVerified(text, file, expected, [
    (e) => {
      const entry = target(e);
      return entry ? spliceFields(e, entry, record) : spliceAppend(e, record);
    },
    (e) => {
      const entry = target(e);
      return entry ? replaceEntry(e, entry, record) : null;
    },
    (e) => documentUpsert(e, record),
  ]);
}

function deleteText(text: string, file: string, fingerprint: string): string {
  const expected = parseReview(text, file).decisions;
  expected.delete(fingerprint);
  return editVerified(text, file, expected, [(e) => spliceDelete(e, fingerprint), (e) => documentDelete(e, fingerprint)]);
}

/**
 * Tries each strategy on a fresh parse and keeps the first result that reads back as `expected`,
 * so an edit can never silently change another entry or break the file.
 */
function editVerified(text: string, file: string, expected: Map<string, ReviewDecision>, strategies: Strategy[]): string {
  for (const strategy of strategies) {
    const out = strategy(openForEdit(text, file));
    if (out !== null && readsAs(out, file, expected)) return out;
  }
  throw new Error(`${file}: the edit could not be made without disturbing the rest of the file; the file was left as it was`);
}

function readsAs(text: string, file: string, expected: Map<string, ReviewDecision>): boolean {
  if (parseReviewDocument(text).errors.length > 0) return false;
  const actual = parseReview(text, file).decisions;
  if (actual.size !== expected.size) return false;
  return [...expected].every(([fp, d]) => sameDecision(actual.get(fp), d));
}

function sameDecision(a: ReviewDecision | undefined, b: ReviewDecision): boolean {
  return a !== undefined && (['fingerprint', 'decision', 'figure', 'note', 'by', 'at'] as const).every((k) => a[k] === b[k]);
}

function decisionOf(record: DecisionRecord): ReviewDecision {
  const { fingerprint, decision, figure, note, by, at } = record;
  const out: ReviewDecision = { fingerprint, decision };
  if (figure !== undefined) out.figure = figure;
  if (note !== undefined) out.note = note;
  if (by !== undefined) out.by = by;
  if (at !== undefined) out.at = at;
  return out;
}

/** Parses for editing; refuses (throws path:line:column) a file that a write could clobber. */
function openForEdit(text: string, file: string): Editable {
  const lines = new LineCounter();
  const doc = parseReviewDocument(text, lines);
  const refuse = (offset: number, message: string): never => {
    const { line, col } = lines.linePos(Math.min(offset, text.length));
    throw new Error(`${file}:${line}:${col}: ${message}; fix the file before recording decisions`);
  };
  const error = doc.errors[0];
  if (error) refuse(error.pos[0], `YAML: ${error.message.split('\n')[0]}`);
  const root = doc.contents;
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) refuse(root.range[0], 'expected a mapping with a `decisions:` list');
  const map = isMap(root) ? root : null;
  const decisions = map?.items.find((p) => isScalar(p.key) && p.key.value === 'decisions') ?? null;
  const value = decisions?.value ?? null;
  if (value !== null && !isSeq(value) && !(isScalar(value) && value.value === null)) refuse(offsetOf(value), '`decisions` must be a list of entries');
  return { text, file, eol: lineBreak(text), lines, root: map, decisions, seq: isSeq(value) ? value : null, doc };
}

function offsetOf(node: unknown): number {
  return isNode(node) ? (node.range?.[0] ?? 0) : 0;
}

/** The file's line break: its first one, or \n for a file with none. */
function lineBreak(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

function entriesFor(seq: YAMLSeq | null, fingerprint: string): YAMLMap[] {
  return (seq?.items ?? []).filter((item): item is YAMLMap => isMap(item) && fingerprintOf(item) === fingerprint);
}

function fingerprintOf(map: YAMLMap): unknown {
  const node = map.get('fingerprint', true);
  return isScalar(node) ? node.value : undefined;
}

// Splices: edit nodes, then replace only the edited entry's text.

function spliceAppend(e: Editable, record: DecisionRecord): string | null {
  if (e.seq && e.seq.items.length > 0) return e.seq.flow ? null : appendToSeq(e, e.seq, record);
  if (e.decisions) return fillEmptyDecisions(e, e.decisions, record);
  if (e.root?.flow) return null;
  return appendDecisionsKey(e, record);
}

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The finest edit: rewrites only the values that change, deletes the lines of fields that go and
 * adds lines for new ones, so the entry's own comments and alignment stay too. Block entries only.
 */
function spliceFields(e: Editable, entry: YAMLMap, record: DecisionRecord): string | null {
  if (entry.flow || usesAnchors(entry)) return null;
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const key of WRITTEN) {
    const pair = entry.items[findPair(entry, key)];
    const value = record[key];
    const edit = value === undefined ? fieldRemoval(e, key, pair) : pair ? valueChange(pair, value) : undefined;
    if (edit === null) return null;
    if (edit) edits.push(edit);
    if (value !== undefined && !pair) added.push(renderNode(mapOf([field(key, value)])));
  }
  if (added.length > 0) {
    const edit = fieldsAddition(e, entry, added);
    if (!edit) return null;
    edits.push(edit);
  }
  return edits.sort((a, b) => b.start - a.start).reduce((text, x) => splice(text, x.start, x.end, x.text), e.text);
}

/** Deleting a field: its whole lines, when it starts a line of its own; undefined when there is nothing to do. */
function fieldRemoval(e: Editable, key: string, pair: Pair | undefined): TextEdit | null | undefined {
  if (!pair || key === 'about') return undefined; // `about` stays when the caller gives none
  const start = isNode(pair.key) ? pair.key.range?.[0] : undefined;
  const end = isNode(pair.value) ? pair.value.range?.[1] : start;
  if (start === undefined || end === undefined) return null;
  const lineStart = e.text.lastIndexOf('\n', start - 1) + 1;
  if (e.text.slice(lineStart, start).trim() !== '') return null;
  return { start: lineStart, end: afterLineOf(e.text, end), text: '' };
}

/** Rewriting one scalar in its own quoting style; undefined when it already holds the value. */
function valueChange(pair: Pair, value: string | number): TextEdit | null | undefined {
  const old = pair.value;
  if (isScalar(old) && old.value === value) return undefined;
  if (!isScalar(old) || old.value === null || !old.range || old.type === Scalar.BLOCK_FOLDED || old.type === Scalar.BLOCK_LITERAL) return null;
  const scalar = new Scalar(value);
  scalar.type = typeof old.value === typeof value ? old.type : undefined;
  const doc = new Document();
  doc.contents = scalar;
  return { start: old.range[0], end: old.range[1], text: doc.toString(RENDER).replace(/\n$/, '') };
}

/** New fields go on lines after the entry's last field, at the column of its first. */
function fieldsAddition(e: Editable, entry: YAMLMap, lines: string[]): TextEdit | null {
  const first = entry.items[0]?.key;
  const lastPair = entry.items[entry.items.length - 1];
  const last = lastPair && isNode(lastPair.value) ? lastPair.value : lastPair?.key;
  if (!isNode(first) || !first.range || !isNode(last) || !last.range) return null;
  const pad = ' '.repeat(column(e, first.range[0]));
  const at = afterLineOf(e.text, last.range[1]);
  const block = lines.map((line) => pad + indentTail(line, pad.length) + '\n').join('');
  return { start: at, end: at, text: (at === e.text.length && !e.text.endsWith('\n') ? e.eol : '') + toEol(block, e.eol) };
}

/** Replaces the entry's own span ([start, end of its last value)); comments around it stay put. */
function replaceEntry(e: Editable, entry: YAMLMap, record: DecisionRecord): string | null {
  if (!entry.range || usesAnchors(entry)) return null;
  const [start, end] = entry.range;
  if (!updateEntry(entry, record)) return e.text;
  // Outside the span: comments above the `-` and below the last value stay where they are.
  entry.commentBefore = undefined;
  entry.comment = undefined;
  entry.spaceBefore = undefined;
  const tail = /\r?\n$/.exec(e.text.slice(start, end))?.[0] ?? '';
  const body = indentTail(renderNode(entry), column(e, start));
  return splice(e.text, start, end, toEol(body, e.eol) + tail);
}

function usesAnchors(node: YAMLMap): boolean {
  let found = node.tag !== undefined;
  visit(node, {
    Node(_key, n) {
      if (isAlias(n) || n.anchor) found = true;
    },
  });
  return found;
}

function appendToSeq(e: Editable, seq: YAMLSeq, record: DecisionRecord): string | null {
  const last = seq.items[seq.items.length - 1];
  if (!seq.range || !isNode(last) || !last.range) return null;
  return insertLines(e, afterLineOf(e.text, last.range[1]), entryLines(record, column(e, seq.range[0]), e.eol));
}

/** `decisions:` with no entries (empty, `~` or `[]`): drop the placeholder, put the list under the key. */
function fillEmptyDecisions(e: Editable, pair: Pair, record: DecisionRecord): string | null {
  const value = pair.value;
  if (!isNode(value) || !value.range || !isNode(pair.key) || !pair.key.range) return null;
  const [v0, v1] = value.range;
  const cut = v1 > v0 ? v0 - (/[ \t]*$/.exec(e.text.slice(0, v0))?.[0].length ?? 0) : v0;
  const text = e.text.slice(0, cut) + e.text.slice(v1);
  return insertLines({ ...e, text }, afterLineOf(text, cut), entryLines(record, column(e, pair.key.range[0]) + 2, e.eol));
}

function appendDecisionsKey(e: Editable, record: DecisionRecord): string {
  const indent = e.root?.range ? column(e, e.root.range[0]) : 0;
  const block = ' '.repeat(indent) + 'decisions:' + e.eol + entryLines(record, indent + 2, e.eol);
  return insertLines(e, e.text.length, block);
}

function spliceDelete(e: Editable, fingerprint: string): string | null {
  const cuts = entriesFor(e.seq, fingerprint).map((entry) => entryLineSpan(e, entry));
  if (cuts.some((c) => c === null)) return null;
  let text = e.text;
  for (const [start, end] of (cuts as [number, number][]).reverse()) text = splice(text, start, end, '');
  return text;
}

/** The whole lines of a block-list entry, from its `-` to the end of its last value's line. */
function entryLineSpan(e: Editable, entry: YAMLMap): [number, number] | null {
  if (!entry.range || e.seq?.flow) return null;
  let dash = entry.range[0] - 1;
  while (dash >= 0 && ' \t\r\n'.includes(e.text[dash])) dash--;
  const lineStart = e.text.lastIndexOf('\n', dash) + 1;
  if (e.text[dash] !== '-' || e.text.slice(lineStart, dash).trim() !== '') return null;
  return [lineStart, afterLineOf(e.text, entry.range[1])];
}

// Document API fallback for layouts the splices do not handle (flow collections, anchors):
// comments survive, but yaml re-formats the file.

function documentUpsert(e: Editable, record: DecisionRecord): string {
  const seq = ensureSeq(e.doc);
  const target = entriesFor(seq, record.fingerprint).at(-1);
  if (!target) seq.items.push(createEntry(record));
  else if (!updateEntry(target, record)) return e.text;
  return toEol(e.doc.toString(RENDER), e.eol);
}

function documentDelete(e: Editable, fingerprint: string): string {
  if (e.seq) e.seq.items = e.seq.items.filter((item) => !(isMap(item) && fingerprintOf(item) === fingerprint));
  return toEol(e.doc.toString(RENDER), e.eol);
}

function ensureSeq(doc: Document.Parsed): YAMLSeq {
  if (!isMap(doc.contents)) doc.contents = new YAMLMap() as Document.Parsed['contents'];
  const root = doc.contents as YAMLMap;
  const current = root.get('decisions', true);
  if (isSeq(current) && current.items.length > 0) return current;
  const seq = new YAMLSeq();
  root.set('decisions', seq);
  return seq;
}

// Nodes and rendering.

/**
 * Sets the entry's fields to `record`, keeping key order, quoting style and comments; unknown keys
 * stay. Returns whether anything changed.
 */
function updateEntry(entry: YAMLMap, record: DecisionRecord): boolean {
  let changed = false;
  for (const key of WRITTEN) {
    const value = record[key];
    if (value !== undefined) changed = setField(entry, key, value) || changed;
    else if (key !== 'about') changed = deleteField(entry, key) || changed; // `about` stays when the caller gives none
  }
  return changed;
}

function findPair(entry: YAMLMap, key: string): number {
  return entry.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
}

function setField(entry: YAMLMap, key: string, value: string | number): boolean {
  const pair = entry.items[findPair(entry, key)];
  if (!pair) entry.items.push(field(key, value));
  else if (!isScalar(pair.value) || typeof pair.value.value !== typeof value) pair.value = newScalar(key, value);
  else if (pair.value.value !== value) pair.value.value = value;
  else return false;
  return true;
}

/** Removes a field; a comment written above it moves to the next field rather than vanish. */
function deleteField(entry: YAMLMap, key: string): boolean {
  const i = findPair(entry, key);
  if (i < 0) return false;
  const [removed] = entry.items.splice(i, 1);
  const comment = isNode(removed.key) ? removed.key.commentBefore : undefined;
  const next = entry.items[i]?.key;
  if (comment && isNode(next)) next.commentBefore = next.commentBefore ? `${comment}\n${next.commentBefore}` : comment;
  return true;
}

function newScalar(key: string, value: string | number): Scalar {
  const scalar = new Scalar(value);
  if (key === 'decision') scalar.type = Scalar.PLAIN;
  return scalar;
}

function field(key: string, value: string | number): Pair {
  return new Pair(new Scalar(key), newScalar(key, value));
}

function mapOf(pairs: Pair[]): YAMLMap {
  const map = new YAMLMap();
  map.items.push(...pairs);
  return map;
}

function createEntry(record: DecisionRecord): YAMLMap {
  return mapOf(WRITTEN.flatMap((key) => {
    const value = record[key];
    return value === undefined ? [] : [field(key, value)];
  }));
}

function renderNode(node: YAMLMap): string {
  const doc = new Document();
  doc.contents = node;
  return doc.toString(RENDER).replace(/\n$/, '');
}

/** A new list entry as whole lines: `- ` at `indent`, its fields aligned under the first. */
function entryLines(record: DecisionRecord, indent: number, eol: string): string {
  const body = indentTail(renderNode(createEntry(record)), indent + 2);
  return toEol(`${' '.repeat(indent)}- ${body}`, eol) + eol;
}

// Text helpers.

/** Indents every line but the first (which goes where the old text began); blank lines stay empty. */
function indentTail(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text.replace(/\n(?=[^\n])/g, `\n${pad}`);
}

function toEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

function column(e: Editable, offset: number): number {
  return e.lines.linePos(offset).col - 1;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The start of the line after the one on which offset `end` closes a span. */
function afterLineOf(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const i = text.indexOf('\n', end);
  return i < 0 ? text.length : i + 1;
}

/** Inserts whole lines at a line start, or at the end of a file that lacks a final line break. */
function insertLines(e: Pick<Editable, 'text' | 'eol'>, at: number, lines: string): string {
  const needsBreak = at === e.text.length && e.text !== '' && !e.text.endsWith('\n');
  return splice(e.text, at, at, (needsBreak ? e.eol : '') + lines);
}

// ---------------------------------------------------------------------------------------------
// Files: read-modify-write under a lock, atomic, retried when someone else changed the file.
//
// The temp file is `<file>.lock`, created exclusively (O_EXCL): while it exists, other Corpus
// Review writers (this process or another) wait; renaming it over the file installs the new text
// and releases the lock in one step, as git does with index.lock. People and other tools do not
// take the lock, so the file is compared with what was read just before the rename, and the
// whole read-modify-write is redone when it changed.

/** A lock older than this was left by a writer that died: it is removed. */
const STALE_LOCK_MS = 5_000;
const LOCK_WAIT_MS = 10_000;

/** Writers in this process queue per file, so they take turns without polling the lock. */
const queues = new Map<string, Promise<unknown>>();

function serialized<T>(file: string, task: () => Promise<T>): Promise<T> {
  const key = path.resolve(file);
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

type Attempt = 'written' | 'unchanged' | 'raced';

/** Applies `edit` to the file's current text; resolves to whether the file changed. */
function modifyFile(file: string, edit: (text: string, file: string) => string): Promise<boolean> {
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
async function attemptEdit(file: string, edit: (text: string, file: string) => string): Promise<Attempt> {
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

async function acquireLock(lock: string, file: string): Promise<fsp.FileHandle> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return await fsp.open(lock, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (await isStale(lock)) await fsp.rm(lock, { force: true });
    else if (Date.now() > deadline) throw new Error(`${file}: another writer holds ${lock}; delete it if no Corpus Review is running`);
    else await sleep(5 + Math.random() * 20);
  }
}

async function isStale(lock: string): Promise<boolean> {
  try {
    return Date.now() - (await fsp.stat(lock)).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // gone already: the next open will tell
  }
}

/** The new bytes, or null when the edit changes nothing. Keeps a BOM; throws on text it cannot safely edit. */
function editBytes(before: Buffer | null, file: string, edit: (text: string, file: string) => string): Buffer | null {
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

async function readBytes(file: string): Promise<Buffer | null> {
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
function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
