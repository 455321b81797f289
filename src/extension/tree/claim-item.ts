// How a claim looks in every view: `164 killed · وزارة الصحة · 2022-01-10`, a warning icon when a
// finding is open on it, and a click that opens the article with the figure selected.
import * as vscode from 'vscode';
import type { Claim, Finding } from '../../core';
import { figureLabel } from '../../core/consistency/figures';
import { isolateRuns, joinIsolated } from '../bidi';
import type { CorpusModel } from '../corpus-model';
import { statusLabel } from '../labels';
import { escapeMarkdown } from '../../core/report/markdown-text';
import { rangeOf } from '../ranges';

export function claimSummary(c: Claim): string {
  const what = [c.metric, c.scope].filter(Boolean).join('/');
  return joinIsolated([`${figureLabel(c)} ${what}`, c.source, c.date, c.status === 'reported' ? null : statusLabel(c.status)]);
}

export function claimItem(model: CorpusModel, c: Claim, id: string, description?: string): vscode.TreeItem {
  const item = new vscode.TreeItem(claimSummary(c), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = description ?? c.path;
  const open = model.findingsOf(c.id).filter((f) => !f.review);
  item.iconPath = claimIcon(c, open);
  item.contextValue = 'claim';
  item.tooltip = claimTooltip(c, open);
  item.command = openClaimCommand(model, c);
  return item;
}

export function openClaimCommand(model: CorpusModel, c: Claim): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: rangeOf(c), preserveFocus: false };
  return { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.file(model.absolute(c.path)), options] };
}

function claimIcon(c: Claim, open: readonly Finding[]): vscode.ThemeIcon {
  if (open.some((f) => f.severity === 'error')) return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (open.some((f) => f.severity === 'warning')) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  if (open.length > 0) return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  return new vscode.ThemeIcon(c.status === 'retracted' ? 'circle-slash' : 'symbol-number');
}

function claimTooltip(c: Claim, open: readonly Finding[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(c.text)}** — ${escapeMarkdown(c.path)}:${c.line + 1}:${c.character + 1}\n\n`);
  for (const f of open) md.appendMarkdown(`- ${escapeMarkdown(isolateRuns(f.message))}\n`);
  return md;
}
