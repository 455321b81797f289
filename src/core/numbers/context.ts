// Cues around a figure's core: hedges, percent, currency, time units, ages and years.
import { TokenType, type Token } from '../text/tokenize';
import type { TimeUnit } from './lexicon';
import { keyVariants, prefixLength } from './lookup';
import { matchBackward, matchForward } from './phrase-match';
import {
  AGE_CUES_BEFORE,
  CURRENCY_AFTER_BY_FIRST,
  CURRENCY_BEFORE,
  ERA_AFTER,
  HEDGES_AFTER_BY_FIRST,
  HEDGES_BEFORE_BY_LAST,
  MINUS_WORDS,
  PERCENT_AFTER_BY_FIRST,
  TIME_UNITS,
  WEAK_YEAR_CUES,
  YEAR_CUES,
} from './phrases';
import type { Precision } from './types';

export interface HedgeBefore {
  precision: Precision;
  /** Where the span starts: the hedge, or the figure itself when a bracket stands between them. */
  start: number | null;
  first: number;
}

const OPENING_BRACKETS = new Set(['(', '[']);

/**
 * A hedge ending right before token `first`, not reaching back past token `floor`. A hedge
 * before an opening bracket (`حوالي ( ٧ سنتات )`) applies without entering the span.
 */
export function hedgeBefore(text: string, tokens: Token[], first: number, floor: number): HedgeBefore | null {
  const direct = hedgeEndingAt(text, tokens, first, floor);
  if (direct) return direct;
  const open = tokens[first - 1];
  if (!open || !OPENING_BRACKETS.has(open.key) || first - 1 < floor) return null;
  const across = hedgeEndingAt(text, tokens, first - 1, floor);
  return across ? { ...across, start: null } : null;
}

function hedgeEndingAt(text: string, tokens: Token[], first: number, floor: number): HedgeBefore | null {
  const last = tokens[first - 1];
  if (!last) return null;
  const candidates = keyVariants(last).flatMap((k) => HEDGES_BEFORE_BY_LAST.get(k) ?? []);
  candidates.sort((a, b) => b.words.length - a.words.length);
  for (const h of candidates) {
    const at = matchBackward(tokens, first, h.words);
    if (at < floor || at < 0) continue;
    const t = tokens[at];
    const letters = t.key.length - h.words[0].length;
    const start = letters > 0 && t.type === TokenType.ArabicWord ? t.start + prefixLength(text, t.start, letters) : t.start;
    return { precision: h.precision, start, first: at };
  }
  return null;
}

/** A hedge right after token `last` (in the span) or after one or two more words (precision only). */
export function hedgeAfter(tokens: Token[], last: number): { precision: Precision; last: number; inSpan: boolean } | null {
  for (let skip = 0; skip <= 2; skip++) {
    const j = last + 1 + skip;
    if (skip > 0) {
      const w = tokens[j - 1];
      if (!w || w.breaks > 0 || (w.type !== TokenType.ArabicWord && w.type !== TokenType.LatinWord)) return null;
    }
    const t = tokens[j];
    for (const h of (t && HEDGES_AFTER_BY_FIRST.get(t.key)) || []) {
      const end = matchForward(tokens, j, h.words);
      if (end > 0 && tokens[j].breaks === 0) return { precision: h.precision, last: end - 1, inSpan: skip === 0 };
    }
  }
  return null;
}

/** Index of the last token of a percent marker after `last`, or -1. */
export function percentAfter(tokens: Token[], last: number): number {
  const j = last + 1;
  if (!tokens[j] || tokens[j].breaks > 0) return -1;
  for (const p of PERCENT_AFTER_BY_FIRST.get(tokens[j].key) ?? []) {
    const end = matchForward(tokens, j, p);
    if (end > 0) return end - 1;
  }
  return -1;
}

/** A percent sign written before the figure (`%7`, `٪ 12`): its token index, or -1. */
export function percentBefore(tokens: Token[], first: number): number {
  const p = tokens[first - 1];
  if (!p || tokens[first].breaks > 0 || (p.key !== '%' && p.key !== '٪')) return -1;
  const before = tokens[first - 2];
  if (before && !p.spaced && before.type === TokenType.Digits) return -1;
  return first - 1;
}

/** A currency after the figure; `last` is -1 when a closing bracket stands between (`( ١٤,٠٠٠ ) دولار`). */
export function currencyAfter(tokens: Token[], last: number, allowOf: boolean): { code: string; factor: number; last: number } | null {
  let j = last + 1;
  if (!tokens[j] || tokens[j].breaks > 0) return null;
  if (allowOf && (tokens[j].key === 'من' || tokens[j].key === 'of')) j++;
  const acrossBracket = tokens[j]?.key === ')';
  if (acrossBracket) j++;
  for (const c of (tokens[j] && CURRENCY_AFTER_BY_FIRST.get(tokens[j].key)) || []) {
    const end = matchForward(tokens, j, c.words);
    if (end > 0 && tokens[j].breaks === 0) return { code: c.code, factor: c.factor, last: acrossBracket ? -1 : end - 1 };
  }
  return null;
}

/** `$5`, `US$ 5`, `€2.5bn`, `USD 100`: the currency and the index of its first token. */
export function currencyBefore(text: string, tokens: Token[], first: number): { code: string; first: number } | null {
  const p = tokens[first - 1];
  if (!p || tokens[first].breaks > 0) return null;
  const code = CURRENCY_BEFORE.get(p.key);
  if (!code) return null;
  if (p.type === TokenType.LatinWord) {
    const raw = text.slice(p.start, p.end);
    if (raw !== raw.toUpperCase()) return null;
  }
  const us = tokens[first - 2];
  if (p.key === '$' && us && !p.spaced && us.key === 'us') return { code, first: first - 2 };
  return { code, first: first - 1 };
}

export function timeUnitAfter(tokens: Token[], last: number): { unit: TimeUnit; last: number } | null {
  const j = last + 1;
  const t = tokens[j];
  if (!t || t.breaks > 0) return null;
  for (const k of keyVariants(t).slice(0, 1)) {
    const unit = TIME_UNITS.get(k);
    if (unit) return { unit, last: j };
  }
  return null;
}

/** Whether a year-unit figure is someone's age: `البالغ من العمر ٨١ عاما`, `(٨١ عاما)`, `، ٦٨ عامًا،`, `68-year-old`. */
export function isAge(tokens: Token[], first: number, unitLast: number): { last: number } | null {
  const after = tokens[unitLast + 1];
  if (after && after.breaks === 0 && after.key === 'old') return { last: unitLast + 1 };
  if (after?.key === '-' && tokens[unitLast + 2]?.key === 'old' && !after.spaced) return { last: unitLast + 2 };
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (tokens[k + 1].breaks > 0) break;
    if (keyVariants(tokens[k]).some((v) => AGE_CUES_BEFORE.has(v))) return { last: unitLast };
  }
  const before = tokens[first - 1]?.key;
  const close = after?.key;
  if (before === '(' && close === ')') return { last: unitLast };
  if ((before === '،' || before === ',') && (close === '،' || close === ',')) return { last: unitLast };
  return null;
}

/** `aged 58`: an age cue right before a bare figure. */
export function ageCueBefore(tokens: Token[], first: number): boolean {
  const p = tokens[first - 1];
  return !!p && tokens[first].breaks === 0 && (p.key === 'aged' || p.key === 'age');
}

/** `68-year-old`: a figure glued by hyphens to year/old. */
export function hyphenatedAge(tokens: Token[], last: number): number {
  const k = last;
  if (tokens[k + 1]?.key === '-' && tokens[k + 2]?.key === 'year' && tokens[k + 3]?.key === '-' && tokens[k + 4]?.key === 'old') {
    return k + 4;
  }
  return -1;
}

/** Whether a bare 4-digit figure is a year by its neighbours. */
export function isYear(tokens: Token[], i: number, value: number): boolean {
  if (value < 1000 || value > 2199) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nextSameLine = next && next.breaks === 0;
  if (nextSameLine && ERA_AFTER.has(next.key)) return true;
  if (!prev || tokens[i].breaks > 0) return false;
  const variants = keyVariants(prev);
  if (variants.some((v) => YEAR_CUES.has(v))) return true;
  if (variants.some((v) => WEAK_YEAR_CUES.has(v)) && value >= 1900 && value <= 2100) {
    return !nextSameLine || (next.type !== TokenType.ArabicWord && next.type !== TokenType.LatinWord) || next.key === 'و' || next.key === 'and';
  }
  if (prev.key === '(' && next?.key === ')') return value >= 1900 && value <= 2100;
  return false;
}

/** A minus sign or word right before the figure: its first token, or -1. */
export function minusBefore(tokens: Token[], first: number): number {
  const p = tokens[first - 1];
  if (!p || tokens[first].breaks > 0) return -1;
  if ((p.key === '-' || p.key === '\u2212') && !tokens[first].spaced) {
    const before = tokens[first - 2];
    if (!before || p.spaced || before.key === '(') {
      if (before && !p.spaced && (before.type === TokenType.Digits || before.type === TokenType.LatinWord)) return -1;
      return first - 1;
    }
    return -1;
  }
  return MINUS_WORDS.has(p.key) ? first - 1 : -1;
}
