// `corpus-review check` without the command line: read a corpus folder and analyse it.
import type { FileProblem } from '../config/types';
import type { CheckResult, SkippedFile } from '../consistency/types';
import type { ArticleMetadata } from '../extract';
import { readReview } from '../review/review-store';
import { checkArticles, type AnalyzedArticle } from './analyze';
import { analyzeFiles } from './analyze-files';
import { corpusPath, prepareCorpus } from './prepare-corpus';
import { analyzeInWorkers, workerScript } from './worker-pool';

export interface CheckOptions {
  /** A configuration file other than `<root>/corpus-review.yaml`. */
  configPath?: string;
}

export interface CorpusCheck extends CheckResult {
  /** Problems in the configuration and review files; the analysis ran with what could be read. */
  problems: FileProblem[];
}

export async function checkCorpus(root: string, options: CheckOptions = {}): Promise<CorpusCheck> {
  const { loaded, settings, files, metadata } = await prepareCorpus(root, options.configPath);
  const review = await readReview(root);
  const metadataFor = (file: string): Array<[string, ArticleMetadata]> => {
    const rel = corpusPath(root, file);
    const m = metadata.get(rel);
    return m ? [[rel, m]] : [];
  };
  const script = files.length >= WORKERS_FROM ? workerScript(__dirname) : null;
  const results = script
    ? await analyzeInWorkers(script, { config: loaded.config }, root, files, metadataFor)
    : await analyzeFiles({ root, files, metadata: files.flatMap(metadataFor) }, settings);
  const articles: AnalyzedArticle[] = [];
  const skipped: SkippedFile[] = [];
  for (const r of results) {
    if ('article' in r) articles.push(r.article);
    else skipped.push(r.skipped);
  }
  return { ...checkArticles(articles, skipped, settings, review.decisions), problems: [...loaded.problems, ...review.problems] };
}

/** Below this many files, starting worker threads costs more than it saves. */
const WORKERS_FROM = 400;
