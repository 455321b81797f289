// The Findings view: each open finding, then its claims; clicking a claim opens the article at it.
import * as vscode from 'vscode';
import type { Claim, Finding } from '../../core';
import type { CorpusModel } from '../corpus-model';
import { rangeOf } from '../diagnostics';

type Node = { kind: 'finding'; finding: Finding } | { kind: 'claim'; claim: Claim; parent: Finding };

const ICONS: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' };

export class FindingsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: CorpusModel) {
    this.subscription = model.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: Node): Node[] {
    const { findings, claims } = this.model.result;
    if (!node) return findings.map((finding) => ({ kind: 'finding', finding }));
    if (node.kind === 'claim') return [];
    const byId = new Map(claims.map((c) => [c.id, c]));
    return node.finding.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined).map((claim) => ({ kind: 'claim', claim, parent: node.finding }));
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'claim' ? { kind: 'finding', finding: node.parent } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'finding') {
      const f = node.finding;
      const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = f.review ? f.review.decision : f.rule;
      item.iconPath = new vscode.ThemeIcon(f.review ? 'pass' : ICONS[f.severity]);
      item.contextValue = f.review ? 'finding.reviewed' : 'finding.open';
      item.tooltip = new vscode.MarkdownString().appendText(`${f.rule} · ${f.severity}\n\n${f.message}`);
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(`${c.text} ${[c.metric, c.scope].filter(Boolean).join('/')}`, vscode.TreeItemCollapsibleState.None);
    item.description = [c.path, c.source, c.date, c.status === 'reported' ? null : c.status].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(c.status === 'retracted' ? 'circle-slash' : 'symbol-number');
    item.contextValue = 'claim';
    item.command = {
      command: 'vscode.open',
      title: 'Open',
      arguments: [vscode.Uri.file(this.model.absolute(c.path)), { selection: rangeOf(c) } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }

  /** Open findings, for the view's badge. */
  openCount(): number {
    return this.model.result.findings.filter((f) => !f.review).length;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
