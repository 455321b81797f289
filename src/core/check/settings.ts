import { buildLexicon, type ClaimLexicon } from '../claims/settings';
import type { CorpusConfig } from '../config/types';
import { DEFAULT_SEVERITIES, type ConsistencyOptions } from '../consistency/find-findings';

/** What a corpus configuration means for the engine, compiled once. */
export interface CorpusSettings {
  config: CorpusConfig;
  lexicon: ClaimLexicon;
  consistency: ConsistencyOptions;
  tolerance: number;
}

export function settingsFrom(config: CorpusConfig): CorpusSettings {
  const lexicon = buildLexicon(config);
  return {
    config,
    lexicon,
    consistency: { metrics: lexicon.metrics, severities: { ...DEFAULT_SEVERITIES, ...config.severities } },
    tolerance: config.tolerance ?? 0.1,
  };
}
