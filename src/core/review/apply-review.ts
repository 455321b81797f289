import type { Finding, ReviewDecision } from '../consistency/types';

/**
 * Attaches each finding's decision from the review file, by fingerprint. Returns new findings;
 * a finding with no decision gets `review: null`, so a decision removed from the file reopens it.
 */
export function applyReview(findings: readonly Finding[], decisions: ReadonlyMap<string, ReviewDecision>): Finding[] {
  return findings.map((finding) => {
    const decision = decisions.get(finding.fingerprint);
    return { ...finding, review: decision ? { ...decision } : null };
  });
}

/** Open = no reviewer has decided on it yet (any decision, including `update`, closes it). */
export function isOpen(finding: Finding): boolean {
  return finding.review === null;
}
