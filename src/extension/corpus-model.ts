// The analysed corpus of one workspace folder: every article's claims, the findings over all of
// them (kept up to date group by group), and the configuration and review problems. A plain model:
// it fires `onDidChange` and the views, diagnostics and decorations read from it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  analyzeArticle,
  analyzed,
  applyReview,
  ConsistencyIndex,
  readReview,
  settingsFrom,
  type AnalyzedArticle,
  type ArticleSummary,
  type ArticleMetadata,
  type CheckResult,
  type Claim,
  type CorpusConfig,
  type CorpusSettings,
  type ExtractedFile,
  type FileProblem,
  type Finding,
  type ReviewDecision,
  type SkippedFile,
} from '../core';
import { pushTo } from '../core/collections';
import { groupKey } from '../core/consistency/find-findings';
import { analyzeFiles, type BatchResult } from '../core/check/analyze-files';
import { corpusPath, discoverCorpus, prepareCorpus, type PreparedCorpus } from '../core/check/prepare-corpus';
import { analyzeInWorkers, workerScript } from '../core/check/worker-pool';

/** Files analysed between two yields to the extension host's event loop during an inline scan. */
const SCAN_SLICE = 25;
/** Full analyses (numbers, quotations) kept for hovers and decorations of recently seen texts. */
const DETAILS_KEPT = 32;

export interface ScanOptions {
  progress?: vscode.Progress<{ message?: string; increment?: number }>;
  token?: vscode.CancellationToken;
  /** From this many files on, the scan runs in worker threads. */
  workerThreshold?: number;
}

export class CorpusModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after every change of the result: a scan, an edit, a file event, a review decision. */
  readonly onDidChange = this.changed.event;

  private settings: CorpusSettings = settingsFrom({});
  private config: CorpusConfig = {};
  private metadata = new Map<string, ArticleMetadata>();
  private decisions = new Map<string, ReviewDecision>();
  private articles = new Map<string, AnalyzedArticle>();
  private skipped = new Map<string, SkippedFile>();
  private index = new ConsistencyIndex(this.settings.consistency);
  private readonly details = new Map<string, { text: string; file: ExtractedFile | null }>();
  private configProblems: FileProblem[] = [];
  private reviewProblems: FileProblem[] = [];
  private current: CheckResult = { version: 1, articles: [], claims: [], findings: [], skipped: [] };
  private claimsById = new Map<string, Claim>();
  private findingsByClaim = new Map<string, Finding[]>();
  /** How the last completed scan ran. */
  lastScan: { files: number; workers: boolean } | null = null;
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

  /** The findings a claim takes part in, open or reviewed. */
  findingsOf(claimId: string): readonly Finding[] {
    return this.findingsByClaim.get(claimId) ?? [];
  }

  /** An article's summary, by corpus path. */
  article(rel: string): ArticleSummary | undefined {
    return this.articles.get(rel)?.summary;
  }

  /** An article's claims in text order, by corpus path. */
  claimsOf(rel: string): readonly Claim[] {
    return this.articles.get(rel)?.claims ?? [];
  }

  /** The finding with this fingerprint in the current result. */
  finding(fingerprint: string): Finding | undefined {
    return this.current.findings.find((f) => f.fingerprint === fingerprint);
  }

  /** A finding's claims that are in the current result, in the finding's order. */
  claimsOfFinding(f: Finding): Claim[] {
    return f.claims.map((id) => this.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  }

  /** Every claim compared with this one (same metric, group, place and unit), across the corpus. */
  comparedWith(claim: Claim): Claim[] {
    const key = groupKey(claim);
    return key === null ? [claim] : this.index.claimsInGroup(key);
  }

  claim(id: string): Claim | undefined {
    return this.claimsById.get(id);
  }

  /** The corpus path of a file, or null when it lies outside the corpus. */
  relative(fsPath: string): string | null {
    const rel = corpusPath(this.root, fsPath);
    return rel && !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel) ? rel : null;
  }

  absolute(rel: string): string {
    return path.join(this.root, ...rel.split('/'));
  }

  /** Whether the file is one of the corpus's articles (analysed or skipped with a reason). */
  has(rel: string): boolean {
    return this.articles.has(rel) || this.skipped.has(rel);
  }

  /** Files on disk that the configuration includes and the model does not know yet (relative paths). */
  async newFiles(): Promise<string[]> {
    const { files } = await discoverCorpus(this.root, this.config);
    return files.map((f) => this.relative(f)).filter((rel): rel is string => rel !== null && !this.has(rel));
  }

  /**
   * The full analysis of an article's text (numbers, quotations, claims), for hovers, decorations
   * and the Articles view; null when the configuration leaves the article out.
   */
  detail(rel: string, text: string): ExtractedFile | null {
    const kept = this.details.get(rel);
    if (kept && kept.text === text) return kept.file;
    const outcome = analyzeArticle(rel, text, this.settings, this.metadata.get(rel));
    const file = outcome.ok ? outcome.file : null;
    this.details.delete(rel);
    this.details.set(rel, { text, file });
    if (this.details.size > DETAILS_KEPT) this.details.delete(this.details.keys().next().value!);
    return file;
  }

  /** Reads the configuration, the review file and every article again. Resolves false when cancelled or overtaken. */
  async rescan(options: ScanOptions = {}): Promise<boolean> {
    const generation = ++this.generation;
    const prepared = await prepareCorpus(this.root);
    const { loaded, settings, files } = prepared;
    const review = await readReview(this.root);
    const workers = files.length >= (options.workerThreshold ?? Number.POSITIVE_INFINITY) && workerScript(__dirname) !== null;
    const results = generation === this.generation ? await this.analyze(prepared, options, generation, workers) : null;
    if (!results || generation !== this.generation) {
      this.log.info(generation !== this.generation ? 'scan overtaken by a newer one' : 'scan cancelled: the previous results stay');
      return false;
    }
    // nothing of the model changes until the scan is complete: a cancelled one leaves it as it was
    this.settings = settings;
    this.config = loaded.config;
    this.metadata = prepared.metadata;
    this.configProblems = loaded.problems;
    this.decisions = review.decisions;
    this.reviewProblems = review.problems;
    this.details.clear();
    this.articles = new Map();
    this.skipped = new Map();
    this.index = new ConsistencyIndex(settings.consistency);
    for (const r of results) {
      if ('skipped' in r) this.skipped.set(r.skipped.path, r.skipped);
      else {
        this.articles.set(r.article.summary.path, r.article);
        this.index.setArticle(r.article.summary.path, r.article.claims);
      }
    }
    for (const s of this.skipped.values()) this.log.warn(`skipped ${s.path}: ${s.reason}`);
    this.lastScan = { files: files.length, workers };
    this.log.info(`analysed ${this.articles.size} articles, skipped ${this.skipped.size}${workers ? ' (worker threads)' : ''}`);
    this.recompute();
    return true;
  }

  /** One article changed (an edit in its unsaved buffer, or on disk): only its groups are checked again. */
  update(rel: string, text: string): void {
    const file = this.detail(rel, text);
    this.skipped.delete(rel);
    if (file) {
      this.articles.set(rel, analyzed(file));
      this.index.setArticle(rel, file.claims);
    } else {
      this.articles.delete(rel);
      this.index.deleteArticle(rel);
      this.skipped.set(rel, { path: rel, reason: 'left out by the configured languages' });
    }
    this.recompute();
  }

  /** An article could not be read (or was deleted): it leaves the corpus, with the reason if there is one. */
  remove(rel: string, reason?: string): void {
    const known = this.articles.delete(rel) || this.skipped.delete(rel);
    this.index.deleteArticle(rel);
    this.details.delete(rel);
    if (reason) this.skipped.set(rel, { path: rel, reason });
    if (known || reason) this.recompute();
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

  private async analyze(prepared: PreparedCorpus, options: ScanOptions, generation: number, workers: boolean): Promise<BatchResult | null> {
    const { files, settings, metadata } = prepared;
    const { progress, token } = options;
    const metadataFor = (file: string): Array<[string, ArticleMetadata]> => {
      const rel = corpusPath(this.root, file);
      const m = metadata.get(rel);
      return m ? [[rel, m]] : [];
    };
    let reported = 0;
    const report = (done: number): void => {
      progress?.report({ message: `${done} / ${files.length}`, increment: (100 * (done - reported)) / files.length });
      reported = done;
    };
    const script = workers ? workerScript(__dirname) : null;
    if (script) {
      this.log.info(`analysing ${files.length} files in worker threads`);
      const controller = new AbortController();
      const cancel = token?.onCancellationRequested(() => controller.abort());
      try {
        return await analyzeInWorkers(script, { config: prepared.loaded.config }, this.root, files, metadataFor, { signal: controller.signal, onProgress: report });
      } catch (err) {
        if (controller.signal.aborted) return null;
        throw err;
      } finally {
        cancel?.dispose();
      }
    }
    const out: BatchResult = [];
    for (let i = 0; i < files.length; i += SCAN_SLICE) {
      if (token?.isCancellationRequested) return null;
      if (generation !== this.generation) return out;
      const slice = files.slice(i, i + SCAN_SLICE);
      out.push(...(await analyzeFiles({ root: this.root, files: slice, metadata: slice.flatMap(metadataFor) }, settings)));
      report(Math.min(i + SCAN_SLICE, files.length));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }

  private recompute(): void {
    const articles = [...this.articles.values()].sort((a, b) => (a.summary.path < b.summary.path ? -1 : 1));
    const claims = articles.flatMap((a) => a.claims);
    const findings = applyReview(this.index.findings(), this.decisions);
    this.current = { version: 1, articles: articles.map((a) => a.summary), claims, findings, skipped: [...this.skipped.values()] };
    this.claimsById = new Map(claims.map((c) => [c.id, c]));
    this.findingsByClaim = new Map();
    for (const f of findings) for (const id of f.claims) pushTo(this.findingsByClaim, id, f);
    this.changed.fire();
  }
}
