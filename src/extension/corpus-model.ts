// The analysed corpus of one workspace folder: every article's analysis, the findings over all of
// them, and the configuration and review problems. A plain model: it fires `onDidChange` and the
// views, diagnostics and decorations read from it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  analyzeArticle,
  analyzed,
  checkArticles,
  readArticle,
  readReview,
  settingsFrom,
  type ArticleMetadata,
  type CheckResult,
  type CorpusSettings,
  type ExtractedFile,
  type FileProblem,
  type ReviewDecision,
  type SkippedFile,
} from '../core';
import { corpusPath, prepareCorpus } from '../core/check/prepare-corpus';

/** Files analysed between two yields to the extension host's event loop during a scan. */
const SCAN_SLICE = 25;

export class CorpusModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  private settings: CorpusSettings = settingsFrom({});
  private metadata = new Map<string, ArticleMetadata>();
  private decisions = new Map<string, ReviewDecision>();
  private readonly files = new Map<string, ExtractedFile>();
  private readonly skipped = new Map<string, SkippedFile>();
  private configProblems: FileProblem[] = [];
  private reviewProblems: FileProblem[] = [];
  private current: CheckResult = { version: 1, articles: [], claims: [], findings: [], skipped: [] };
  /** Bumped by every scan: results of an older scan are dropped. */
  private generation = 0;

  constructor(
    readonly root: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get result(): CheckResult {
    return this.current;
  }

  get problems(): FileProblem[] {
    return [...this.configProblems, ...this.reviewProblems];
  }

  /** The full analysis (numbers, quotes, claims) of one article, by path relative to the root. */
  file(rel: string): ExtractedFile | undefined {
    return this.files.get(rel);
  }

  /** The corpus path of a file, or null when it lies outside the corpus. */
  relative(fsPath: string): string | null {
    const rel = corpusPath(this.root, fsPath);
    return rel && !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel) ? rel : null;
  }

  absolute(rel: string): string {
    return path.join(this.root, ...rel.split('/'));
  }

  /** Reads the configuration, the review file and every article again. */
  async rescan(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<void> {
    const generation = ++this.generation;
    const { loaded, settings, files, metadata } = await prepareCorpus(this.root);
    this.settings = settings;
    this.configProblems = loaded.problems;
    this.metadata = metadata;
    await this.reloadReview(false);
    const fresh = new Map<string, ExtractedFile>();
    const skipped = new Map<string, SkippedFile>();
    for (let i = 0; i < files.length; i++) {
      if (token?.isCancellationRequested || generation !== this.generation) return;
      const rel = this.relative(files[i]);
      if (!rel) continue;
      const read = await readArticle(files[i]);
      if (!read.ok) skipped.set(rel, { path: rel, reason: read.reason });
      else this.store(rel, read.text, fresh, skipped);
      if (i % SCAN_SLICE === SCAN_SLICE - 1) {
        progress?.report({ message: `${i + 1} / ${files.length}`, increment: (100 * SCAN_SLICE) / files.length });
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (generation !== this.generation) return;
    this.files.clear();
    for (const [k, v] of fresh) this.files.set(k, v);
    this.skipped.clear();
    for (const [k, v] of skipped) this.skipped.set(k, v);
    this.log.info(`analysed ${fresh.size} articles, skipped ${skipped.size}`);
    this.recompute();
  }

  /** One article changed (an edit in its unsaved buffer, or on disk). */
  update(rel: string, text: string): void {
    this.files.delete(rel);
    this.skipped.delete(rel);
    this.store(rel, text, this.files, this.skipped);
    this.recompute();
  }

  remove(rel: string): void {
    if (this.files.delete(rel) || this.skipped.delete(rel)) this.recompute();
  }

  /** The review file changed: decisions are re-attached, nothing is re-analysed. */
  async reloadReview(notify = true): Promise<void> {
    const review = await readReview(this.root);
    this.decisions = review.decisions;
    this.reviewProblems = review.problems;
    if (notify) this.recompute();
  }

  dispose(): void {
    this.generation++;
    this.changed.dispose();
  }

  private store(rel: string, text: string, into: Map<string, ExtractedFile>, skipped: Map<string, SkippedFile>): void {
    const outcome = analyzeArticle(rel, text, this.settings, this.metadata.get(rel));
    if (outcome.ok) into.set(rel, outcome.file);
    else skipped.set(rel, outcome.skipped);
  }

  private recompute(): void {
    const articles = [...this.files.values()].sort((a, b) => a.path.localeCompare(b.path)).map(analyzed);
    this.current = checkArticles(articles, [...this.skipped.values()], this.settings, this.decisions);
    this.changed.fire();
  }
}
