// The Findings view: each finding (open ones first) → its claims, with inline actions to accept a
// figure, dismiss the finding or mark it as an update; reviewed findings can be reopened.
import * as vscode from 'vscode';
import type { Claim, Finding } from '../../core';
import { isolateRuns } from '../bidi';
import type { CorpusModel } from '../corpus-model';
import { decisionLabel, ruleLabel } from '../labels';
import { claimItem } from './claim-item';
import type { TreeFilter } from './tree-filter';

export type FindingNode = { kind: 'finding'; finding: Finding } | { kind: 'claim'; claim: Claim; finding: Finding };

const ICONS: Record<Finding['severity'], [string, string]> = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  information: ['info', 'problemsInfoIcon.foreground'],
  hint: ['lightbulb', 'problemsInfoIcon.foreground'],
};

export class FindingsTree implements vscode.TreeDataProvider<FindingNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly model: CorpusModel,
    private readonly filter: TreeFilter,
  ) {
    this.subscriptions = [model.onDidChange(() => this.changed.fire()), filter.onDidChange(() => this.changed.fire())];
  }

  getChildren(node?: FindingNode): FindingNode[] {
    if (!node) {
      const shown = this.model.result.findings.filter((f) => this.shows(f));
      const open = shown.filter((f) => !f.review);
      return [...open, ...shown.filter((f) => f.review)].map((finding) => ({ kind: 'finding', finding }));
    }
    if (node.kind === 'claim') return [];
    return this.claimsOf(node.finding).map((claim) => ({ kind: 'claim', claim, finding: node.finding }));
  }

  getParent(node: FindingNode): FindingNode | undefined {
    return node.kind === 'claim' ? { kind: 'finding', finding: node.finding } : undefined;
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    if (node.kind === 'claim') {
      const item = claimItem(this.model, node.claim, `finding:${node.finding.fingerprint}:${node.claim.id}`);
      item.contextValue = node.finding.review ? 'claim.reviewed' : 'claim.open';
      return item;
    }
    const f = node.finding;
    const item = new vscode.TreeItem(isolateRuns(f.message), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `finding:${f.fingerprint}`;
    item.description = f.review ? decisionLabel(f.review) : ruleLabel(f.rule);
    const [icon, color] = ICONS[f.severity];
    item.iconPath = f.review ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    item.contextValue = f.review ? 'finding.reviewed' : 'finding.open';
    const tooltip = new vscode.MarkdownString().appendText(`${ruleLabel(f.rule)} · ${f.severity}\n\n${isolateRuns(f.message)}`);
    if (f.review?.note) tooltip.appendText(`\n\n${f.review.note}`);
    item.tooltip = tooltip;
    return item;
  }

  /** Open findings, for the view's badge and the status bar. */
  openCount(): number {
    return this.model.result.findings.filter((f) => !f.review).length;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }

  private claimsOf(f: Finding): Claim[] {
    return f.claims.map((id) => this.model.claim(id)).filter((c): c is Claim => c !== undefined);
  }

  private shows(f: Finding): boolean {
    if (!this.filter.active) return true;
    if (this.filter.metric !== null && f.metric !== this.filter.metric) return false;
    return this.filter.textIn(f.message) || this.claimsOf(f).some((c) => this.filter.claim(c));
  }
}
