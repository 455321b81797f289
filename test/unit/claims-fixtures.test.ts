/**
 * Claims and consistency findings on hand-written fixtures (see the README in each folder).
 *
 * - test/fixtures/claims/<name>.txt|.md with <name>.expected.yaml: `extractText(path, text).claims`
 *   must be exactly the listed claims (matched by span), each with the listed fields, and none of
 *   the `not_claims` numbers may be a claim.
 * - test/fixtures/consistency/<case>/ with expected.yaml: `checkCorpus(dir)` must give exactly the
 *   listed findings, compared as a set of (rule, metric, scope, sorted distinct figures); the
 *   figures are the values of the claims a finding names, looked up in `result.claims`.
 *
 * The expectations were written from the specification of claims and consistency, not from the
 * engine's output. A claim is located by its span text and the n-th (1-based) occurrence of that
 * exact string in the file, counting only hits that are not part of a longer written number (no
 * digit, and no `,` `.` `٬` `٫` `/` `:` `-` followed by a digit, directly before or after).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { checkCorpus, extractText } from '../../src/core';
import type { Claim, ClaimStatus } from '../../src/core/claims/types';
import { RULES, type RuleId } from '../../src/core/consistency/types';
import { lineStarts, positionOf } from './helpers/positions';

const ROOT = path.resolve(__dirname, '../../..');
const CLAIMS_DIR = path.join(ROOT, 'test', 'fixtures', 'claims');
const CONSISTENCY_DIR = path.join(ROOT, 'test', 'fixtures', 'consistency');
const STATUSES: readonly ClaimStatus[] = ['reported', 'unconfirmed', 'retracted'];

interface ExpectedClaim {
  text: string;
  occurrence: number;
  metric: string;
  scope: string | null;
  value: number;
  part: boolean;
  status: ClaimStatus;
  /** Absent: not checked; null: must be null; a string: the engine's source must contain it. */
  source?: string | null;
  /** Absent: not checked; else must be equal. */
  date?: string | null;
  /** Absent: not checked; null: must be null; a string: the engine's location must contain it. */
  location?: string | null;
}

interface NotClaim {
  text: string;
  /** Absent: every occurrence. */
  occurrence?: number;
}

interface ExpectedFinding {
  rule: RuleId;
  metric: string;
  scope: string | null;
  figures: number[];
}

function readUtf8(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

// ---------------------------------------------------------------------------------------------
// Locating a string in a fixture

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const SEPARATOR = /[.,\u066B\u066C/:-]/;

function isDigit(s: string, i: number): boolean {
  return i >= 0 && i < s.length && DIGIT.test(s[i]);
}

/** False when the hit at [at, at+len) continues a longer written number on either side. */
function standalone(s: string, at: number, len: number): boolean {
  const end = at + len;
  if (isDigit(s, at)) {
    if (isDigit(s, at - 1)) return false;
    if (at >= 2 && SEPARATOR.test(s[at - 1]) && isDigit(s, at - 2)) return false;
  }
  if (isDigit(s, end - 1)) {
    if (isDigit(s, end)) return false;
    if (end + 1 < s.length && SEPARATOR.test(s[end]) && isDigit(s, end + 1)) return false;
  }
  return true;
}

/** Start offsets of every standalone occurrence of `needle`, in text order. */
function occurrences(s: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = s.indexOf(needle); at !== -1; at = s.indexOf(needle, at + 1)) {
    if (standalone(s, at, needle.length)) out.push(at);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading the expectation files

function fail(file: string, what: string): never {
  throw new Error(`${file}: bad expectation file: ${what}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalString(file: string, where: string, v: unknown): string | null | undefined {
  if (v === undefined || v === null || typeof v === 'string') return v;
  fail(file, `${where} must be a string or null`);
}

function readClaimExpectations(file: string): { claims: ExpectedClaim[]; notClaims: NotClaim[] } {
  const doc: unknown = parse(readUtf8(file));
  if (!isObject(doc)) fail(file, 'not a YAML mapping');
  const rawClaims = doc.claims ?? [];
  const rawNot = doc.not_claims ?? [];
  if (!Array.isArray(rawClaims)) fail(file, '`claims` must be a list');
  if (!Array.isArray(rawNot)) fail(file, '`not_claims` must be a list');
  const claims = rawClaims.map((c: unknown, i): ExpectedClaim => {
    const where = `claims[${i}]`;
    if (!isObject(c)) fail(file, `${where} must be a mapping`);
    if (typeof c.text !== 'string' || c.text === '') fail(file, `${where}.text must be a non-empty string`);
    if (typeof c.metric !== 'string') fail(file, `${where}.metric must be a string`);
    if (!('scope' in c) || (c.scope !== null && typeof c.scope !== 'string')) fail(file, `${where}.scope must be given: a string or null`);
    if (typeof c.value !== 'number') fail(file, `${where}.value must be a number`);
    const occurrence = c.occurrence ?? 1;
    if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1) fail(file, `${where}.occurrence must be a positive integer`);
    const part = c.part ?? false;
    if (typeof part !== 'boolean') fail(file, `${where}.part must be true or false`);
    const status = c.status ?? 'reported';
    if (!STATUSES.includes(status as ClaimStatus)) fail(file, `${where}.status must be one of ${STATUSES.join(', ')}`);
    const want: ExpectedClaim = {
      text: c.text,
      occurrence,
      metric: c.metric,
      scope: c.scope as string | null,
      value: c.value,
      part,
      status: status as ClaimStatus,
    };
    if ('source' in c) want.source = optionalString(file, `${where}.source`, c.source) ?? null;
    if ('date' in c) want.date = optionalString(file, `${where}.date`, c.date) ?? null;
    if ('location' in c) want.location = optionalString(file, `${where}.location`, c.location) ?? null;
    return want;
  });
  const notClaims = rawNot.map((n: unknown, i): NotClaim => {
    if (typeof n === 'string' && n !== '') return { text: n };
    if (isObject(n) && typeof n.text === 'string' && n.text !== '') {
      const occurrence = n.occurrence;
      if (occurrence !== undefined && (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1)) {
        fail(file, `not_claims[${i}].occurrence must be a positive integer`);
      }
      return { text: n.text, occurrence: occurrence as number | undefined };
    }
    fail(file, `not_claims[${i}] must be a non-empty string or { text, occurrence }`);
  });
  return { claims, notClaims };
}

function readFindingExpectations(file: string): ExpectedFinding[] {
  const doc: unknown = parse(readUtf8(file));
  if (!isObject(doc)) fail(file, 'not a YAML mapping');
  const none = doc.no_findings === true;
  if (none && doc.findings !== undefined) fail(file, 'give either `findings` or `no_findings: true`, not both');
  if (none) return [];
  if (!Array.isArray(doc.findings)) fail(file, '`findings` must be a list (or use `no_findings: true`)');
  return doc.findings.map((f: unknown, i): ExpectedFinding => {
    const where = `findings[${i}]`;
    if (!isObject(f)) fail(file, `${where} must be a mapping`);
    if (!RULES.includes(f.rule as RuleId)) fail(file, `${where}.rule must be one of ${RULES.join(', ')}`);
    if (typeof f.metric !== 'string') fail(file, `${where}.metric must be a string`);
    if (!('scope' in f) || (f.scope !== null && typeof f.scope !== 'string')) fail(file, `${where}.scope must be given: a string or null`);
    if (!Array.isArray(f.figures) || f.figures.length < 2 || !f.figures.every((x) => typeof x === 'number')) {
      fail(file, `${where}.figures must be a list of at least two numbers`);
    }
    return { rule: f.rule as RuleId, metric: f.metric, scope: f.scope as string | null, figures: f.figures as number[] };
  });
}

// ---------------------------------------------------------------------------------------------
// Comparing

/** Arabic diacritics and tatweel removed, whitespace collapsed: for "contains" comparisons. */
function loose(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function contains(got: string | null, want: string): boolean {
  return got !== null && (got.includes(want) || loose(got).includes(loose(want)));
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const show = (v: unknown): string => JSON.stringify(v);

function claimLine(c: Claim): string {
  return `"${c.text}" (line ${c.line + 1}, col ${c.character + 1}) ${c.metric}/${c.scope ?? 'null'} value ${c.value}` +
    `${c.part ? ' part' : ''} status ${c.status} source ${show(c.source)} date ${show(c.date)}`;
}

function fieldProblems(want: ExpectedClaim, got: Claim): string[] {
  const out: string[] = [];
  const diff = (field: string, w: unknown, g: unknown): void => {
    out.push(`${field}: expected ${show(w)}, got ${show(g)}`);
  };
  if (got.metric !== want.metric) diff('metric', want.metric, got.metric);
  if (got.scope !== want.scope) diff('scope', want.scope, got.scope);
  if (typeof got.value !== 'number' || !sameNumber(got.value, want.value)) diff('value', want.value, got.value);
  if (got.part !== want.part) diff('part', want.part, got.part);
  if (got.status !== want.status) diff('status', want.status, got.status);
  if (want.source !== undefined) {
    if (want.source === null ? got.source !== null : !contains(got.source, want.source)) {
      diff(want.source === null ? 'source' : 'source (must contain)', want.source, got.source);
    }
  }
  if (want.date !== undefined && got.date !== want.date) diff('date', want.date, got.date);
  if (want.location !== undefined) {
    if (want.location === null ? got.location !== null : !contains(got.location, want.location)) {
      diff(want.location === null ? 'location' : 'location (must contain)', want.location, got.location);
    }
  }
  return out;
}

function claimProblems(text: string, wants: ExpectedClaim[], notClaims: NotClaim[], claims: Claim[]): string[] {
  const problems: string[] = [];
  const starts = lineStarts(text);
  const where = (offset: number): string => {
    const p = positionOf(starts, offset);
    return `line ${p.line + 1}, col ${p.character + 1}`;
  };
  const used = new Set<Claim>();
  const wantedSpans: Array<[number, number]> = [];

  for (const want of wants) {
    const label = `"${want.text}"${want.occurrence > 1 ? ` (occurrence ${want.occurrence})` : ''}`;
    const at = occurrences(text, want.text)[want.occurrence - 1];
    if (at === undefined) {
      problems.push(`fixture error: ${label} does not occur in the file`);
      continue;
    }
    const end = at + want.text.length;
    wantedSpans.push([at, end]);
    const exact = claims.find((c) => !used.has(c) && c.start === at && c.end === end);
    const overlapping = exact ?? claims.find((c) => !used.has(c) && c.start < end && at < c.end);
    if (!overlapping) {
      problems.push(`missing claim ${label} at ${where(at)}: expected ${want.metric}/${want.scope ?? 'null'} value ${want.value}`);
      continue;
    }
    used.add(overlapping);
    const issues = fieldProblems(want, overlapping);
    if (!exact) issues.unshift(`span: expected "${want.text}", got "${overlapping.text}"`);
    if (issues.length > 0) problems.push(`claim ${label} at ${where(at)}: ${issues.join('; ')}`);
  }

  const flagged = new Set<Claim>();
  for (const nc of notClaims) {
    const all = occurrences(text, nc.text);
    if (all.length === 0 || (nc.occurrence !== undefined && all[nc.occurrence - 1] === undefined)) {
      problems.push(`fixture error: not_claims "${nc.text}"${nc.occurrence ? ` (occurrence ${nc.occurrence})` : ''} does not occur in the file`);
      continue;
    }
    const hits = nc.occurrence !== undefined ? [all[nc.occurrence - 1]] : all;
    for (const at of hits) {
      const end = at + nc.text.length;
      // A string listed as a non-claim may also sit inside a listed claim's span; that hit is not meant.
      if (nc.occurrence === undefined && wantedSpans.some(([s, e]) => s <= at && end <= e)) continue;
      for (const c of claims) {
        if (c.start < end && at < c.end && !used.has(c)) {
          flagged.add(c);
          problems.push(`not a claim: "${nc.text}" at ${where(at)} was reported as ${claimLine(c)}`);
        }
      }
    }
  }

  for (const c of claims) {
    if (!used.has(c) && !flagged.has(c)) problems.push(`unexpected claim ${claimLine(c)}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Fixture discovery

function listClaimFixtures(): string[] {
  if (!fs.existsSync(CLAIMS_DIR)) return [];
  return fs
    .readdirSync(CLAIMS_DIR)
    .filter((f) => /\.(txt|md)$/i.test(f) && f.toLowerCase() !== 'readme.md')
    .sort();
}

function listConsistencyCases(): string[] {
  if (!fs.existsSync(CONSISTENCY_DIR)) return [];
  return fs
    .readdirSync(CONSISTENCY_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const expectationFor = (article: string): string => article.replace(/\.(txt|md)$/i, '.expected.yaml');

// ---------------------------------------------------------------------------------------------

describe('claims fixtures (test/fixtures/claims)', () => {
  const articles = listClaimFixtures();

  test('the fixtures are there, each with its expectation file', () => {
    assert.ok(articles.length >= 16, `expected at least 16 articles in ${CLAIMS_DIR}, found ${articles.length}`);
    const missing = articles.filter((a) => !fs.existsSync(path.join(CLAIMS_DIR, expectationFor(a))));
    assert.deepEqual(missing, [], `articles without an .expected.yaml: ${missing.join(', ')}`);
    const orphans = fs
      .readdirSync(CLAIMS_DIR)
      .filter((f) => f.endsWith('.expected.yaml'))
      .filter((f) => !articles.some((a) => expectationFor(a) === f));
    assert.deepEqual(orphans, [], `.expected.yaml files without an article: ${orphans.join(', ')}`);
  });

  for (const name of articles) {
    test(name, () => {
      const expectation = path.join(CLAIMS_DIR, expectationFor(name));
      const { claims: wants, notClaims } = readClaimExpectations(expectation);
      const text = readUtf8(path.join(CLAIMS_DIR, name));
      const rel = `test/fixtures/claims/${name}`;
      const { claims } = extractText(rel, text);
      const problems = claimProblems(text, wants, notClaims, claims);
      assert.deepEqual(
        problems,
        [],
        `${rel}: ${problems.length} problem(s) against ${path.basename(expectation)}\n  - ${problems.join('\n  - ')}`,
      );
    });
  }
});

describe('consistency fixtures (test/fixtures/consistency)', () => {
  const cases = listConsistencyCases();

  test('the cases are there, each with expected.yaml and 2 to 4 articles', () => {
    assert.ok(cases.length >= 8, `expected at least 8 cases in ${CONSISTENCY_DIR}, found ${cases.length}`);
    const bad = cases.filter((c) => {
      const dir = path.join(CONSISTENCY_DIR, c);
      const articles = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/i.test(f));
      return !fs.existsSync(path.join(dir, 'expected.yaml')) || articles.length < 2 || articles.length > 4;
    });
    assert.deepEqual(bad, [], `cases without expected.yaml or without 2–4 articles: ${bad.join(', ')}`);
  });

  for (const name of cases) {
    test(name, async () => {
      const dir = path.join(CONSISTENCY_DIR, name);
      const wants = readFindingExpectations(path.join(dir, 'expected.yaml'));
      const result = await checkCorpus(dir);
      const byId = new Map(result.claims.map((c) => [c.id, c]));

      const key = (rule: string, metric: string, scope: string | null, figures: number[]): string => {
        const distinct = [...new Set(figures)].sort((a, b) => a - b);
        return `${rule} ${metric}/${scope ?? 'null'} [${distinct.join(', ')}]`;
      };
      const problems: string[] = [];
      const got = new Map<string, string[]>();
      for (const f of result.findings) {
        const claims: Claim[] = [];
        for (const id of f.claims) {
          const c = byId.get(id);
          if (c) claims.push(c);
          else problems.push(`finding ${f.id} (${f.rule}) names claim ${id}, which is not in result.claims`);
        }
        const k = key(f.rule, f.metric, f.scope, claims.map((c) => c.value));
        const detail = claims.map((c) => `${path.basename(c.path)}:${c.line + 1} "${c.text}" (${c.date ?? 'no date'}, ${c.status})`);
        got.set(k, [...(got.get(k) ?? []), `${f.id}: ${detail.join(' vs ')}`]);
      }
      const expected = new Set(wants.map((w) => key(w.rule, w.metric, w.scope, w.figures)));
      for (const k of expected) if (!got.has(k)) problems.push(`missing finding: ${k}`);
      for (const [k, details] of got) {
        if (!expected.has(k)) problems.push(`unexpected finding: ${k} — ${details.join(' | ')}`);
      }
      const claimList = result.claims.map((c) => `    ${path.basename(c.path)}: ${claimLine(c)}`).join('\n');
      assert.deepEqual(
        problems,
        [],
        `test/fixtures/consistency/${name}: expected ${expected.size === 0 ? 'no findings' : [...expected].join('; ')}\n  - ` +
          `${problems.join('\n  - ')}\n  claims found:\n${claimList}`,
      );
    });
  }
});
