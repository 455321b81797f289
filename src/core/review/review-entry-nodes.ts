// The YAML nodes of a review entry: building, updating and rendering them the way the file is written.
import { Document, isNode, isScalar, Pair, Scalar, YAMLMap } from 'yaml';
import type { ToStringOptions } from 'yaml';
import { ENTRY_KEYS } from './parse-review';
import type { DecisionRecord } from './review-store';

/** Fields in the order a new entry is written. */
export const WRITTEN = ENTRY_KEYS;

export const RENDER: ToStringOptions = { lineWidth: 0, doubleQuotedAsJSON: true, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' };

/**
 * Sets the entry's fields to `record`, keeping key order, quoting style and comments; unknown keys
 * stay. Returns whether anything changed.
 */
export function updateEntry(entry: YAMLMap, record: DecisionRecord): boolean {
  let changed = false;
  for (const key of WRITTEN) {
    const value = record[key];
    if (value !== undefined) changed = setField(entry, key, value) || changed;
    else if (key !== 'about') changed = deleteField(entry, key) || changed; // `about` stays when the caller gives none
  }
  return changed;
}

export function findPair(entry: YAMLMap, key: string): number {
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

export function createEntry(record: DecisionRecord): YAMLMap {
  return mapOf(WRITTEN.flatMap((key) => {
    const value = record[key];
    return value === undefined ? [] : [field(key, value)];
  }));
}

/** A new field's text: `key: value`. */
export function renderField(key: string, value: string | number): string {
  return renderNode(mapOf([field(key, value)]));
}

/** A node's text without the final line break. */
export function renderNode(node: YAMLMap | Scalar): string {
  const doc = new Document();
  doc.contents = node;
  return doc.toString(RENDER).replace(/\n$/, '');
}
