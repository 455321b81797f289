// Keeps the model in step with the editor: unsaved edits (debounced) and files created, changed or
// deleted. Only the configuration's articles count: a new file joins when the include and exclude
// globs take it (checked by one discovery pass per burst of creations).
import * as vscode from 'vscode';
import { readArticle, REVIEW_FILE } from '../core';
import { CONFIG_FILE_NAMES } from '../core/config/load-config';
import type { CorpusModel } from './corpus-model';
import { openDocument } from './documents';
import { Setting } from './ids';

const EDIT_DEBOUNCE_MS = 300;
const CREATE_DEBOUNCE_MS = 300;

export class DocumentSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private createTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly model: CorpusModel,
    /** A full scan with progress, for when the configuration changes. */
    private readonly rescan: () => Thenable<void>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(model.root, '**/*.{txt,md,yaml,yml}'));
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.created(uri)),
      watcher.onDidChange((uri) => void this.changed(uri)),
      watcher.onDidDelete((uri) => this.deleted(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e.document)),
      vscode.workspace.onDidOpenTextDocument((doc) => void this.asCorpusText(doc)),
    );
    // documents open before the first scan learn only then that they are articles
    const firstScan = model.onDidChange(() => {
      firstScan.dispose();
      for (const doc of vscode.workspace.textDocuments) void this.asCorpusText(doc);
    });
    this.disposables.push(firstScan);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.createTimer);
    for (const d of this.disposables) d.dispose();
  }

  /** The corpus's plain-text articles get the `corpus-text` grammar, unless a setting says no; other .txt files keep theirs. */
  private async asCorpusText(doc: vscode.TextDocument): Promise<void> {
    const rel = this.model.relative(doc.uri.fsPath);
    if (!rel || !this.model.has(rel) || doc.languageId !== 'plaintext' || !/\.txt$/i.test(rel)) return;
    if (!vscode.workspace.getConfiguration(Setting.Section).get<boolean>(Setting.CorpusTextLanguage, true)) return;
    await vscode.languages.setTextDocumentLanguage(doc, 'corpus-text');
  }

  private edited(doc: vscode.TextDocument): void {
    const rel = doc.uri.scheme === 'file' ? this.model.relative(doc.uri.fsPath) : null;
    if (!rel || !this.model.has(rel)) return;
    clearTimeout(this.timers.get(rel));
    this.timers.set(rel, setTimeout(() => this.model.update(rel, doc.getText()), EDIT_DEBOUNCE_MS));
  }

  private async changed(uri: vscode.Uri): Promise<void> {
    const rel = this.model.relative(uri.fsPath);
    if (!rel) return;
    if (isConfig(rel)) return void (await this.rescan());
    if (rel === REVIEW_FILE) return void (await this.model.reloadReview());
    if (!this.model.has(rel)) return;
    // an open document with unsaved edits is followed through its buffer, not the disk
    if (openDocument(uri.fsPath)?.isDirty) return;
    await this.fromDisk(rel);
  }

  /** An article read again from disk; one that cannot be read leaves the corpus with the reason. */
  private async fromDisk(rel: string): Promise<void> {
    const read = await readArticle(this.model.absolute(rel));
    if (read.ok) this.model.update(rel, read.text);
    else this.model.remove(rel, read.reason);
  }

  private created(uri: vscode.Uri): void {
    const rel = this.model.relative(uri.fsPath);
    if (rel && (isConfig(rel) || rel === REVIEW_FILE)) return void this.changed(uri);
    clearTimeout(this.createTimer);
    this.createTimer = setTimeout(() => void this.addNewFiles(), CREATE_DEBOUNCE_MS);
  }

  private async addNewFiles(): Promise<void> {
    for (const rel of await this.model.newFiles()) await this.fromDisk(rel);
  }

  private deleted(uri: vscode.Uri): void {
    const rel = this.model.relative(uri.fsPath);
    if (rel && isConfig(rel)) void this.rescan();
    else if (rel === REVIEW_FILE) void this.model.reloadReview();
    else if (rel) this.model.remove(rel);
  }
}

function isConfig(rel: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(rel);
}
