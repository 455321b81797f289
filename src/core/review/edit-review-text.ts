// Pure edits of the review file's text (BOM removed): a decision is recorded or removed by
// editing the entry as a yaml node and splicing back only its text, so everything outside it stays
// byte for byte; layouts the splices do not handle fall back to the Document API. Every result is
// parsed again and must read back as intended, or the edit is refused.
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import type { Document } from 'yaml';
import type { ReviewDecision } from '../consistency/types';
import { parseReview, parseReviewDocument } from './parse-review';
import { createEntry, findPair, renderField, renderNode, RENDER, updateEntry, WRITTEN } from './review-entry-nodes';
import type { DecisionRecord } from './review-store';

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

/** The text with `record` in effect: its entry replaced in place (the last one for its fingerprint) or appended. */
export function upsertText(text: string, file: string, record: DecisionRecord): string {
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

/** The text without any entry for `fingerprint`. */
export function deleteText(text: string, file: string, fingerprint: string): string {
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
    if (value !== undefined && !pair) added.push(renderField(key, value));
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
  return { start: old.range[0], end: old.range[1], text: renderNode(scalar) };
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

/** A new list entry as whole lines: `- ` at `indent`, its fields aligned under the first. */
function entryLines(record: DecisionRecord, indent: number, eol: string): string {
  const body = indentTail(renderNode(createEntry(record)), indent + 2);
  return toEol(`${' '.repeat(indent)}- ${body}`, eol) + eol;
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
