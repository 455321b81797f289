import { TokenType, type Token } from '../text/tokenize';
import type { TimeUnit, WordEntry } from './lexicon';
import { lookupWord, type Lookup } from './lookup';
import { ONE_PRONOUN_BEFORE } from './phrases';

/** A figure's core before hedges, units and kinds are attached. */
export interface Core {
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  lo: number;
  hi: number;
  vague: boolean;
  ordinal: boolean;
  /** A bare digit run (candidate year, hour …). */
  plainDigits: boolean;
  /** Dual nouns: يومين is a duration of 2 days, مرتين a count of 2. */
  dualUnit?: TimeUnit | null;
}

interface Slots {
  h: boolean;
  t: boolean;
  u: boolean;
}

const FULL: Slots = { h: true, t: true, u: true };

/** Parses a cardinal number (digits, words, or both) starting at token `i`. */
export function parseCardinal(text: string, tokens: Token[], i: number): Core | null {
  const t0 = tokens[i];
  if (t0.type === TokenType.Digits) return extend(text, tokens, i, i, t0.start, t0.digits!.value, { ...FULL }, true);
  const lk = lookupWord(text, t0);
  if (!lk) return leadingPoint(text, tokens, i);
  const start = t0.start + lk.prefix;
  const e = lk.entry;
  switch (e.t) {
    case 'unit': {
      if (e.v === 1 && t0.key === 'one' && isPronounOne(tokens, i)) return null;
      const teen = teenAfter(tokens, i, e.v);
      if (teen) return extend(text, tokens, i, i + 1, start, teen, { h: false, t: true, u: true }, false);
      return extend(text, tokens, i, i, start, e.v, slotFor(e.v), false);
    }
    case 'teenBase':
      return extend(text, tokens, i, i, start, 10, { h: false, t: true, u: false }, false);
    case 'teen':
      return extend(text, tokens, i, i, start, e.v, { h: false, t: true, u: true }, false);
    case 'tens':
      return extend(text, tokens, i, i, start, e.v, { h: false, t: true, u: false }, false);
    case 'hundred':
      return extend(text, tokens, i, i, start, e.v, { h: true, t: false, u: false }, false);
    case 'scale':
      return startWithScale(text, tokens, i, start, e);
    case 'dozen':
      return e.plural ? vagueAmount(text, tokens, i, start, 20, 99) : extend(text, tokens, i, i, start, 12, { ...FULL }, false);
    case 'vague':
      return vagueAmount(text, tokens, i, start, e.lo, e.hi);
    case 'few':
      return fewAmount(text, tokens, i, start, e.lo, e.hi, !!e.needsScale);
    case 'fraction':
      return extend(text, tokens, i, i, start, e.v, { ...FULL }, false);
    case 'article':
      return afterArticle(text, tokens, i, start);
    case 'dualUnit':
      return { ...single(i, start, tokens[i].end, 2), dualUnit: e.unit };
    default:
      return null;
  }
}

/** `point 77`: a decimal written from its point. */
function leadingPoint(text: string, tokens: Token[], i: number): Core | null {
  if (tokens[i].key !== 'point') return null;
  const dec = decimalWords(text, tokens, i + 1);
  return dec ? { ...single(i, tokens[i].start, tokens[dec.last].end, dec.value), last: dec.last } : null;
}

function single(i: number, start: number, end: number, value: number): Core {
  return { first: i, last: i, start, end, value, lo: value, hi: value, vague: false, ordinal: false, plainDigits: false };
}

function slotFor(v: number): Slots {
  return v >= 10 ? { h: false, t: true, u: false } : { h: false, t: false, u: true };
}

function isPronounOne(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (!!before && ONE_PRONOUN_BEFORE.has(before.key)) || (!!after && (after.key === 'of' || after.key === 'another'));
}

/** Arabic unit + عشر/عشرة → 11…19. */
function teenAfter(tokens: Token[], i: number, unit: number): number {
  const next = tokens[i + 1];
  if (!next || next.breaks > 0 || next.type !== TokenType.ArabicWord) return 0;
  if ((next.key === 'عشر' || next.key === 'عشره') && unit >= 1 && unit <= 9) return 10 + unit;
  return 0;
}

function isConnector(t: Token | undefined): boolean {
  return !!t && t.breaks === 0 && (t.key === 'و' || t.key === 'and');
}

/**
 * Extends a number from its first atom: adds tens, units and hundreds joined by و/and,
 * multiplies by scales, and reads `7 آلاف و939`. `digitsFirst` locks the small slots.
 */
function extend(text: string, tokens: Token[], first: number, last: number, start: number, groupValue: number, slots: Slots, digitsFirst: boolean): Core {
  let total = 0;
  let group = groupValue;
  let lastScale = Infinity;
  let lastWasScale = false;
  let lastUnitAdded = -1;
  const english = tokens[first].type === TokenType.LatinWord || (digitsFirst && tokens[last + 1]?.type === TokenType.LatinWord);
  for (;;) {
    let j = last + 1;
    let conj = false;
    if (isConnector(tokens[j])) {
      conj = true;
      j++;
    } else if (english && tokens[j]?.key === '-' && !tokens[j].spaced && tokens[j + 1] && !tokens[j + 1].spaced && slots.t && !slots.u) {
      j++;
    }
    const a = tokens[j];
    if (!a || a.breaks > 0) break;
    if (a.type === TokenType.Digits) {
      if (conj && lastWasScale && a.digits!.fracDigits === 0 && a.digits!.value < lastScale && !a.digits!.grouped) {
        group = a.digits!.value;
        slots = { ...FULL };
        lastWasScale = false;
        last = j;
        continue;
      }
      break;
    }
    const lk: Lookup | null = lookupWord(text, a);
    if (!lk || lk.prep) {
      if (!lk && (a.key === 'point' || a.key === 'فاصله') && !conj) {
        const dec = decimalWords(text, tokens, j + 1);
        if (dec) {
          group += dec.value;
          slots = { ...FULL };
          last = dec.last;
          continue;
        }
      }
      break;
    }
    if (lk.conj) {
      if (conj) break;
      conj = true;
    }
    const e: WordEntry = lk.entry;
    const arabic = a.type === TokenType.ArabicWord;
    if (e.t === 'scale') {
      const S = e.v;
      if (conj) {
        if (e.form === 'pluralOrVague' || group !== 0 || S >= lastScale) break;
        total += (e.form === 'dual' ? 2 : 1) * S;
      } else if (group !== 0) {
        if (e.form === 'dual' || S >= lastScale) break;
        total += group * S;
        group = 0;
      } else if (total > 0 && S > lastScale) {
        total *= S;
      } else break;
      lastScale = S;
      lastWasScale = true;
      slots = { h: false, t: false, u: false };
      lastUnitAdded = -1;
      last = j;
      continue;
    }
    if (e.t === 'hundred') {
      if (!conj && e.bare && group >= 1 && group <= 19 && !slots.h && !lastWasScale) {
        group *= 100;
        slots = { h: true, t: false, u: false };
      } else if ((conj || (english && lastWasScale)) && !slots.h && !slots.t && !slots.u) {
        group += e.v;
        slots.h = true;
      } else if (!conj && e.bare && digitsFirst && group >= 1 && group <= 99 && Number.isInteger(group) && !lastWasScale) {
        group *= 100;
        slots = { ...FULL };
      } else break;
      lastWasScale = false;
      last = j;
      continue;
    }
    if (e.t === 'tens' || e.t === 'teen' || (e.t === 'unit' && e.v >= 1) || e.t === 'teenBase') {
      const v = e.t === 'teenBase' ? 10 : e.v;
      const needsT = v >= 10;
      const needsU = e.t === 'teen' || (v < 10);
      const allowedJoin = arabic ? conj : conj || lastWasScale || slots.h || (slots.t && !slots.u && v < 10);
      if (!allowedJoin || (needsT && slots.t) || (needsU && slots.u)) break;
      if (english && e.t === 'unit' && slots.t && slots.u) break;
      let value = v;
      let end = j;
      if (arabic && e.t === 'unit') {
        const teen = teenAfter(tokens, j, v);
        if (teen) {
          value = teen;
          end = j + 1;
        }
      }
      if (value >= 10) slots.t = true;
      if (value < 10 || value > 10) slots.u = slots.u || value % 10 !== 0 || e.t === 'teen';
      group += value;
      lastUnitAdded = value < 10 ? value : -1;
      lastWasScale = false;
      last = end;
      continue;
    }
    if (e.t === 'fraction' && conj) {
      group += e.v;
      last = j;
      break;
    }
    if (e.t === 'fractionPlural' && !conj && group >= 1) {
      if (lastUnitAdded > 0 && group !== lastUnitAdded) group = group - lastUnitAdded + lastUnitAdded / e.denom;
      else group = group / e.denom;
      last = j;
      break;
    }
    if (e.t === 'dozen' && !conj && group >= 1 && !lastWasScale) {
      group *= 12;
      slots = { ...FULL };
      last = j;
      continue;
    }
    break;
  }
  const value = round(total + group);
  const plainDigits = digitsFirst && first === last;
  return { first, last, start, end: tokens[last].end, value, lo: value, hi: value, vague: false, ordinal: false, plainDigits };
}

/** Reads `point two` / `فاصلة سبعة` digit words after a number. */
function decimalWords(text: string, tokens: Token[], j: number): { value: number; last: number } | null {
  let digits = '';
  let last = -1;
  for (let k = j; k < tokens.length && tokens[k].breaks === 0; k++) {
    const t = tokens[k];
    if (t.type === TokenType.Digits && digits === '' && t.digits!.fracDigits === 0) {
      return { value: Number('0.' + text.slice(t.start, t.end).replace(/\D/g, '') || '0'), last: k };
    }
    const lk = lookupWord(text, t);
    if (!lk || lk.entry.t !== 'unit' || lk.entry.v > 9) break;
    digits += String(lk.entry.v);
    last = k;
  }
  return digits ? { value: Number('0.' + digits), last } : null;
}

function startWithScale(text: string, tokens: Token[], i: number, start: number, e: Extract<WordEntry, { t: 'scale' }>): Core | null {
  const S = e.v;
  if (e.form === 'pluralOrVague') {
    const core = single(i, start, tokens[i].end, 2 * S);
    return { ...core, lo: 2 * S, hi: 10 * S - 1, vague: true };
  }
  const value = e.form === 'dual' ? 2 * S : S;
  const core = extend(text, tokens, i, i, start, 0, { h: false, t: false, u: false }, false);
  // extend() starts from an empty group: add the scale itself, then whatever followed it.
  const rest = core.last > i ? core.value : 0;
  const total = round(value + rest);
  return { ...core, value: total, lo: total, hi: total };
}

/** عشرات / مئات / dozens, optionally of a scale: `عشرات الآلاف`, `hundreds of thousands`. */
function vagueAmount(text: string, tokens: Token[], i: number, start: number, lo: number, hi: number): Core {
  let last = i;
  let j = i + 1;
  if (tokens[j]?.key === 'of' && tokens[j].breaks === 0) j++;
  const scale = scaleAt(text, tokens, j);
  if (scale && tokens[j].breaks === 0) {
    lo *= scale;
    hi = hi * scale + scale - 1;
    last = j;
  }
  return { first: i, last, start, end: tokens[last].end, value: lo, lo, hi, vague: true, ordinal: false, plainDigits: false };
}

/** بضع / عدة / a few / several, optionally times a scale. */
function fewAmount(text: string, tokens: Token[], i: number, start: number, lo: number, hi: number, needsScale: boolean): Core | null {
  const scale = scaleAt(text, tokens, i + 1) || hundredsAt(text, tokens, i + 1);
  if (scale && tokens[i + 1].breaks === 0) {
    const last = i + 1;
    return { first: i, last, start, end: tokens[last].end, value: lo * scale, lo: lo * scale, hi: hi * scale, vague: true, ordinal: false, plainDigits: false };
  }
  if (needsScale) return null;
  return { first: i, last: i, start, end: tokens[i].end, value: lo, lo, hi, vague: true, ordinal: false, plainDigits: false };
}

function scaleAt(text: string, tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!t) return 0;
  const lk = lookupWord(text, t)?.entry;
  return lk && lk.t === 'scale' && lk.form !== 'dual' ? lk.v : 0;
}

function hundredsAt(text: string, tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!t) return 0;
  const lk = lookupWord(text, t)?.entry;
  if (!lk) return 0;
  if (lk.t === 'vague' && lk.lo === 200) return 100;
  if (lk.t === 'vague' && lk.lo === 20) return 10;
  if (lk.t === 'hundred' && lk.bare) return 100;
  return 0;
}

/** `a hundred`, `a thousand`, `a dozen`, `a few`, `a couple`, `a half`. */
function afterArticle(text: string, tokens: Token[], i: number, start: number): Core | null {
  const next = tokens[i + 1];
  if (!next || next.breaks > 0 || next.type !== TokenType.LatinWord) return null;
  if (next.key === 'couple' || next.key === 'pair') {
    const last = tokens[i + 2]?.key === 'of' && tokens[i + 2].breaks === 0 ? i + 2 : i + 1;
    return { ...single(i, start, tokens[last].end, 2), last };
  }
  const lk = lookupWord(text, next);
  if (!lk) return null;
  const e = lk.entry;
  if (e.t === 'few') return fewAmount(text, tokens, i + 1, start, e.lo, e.hi, false);
  if (e.t === 'fraction') return { ...single(i, start, next.end, e.v), last: i + 1 };
  if (e.t === 'dozen' && !e.plural) {
    const core = extend(text, tokens, i, i + 1, start, 12, { ...FULL }, false);
    return ofAfter(tokens, core);
  }
  if (e.t === 'hundred' && e.bare) return extend(text, tokens, i, i + 1, start, 100, { h: true, t: false, u: false }, false);
  if (e.t === 'scale' && e.form === 'singular') {
    const core = startWithScale(text, tokens, i + 1, start, e);
    return core && { ...core, first: i };
  }
  return null;
}

/** `a dozen of`: the trailing `of` belongs to the expression. */
function ofAfter(tokens: Token[], core: Core): Core {
  const of = tokens[core.last + 1];
  return of && of.key === 'of' && of.breaks === 0 ? { ...core, last: core.last + 1, end: of.end } : core;
}

/** Ordinal words: الثامن، الحادي عشر، الخامس والعشرين، second, twenty-first. */
export function parseOrdinal(text: string, tokens: Token[], i: number): Core | null {
  const t0 = tokens[i];
  const lk = lookupWord(text, t0);
  if (!lk) return null;
  const start = t0.start + lk.prefix;
  const e = lk.entry;
  if (e.t === 'tens' && t0.type === TokenType.LatinWord) {
    let j = i + 1;
    if (tokens[j]?.key === '-' && !tokens[j].spaced) j++;
    const next = tokens[j];
    const nl = next && next.breaks === 0 ? lookupWord(text, next) : null;
    if (nl && nl.entry.t === 'ordinal' && nl.entry.v >= 1 && nl.entry.v <= 9) return ordinalCore(i, j, start, tokens, e.v + nl.entry.v);
    return null;
  }
  if (e.t !== 'ordinal') return null;
  let value = e.v;
  let last = i;
  const next = tokens[i + 1];
  if (t0.type === TokenType.ArabicWord && next && next.breaks === 0) {
    if ((next.key === 'عشر' || next.key === 'عشره') && value <= 9) {
      value += 10;
      last = i + 1;
    } else {
      const conjTens = tensWithConj(text, tokens, i + 1);
      if (conjTens && value <= 9) {
        value += conjTens.value;
        last = conjTens.last;
      }
    }
  }
  if (e.compound && last === i) return null;
  return ordinalCore(i, last, start, tokens, value);
}

function tensWithConj(text: string, tokens: Token[], j: number): { value: number; last: number } | null {
  let k = j;
  let conj = false;
  if (tokens[k]?.key === 'و') {
    conj = true;
    k++;
  }
  const t = tokens[k];
  if (!t || t.breaks > 0) return null;
  const lk = lookupWord(text, t);
  if (!lk || lk.entry.t !== 'tens' || !(conj || lk.conj)) return null;
  return { value: lk.entry.v, last: k };
}

function ordinalCore(first: number, last: number, start: number, tokens: Token[], value: number): Core {
  return { first, last, start, end: tokens[last].end, value, lo: value, hi: value, vague: false, ordinal: true, plainDigits: false };
}

/** Drops binary noise (2.2 × 10⁶ = 2200000.0000000005) to 15 significant digits. */
export function round(v: number): number {
  return Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(15)) : v;
}
