import type { CheckResult, Claim, Finding, ReviewDecision } from '../consistency/types';

/**
 * `corpus-review check --format text`, for people at a terminal: each finding (severity, rule,
 * id, message, review decision) with its claims as `path:line:col  text  metric/scope  source ·
 * date · status` (1-based, so terminals make them links), then a one-line summary, then the
 * skipped files with their reasons. Corpus text is shown on one line with control characters
 * and bidi overrides neutralised, so an article cannot rewrite the terminal or the line.
 */
export function formatText(result: CheckResult): string {
  const claims = new Map(result.claims.map((c) => [c.id, c]));
  const lines: string[] = [];
  for (const f of result.findings) {
    const review = f.review ? `  [${reviewLabel(f.review)}]` : '';
    lines.push(`${f.severity} ${f.rule} (${clean(f.id)}): ${clean(f.message)}${review}`);
    for (const id of f.claims) {
      const c = claims.get(id);
      lines.push(c ? `  ${claimLine(c)}` : `  ${clean(id)}  (claim not in the result)`);
    }
    lines.push('');
  }
  lines.push(summary(result));
  if (result.skipped.length) {
    lines.push(`Skipped ${count(result.skipped.length, 'file', 'files')}:`);
    for (const s of result.skipped) lines.push(`  ${clean(s.path)}: ${clean(s.reason)}`);
  }
  return lines.join('\n') + '\n';
}

function claimLine(c: Claim): string {
  const what = (c.scope ? `${c.metric}/${c.scope}` : c.metric) + (c.location ? ` (${c.location})` : '');
  const facts = [c.source ?? 'unknown source', c.date ?? 'unknown date', c.status];
  if (c.quoted) facts.push('quoted');
  if (c.part) facts.push('part of a total');
  return `${clean(c.path)}:${c.line + 1}:${c.character + 1}  ${clean(c.text)}  ${clean(what)}  ${facts.map(clean).join(' · ')}`;
}

/** `dismissed by mona: not the same district`, `accepted 120 by mona`, `update`. */
function reviewLabel(r: ReviewDecision): string {
  let label: string = r.decision;
  if (r.decision === 'accepted' && r.figure !== undefined) label += ` ${r.figure}`;
  if (r.by) label += ` by ${r.by}`;
  if (r.note) label += `: ${r.note}`;
  return clean(label);
}

/** `8 articles, 40 claims, 5 findings (1 error, 3 warnings, 1 information); 2 reviewed`. */
function summary(result: CheckResult): string {
  const by = (s: Finding['severity']): number => result.findings.filter((f) => f.severity === s).length;
  const severities = [count(by('error'), 'error', 'errors'), count(by('warning'), 'warning', 'warnings'), `${by('information')} information`];
  const hints = by('hint');
  if (hints) severities.push(count(hints, 'hint', 'hints'));
  const reviewed = result.findings.filter((f) => f.review !== null).length;
  return (
    `${count(result.articles.length, 'article', 'articles')}, ${count(result.claims.length, 'claim', 'claims')}, ` +
    `${count(result.findings.length, 'finding', 'findings')} (${severities.join(', ')}); ${reviewed} reviewed`
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One line of untrusted text: runs of white space become one space, other control characters
 * (escape sequences) U+FFFD, and bidi embeddings, overrides and isolates are dropped so they
 * cannot reorder the rest of the line. Left-to-right and right-to-left marks stay.
 */
function clean(s: string): string {
  return (
    s
      .replace(/\s+/g, ' ')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD')
      .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
  );
}
