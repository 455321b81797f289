// The findings of a corpus kept up to date article by article: setting or deleting one article's
// claims re-checks only the groups those claims belong to; every other group keeps its findings.
import { pushTo } from '../collections';
import type { Claim } from '../claims/types';
import { findingsOfGroup, groupKey, type ConsistencyOptions } from './find-findings';
import type { Finding } from './types';

interface IndexedGroup {
  /** The group's claims by article. */
  members: Map<string, Claim[]>;
  /** Null when a member changed since they were computed. */
  findings: Omit<Finding, 'id'>[] | null;
  /** Where a full pass over the articles in path order meets the group first. */
  firstPath: string;
  firstStart: number;
}

/** Every finding over a corpus's claims, in one pass. */
export function findInconsistencies(claims: readonly Claim[], options: ConsistencyOptions): Finding[] {
  const index = new ConsistencyIndex(options);
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) pushTo(byArticle, c.path, c);
  for (const [path, own] of byArticle) index.setArticle(path, own);
  return index.findings();
}

export class ConsistencyIndex {
  private readonly groups = new Map<string, IndexedGroup>();
  private readonly keysOf = new Map<string, Set<string>>();

  constructor(
    private readonly options: ConsistencyOptions,
    /** How one group is checked (tests count the calls). */
    private readonly checkGroup: typeof findingsOfGroup = findingsOfGroup,
  ) {}

  /** Replaces the claims of one article (all of them must carry this path). */
  setArticle(path: string, claims: readonly Claim[]): void {
    this.deleteArticle(path);
    const keys = new Set<string>();
    for (const c of claims) {
      const key = groupKey(c);
      if (key === null) continue;
      keys.add(key);
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = { members: new Map(), findings: null, firstPath: '', firstStart: 0 }));
      pushTo(g.members, path, c);
    }
    for (const key of keys) this.touch(this.groups.get(key)!);
    this.keysOf.set(path, keys);
  }

  deleteArticle(path: string): void {
    for (const key of this.keysOf.get(path) ?? []) {
      const g = this.groups.get(key)!;
      g.members.delete(path);
      if (g.members.size === 0) this.groups.delete(key);
      else this.touch(g);
    }
    this.keysOf.delete(path);
  }

  /** The claims of one group (see `groupKey`), in article order. */
  claimsInGroup(key: string): Claim[] {
    const g = this.groups.get(key);
    return g ? claimsOf(g) : [];
  }

  /** Every finding, numbered in the order a full pass would produce them. */
  findings(): Finding[] {
    const ordered = [...this.groups.values()].sort((a, b) => compare(a.firstPath, b.firstPath) || a.firstStart - b.firstStart);
    const out: Omit<Finding, 'id'>[] = [];
    for (const g of ordered) out.push(...(g.findings ??= this.checkGroup(claimsOf(g), this.options)));
    return out.map((f, i) => ({ id: `f${i + 1}`, ...f }));
  }

  private touch(g: IndexedGroup): void {
    g.findings = null;
    g.firstPath = [...g.members.keys()].reduce((a, b) => (compare(a, b) <= 0 ? a : b));
    g.firstStart = g.members.get(g.firstPath)![0].start;
  }
}

function claimsOf(g: IndexedGroup): Claim[] {
  return [...g.members.keys()].sort(compare).flatMap((path) => g.members.get(path)!);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
