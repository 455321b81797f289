// Reads and writes corpus-review.review.yaml at the corpus root. A write edits the file's text in
// place (edit-review-text.ts), atomically and under a lock (review-file.ts).
import path from 'node:path';
import type { FileProblem } from '../config/types';
import type { ReviewDecision } from '../consistency/types';
import { deleteText, upsertText } from './edit-review-text';
import { DECISIONS, isTimestamp, parseReview } from './parse-review';
import type { ParsedReview } from './parse-review';
import { decodeUtf8, modifyFile, readBytes } from './review-file';

export const REVIEW_FILE = 'corpus-review.review.yaml';

export interface LoadedReview extends ParsedReview {
  /** The file read, or null when the corpus has none. */
  path: string | null;
}

/** A decision as recorded: `about` is a line of context for people, written but never read back. */
export type DecisionRecord = ReviewDecision & { about?: string };

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
