// Hover on a figure: its normalised value and interval, kind, and — when it is a claim — metric,
// group, source, date, status, and what the other articles say about the same thing, with links.
import * as vscode from 'vscode';
import type { Claim, ExtractedNumber } from '../core';
import { figureLabel } from '../core/consistency/figures';
import { isolateRuns, joinIsolated } from './bidi';
import type { CorpusModel } from './corpus-model';
import { decisionLabel, kindLabel, precisionLabel, statusLabel } from './labels';
import { escapeMarkdown } from '../core/report/markdown-text';

/** Other articles listed in a hover, at most. */
const OTHERS_SHOWN = 12;

export class FigureHover implements vscode.HoverProvider {
  constructor(private readonly model: CorpusModel) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const rel = this.model.relative(doc.uri.fsPath);
    if (!rel) return undefined;
    const text = doc.getText();
    const file = this.model.detail(rel, text);
    const offset = doc.offsetAt(position);
    const number = file?.numbers.find((n) => n.start <= offset && offset < n.end);
    if (!file || !number) return undefined;
    const claim = file.claims.find((c) => c.start === number.start);
    const md = new vscode.MarkdownString(undefined, true);
    describeNumber(md, number);
    if (claim) this.describeClaim(md, claim);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(number.start), doc.positionAt(number.end)));
  }

  private describeClaim(md: vscode.MarkdownString, c: Claim): void {
    const row = (label: string, value: string | null): void => {
      if (value) md.appendMarkdown(`${label}: ${escapeMarkdown(value)}  \n`);
    };
    md.appendMarkdown('\n\n---\n\n');
    row(vscode.l10n.t('Counts'), [c.metric, c.scope].filter(Boolean).join(' / '));
    row(vscode.l10n.t('Place'), c.location);
    row(vscode.l10n.t('Source'), c.source ?? vscode.l10n.t('not stated'));
    const article = this.model.article(c.path);
    row(vscode.l10n.t('Article'), article ? [article.title, article.source, article.date].filter(Boolean).join(' · ') : null);
    row(vscode.l10n.t('Date'), c.date ?? vscode.l10n.t('unknown'));
    row(vscode.l10n.t('Status'), statusLabel(c.status));
    if (c.part) row(vscode.l10n.t('Part'), vscode.l10n.t('of a total stated just before; not compared'));
    // open findings are in the diagnostics' hover already; reviewed ones are said here
    for (const f of this.model.findingsOf(c.id).filter((x) => x.review)) {
      md.appendMarkdown(`\n$(pass) ${escapeMarkdown(isolateRuns(f.message))} (${escapeMarkdown(decisionLabel(f.review!))})\n`);
    }
    const others = this.model.comparedWith(c).filter((o) => o.path !== c.path);
    md.appendMarkdown(`\n\n**${escapeMarkdown(vscode.l10n.t('Other articles'))}**${others.length ? '' : `: ${escapeMarkdown(vscode.l10n.t('none report this'))}`}\n\n`);
    for (const o of others.slice(0, OTHERS_SHOWN)) {
      // the opener selects `#L<line>,<column>`; the comma stays unencoded for it
      const link = `${vscode.Uri.file(this.model.absolute(o.path)).toString()}#L${o.line + 1},${o.character + 1}`;
      const disputed = this.model.findingsOf(o.id).some((f) => !f.review && f.claims.includes(c.id));
      const details = joinIsolated([o.source, o.date, o.status === 'reported' ? null : statusLabel(o.status)]);
      md.appendMarkdown(`- ${disputed ? '$(warning) ' : ''}**${escapeMarkdown(figureLabel(o))}** — [${escapeMarkdown(o.path)}:${o.line + 1}](${link})${details ? ` (${escapeMarkdown(details)})` : ''}\n`);
    }
    if (others.length > OTHERS_SHOWN) md.appendMarkdown(`\n${escapeMarkdown(vscode.l10n.t('…and {0} more', others.length - OTHERS_SHOWN))}\n`);
  }
}

function describeNumber(md: vscode.MarkdownString, n: ExtractedNumber): void {
  const value = n.value === null ? '—' : n.value.toLocaleString('en-US');
  md.appendMarkdown(`**${escapeMarkdown(n.text)}** = ${escapeMarkdown(value)}`);
  if (n.low !== n.value || n.high !== n.value) md.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('interval {0}', interval(n)))}`);
  md.appendMarkdown(`  \n${escapeMarkdown([kindLabel(n.kind), precisionLabel(n.precision), n.quoted ? vscode.l10n.t('quoted') : null].filter(Boolean).join(' · '))}`);
}

function interval(n: ExtractedNumber): string {
  const end = (v: number | null, open: string): string => (v === null ? open : v.toLocaleString('en-US'));
  return `[${end(n.low, '−∞')}, ${end(n.high, '∞')}]`;
}
