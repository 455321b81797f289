// Reads and analyses a batch of corpus files; the same code runs inline and in worker threads.
import type { SkippedFile } from '../consistency/types';
import type { CorpusConfig } from '../config/types';
import { readArticle, readArticleSync } from '../corpus/read-article';
import type { ArticleMetadata } from '../extract';
import { analyzeArticle, analyzed, type AnalyzedArticle } from './analyze';
import { corpusPath } from './prepare-corpus';
import type { CorpusSettings } from './settings';

export interface BatchJob {
  root: string;
  files: string[];
  /** Per-file metadata for the files of this batch, keyed by relative path. */
  metadata: Array<[string, ArticleMetadata]>;
}

export type BatchResult = Array<{ article: AnalyzedArticle } | { skipped: SkippedFile }>;

/** What a worker needs to rebuild the settings: the configuration is plain data, the lexicon is compiled there. */
export interface WorkerInit {
  config: CorpusConfig;
}

const READS_IN_FLIGHT = 16;

/** `blocking`: read with synchronous calls (in a worker thread, where nothing else waits). */
export async function analyzeFiles(job: BatchJob, settings: CorpusSettings, blocking = false): Promise<BatchResult> {
  const metadata = new Map(job.metadata);
  const out: BatchResult = new Array(job.files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < job.files.length) {
      const i = next++;
      const file = job.files[i];
      const rel = corpusPath(job.root, file);
      const read = blocking ? readArticleSync(file) : await readArticle(file);
      if (!read.ok) {
        out[i] = { skipped: { path: rel, reason: read.reason } };
        continue;
      }
      const outcome = analyzeArticle(rel, read.text, settings, metadata.get(rel));
      out[i] = outcome.ok ? { article: analyzed(outcome.file) } : { skipped: outcome.skipped };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, job.files.length) }, worker));
  return out;
}
