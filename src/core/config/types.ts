import type { Language } from '../numbers/types';
import type { RuleId, Severity } from '../consistency/types';

/** Cue words or phrases per language. Arabic cues match a word that starts with the cue (after و ف ب ل ك and ال) and adds at most 3 letters; English cues match whole words, case-insensitively. */
export interface CueLists {
  ar?: string[];
  en?: string[];
}

export interface MetricConfig {
  /** Cues added to the default ones (or the only ones when `replace` is true). */
  cues?: CueLists;
  replace?: boolean;
  /** A larger figure on a later date is an update, not a conflict (default true for killed, injured, detained, missing). */
  cumulative?: boolean;
  /** `quantity` (people and things counted) or `money` (damage, losses). Default `quantity`. */
  kind?: 'quantity' | 'money';
  /** Turn a default metric off. */
  enabled?: boolean;
}

export interface ScopeConfig {
  cues?: CueLists;
  replace?: boolean;
  enabled?: boolean;
}

/** Metadata given to the files a glob matches (relative to the corpus root, fast-glob syntax). */
export interface FileMetadata {
  match: string;
  /** ISO date `YYYY-MM-DD`. */
  date?: string;
  source?: string;
  url?: string;
  language?: Language;
}

/** `corpus-review.yaml`, every key optional. */
export interface CorpusConfig {
  include?: string[];
  exclude?: string[];
  /** Languages analysed; files detected as another language are skipped with a reason. Default both. */
  languages?: Language[];
  /** Relative half-width given to approximate figures (default 0.1 = ±10%). */
  tolerance?: number;
  metrics?: Record<string, MetricConfig>;
  scopes?: Record<string, ScopeConfig>;
  severities?: Partial<Record<RuleId, Severity | 'off'>>;
  files?: FileMetadata[];
}

/** A problem in a configuration or review file, 1-based line and column. */
export interface FileProblem {
  path: string;
  line: number;
  column: number;
  /** End of the offending span, 1-based, when known. */
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface LoadedConfig {
  /** The valid part of the configuration: every key that could be read safely. */
  config: CorpusConfig;
  problems: FileProblem[];
  /** The file read, or null when the corpus has none (defaults apply). */
  path: string | null;
}
