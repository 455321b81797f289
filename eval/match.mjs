// How predicted mentions are compared with upstream expectations.
//
// Spans are half-open UTF-16 ranges [start, end) into the input.
// - "exact":   the predicted span equals the expected span.
// - "relaxed": the spans overlap and one contains the other (either way). The engine's spans
//   include hedges, signs, currency/percent markers and time units, and leave out one-letter
//   proclitics (و/ب/ل), so a prediction may be a little longer or a little shorter than the
//   upstream span. A partial overlap (neither contains the other) is no match.
// - Values: numeric equality with relative tolerance 1e-9 (exact for 0).
// - A prediction may recall several expected spans (e.g. one date covering "5", "17", "2018").

export const REL_TOL = 1e-9;

export function sameValue(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) {
    return false;
  }
  if (a === b) return true;
  return Math.abs(a - b) <= REL_TOL * Math.max(Math.abs(a), Math.abs(b));
}

/** Both null, or the same number. */
export function sameBound(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a ?? null) === (b ?? null);
  }
  return sameValue(a, b);
}

export function overlaps(a, b) {
  if (a.start === a.end || b.start === b.end) return a.start >= b.start && a.start <= b.end;
  return a.start < b.end && b.start < a.end;
}

/** 'exact' | 'relaxed' | null for a predicted span p against an expected span e. */
export function relation(p, e) {
  if (p.start === e.start && p.end === e.end) return 'exact';
  if (!overlaps(p, e)) return null;
  const pInE = p.start >= e.start && p.end <= e.end;
  const eInP = e.start >= p.start && e.end <= p.end;
  return pInE || eInP ? 'relaxed' : null;
}

/**
 * Finds `text` in `input`, case-insensitively, at the occurrence nearest `near`.
 * Returns { start, end, how: 'text' } or null.
 */
export function locateText(input, text, near) {
  const needle = text.trim();
  if (!needle) return null;
  const hay = input.toLowerCase();
  const low = needle.toLowerCase();
  if (hay.length !== input.length || low.length !== needle.length) return null;
  let best = null;
  for (let i = hay.indexOf(low); i !== -1; i = hay.indexOf(low, i + 1)) {
    if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best === null ? null : { start: best, end: best + needle.length, how: 'text' };
}

/** Offsets as given, with surrounding whitespace trimmed off the span. */
export function spanFromOffsets(input, start, endExclusive) {
  let s = Math.max(0, start);
  let e = Math.min(input.length, endExclusive);
  while (s < e && /\s/u.test(input[s])) s++;
  while (e > s && /\s/u.test(input[e - 1])) e--;
  return s < e ? { start: s, end: e, how: 'offsets' } : null;
}

// Text a whole-string mention may leave uncovered: spacing, punctuation, format marks;
// before it also one glued one-letter proclitic.
const LEFT_OVER_BEFORE = /^[\s\p{P}\p{Cf}\u0640]*[وبلفك]?$/u;
const LEFT_OVER_AFTER = /^[\s\p{P}\p{Cf}\u0640]*$/u;

/** Does mention m cover (essentially) the whole input? exact = covers the trimmed input exactly. */
export function coverage(input, m) {
  const before = input.slice(0, m.start);
  const after = input.slice(m.end);
  const covers = LEFT_OVER_BEFORE.test(before) && LEFT_OVER_AFTER.test(after);
  const exact = before.trim() === '' && after.trim() === '';
  return { covers, exact: covers && exact };
}

/**
 * Span suites (upstream lists the numbers of the input). expected items:
 * { start, end, value (number|null), inactive?: reason } — inactive items (skipped or
 * excluded by review) are neither recalled nor missed, and predictions overlapping them are
 * ignored. fpKinds: kinds of prediction that count as false positives (null = none counted).
 * valueKind: kind a prediction must have for its value to count as right (null = any).
 */
export function scoreSpans(expected, predictions, { fpKinds, valueKind }) {
  const items = expected.map((e) => {
    if (e.inactive) return { ...e, status: 'inactive', valueOk: null, match: null };
    const cands = predictions
      .map((p, i) => ({ i, p, rel: relation(p, e) }))
      .filter((c) => c.rel !== null)
      .map((c) => ({ ...c, vok: valueMatches(c.p, e.value, valueKind) }));
    const rank = (c) => (c.rel === 'exact' ? 0 : 2) + (c.vok ? 0 : 1);
    cands.sort((a, b) => rank(a) - rank(b));
    const best = cands[0];
    if (!best) return { ...e, status: 'missed', valueOk: e.value === null ? null : false, match: null };
    return {
      ...e,
      status: cands.some((c) => c.rel === 'exact') ? 'exact' : 'relaxed',
      valueOk: e.value === null ? null : best.vok,
      match: best.i,
    };
  });
  const active = items.filter((e) => e.status !== 'inactive');
  const inactive = expected.filter((e) => e.inactive);
  let tp = 0;
  let fp = 0;
  const roles = predictions.map((p) => {
    const inScope = fpKinds !== null && fpKinds.includes(p.kind);
    if (active.some((e) => relation(p, e) !== null)) {
      if (inScope) tp++;
      return inScope ? 'tp' : 'match';
    }
    if (inactive.some((e) => overlaps(p, e))) return 'ignored';
    if (inScope) {
      fp++;
      return 'fp';
    }
    return 'out-of-scope';
  });
  return { items, roles, tp, fp };
}

function valueMatches(p, value, valueKind) {
  if (value === null) return false;
  if (valueKind && p.kind !== valueKind) return false;
  return sameValue(p.value, value);
}

/**
 * Whole-string suites: the input is one expression. expect:
 * { value?: number | number[], low?, high? (checked when `interval` is set), kind?: string,
 *   interval?: boolean, forbidKind?: string }. With forbidKind the record is a negative: it
 * passes when no mention of that kind is found. Otherwise it passes when exactly one mention
 * is found, it covers (essentially) the whole input, has the kind (if given) and the value
 * (any of the alternatives) or interval.
 */
export function judgeWhole(input, mentions, expect) {
  if (expect.forbidKind) {
    const bad = mentions.filter((m) => expect.forbidKind === '*' || m.kind === expect.forbidKind);
    return { pass: bad.length === 0, reason: bad.length ? `found ${bad.map((m) => m.kind).join(', ')}` : null, cover: null, exact: null };
  }
  if (mentions.length === 0) return { pass: false, reason: 'nothing found', cover: false, exact: false };
  const cov = mentions.length === 1 ? coverage(input, mentions[0]) : { covers: false, exact: false };
  if (mentions.length > 1) {
    return { pass: false, reason: `${mentions.length} mentions instead of one`, cover: false, exact: false };
  }
  const m = mentions[0];
  const out = (reason) => ({ pass: reason === null, reason, cover: cov.covers, exact: cov.exact });
  if (!cov.covers) return out('span does not cover the input');
  if (expect.kind && m.kind !== expect.kind) return out(`kind ${m.kind}, expected ${expect.kind}`);
  if (expect.interval) {
    const ok = sameBound(m.low, expect.low) && sameBound(m.high, expect.high);
    return out(ok ? null : `interval [${m.low}, ${m.high}], expected [${expect.low ?? null}, ${expect.high ?? null}]`);
  }
  const values = Array.isArray(expect.value) ? expect.value : [expect.value];
  return out(values.some((v) => sameValue(m.value, v)) ? null : `value ${m.value}, expected ${values.join(' or ')}`);
}
