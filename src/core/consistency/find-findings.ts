// Where the corpus disagrees with itself: claims grouped by metric, scope and place; figures
// whose intervals do not overlap, at the same time, conflict; a cumulative figure that grows on
// a later date is an update.
import { pushTo } from '../collections';
import { sameYear } from '../claims/claim-dates';
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

/** The group a claim is compared in, or null when it is never compared. */
export function groupKey(c: Claim): string | null {
  // a part of a total with no place of its own (`بينهم 6 أطفال`) is never compared
  if (c.part && !c.location) return null;
  const place = c.location ? placeKey(c.location) : '';
  return `${c.metric}\u0000${c.scope ?? ''}\u0000${place}\u0000${c.unit ?? ''}`;
}

/** The findings of one group of claims (all of one metric, scope, place and unit), in article order. */
export function findingsOfGroup(claims: readonly Claim[], options: ConsistencyOptions): Omit<Finding, 'id'>[] {
  const first = claims[0];
  const g: Group = { metric: first.metric, scope: first.scope, location: first.location, active: [], retracted: [] };
  for (const c of claims) (c.status === 'retracted' ? g.retracted : g.active).push(c);
  const cumulative = options.metrics.get(g.metric)?.cumulative ?? false;
  return groupFindings(g, cumulative, options.severities);
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
  if (x.date === y.date) return 'conflict';
  // `في عام ١٩٩٨`: a figure of another year is about another event
  if (x.date?.length === 4 || y.date?.length === 4) return null;
  if (x.date === null || y.date === null) return 'conflict';
  if (!cumulative || !sameYear(x.date, y.date) || x.date.length !== y.date.length) return null;
  return y.date > x.date ? 'update' : 'conflict';
}

/** Two figures that disagree, with the claims that make the disagreement real (same time, or unknown). */
interface Disagreement {
  rule: 'conflict' | 'internal-conflict';
  path: string;
  lower: number;
  higher: number;
  claims: Set<Claim>;
}

function groupFindings(g: Group, cumulative: boolean, severities: ConsistencyOptions['severities']): Omit<Finding, 'id'>[] {
  const figures = figuresOf(g.active);
  const updates = new Set<Claim>();
  const found: Disagreement[] = [];
  for (let a = 0; a < figures.length; a++) {
    for (let b = a + 1; b < figures.length; b++) {
      if (figures[a].high >= figures[b].low) continue; // the intervals overlap: they agree
      // most pairs of a large group disagree in nothing: allocate only on the first conflict
      let cross: Disagreement | null = null;
      let inside: Map<string, Disagreement> | null = null;
      for (const x of figures[a].claims) {
        for (const y of figures[b].claims) {
          const r = relation(x, y, cumulative);
          if (r === 'update') updates.add(x).add(y);
          if (r !== 'conflict') continue;
          let into: Disagreement;
          if (x.path === y.path) {
            inside ??= new Map();
            into = inside.get(x.path) ?? { rule: 'internal-conflict', path: x.path, lower: a, higher: b, claims: new Set() };
            inside.set(x.path, into);
          } else {
            into = cross ??= { rule: 'conflict', path: '', lower: a, higher: b, claims: new Set() };
          }
          into.claims.add(x).add(y);
        }
      }
      if (cross) found.push(cross);
      if (inside) found.push(...inside.values());
    }
  }
  const out: Omit<Finding, 'id'>[] = [];
  for (const merged of mergeAgreeingSides(found, figures)) {
    const severity = severities[merged.rule];
    if (severity !== 'off') out.push(conflictFinding(merged.rule, g, merged, figures, severity));
  }
  if (updates.size > 0 && severities.update !== 'off') out.push(updateFinding(g, [...updates], severities.update));
  return out;
}

interface Merged {
  rule: 'conflict' | 'internal-conflict';
  lower: Set<number>;
  claims: Set<Claim>;
}

/**
 * `16 vs 18` and `16 vs ≥18` are one disagreement: disagreements of the same rule (and article,
 * inside one) that share one figure and whose other figures agree with each other are merged.
 */
function mergeAgreeingSides(found: Disagreement[], figures: Figure[]): Merged[] {
  const parent = found.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const unite = (i: number, j: number): void => {
    parent[root(i)] = root(j);
  };
  for (const [shared, other] of [['lower', 'higher'], ['higher', 'lower']] as const) {
    const byShared = new Map<string, number[]>();
    found.forEach((d, i) => {
      const key = `${d.rule}\u0000${d.path}\u0000${d[shared]}`;
      pushTo(byShared, key, i);
    });
    for (const members of byShared.values()) {
      // figures are sorted by their low end: a sweep finds the runs that overlap
      members.sort((i, j) => found[i][other] - found[j][other]);
      let reach = Number.NEGATIVE_INFINITY;
      let prev = -1;
      for (const i of members) {
        const f = figures[found[i][other]];
        if (prev >= 0 && f.low <= reach) unite(i, prev);
        reach = prev >= 0 && f.low <= reach ? Math.max(reach, f.high) : f.high;
        prev = i;
      }
    }
  }
  const merged = new Map<number, Merged>();
  found.forEach((d, i) => {
    const r = root(i);
    let m = merged.get(r);
    if (!m) merged.set(r, (m = { rule: d.rule, lower: new Set(), claims: new Set() }));
    m.lower.add(d.lower);
    for (const c of d.claims) m.claims.add(c);
  });
  return [...merged.values()];
}

function conflictFinding(rule: RuleId, g: Group, merged: Merged, figures: readonly Figure[], severity: Severity): Omit<Finding, 'id'> {
  const sorted = [...merged.claims].sort(byValueThenPlace);
  const lowerClaims = new Set([...merged.lower].flatMap((i) => figures[i].claims));
  const lowSide = sorted.filter((c) => lowerClaims.has(c));
  const highSide = sorted.filter((c) => !lowerClaims.has(c));
  return finding(rule, g, severity, conflictMessage(rule, g, lowSide, highSide), [...lowSide, ...highSide]);
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
