import type { ArticleSummary, CheckResult, Claim, Finding, ReviewDecision, SkippedFile } from '../consistency/types';

// The documented key order of each object; anything else an input object carries is dropped.
const ARTICLE_KEYS = ['path', 'language', 'title', 'date', 'source', 'url', 'claims', 'quotes'] as const satisfies ReadonlyArray<keyof ArticleSummary>;
const CLAIM_KEYS = [
  'id', 'path', 'start', 'end', 'line', 'character', 'text', 'metric', 'scope', 'location', 'part',
  'value', 'low', 'high', 'precision', 'unit', 'date', 'source', 'status', 'quoted',
] as const satisfies ReadonlyArray<keyof Claim>;
const FINDING_KEYS = ['id', 'rule', 'severity', 'metric', 'scope', 'location', 'message', 'claims', 'fingerprint'] as const satisfies ReadonlyArray<keyof Finding>;
/** Optional fields are left out when absent (JSON.stringify drops `undefined`). */
const REVIEW_KEYS = ['fingerprint', 'decision', 'figure', 'note', 'by', 'at'] as const satisfies ReadonlyArray<keyof ReviewDecision>;
const SKIPPED_KEYS = ['path', 'reason'] as const satisfies ReadonlyArray<keyof SkippedFile>;

function pick<T, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = value[k];
  return out;
}

/**
 * `corpus-review check --format json`: the whole result, pretty-printed, with a trailing newline.
 * Every object is rebuilt key by key so the key order is the same whatever order (or extra
 * fields) the input objects have: output diffs stay readable from one run to the next.
 */
export function formatJson(result: CheckResult): string {
  const doc = {
    version: 1,
    articles: result.articles.map((a) => pick(a, ARTICLE_KEYS)),
    claims: result.claims.map((c) => pick(c, CLAIM_KEYS)),
    findings: result.findings.map((f) => ({ ...pick(f, FINDING_KEYS), claims: [...f.claims], review: f.review ? pick(f.review, REVIEW_KEYS) : null })),
    skipped: result.skipped.map((s) => pick(s, SKIPPED_KEYS)),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
