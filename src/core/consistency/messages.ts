import { pushTo } from '../collections';
import type { Claim } from '../claims/types';
import { figureLabel } from './figures';
import type { RuleId } from './types';

interface GroupName {
  metric: string;
  scope: string | null;
  location: string | null;
}

/** `killed (security-forces, in Almaty)` */
export function groupName(g: GroupName): string {
  const qualifiers = [g.scope, g.location ? `in ${g.location}` : null].filter(Boolean);
  return qualifiers.length ? `${g.metric} (${qualifiers.join(', ')})` : g.metric;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `160 in a.txt (الحكومة, date unknown)`, or, for several claims, each article once. */
export function side(claims: readonly Claim[], withLines: boolean): string {
  const figures = [...new Set(claims.map(figureLabel))].join(' / ');
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) pushTo(byArticle, c.path, c);
  const where = [...byArticle.entries()].map(([path, cs]) => {
    const first = cs[0];
    const lines = withLines ? `line ${[...new Set(cs.map((c) => c.line + 1))].sort((a, b) => a - b).join(', ')}` : baseName(path);
    const about = [first.source ?? 'no source', first.date ?? 'date unknown'].join(', ');
    return `${lines} (${about})`;
  });
  return `${figures} in ${where.join('; ')}`;
}

export function conflictMessage(rule: RuleId, g: GroupName, low: readonly Claim[], high: readonly Claim[]): string {
  if (rule === 'internal-conflict') {
    return `${baseName(low[0].path)} disagrees with itself on ${groupName(g)}: ${side(low, true)} vs ${side(high, true)}`;
  }
  return `${groupName(g)}: ${side(low, false)} vs ${side(high, false)}`;
}

export function updateMessage(g: GroupName, byDate: readonly Claim[]): string {
  const first = byDate[0];
  const last = byDate[byDate.length - 1];
  return `${groupName(g)} rose from ${figureLabel(first)} (${baseName(first.path)}, ${first.date}) to ${figureLabel(last)} (${baseName(last.path)}, ${last.date})`;
}
