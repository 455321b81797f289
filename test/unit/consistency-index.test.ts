// The incremental index gives exactly what a full pass gives, after any sequence of article
// updates and deletions, and re-checks only the groups an update touches.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConsistencyIndex, findInconsistencies, settingsFrom, type Claim } from '../../src/core';
import { findingsOfGroup, groupKey } from '../../src/core/consistency/find-findings';
import { DEFAULT_CONFIG_TEXT } from '../../src/core/config/default-config';
import { parseConfig } from '../../src/core/config/parse-config';
import { seededRandom } from './helpers/random';

const OPTIONS = settingsFrom({}).consistency;
const PATHS = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];

function randomClaims(random: () => number, path: string): Claim[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const n = Math.floor(random() * 5);
  return Array.from({ length: n }, (_, i) => {
    const value = pick([10, 12, 16, 18, 160, 164]);
    const precision = pick(['exact', 'exact', 'approximate', 'atLeast'] as const);
    const start = i * 100;
    return {
      id: `${path}#${start}`, path, start, end: start + 3, line: i, character: 0, text: String(value),
      metric: pick(['killed', 'detained']), scope: pick([null, 'security-forces']), location: pick([null, null, 'Almaty']),
      part: random() < 0.1, value, low: value, high: precision === 'atLeast' ? null : value, precision, unit: null,
      date: pick(['2022-01-08', '2022-01-10', null]), source: null, status: pick(['reported', 'reported', 'retracted'] as const), quoted: false,
    } as Claim;
  });
}

test('after random updates and deletions, the index equals a full pass over the same claims', () => {
  const random = seededRandom(42);
  const index = new ConsistencyIndex(OPTIONS);
  const current = new Map<string, Claim[]>();
  for (let step = 0; step < 400; step++) {
    const path = PATHS[Math.floor(random() * PATHS.length)];
    if (random() < 0.2) {
      index.deleteArticle(path);
      current.delete(path);
    } else {
      const claims = randomClaims(random, path);
      index.setArticle(path, claims);
      current.set(path, claims);
    }
    const all = [...current.keys()].sort().flatMap((p) => current.get(p)!);
    assert.deepEqual(index.findings(), findInconsistencies(all, OPTIONS), `step ${step}`);
  }
});

test('an update re-checks only the groups its claims belong to (before or after)', () => {
  const random = seededRandom(7);
  let checked = 0;
  const counting: typeof findingsOfGroup = (claims, options) => {
    checked++;
    return findingsOfGroup(claims, options);
  };
  const index = new ConsistencyIndex(OPTIONS, counting);
  const articles = new Map(PATHS.map((p) => [p, randomClaims(random, p)]));
  for (const [path, claims] of articles) index.setArticle(path, claims);
  const groups = (claims: readonly Claim[]) => new Set(claims.map(groupKey).filter((k) => k !== null));
  index.findings();
  const all = groups([...articles.values()].flat()).size;
  assert.equal(checked, all);
  assert.ok(all > 3);

  checked = 0;
  index.findings();
  assert.equal(checked, 0, 'nothing changed: nothing is checked again');

  const next = randomClaims(random, 'b.txt');
  const touched = new Set([...groups(articles.get('b.txt')!), ...groups(next)]);
  index.setArticle('b.txt', next);
  index.findings();
  assert.equal(checked, touched.size);
  assert.ok(touched.size < all);
});

test('the default configuration that "open configuration" creates is valid and changes nothing', () => {
  const parsed = parseConfig(DEFAULT_CONFIG_TEXT, 'corpus-review.yaml');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.config, {});
});
