import type { ArticleSummary, CheckResult, Claim, Finding, ReviewDecision, SkippedFile } from '../consistency/types';

/**
 * `corpus-review check --format json`: the whole result, pretty-printed, with a trailing newline.
 * Every object is rebuilt field by field so the key order is the same whatever order (or extra
 * fields) the input objects have: output diffs stay readable from one run to the next.
 */
export function formatJson(result: CheckResult): string {
  const doc: CheckResult = {
    version: 1,
    articles: result.articles.map(article),
    claims: result.claims.map(claim),
    findings: result.findings.map(finding),
    skipped: result.skipped.map(skipped),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function article(a: ArticleSummary): ArticleSummary {
  return {
    path: a.path,
    language: a.language,
    title: a.title,
    date: a.date,
    source: a.source,
    url: a.url,
    claims: a.claims,
    quotes: a.quotes,
  };
}

function claim(c: Claim): Claim {
  return {
    id: c.id,
    path: c.path,
    start: c.start,
    end: c.end,
    line: c.line,
    character: c.character,
    text: c.text,
    metric: c.metric,
    scope: c.scope,
    location: c.location,
    part: c.part,
    value: c.value,
    low: c.low,
    high: c.high,
    precision: c.precision,
    unit: c.unit,
    date: c.date,
    source: c.source,
    status: c.status,
    quoted: c.quoted,
  };
}

function finding(f: Finding): Finding {
  return {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    metric: f.metric,
    scope: f.scope,
    location: f.location,
    message: f.message,
    claims: [...f.claims],
    fingerprint: f.fingerprint,
    review: f.review ? review(f.review) : null,
  };
}

/** Optional fields are left out when absent (JSON.stringify drops `undefined`). */
function review(r: ReviewDecision): ReviewDecision {
  return {
    fingerprint: r.fingerprint,
    decision: r.decision,
    figure: r.figure,
    note: r.note,
    by: r.by,
    at: r.at,
  };
}

function skipped(s: SkippedFile): SkippedFile {
  return { path: s.path, reason: s.reason };
}
