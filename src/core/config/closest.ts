/**
 * Edit distance between two strings (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two adjacent characters each cost 1).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate nearest to `word` (case-insensitively), when it is near enough to be a likely
 * typo: one edit in three characters, at least one (none for names of one or two letters,
 * where one edit makes another name: `fr` is not a typo for `ar`).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance && d <= (candidate.length < 3 ? 0 : Math.max(1, Math.floor(candidate.length / 3)))) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
