import type { ArticleSummary, CheckResult, Claim, Finding, ReviewDecision, Severity } from '../consistency/types';
import { hasRightToLeft, isolate, LRI, PDI } from '../text/bidi';
import { escapeMarkdown } from './markdown-text';

/**
 * `corpus-review check --format markdown`: a report to read or attach to an issue, with a summary
 * table, each finding with its claims as a table, the articles and the skipped files.
 *
 * Corpus text is untrusted: every string taken from it is escaped (Markdown and HTML syntax,
 * table pipes, line breaks) and so can neither format nor inject markup. Right-to-left text is
 * wrapped in Unicode isolates so an Arabic cell cannot reorder its neighbours, and paths are
 * isolated left to right so `path:line:column` reads in order even for an Arabic file name.
 */
export function formatMarkdown(result: CheckResult): string {
  const claims = new Map(result.claims.map((c) => [c.id, c]));
  const out: string[] = ['# Corpus Review report', '', ...summaryTable(result), ''];

  out.push('## Findings', '');
  if (!result.findings.length) out.push('No findings.', '');
  for (const f of result.findings) out.push(...finding(f, claims));

  out.push('## Articles', '');
  if (!result.articles.length) out.push('No articles.', '');
  else out.push(...articlesTable(result.articles), '');

  if (result.skipped.length) {
    out.push('## Skipped files', '');
    out.push(...table(['File', 'Reason'], ['---', '---'], result.skipped.map((s) => [path(s.path), prose(s.reason)])), '');
  }
  return out.join('\n');
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', information: 'Information', hint: 'Hints' };

function summaryTable(result: CheckResult): string[] {
  const rows: string[][] = [
    ['Articles', String(result.articles.length)],
    ['Claims', String(result.claims.length)],
    ['Findings', String(result.findings.length)],
  ];
  for (const s of SEVERITIES) {
    const n = result.findings.filter((f) => f.severity === s).length;
    if (n || s !== 'hint') rows.push([`${SEVERITY_LABEL[s]}`, String(n)]);
  }
  rows.push(['Reviewed', String(result.findings.filter((f) => f.review !== null).length)]);
  rows.push(['Skipped files', String(result.skipped.length)]);
  return table(['', 'Count'], ['---', '---:'], rows);
}

function finding(f: Finding, claims: Map<string, Claim>): string[] {
  const what = [f.metric, f.scope, f.location].filter((s): s is string => s !== null).map(prose).join(' · ');
  const out = [`### ${prose(f.id)} · ${f.severity} · ${f.rule} · ${what}`, '', paragraph(f.message), ''];
  if (f.review) out.push(`**Reviewed:** ${review(f.review)}`, '');
  const rows = f.claims.map((id) => {
    const c = claims.get(id);
    return c ? claimRow(c) : [prose(id), '(claim not in the result)', '', '', '', '', '', '', ''];
  });
  out.push(...table(['Where', 'Figure', 'Value', 'Metric', 'Scope', 'Location', 'Source', 'Date', 'Status'], Array<string>(9).fill('---'), rows), '');
  return out;
}

function claimRow(c: Claim): string[] {
  const status: string[] = [c.status];
  if (c.quoted) status.push('quoted');
  if (c.part) status.push('part of a total');
  return [
    path(`${c.path}:${c.line + 1}:${c.character + 1}`),
    prose(c.text),
    prose(interval(c)),
    prose(c.metric),
    optional(c.scope),
    optional(c.location),
    optional(c.source),
    optional(c.date),
    prose(status.join(', ')),
  ];
}

/** `120`, `≥ 150`, `135–165`, `≤ 20`, with the unit for money. */
function interval(c: Claim): string {
  const unit = c.unit ? ` ${c.unit}` : '';
  if (c.low === c.high && (c.low === null || c.low === c.value)) return `${c.value}${unit}`;
  if (c.high === null) return `≥ ${c.low ?? c.value}${unit}`;
  if (c.low === null) return `≤ ${c.high}${unit}`;
  return `${c.low}–${c.high}${unit}`;
}

function review(r: ReviewDecision): string {
  let s = `**${r.decision}**`;
  if (r.decision === 'accepted' && r.figure !== undefined) s += ` (figure ${r.figure})`;
  if (r.by) s += ` by ${prose(r.by)}`;
  if (r.at) s += ` at ${prose(r.at)}`;
  if (r.note) s += `: ${prose(r.note)}`;
  return s;
}

function articlesTable(articles: ArticleSummary[]): string[] {
  const rows = articles.map((a) => [
    path(a.path),
    a.language,
    optional(a.title),
    optional(a.source),
    optional(a.date),
    a.url === null ? '—' : path(a.url),
    String(a.claims),
    String(a.quotes),
  ]);
  return table(['Article', 'Language', 'Title', 'Source', 'Date', 'URL', 'Claims', 'Quotes'], ['---', '---', '---', '---', '---', '---', '---:', '---:'], rows);
}

/** Cells must already be escaped. */
function table(header: string[], align: string[], rows: string[][]): string[] {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)];
}

function optional(s: string | null): string {
  return s === null || s === '' ? '—' : prose(s);
}

/** Untrusted text standing alone at the start of a line: also keep it from opening a list or a heading. */
function paragraph(s: string): string {
  const escaped = prose(s);
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') || '—';
}

/** Untrusted text in the direction of its first strong character, isolated when it holds right-to-left letters. */
function prose(s: string): string {
  return isolate(escapeMarkdown(s));
}

/** A path or URL: always read left to right, whatever its letters. */
function path(s: string): string {
  const escaped = escapeMarkdown(s);
  return hasRightToLeft(escaped) ? LRI + escaped + PDI : escaped;
}
