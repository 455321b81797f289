// Keeps the model in step with the editor: unsaved edits (debounced) and files created, changed or deleted.
import * as vscode from 'vscode';
import type { CorpusModel } from './corpus-model';
import { readArticle, REVIEW_FILE } from '../core';
import { CONFIG_FILE_NAMES } from '../core/config/load-config';

const EDIT_DEBOUNCE_MS = 300;

export class DocumentSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly model: CorpusModel,
    /** A full scan with progress, for when the configuration changes. */
    private readonly rescan: () => Thenable<void>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(model.root, '**/*.{txt,md,yaml,yml}'));
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
    if (isConfig(rel)) return void (await this.rescan());
    if (rel === REVIEW_FILE) return void (await this.model.reloadReview());
    if (!isArticle(rel)) return;
    // an open document is followed through its buffer, not the disk
    if (vscode.workspace.textDocuments.some((d) => d.uri.fsPath === uri.fsPath && d.isDirty)) return;
    const read = await readArticle(uri.fsPath);
    if (read.ok) this.model.update(rel, read.text);
    else this.model.remove(rel, read.reason);
  }

  private deleted(uri: vscode.Uri): void {
    const rel = this.model.relative(uri.fsPath);
    if (rel && isConfig(rel)) void this.rescan();
    else if (rel === REVIEW_FILE) void this.model.reloadReview();
    else if (rel) this.model.remove(rel);
  }
}

function isArticle(rel: string): boolean {
  return /\.(txt|md)$/i.test(rel);
}

function isConfig(rel: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(rel);
}
