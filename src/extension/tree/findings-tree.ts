// The Findings view: each finding (open ones first) → its claims, with inline actions to accept a
// figure, dismiss the finding or mark it as an update; reviewed findings can be reopened.
import * as vscode from 'vscode';
import type { Claim, Finding } from '../../core';
import { isolateRuns } from '../bidi';
import { decisionLabel, ruleLabel } from '../labels';
import { claimItem } from './claim-item';
import { CorpusTree } from './corpus-tree';

export type FindingNode = { kind: 'finding'; finding: Finding } | { kind: 'claim'; claim: Claim; finding: Finding };

const ICONS: Record<Finding['severity'], [string, string]> = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  information: ['info', 'problemsInfoIcon.foreground'],
  hint: ['lightbulb', 'problemsInfoIcon.foreground'],
};

export class FindingsTree extends CorpusTree<FindingNode> {

  getChildren(node?: FindingNode): FindingNode[] {
    if (!node) {
      const shown = this.model.result.findings.filter((f) => this.shows(f));
      const open = shown.filter((f) => !f.review);
      return [...open, ...shown.filter((f) => f.review)].map((finding) => ({ kind: 'finding', finding }));
    }
    if (node.kind === 'claim') return [];
    return this.model.claimsOfFinding(node.finding).map((claim) => ({ kind: 'claim', claim, finding: node.finding }));
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

  private shows(f: Finding): boolean {
    if (!this.filter.active) return true;
    if (this.filter.metric !== null && f.metric !== this.filter.metric) return false;
    return this.filter.textIn(f.message) || this.model.claimsOfFinding(f).some((c) => this.filter.claim(c));
  }
}
