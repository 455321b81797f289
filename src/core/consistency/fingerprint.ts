import { createHash } from 'node:crypto';
import type { RuleId } from './types';

/**
 * A finding's identity over time: rule, metric, scope, place, the figures and the articles,
 * never offsets, so that edits elsewhere in the articles keep a review decision attached.
 */
export function fingerprintOf(rule: RuleId, metric: string, scope: string | null, location: string | null, figures: string[], articles: string[]): string {
  const parts = [rule, metric, scope ?? '-', location ?? '-', [...figures].sort().join(','), [...new Set(articles)].sort().join(',')];
  return `${rule}:${metric}:${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
}
