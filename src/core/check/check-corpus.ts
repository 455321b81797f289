// `corpus-review check` without the command line: read a corpus folder and analyse it.
import * as path from 'node:path';
import type { FileProblem } from '../config/types';
import { loadConfig } from '../config/load-config';
import type { CheckResult, SkippedFile } from '../consistency/types';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, discoverFiles } from '../corpus/discover';
import { readReview } from '../review/review-store';
import type { ArticleMetadata } from '../extract';
import { checkArticles, type AnalyzedArticle } from './analyze';
import { analyzeFiles } from './analyze-files';
import { analyzeInWorkers, workerScript } from './worker-pool';
import { metadataByPath } from './metadata';
import { settingsFrom } from './settings';

export interface CheckOptions {
  /** A configuration file other than `<root>/corpus-review.yaml`. */
  configPath?: string;
}

export interface CorpusCheck extends CheckResult {
  /** Problems in the configuration and review files; the analysis ran with what could be read. */
  problems: FileProblem[];
}

export async function checkCorpus(root: string, options: CheckOptions = {}): Promise<CorpusCheck> {
  const loaded = await loadConfig(root, options.configPath);
  const settings = settingsFrom(loaded.config);
  const review = await readReview(root);
  const include = loaded.config.include ?? DEFAULT_INCLUDE;
  const exclude = [...DEFAULT_EXCLUDE, ...(loaded.config.exclude ?? [])];
  const { files } = await discoverFiles([root], include, exclude);
  const metadata = await metadataByPath(root, loaded.config.files);
  const toRel = (file: string): string => path.relative(root, file).split(path.sep).join('/');
  const metadataFor = (file: string): Array<[string, ArticleMetadata]> => {
    const m = metadata.get(toRel(file));
    return m ? [[toRel(file), m]] : [];
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
