// corpus-review.review.yaml: reviewers' decisions on findings, keyed by fingerprint.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, YAMLError, YAMLMap } from 'yaml';
import type { FileProblem } from '../config/types';
import type { Decision, ReviewDecision } from '../consistency/types';

export const DECISIONS: readonly Decision[] = ['accepted', 'dismissed', 'update'];

/** Keys an entry may carry; `about` is context for people and is ignored on read. */
export const ENTRY_KEYS = ['fingerprint', 'decision', 'figure', 'note', 'by', 'at', 'about'] as const;

export interface ParsedReview {
  decisions: Map<string, ReviewDecision>;
  problems: FileProblem[];
}

/** One parse for every reader and writer of the file, so they agree on what is a YAML error. */
export function parseReviewDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  return parseDocument(text, { lineCounter, prettyErrors: false });
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** ISO 8601 date or date-time, as people write it or as `Date.prototype.toISOString` does. */
export function isTimestamp(value: string): boolean {
  const iso = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  return iso.test(value) && !Number.isNaN(Date.parse(value));
}

type Span = readonly [number, number, ...number[]];

/** Collects problems with 1-based positions (a leading BOM is not a column; `endColumn` is exclusive). */
class Reporter {
  readonly problems: FileProblem[] = [];
  constructor(
    private readonly path: string,
    private readonly lines: LineCounter,
    private readonly length: number,
  ) {}

  at(span: Span | undefined, message: string, severity: FileProblem['severity']): void {
    const start = Math.min(span?.[0] ?? 0, this.length);
    const end = Math.min(Math.max(span?.[1] ?? start, start), this.length);
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(end);
    this.problems.push({ path: this.path, line: from.line, column: from.col, endLine: to.line, endColumn: to.col, message, severity });
  }

  lineOf(span: Span | undefined): number {
    return this.lines.linePos(Math.min(span?.[0] ?? 0, this.length)).line;
  }
}

/**
 * Reads the text of `corpus-review.review.yaml` (`path` is only used in problems). Never throws.
 * A YAML error voids the whole file, as for `corpus-review.yaml`; otherwise an entry without a
 * usable `fingerprint` or `decision` is dropped with an error, a bad optional field is ignored
 * with a warning, and when a fingerprint repeats the last entry wins. Problems are sorted.
 */
export function parseReview(text: string, path: string): ParsedReview {
  const source = stripBom(text);
  const lines = new LineCounter();
  const report = new Reporter(path, lines, source.length);
  let decisions = new Map<string, ReviewDecision>();
  try {
    const doc = parseReviewDocument(source, lines);
    const yamlProblem = (e: YAMLError, severity: FileProblem['severity']) => report.at(e.pos, `YAML: ${e.message.split('\n')[0]}`, severity);
    doc.errors.forEach((e) => yamlProblem(e, 'error'));
    doc.warnings.forEach((e) => yamlProblem(e, 'warning'));
    if (doc.errors.length === 0) decisions = readRoot(report, doc.contents);
  } catch (e) {
    report.at(undefined, `internal error while reading the review file: ${(e as Error).message}`, 'error');
    decisions = new Map();
  }
  report.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { decisions, problems: report.problems };
}

function keyName(key: unknown): string | null {
  return isScalar(key) && typeof key.value === 'string' ? key.value : null;
}

function describeKey(name: string | null): string {
  return name === null ? '(not a plain name)' : `\`${name}\``;
}

function isNull(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function spanOf(node: unknown): Span | undefined {
  return (node as { range?: Span } | null)?.range;
}

function readRoot(report: Reporter, root: Node | null): Map<string, ReviewDecision> {
  if (isNull(root)) return new Map();
  if (!isMap(root)) {
    report.at(spanOf(root), 'expected a mapping with a `decisions:` list', 'error');
    return new Map();
  }
  let decisions = new Map<string, ReviewDecision>();
  for (const pair of root.items) {
    const name = keyName(pair.key);
    if (name === 'decisions') decisions = readDecisions(report, pair.value);
    else report.at(spanOf(pair.key), `unknown key ${describeKey(name)} (ignored)`, 'warning');
  }
  return decisions;
}

function readDecisions(report: Reporter, node: unknown): Map<string, ReviewDecision> {
  const decisions = new Map<string, ReviewDecision>();
  if (isNull(node)) return decisions;
  if (!isSeq(node)) {
    report.at(spanOf(node), '`decisions` must be a list of entries', 'error');
    return decisions;
  }
  const seen = new Map<string, Span | undefined>();
  for (const item of node.items) {
    const entry = readEntry(report, item);
    if (!entry) continue;
    const { fingerprint } = entry.decision;
    if (seen.has(fingerprint)) {
      const message = `duplicate fingerprint: the entry at line ${report.lineOf(entry.span)} overrides this one`;
      report.at(seen.get(fingerprint), message, 'warning');
      decisions.delete(fingerprint);
    }
    seen.set(fingerprint, entry.span);
    decisions.set(fingerprint, entry.decision);
  }
  return decisions;
}

interface Entry {
  decision: ReviewDecision;
  /** Where its fingerprint is written. */
  span: Span | undefined;
}

function readEntry(report: Reporter, node: unknown): Entry | null {
  if (!isMap(node)) {
    report.at(spanOf(node), 'each decision must be a mapping with `fingerprint` and `decision` (entry ignored)', 'error');
    return null;
  }
  const fields = entryFields(report, node);
  if (!fields) return null;
  const fingerprint = requiredText(report, node, fields.get('fingerprint'), 'fingerprint');
  const decision = requiredDecision(report, node, fields.get('decision'));
  if (fingerprint === null || decision === null) return null;
  const out: ReviewDecision = { fingerprint, decision };
  readOptional(report, out, fields);
  return { decision: out, span: spanOf(fields.get('fingerprint')) };
}

/** The entry's values by key, or null when it uses an alias (not supported: an entry stays readable on its own). */
function entryFields(report: Reporter, map: YAMLMap): Map<string, unknown> | null {
  const fields = new Map<string, unknown>();
  for (const pair of map.items) {
    if (isAlias(pair.value) || isAlias(pair.key)) {
      report.at(spanOf(isAlias(pair.key) ? pair.key : pair.value), 'aliases are not supported in the review file (entry ignored)', 'error');
      return null;
    }
    const name = keyName(pair.key);
    if (name !== null && (ENTRY_KEYS as readonly string[]).includes(name)) fields.set(name, pair.value);
    else report.at(spanOf(pair.key), `unknown key ${describeKey(name)} in a decision (ignored)`, 'warning');
  }
  return fields;
}

function requiredText(report: Reporter, entry: YAMLMap, node: unknown, key: string): string | null {
  if (node === undefined) {
    report.at(spanOf(entry.items[0]?.key) ?? spanOf(entry), `missing \`${key}\` (entry ignored)`, 'error');
    return null;
  }
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
  report.at(spanOf(node) ?? spanOf(entry), `\`${key}\` must be a non-empty string (entry ignored)`, 'error');
  return null;
}

function requiredDecision(report: Reporter, entry: YAMLMap, node: unknown): Decision | null {
  const value = requiredText(report, entry, node, 'decision');
  if (value === null) return null;
  const decision = DECISIONS.find((d) => d === value);
  if (decision) return decision;
  report.at(spanOf(node), `\`decision\` must be one of ${DECISIONS.join(', ')} (entry ignored)`, 'error');
  return null;
}

function readOptional(report: Reporter, out: ReviewDecision, fields: Map<string, unknown>): void {
  const figure = fields.get('figure');
  if (figure !== undefined && !isNull(figure)) {
    const value = isScalar(figure) ? figure.value : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) out.figure = value;
    else report.at(spanOf(figure), '`figure` must be a number (ignored)', 'warning');
  }
  for (const key of ['note', 'by'] as const) {
    const value = optionalText(report, fields.get(key), key);
    if (value !== undefined) out[key] = value;
  }
  const at = optionalText(report, fields.get('at'), 'at');
  if (at !== undefined && isTimestamp(at)) out.at = at;
  else if (at !== undefined) report.at(spanOf(fields.get('at')), '`at` must be an ISO 8601 date or time such as 2026-11-24T10:00:00Z (ignored)', 'warning');
}

/** A text field; a number or boolean is taken as written, since people type `by: 42`. */
function optionalText(report: Reporter, node: unknown, key: string): string | undefined {
  if (node === undefined || isNull(node)) return undefined;
  if (isScalar(node)) {
    const { value } = node;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return node.source ?? String(value);
  }
  report.at(spanOf(node), `\`${key}\` must be text (ignored)`, 'warning');
  return undefined;
}
