import type { Claim, MetricId, ScopeId } from '../claims/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * `conflict`: two articles give figures that cannot both be true.
 * `internal-conflict`: one article disagrees with itself.
 * `update`: a cumulative figure grew on a later date.
 */
export type RuleId = 'conflict' | 'internal-conflict' | 'update';

export const RULES: readonly RuleId[] = ['conflict', 'internal-conflict', 'update'];

export type Decision = 'accepted' | 'dismissed' | 'update';

/** A reviewer's decision on a finding, from `corpus-review.review.yaml`. */
export interface ReviewDecision {
  fingerprint: string;
  decision: Decision;
  /** For `accepted`: the figure the reviewer accepts as right, when one was chosen. */
  figure?: number;
  note?: string;
  by?: string;
  /** ISO 8601 timestamp. */
  at?: string;
}

export interface Finding {
  /** Unique in one result (`f1`, `f2`, …); use `fingerprint` to refer to a finding over time. */
  id: string;
  rule: RuleId;
  severity: Severity;
  metric: MetricId;
  scope: ScopeId | null;
  location: string | null;
  message: string;
  /** Ids of every participating claim, the disagreeing ones first. */
  claims: string[];
  /** Built from rule, metric, scope, location, figures and articles, never offsets. */
  fingerprint: string;
  /** The reviewer's decision, when the review file has one for this fingerprint. */
  review: ReviewDecision | null;
}

export interface ArticleSummary {
  path: string;
  language: 'ar' | 'en';
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  claims: number;
  quotes: number;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

/** What `corpus-review check` computes for a corpus. */
export interface CheckResult {
  version: 1;
  articles: ArticleSummary[];
  claims: Claim[];
  findings: Finding[];
  skipped: SkippedFile[];
}

export type { Claim };
