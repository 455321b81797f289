// Keeps the model in step with the editor: unsaved edits (debounced) and files created, changed or deleted.
import * as vscode from 'vscode';
import type { CorpusModel } from './corpus-model';
import { readArticle } from '../core';

const EDIT_DEBOUNCE_MS = 300;

export class DocumentSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly model: CorpusModel) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(model.root, '**/*.{txt,md,yaml}'));
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.fromDisk(uri)),
      watcher.onDidChange((uri) => void this.fromDisk(uri)),
      watcher.onDidDelete((uri) => this.deleted(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e.document)),
      vscode.workspace.onDidOpenTextDocument((doc) => void this.asCorpusText(doc)),
    );
    for (const doc of vscode.workspace.textDocuments) void this.asCorpusText(doc);
  }

  /** The corpus's plain-text articles get the `corpus-text` grammar; other .txt files keep theirs. */
  private async asCorpusText(doc: vscode.TextDocument): Promise<void> {
    const rel = this.model.relative(doc.uri.fsPath);
    if (rel && doc.languageId === 'plaintext' && /\.txt$/i.test(rel)) await vscode.languages.setTextDocumentLanguage(doc, 'corpus-text');
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }

  private edited(doc: vscode.TextDocument): void {
    const rel = this.model.relative(doc.uri.fsPath);
    if (!rel || !isArticle(rel)) return;
    clearTimeout(this.timers.get(rel));
    this.timers.set(rel, setTimeout(() => this.model.update(rel, doc.getText()), EDIT_DEBOUNCE_MS));
  }

  private async fromDisk(uri: vscode.Uri): Promise<void> {
    const rel = this.model.relative(uri.fsPath);
    if (!rel) return;
    if (rel === 'corpus-review.yaml') return void (await this.model.rescan());
    if (rel === 'corpus-review.review.yaml') return void (await this.model.reloadReview());
    if (!isArticle(rel)) return;
    // an open document is followed through its buffer, not the disk
    if (vscode.workspace.textDocuments.some((d) => d.uri.fsPath === uri.fsPath && d.isDirty)) return;
    const read = await readArticle(uri.fsPath);
    if (read.ok) this.model.update(rel, read.text);
    else this.model.remove(rel);
  }

  private deleted(uri: vscode.Uri): void {
    const rel = this.model.relative(uri.fsPath);
    if (rel) this.model.remove(rel);
  }
}

function isArticle(rel: string): boolean {
  return /\.(txt|md)$/i.test(rel);
}
