// The Articles view: each article → its claims grouped by metric, and its quotations.
import * as vscode from 'vscode';
import type { ArticleSummary, Claim, QuoteMention } from '../../core';
import { isolate, joinIsolated } from '../bidi';
import { readOpenOrDisk } from '../documents';
import { LineIndex } from '../../core/text/lines';
import { rangeAt } from '../ranges';
import { claimItem } from './claim-item';
import { CorpusTree } from './corpus-tree';

export type ArticleNode =
  | { kind: 'article'; article: ArticleSummary }
  | { kind: 'metric'; path: string; metric: string }
  | { kind: 'quotes'; path: string }
  | { kind: 'claim'; claim: Claim }
  | { kind: 'quote'; path: string; quote: QuoteMention; range: vscode.Range };

export class ArticlesTree extends CorpusTree<ArticleNode> {

  async getChildren(node?: ArticleNode): Promise<ArticleNode[]> {
    if (!node) return this.model.result.articles.filter((a) => this.shows(a)).map((article) => ({ kind: 'article', article }));
    switch (node.kind) {
      case 'article': {
        const claims = this.claimsOf(node.article.path);
        const metrics = [...new Set(claims.map((c) => c.metric))];
        const out: ArticleNode[] = metrics.map((metric) => ({ kind: 'metric', path: node.article.path, metric }));
        if (node.article.quotes > 0 && this.filter.metric === null) out.push({ kind: 'quotes', path: node.article.path });
        return out;
      }
      case 'metric':
        return this.claimsOf(node.path)
          .filter((c) => c.metric === node.metric)
          .map((claim) => ({ kind: 'claim', claim }));
      case 'quotes':
        return (await this.quotesOf(node.path)).map(({ quote, range }) => ({ kind: 'quote', path: node.path, quote, range }));
      default:
        return [];
    }
  }

  getParent(node: ArticleNode): ArticleNode | undefined {
    const path = node.kind === 'article' ? null : node.kind === 'claim' ? node.claim.path : node.path;
    if (path === null) return undefined;
    if (node.kind === 'claim') return { kind: 'metric', path, metric: node.claim.metric };
    if (node.kind === 'quote') return { kind: 'quotes', path };
    const article = this.model.article(path);
    return article && { kind: 'article', article };
  }

  getTreeItem(node: ArticleNode): vscode.TreeItem {
    switch (node.kind) {
      case 'article':
        return this.articleItem(node.article);
      case 'metric': {
        const count = this.claimsOf(node.path).filter((c) => c.metric === node.metric).length;
        const item = new vscode.TreeItem(node.metric, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `metric:${node.path}:${node.metric}`;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon('symbol-number');
        return item;
      }
      case 'quotes': {
        const item = new vscode.TreeItem(vscode.l10n.t('Quotations'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `quotes:${node.path}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        return item;
      }
      case 'claim':
        return claimItem(this.model, node.claim, `claim:${node.claim.id}`, node.claim.location ?? '');
      case 'quote':
        return this.quoteItem(node);
    }
  }

  /** The node of the claim at `offset` of an article, for reveal-in-tree. */
  claimAt(rel: string, offset: number): ArticleNode | undefined {
    const claim = this.model.claimsOf(rel).find((c) => c.start <= offset && offset <= c.end);
    return claim && { kind: 'claim', claim };
  }

  private shows(a: ArticleSummary): boolean {
    if (!this.filter.active) return true;
    return this.claimsOf(a.path).length > 0 || (this.filter.metric === null && this.filter.textIn(a.path, a.title, a.source));
  }

  private claimsOf(path: string): readonly Claim[] {
    const all = this.model.claimsOf(path);
    if (!this.filter.active) return all;
    const a = this.model.article(path);
    // a filter text naming the article (its path, title or source) keeps all of its claims
    const whole = this.filter.textIn(path, a?.title, a?.source);
    return all.filter((c) => (whole ? this.filter.metric === null || c.metric === this.filter.metric : this.filter.claim(c)));
  }

  private async quotesOf(path: string): Promise<Array<{ quote: QuoteMention; range: vscode.Range }>> {
    const text = await readOpenOrDisk(this.model.absolute(path));
    const quotes = text === null ? [] : (this.model.detail(path, text)?.quotes ?? []);
    const lines = text === null ? null : new LineIndex(text);
    return quotes.filter((q) => this.filter.textIn(q.text, q.speaker)).map((quote) => ({ quote, range: rangeAt(lines!, quote.start, quote.end) }));
  }
  private articleItem(a: ArticleSummary): vscode.TreeItem {
    const item = new vscode.TreeItem(isolate(a.title ?? a.path), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `article:${a.path}`;
    item.description = joinIsolated([a.date, a.source]);
    item.resourceUri = vscode.Uri.file(this.model.absolute(a.path));
    const open = new Set(this.model.claimsOf(a.path).flatMap((c) => this.model.findingsOf(c.id).filter((f) => !f.review))).size;
    item.iconPath = new vscode.ThemeIcon(open > 0 ? 'warning' : 'file-text', open > 0 ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    item.tooltip = new vscode.MarkdownString().appendText(
      [a.path, vscode.l10n.t('{0} claims · {1} quotations · {2} open findings', a.claims, a.quotes, open), a.url ?? ''].filter(Boolean).join('\n\n'),
    );
    item.contextValue = 'article';
    return item;
  }

  private quoteItem(node: Extract<ArticleNode, { kind: 'quote' }>): vscode.TreeItem {
    const q = node.quote;
    const shown = q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text;
    const item = new vscode.TreeItem(isolate(shown), vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${node.path}:${q.start}`;
    item.description = q.speaker ? isolate(q.speaker) : vscode.l10n.t('speaker unknown');
    item.iconPath = new vscode.ThemeIcon('comment');
    item.tooltip = new vscode.MarkdownString().appendText(`${q.speaker ?? '?'}: ${q.text}`);
    const options: vscode.TextDocumentShowOptions = { selection: node.range };
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.file(this.model.absolute(node.path)), options] };
    return item;
  }
}
