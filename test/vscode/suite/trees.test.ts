/// <reference types="mocha" />
// The three views, through the extension's API: what they list, and that a claim opens the article at it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleNode } from '../../../src/extension/tree/articles-tree';
import type { FigureNode } from '../../../src/extension/tree/figures-tree';
import { api } from './helpers';

async function children<T>(tree: vscode.TreeDataProvider<T>, node?: T): Promise<T[]> {
  return (await tree.getChildren(node)) ?? [];
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

suite('views', () => {
  test('Articles: each article with its date and source, its claims by metric, and its quotations', async () => {
    const { model, trees } = await api();
    const articles = await children(trees.articles);
    assert.equal(articles.length, model.result.articles.length);
    const gazette = articles.find((n) => n.kind === 'article' && n.article.path === 'en-02-gazette-toll.txt')!;
    const item = trees.articles.getTreeItem(gazette);
    assert.equal(label(item), 'Floods in Marsa Nour kill 31');
    assert.equal(item.description, '2025-03-11 · The Coast Gazette');
    const groups = await children(trees.articles, gazette);
    assert.deepEqual(groups.map((g) => (g.kind === 'metric' ? g.metric : g.kind)), ['killed']);
    const claims = await children(trees.articles, groups[0]);
    const claimItem = trees.articles.getTreeItem(claims[0]);
    assert.match(label(claimItem), /^31 killed · .*2025-03-11/);
    // part of the open conflict: a warning icon
    assert.equal((claimItem.iconPath as vscode.ThemeIcon).id, 'warning');
    const ar = articles.find((n) => n.kind === 'article' && n.article.path === 'ar-01-wire-toll.txt')!;
    const quotes = (await children(trees.articles, ar)).find((n) => n.kind === 'quotes');
    assert.ok(quotes, 'the Arabic article has a quotation');
    const [quote] = await children(trees.articles, quotes);
    // right-to-left pieces are isolated so that they do not reorder their neighbours
    assert.equal(trees.articles.getTreeItem(quote).description, '\u2068المتحدث باسم الدفاع المدني\u2069');
  });

  test('Figures: metric → group → each figure with how many articles give it, disputed ones marked', async () => {
    const { trees } = await api();
    const metrics = await children(trees.figures);
    const killed = metrics.find((n) => n.kind === 'metric' && n.metric === 'killed')!;
    const [everyone] = await children(trees.figures, killed);
    const figures = await children(trees.figures, everyone);
    const items = new Map(figures.map((f) => [label(trees.figures.getTreeItem(f)), trees.figures.getTreeItem(f)]));
    assert.ok(items.has('23') && items.has('31'), `figures: ${[...items.keys()].join(', ')}`);
    assert.match(String(items.get('23')!.description), /^3 articles · disputed$/);
    assert.equal(items.get('31')!.contextValue, 'figure.disputed');
    const mentions: FigureNode[] = await children(trees.figures, figures.find((f) => label(trees.figures.getTreeItem(f)) === '23'));
    assert.equal(mentions.length, 4); // two in ar-01, the quoted one in ar-02, the headline of en-01
  });

  test('clicking a claim opens the article with the figure selected', async () => {
    const { trees } = await api();
    const [finding] = await children(trees.findings);
    const claims = await children(trees.findings, finding);
    const target = claims.find((c) => c.kind === 'claim' && c.claim.path.startsWith('ar-'))!;
    const command = trees.findings.getTreeItem(target).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath.endsWith(target.kind === 'claim' ? target.claim.path : ''), true);
    assert.equal(editor.document.getText(editor.selection), target.kind === 'claim' ? target.claim.text : '');
  });

  test('a filter by metric or by text narrows every view, and clearing it restores them', async () => {
    const { trees, filter } = await api();
    const all = (await children(trees.articles)).length;
    await vscode.commands.executeCommand('corpusReview.filter', '', 'injured');
    assert.equal(filter.metric, 'injured');
    const injured = await children(trees.articles);
    assert.deepEqual(injured.map((n: ArticleNode) => (n.kind === 'article' ? n.article.path : '')), ['ar-02-mixed-script.txt']);
    assert.equal((await children(trees.findings)).length, 0);
    await vscode.commands.executeCommand('corpusReview.filter', 'GAZETTE', null);
    assert.deepEqual((await children(trees.articles)).map((n) => (n.kind === 'article' ? n.article.path : '')), ['en-02-gazette-toll.txt']);
    await vscode.commands.executeCommand('corpusReview.clearFilter');
    assert.equal((await children(trees.articles)).length, all);
  });
});
