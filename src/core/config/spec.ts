// Small combinators that read a YAML node tree into typed values. Each invalid entry is
// dropped with a problem that names its key path and points at the offending node; every
// valid sibling is kept.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { closest } from './closest';
import type { FileProblem } from './types';

/** What a reading pass needs and where its problems go. */
export interface ReadContext {
  readonly doc: Document.Parsed;
  readonly text: string;
  readonly lineCounter: LineCounter;
  readonly path: string;
  readonly problems: FileProblem[];
  /** The nodes being read, outermost first: an alias back into one of them is a cycle. */
  readonly open: Set<Node>;
  /** How many more values may be read: a guard against alias bombs. */
  budget: number;
}

/**
 * Where a value sits: its key path (`metrics.killed.kind`) and the node to point at. `node` is
 * null for an empty value (`key:`); `anchor` is then the key, so the problem still has a place.
 */
export interface At {
  readonly path: string;
  readonly node: Node | null;
  readonly anchor: Node | null;
}

/** Reads one value; reports a problem and returns undefined when it cannot be used. */
export type Spec<T> = (at: At, cx: ReadContext) => T | undefined;

/** Fields of an object type, each with the spec of its (defined) value. */
export type Fields<T> = { [K in keyof T]-?: Spec<Exclude<T[K], undefined>> };

type Range = readonly [number, number, number];

function rangeOf(node: Node | null): Range | undefined {
  return node?.range ?? undefined;
}

/** Reports an error at the span of `node` (a collection: its first line only). */
function report(cx: ReadContext, node: Node | null, message: string): void {
  const range = rangeOf(node);
  let start = range ? range[0] : 0;
  let end = range ? range[1] : 0;
  if (range && (isMap(node) || isSeq(node))) {
    const eol = cx.text.slice(start, end).search(/[\r\n]/);
    if (eol >= 0) end = start + eol;
  }
  while (end > start && /\s/.test(cx.text[end - 1])) end--;
  start = Math.min(start, cx.text.length);
  end = Math.min(Math.max(end, start), cx.text.length);
  cx.problems.push(problemAt(cx, start, end, message, 'error'));
}

/** A problem spanning the offsets `[start, end)`; the end column is exclusive. */
export function problemAt(cx: Pick<ReadContext, 'lineCounter' | 'path'>, start: number, end: number, message: string, severity: FileProblem['severity']): FileProblem {
  const from = cx.lineCounter.linePos(start);
  const to = cx.lineCounter.linePos(end);
  return { path: cx.path, line: from.line, column: from.col, endLine: to.line, endColumn: to.col, message, severity };
}

function prefix(path: string): string {
  return path ? `${path}: ` : '';
}

/** `path.key`, or `key` at the top level. */
function child(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** How a value is shown in a message: strings quoted (and cut when long), collections named. */
function describe(node: Node | null): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return `the alias *${node.source}`;
  const value: unknown = isScalar(node) ? node.value : null;
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const chars = [...value];
    return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid timestamp' : `the timestamp ${value.toISOString()}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return 'a value of another kind';
}

/** `node` if it has text, else the key it belongs to (for `key:` with no value). */
function placed(node: Node | null, key: Node | null): Node | null {
  const range = rangeOf(node);
  return range && range[1] > range[0] ? node : (key ?? node);
}

/**
 * Reads the value of `node` with `spec`, following an alias (`*name`) to its anchor. Refuses an
 * unknown anchor, a collection that contains itself, and more nodes than `cx.budget` (alias bombs).
 */
export function readAt<T>(spec: Spec<T>, path: string, node: Node | null, key: Node | null, cx: ReadContext): T | undefined {
  const anchor = placed(node, key);
  if (--cx.budget < 0) {
    if (cx.budget === -1) report(cx, anchor, `${prefix(path)}too many values (aliases expand beyond what a configuration can hold)`);
    return undefined;
  }
  let target = node;
  if (isAlias(node)) {
    target = node.resolve(cx.doc) ?? null;
    if (!target) {
      report(cx, anchor, `${prefix(path)}unknown alias *${node.source} (an anchor &${node.source} must come before it)`);
      return undefined;
    }
  }
  if (target && cx.open.has(target)) {
    report(cx, anchor, `${prefix(path)}alias refers to a collection that contains it`);
    return undefined;
  }
  if (target) cx.open.add(target);
  try {
    return spec({ path, node: target, anchor }, cx);
  } finally {
    if (target) cx.open.delete(target);
  }
}

/**
 * A scalar: `take` returns the value to keep, or undefined to refuse it with
 * `<path>: expected <expected>, got <value>` and the `hint`, if any, in brackets.
 */
export function scalar<T>(expected: string, take: (value: unknown) => T | undefined, hint?: (value: unknown) => string | undefined): Spec<T> {
  return (at, cx) => {
    const collection = isMap(at.node) || isSeq(at.node);
    const value: unknown = isScalar(at.node) ? at.node.value : null;
    const taken = collection ? undefined : take(value);
    if (taken !== undefined) return taken;
    const why = collection ? undefined : hint?.(value);
    report(cx, at.anchor, `${prefix(at.path)}expected ${expected}, got ${describe(at.node)}${why ? ` (${why})` : ''}`);
    return undefined;
  };
}

/** One of a fixed set of strings; a near miss gets a suggestion. */
export function oneOf<T extends string>(values: readonly T[]): Spec<T> {
  const isValue = (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
  return scalar(
    `one of ${values.map((v) => `"${v}"`).join(', ')}`,
    (v) => (isValue(v) ? v : undefined),
    (v) => suggestion(typeof v === 'string' ? closest(v, values) : undefined),
  );
}

function suggestion(near: string | undefined): string | undefined {
  return near === undefined ? undefined : `did you mean "${near}"?`;
}

/**
 * A list of `item`s; invalid items are dropped one by one. A list left empty by the drops is
 * dropped whole (the default applies), and so is an empty list when `nonEmpty` (it would match nothing).
 */
export function list<T>(item: Spec<T>, what: string, nonEmpty = false): Spec<T[]> {
  return (at, cx) => {
    if (!isSeq(at.node)) {
      const value: unknown = isScalar(at.node) ? at.node.value : undefined;
      const hint = typeof value === 'string' ? ` (write a list even for one item: [${JSON.stringify(value)}])` : '';
      report(cx, at.anchor, `${prefix(at.path)}expected a list of ${what}, got ${describe(at.node)}${hint}`);
      return undefined;
    }
    if (nonEmpty && at.node.items.length === 0) {
      report(cx, at.anchor, `${prefix(at.path)}expected a non-empty list of ${what}, got an empty list (leave the key out for the default)`);
      return undefined;
    }
    const out: T[] = [];
    at.node.items.forEach((node, i) => {
      const value = readAt(item, `${at.path}[${i}]`, isNodeOrNull(node), null, cx);
      if (value !== undefined) out.push(value);
    });
    return out.length === 0 && at.node.items.length > 0 ? undefined : out;
  };
}

/** Narrows what a collection holds (the `yaml` types allow `unknown` items). */
function isNodeOrNull(value: unknown): Node | null {
  return isAlias(value) || isScalar(value) || isMap(value) || isSeq(value) ? value : null;
}

/** The key of a pair as a string, as `toJS` would make it; undefined for a collection key. */
function keyName(pair: Pair<unknown, unknown>, cx: ReadContext): string | undefined {
  if (pair.key === null || pair.key === undefined) return '';
  const key = isAlias(pair.key) ? pair.key.resolve(cx.doc) : pair.key;
  if (!isScalar(key)) return undefined;
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

/** Calls `each` for every pair of a mapping with a usable key; reports the others. */
function eachPair(at: At, cx: ReadContext, what: string, each: (name: string, key: Node | null, value: Node | null) => void): boolean {
  if (!isMap(at.node)) {
    report(cx, at.anchor, `${prefix(at.path)}expected a mapping of ${what}, got ${describe(at.node)}`);
    return false;
  }
  for (const pair of at.node.items) {
    const key = isNodeOrNull(pair.key);
    const name = keyName(pair, cx);
    if (name === undefined) report(cx, key, `${prefix(at.path)}keys must be plain names, not ${describe(key)}`);
    else each(name, key ?? at.anchor, isNodeOrNull(pair.value));
  }
  return true;
}

/**
 * A mapping with known keys: an unknown key or an invalid value is dropped with a problem; the
 * whole object is refused only when a `required` key is missing or invalid.
 */
export function record<T extends object>(fields: Fields<T>, what: string, required: readonly (keyof T & string)[] = []): Spec<T> {
  const names = Object.keys(fields);
  return (at, cx) => {
    const out: Partial<Record<string, unknown>> = {};
    const present = new Set<string>();
    const ok = eachPair(at, cx, what, (name, key, value) => {
      if (!Object.hasOwn(fields, name)) {
        const near = suggestion(closest(name, names));
        report(cx, key, `${prefix(at.path)}unknown key ${JSON.stringify(name)}${near ? ` (${near})` : ''}`);
        return;
      }
      present.add(name);
      const spec: Spec<unknown> = fields[name as keyof T];
      const read = readAt(spec, child(at.path, name), value, key, cx);
      if (read !== undefined) out[name] = read;
    });
    if (!ok) return undefined;
    const missing = required.filter((name) => !present.has(name));
    for (const name of missing) report(cx, at.anchor, `${prefix(at.path)}missing required key "${name}"`);
    if (required.some((name) => !(name in out))) return undefined;
    return out as T;
  };
}

/** A mapping from ids (checked against `id`) to values; a bad entry is dropped alone. */
export function dict<T>(id: { pattern: RegExp; what: string }, value: Spec<T>, what: string): Spec<Record<string, T>> {
  return (at, cx) => {
    const out: Record<string, T> = {};
    const ok = eachPair(at, cx, what, (name, key, node) => {
      if (!id.pattern.test(name)) {
        const lower = name.toLowerCase();
        const near = id.pattern.test(lower) ? ` (did you mean "${lower}"?)` : '';
        report(cx, key, `${prefix(at.path)}${JSON.stringify(name)} is not a valid ${id.what}: use lowercase letters, digits and "-", starting with a letter${near}`);
        return;
      }
      const read = readAt(value, child(at.path, name), node, key, cx);
      if (read !== undefined) out[name] = read;
    });
    return ok ? out : undefined;
  };
}
