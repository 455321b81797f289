// The whole analysis of a corpus in memory: articles → claims → findings → review decisions.
import type { Claim } from '../claims/types';
import type { ReviewDecision, ArticleSummary, CheckResult, SkippedFile } from '../consistency/types';
import { findInconsistencies } from '../consistency/consistency-index';
import { extractText, type ArticleMetadata, type ExtractedFile } from '../extract';
import { applyReview } from '../review/apply-review';
import { detectLanguage } from '../text/language';
import type { CorpusSettings } from './settings';

/** One article's analysis, or the reason it was left out. */
export type ArticleOutcome = { ok: true; file: ExtractedFile } | { ok: false; skipped: SkippedFile };

export function analyzeArticle(path: string, text: string, settings: CorpusSettings, metadata: ArticleMetadata = {}): ArticleOutcome {
  const languages = settings.config.languages;
  if (languages && !metadata.language) {
    const detected = detectLanguage(text);
    if (!languages.includes(detected)) return { ok: false, skipped: { path, reason: `language ${detected} is not among the configured languages (${languages.join(', ')})` } };
  }
  return { ok: true, file: extractText(path, text, { metadata, lexicon: settings.lexicon, tolerance: settings.tolerance }) };
}

/** What a corpus check keeps of an article: its summary and its claims (numbers and quotes can be dropped). */
export interface AnalyzedArticle {
  summary: ArticleSummary;
  claims: Claim[];
}

export function analyzed(f: ExtractedFile): AnalyzedArticle {
  return {
    summary: { path: f.path, language: f.language, title: f.title, date: f.date, source: f.source, url: f.url, claims: f.claims.length, quotes: f.quotes.length },
    claims: f.claims,
  };
}

/** Findings over every article's claims, with the reviewer's decisions attached. */
export function checkArticles(articles: readonly AnalyzedArticle[], skipped: readonly SkippedFile[], settings: CorpusSettings, decisions: ReadonlyMap<string, ReviewDecision>): CheckResult {
  const claims = articles.flatMap((a) => a.claims);
  const findings = applyReview(findInconsistencies(claims, settings.consistency), decisions);
  return { version: 1, articles: articles.map((a) => a.summary), claims, findings, skipped: [...skipped] };
}
