// Where the corpus disagrees with itself: claims grouped by metric, scope and place; figures
// whose intervals do not overlap, at the same time, conflict; a cumulative figure that grows on
// a later date is an update.
import type { MetricInfo } from '../claims/settings';
import type { Claim } from '../claims/types';
import { wordKey } from '../text/normalize';
import { comparedInterval, figureLabel } from './figures';
import { fingerprintOf } from './fingerprint';
import { conflictMessage, updateMessage } from './messages';
import type { Finding, RuleId, Severity } from './types';

export interface ConsistencyOptions {
  metrics: ReadonlyMap<string, MetricInfo>;
  severities: Readonly<Record<RuleId, Severity | 'off'>>;
}

export const DEFAULT_SEVERITIES: Record<RuleId, Severity | 'off'> = {
  conflict: 'warning',
  'internal-conflict': 'warning',
  update: 'information',
};

/** Claims stating the same figure (the same compared interval) in one group. */
interface Figure {
  low: number;
  high: number;
  claims: Claim[];
}

interface Group {
  metric: string;
  scope: string | null;
  location: string | null;
  active: Claim[];
  retracted: Claim[];
}

export function findInconsistencies(claims: readonly Claim[], options: ConsistencyOptions): Finding[] {
  const findings: Omit<Finding, 'id'>[] = [];
  for (const group of groupClaims(claims)) {
    const cumulative = options.metrics.get(group.metric)?.cumulative ?? false;
    findings.push(...groupFindings(group, cumulative, options.severities));
  }
  return findings.map((f, i) => ({ id: `f${i + 1}`, ...f }));
}

function groupClaims(claims: readonly Claim[]): Group[] {
  const groups = new Map<string, Group>();
  for (const c of claims) {
    // a part of a total with no place of its own (`بينهم 6 أطفال`) is never compared
    if (c.part && !c.location) continue;
    const place = c.location ? placeKey(c.location) : '';
    const key = `${c.metric}\u0000${c.scope ?? ''}\u0000${place}\u0000${c.unit ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { metric: c.metric, scope: c.scope, location: c.location, active: [], retracted: [] }));
    (c.status === 'retracted' ? g.retracted : g.active).push(c);
  }
  return [...groups.values()];
}

function placeKey(location: string): string {
  return location.split(/\s+/).map(wordKey).join(' ');
}

function figuresOf(claims: readonly Claim[]): Figure[] {
  const byInterval = new Map<string, Figure>();
  for (const c of claims) {
    const [low, high] = comparedInterval(c);
    const key = `${low}|${high}`;
    let f = byInterval.get(key);
    if (!f) byInterval.set(key, (f = { low, high, claims: [] }));
    f.claims.push(c);
  }
  return [...byInterval.values()].sort((a, b) => a.low - b.low || a.high - b.high);
}

type Relation = 'conflict' | 'update' | null;

/** How a lower figure `x` and a higher figure `y` (non-overlapping) relate in time. */
function relation(x: Claim, y: Claim, cumulative: boolean): Relation {
  if (x.date === null || y.date === null || x.date === y.date) return 'conflict';
  if (!cumulative) return null;
  return y.date > x.date ? 'update' : 'conflict';
}

function groupFindings(g: Group, cumulative: boolean, severities: ConsistencyOptions['severities']): Omit<Finding, 'id'>[] {
  const out: Omit<Finding, 'id'>[] = [];
  const figures = figuresOf(g.active);
  const updates = new Set<Claim>();
  for (let a = 0; a < figures.length; a++) {
    for (let b = a + 1; b < figures.length; b++) {
      const lower = figures[a];
      const higher = figures[b];
      if (lower.high >= higher.low) continue; // the intervals overlap: they agree
      const cross = new Set<Claim>();
      const inside = new Map<string, Set<Claim>>();
      for (const x of lower.claims) {
        for (const y of higher.claims) {
          const r = relation(x, y, cumulative);
          if (r === 'update') {
            updates.add(x).add(y);
          } else if (r === 'conflict') {
            const into = x.path === y.path ? setIn(inside, x.path) : cross;
            into.add(x).add(y);
          }
        }
      }
      if (cross.size > 0 && severities.conflict !== 'off') out.push(conflictFinding('conflict', g, [...cross], severities.conflict));
      if (severities['internal-conflict'] !== 'off') {
        for (const set of inside.values()) out.push(conflictFinding('internal-conflict', g, [...set], severities['internal-conflict']));
      }
    }
  }
  if (updates.size > 0 && severities.update !== 'off') out.push(updateFinding(g, [...updates], severities.update));
  return out;
}

function setIn(map: Map<string, Set<Claim>>, key: string): Set<Claim> {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  return s;
}

function conflictFinding(rule: RuleId, g: Group, claims: Claim[], severity: Severity): Omit<Finding, 'id'> {
  const sorted = claims.sort(byValueThenPlace);
  const [low] = comparedInterval(sorted[0]);
  const lowSide = sorted.filter((c) => comparedInterval(c)[0] === low);
  const highSide = sorted.filter((c) => comparedInterval(c)[0] !== low);
  return finding(rule, g, severity, conflictMessage(rule, g, lowSide, highSide), sorted);
}

function updateFinding(g: Group, claims: Claim[], severity: Severity): Omit<Finding, 'id'> {
  const sorted = claims.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.value - b.value || byValueThenPlace(a, b));
  return finding('update', g, severity, updateMessage(g, sorted), sorted);
}

function finding(rule: RuleId, g: Group, severity: Severity, message: string, claims: Claim[]): Omit<Finding, 'id'> {
  const figures = [...new Set(claims.map(figureLabel))];
  const articles = claims.map((c) => c.path);
  const retracted = g.retracted.filter((c) => rule !== 'internal-conflict' || articles.includes(c.path));
  return {
    rule,
    severity,
    metric: g.metric,
    scope: g.scope,
    location: g.location,
    message,
    claims: [...claims, ...retracted].map((c) => c.id),
    fingerprint: fingerprintOf(rule, g.metric, g.scope, g.location, figures, articles),
    review: null,
  };
}

function byValueThenPlace(a: Claim, b: Claim): number {
  return a.value - b.value || a.path.localeCompare(b.path) || a.start - b.start;
}
