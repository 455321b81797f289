// The Figures view: metric → scope → each distinct figure with how many articles report it → the
// mentions. A figure some open finding disputes stands out with a warning icon and a description.
import * as vscode from 'vscode';
import type { Claim } from '../../core';
import { figureLabel } from '../../core/consistency/figures';
import { claimItem } from './claim-item';
import { CorpusTree } from './corpus-tree';

export type FigureNode =
  | { kind: 'metric'; metric: string }
  | { kind: 'scope'; metric: string; scope: string | null }
  | { kind: 'figure'; metric: string; scope: string | null; label: string }
  | { kind: 'mention'; claim: Claim };

type Figures = Map<string, Map<string | null, Map<string, Claim[]>>>;

const ANY_SCOPE = '';

export class FiguresTree extends CorpusTree<FigureNode> {
  private figures: Figures | null = null;

  protected override refresh(): void {
    this.figures = null;
    super.refresh();
  }

  getChildren(node?: FigureNode): FigureNode[] {
    const figures = (this.figures ??= this.build());
    if (!node) return [...figures.keys()].sort().map((metric) => ({ kind: 'metric', metric }));
    switch (node.kind) {
      case 'metric':
        return [...(figures.get(node.metric)?.keys() ?? [])]
          .sort((a, b) => (a ?? ANY_SCOPE).localeCompare(b ?? ANY_SCOPE))
          .map((scope) => ({ kind: 'scope', metric: node.metric, scope }));
      case 'scope':
        return [...this.figuresOf(node.metric, node.scope).entries()]
          .sort(([, a], [, b]) => a[0].value - b[0].value || a[0].low! - b[0].low!)
          .map(([label]) => ({ kind: 'figure', metric: node.metric, scope: node.scope, label }));
      case 'figure':
        return (this.figuresOf(node.metric, node.scope).get(node.label) ?? []).map((claim) => ({ kind: 'mention', claim }));
      default:
        return [];
    }
  }

  getParent(node: FigureNode): FigureNode | undefined {
    switch (node.kind) {
      case 'scope':
        return { kind: 'metric', metric: node.metric };
      case 'figure':
        return { kind: 'scope', metric: node.metric, scope: node.scope };
      case 'mention':
        return { kind: 'figure', metric: node.claim.metric, scope: node.claim.scope, label: figureLabel(node.claim) };
      default:
        return undefined;
    }
  }

  getTreeItem(node: FigureNode): vscode.TreeItem {
    switch (node.kind) {
      case 'metric': {
        const item = new vscode.TreeItem(node.metric, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `metric:${node.metric}`;
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        return item;
      }
      case 'scope': {
        const item = new vscode.TreeItem(node.scope ?? vscode.l10n.t('(any group)'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `scope:${node.metric}:${node.scope ?? ANY_SCOPE}`;
        item.description = vscode.l10n.t('{0} figures', this.figuresOf(node.metric, node.scope).size);
        return item;
      }
      case 'figure':
        return this.figureItem(node);
      case 'mention':
        return claimItem(this.model, node.claim, `mention:${node.claim.id}`);
    }
  }

  private figureItem(node: Extract<FigureNode, { kind: 'figure' }>): vscode.TreeItem {
    const claims = this.figuresOf(node.metric, node.scope).get(node.label) ?? [];
    const articles = new Set(claims.map((c) => c.path)).size;
    const disputed = claims.some((c) => this.model.findingsOf(c.id).some((f) => !f.review && f.rule !== 'update'));
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `figure:${node.metric}:${node.scope ?? ANY_SCOPE}:${node.label}`;
    const reported = vscode.l10n.t('{0} articles', articles);
    item.description = disputed ? `${reported} · ${vscode.l10n.t('disputed')}` : reported;
    item.iconPath = disputed ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('circle-small-filled');
    item.contextValue = disputed ? 'figure.disputed' : 'figure';
    return item;
  }

  private figuresOf(metric: string, scope: string | null): Map<string, Claim[]> {
    return this.figures?.get(metric)?.get(scope) ?? new Map();
  }

  private build(): Figures {
    const out: Figures = new Map();
    for (const c of this.model.result.claims) {
      if (!this.filter.claim(c, this.model.article(c.path)?.title ?? null)) continue;
      let scopes = out.get(c.metric);
      if (!scopes) out.set(c.metric, (scopes = new Map()));
      let figures = scopes.get(c.scope);
      if (!figures) scopes.set(c.scope, (figures = new Map()));
      const label = figureLabel(c);
      const list = figures.get(label);
      if (list) list.push(c);
      else figures.set(label, [c]);
    }
    return out;
  }
}
