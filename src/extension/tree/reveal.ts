// Reveal-in-tree: as the cursor moves onto a claim in an article, the Articles view (when visible)
// selects that claim, like the Explorer follows the active file. A setting turns it off.
import * as vscode from 'vscode';
import type { CorpusModel } from '../corpus-model';
import { Setting } from '../ids';
import type { ArticleNode, ArticlesTree } from './articles-tree';

export class RevealActiveEditor implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly model: CorpusModel,
    private readonly tree: ArticlesTree,
    private readonly view: vscode.TreeView<ArticleNode>,
  ) {
    this.subscription = vscode.window.onDidChangeTextEditorSelection((e) => void this.follow(e.textEditor));
  }

  private async follow(editor: vscode.TextEditor): Promise<void> {
    if (!this.view.visible || !vscode.workspace.getConfiguration(Setting.Section).get<boolean>(Setting.RevealActiveEditor, true)) return;
    const rel = editor.document.uri.scheme === 'file' ? this.model.relative(editor.document.uri.fsPath) : null;
    const node = rel && this.tree.claimAt(rel, editor.document.offsetAt(editor.selection.active));
    if (node) await this.view.reveal(node, { select: true, focus: false, expand: true });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
