// `corpus-review check` without the command line: read a corpus folder and analyse it.
import * as path from 'node:path';
import type { FileProblem } from '../config/types';
import { loadConfig } from '../config/load-config';
import type { CheckResult, SkippedFile } from '../consistency/types';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, discoverFiles } from '../corpus/discover';
import { readArticle } from '../corpus/read-article';
import type { ExtractedFile } from '../extract';
import { readReview } from '../review/review-store';
import { analyzeArticle, checkArticles } from './analyze';
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
  const extracted: ExtractedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const read = await readArticle(file);
    if (!read.ok) {
      skipped.push({ path: rel, reason: read.reason });
      continue;
    }
    const outcome = analyzeArticle(rel, read.text, settings, metadata.get(rel));
    if (outcome.ok) extracted.push(outcome.file);
    else skipped.push(outcome.skipped);
  }
  return { ...checkArticles(extracted, skipped, settings, review.decisions), problems: [...loaded.problems, ...review.problems] };
}
