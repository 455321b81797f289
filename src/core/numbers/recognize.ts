import { mergeDisplacedHedges } from './displaced-hedge';
import { LineIndex } from '../text/lines';
import { MAX_FIGURE_DIGITS, TokenType, tokenize, type Token } from '../text/tokenize';
import { parseCardinal, parseOrdinal, round, type Core } from './cardinal';
import {
  ageCueBefore,
  currencyAfter,
  currencyBefore,
  hedgeAfter,
  hedgeBefore,
  hyphenatedAge,
  isAge,
  isYear,
  minusBefore,
  percentAfter,
  percentBefore,
  timeUnitAfter,
} from './context';
import { DATE_OPENERS, MONTH_FIRST_WORDS, monthAt, parseDateAt } from './dates';
import { arabicWords, englishWords, GLUED_SCALES, ORDINAL_SUFFIXES, VULGAR_FRACTIONS } from './lexicon';
import { lookupWord } from './lookup';
import { matchForward } from './phrase-match';
import { ERA_AFTER, type Phrase } from './phrases';
import { EndingFilter, wordKey } from '../text/normalize';
import type { NumberKind, NumberMention, Precision, RecognizeOptions } from './types';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'«»“”]*/gi;
const HIJRI_MONTHS: Phrase[] = 'ربيع الأول|ربيع الثاني|ربيع الآخر|جمادى الأولى|جمادى الآخرة|جمادى الثانية'
  .split('|')
  .map((p) => p.split(' ').map(wordKey));
const HIJRI_FIRST_WORDS = new Set(HIJRI_MONTHS.map((p) => p[0]));
/** Endings of every word that can start a figure: number words, month names, date openers, `point`. */
const STARTER_ENDINGS = new EndingFilter([...arabicWords.keys(), ...englishWords.keys(), ...MONTH_FIRST_WORDS, ...HIJRI_FIRST_WORDS, ...DATE_OPENERS, 'point']);

/** What the scanner knows about a figure once its core and neighbours are read. */
interface Draft {
  core: Core;
  start: number;
  last: number;
  kind: NumberKind;
  unit: string | null;
  precision: Precision;
  value: number;
  lo: number;
  hi: number;
  iso?: string;
}

/** Every numeric expression in `text`, in order of position. Never throws on any string. */
export function recognizeNumbers(text: string, options: RecognizeOptions = {}): NumberMention[] {
  const tolerance = options.approximateTolerance ?? 0.1;
  const tokens = tokenize(text);
  const urls = urlRanges(text);
  const lines = new LineIndex(text);
  const out: NumberMention[] = [];
  let floor = 0; // first token not yet consumed by an earlier mention
  let prevKind: NumberKind | null = null;
  let prevLast = -2;
  let u = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    while (u < urls.length && urls[u][1] <= t.start) u++;
    if (u < urls.length && urls[u][0] <= t.start) {
      i++;
      continue;
    }
    if (t.type === TokenType.Punct) {
      const frac = VULGAR_FRACTIONS.get(t.key);
      if (frac !== undefined) out.push(mention(text, lines, t.start, t.end, round(frac), round(frac), round(frac), 'exact', 'quantity', null));
      i++;
      continue;
    }
    if (t.type !== TokenType.Digits && !t.passes(STARTER_ENDINGS)) {
      i++; // the common case: a word that cannot start a figure
      continue;
    }
    const date = parseDateAt(text, tokens, i);
    if (date) {
      out.push(mention(text, lines, date.start, date.end, null, null, null, 'exact', date.kind, null, date.iso));
      floor = i = date.last + 1;
      prevKind = date.kind;
      prevLast = date.last;
      continue;
    }
    if (t.type === TokenType.ArabicWord) {
      const skip = namedMonthEnd(text, tokens, i);
      if (skip > i) {
        i = skip;
        continue;
      }
    }
    const draft = t.type === TokenType.Digits ? digitsFigure(text, tokens, i) : wordFigure(text, tokens, i);
    if (!draft) {
      i++;
      continue;
    }
    if (draft.core.plainDigits && draft.kind === 'quantity' && (prevKind === 'percent' || prevKind === 'money') && prevLast === i - 1) {
      draft.kind = 'date';
      draft.iso = String(draft.value);
    }
    attachContext(text, tokens, draft, floor, tolerance);
    draft.last = restatementEnd(text, tokens, draft);
    const isDate = draft.kind === 'date' || draft.kind === 'time';
    out.push(
      mention(
        text,
        lines,
        draft.start,
        tokens[draft.last].end,
        isDate ? null : draft.value,
        isDate || Number.isNaN(draft.lo) ? null : draft.lo,
        isDate || Number.isNaN(draft.hi) ? null : draft.hi,
        draft.precision,
        draft.kind,
        draft.unit,
        draft.iso,
      ),
    );
    prevKind = draft.kind;
    prevLast = draft.last;
    floor = i = draft.last + 1;
  }
  return mergeDisplacedHedges(text, out, tolerance);
}

function mention(
  text: string,
  lines: LineIndex,
  start: number,
  end: number,
  value: number | null,
  low: number | null,
  high: number | null,
  precision: Precision,
  kind: NumberKind,
  unit: string | null,
  iso?: string,
): NumberMention {
  const { line, character } = lines.position(start);
  const m: NumberMention = { text: text.slice(start, end), start, end, line, character, value, low, high, precision, kind, unit };
  if (iso !== undefined) m.iso = iso;
  return m;
}

function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (text.indexOf('http') < 0 && text.indexOf('www.') < 0) return out;
  for (const m of text.matchAll(URL_PATTERN)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** Arabic month names outside dates (`كانون الثاني`, `ربيع الأول`) are not ordinals. */
function namedMonthEnd(text: string, tokens: Token[], i: number): number {
  const m = monthAt(text, tokens, i);
  if (m && m.next - i > 1) return m.next;
  if (!HIJRI_FIRST_WORDS.has(tokens[i].key)) return i;
  for (const p of HIJRI_MONTHS) {
    const end = matchForward(tokens, i, p);
    if (end > 0) return end;
  }
  return i;
}

function draftOf(core: Core, kind: NumberKind): Draft {
  return { core, start: core.start, last: core.last, kind, unit: null, precision: core.vague ? 'vague' : 'exact', value: core.value, lo: core.lo, hi: core.hi };
}

function digitsFigure(text: string, tokens: Token[], i: number): Draft | null {
  const t = tokens[i];
  const d = t.digits!;
  if (d.intDigits > MAX_FIGURE_DIGITS) return null;
  const prev = tokens[i - 1];
  if (prev && !t.spaced) {
    // identifiers: G20, COVID-19, F-16, v2.3
    if (prev.type === TokenType.LatinWord) return null;
    if ((prev.key === '-' || prev.key === '_' || prev.key === '/' || prev.key === '#' || prev.key === '@') && tokens[i - 2]?.type === TokenType.LatinWord && !prev.spaced) return null;
  }
  const next = tokens[i + 1];
  if (next && !next.spaced) {
    const frac = VULGAR_FRACTIONS.get(next.key);
    if (frac !== undefined && d.fracDigits === 0) return draftOf({ ...coreOf(t, i, round(d.value + frac)), last: i + 1, end: next.end }, 'quantity');
    if (next.type === TokenType.LatinWord) return scientific(tokens, i) ?? gluedLatinSuffix(text, tokens, i);
    if (next.type === TokenType.ArabicWord) {
      const lk = lookupWord(text, next);
      if (!(lk && lk.entry.t === 'scale') && !ERA_AFTER.has(next.key)) return null;
    }
  }
  const fraction = digitFraction(tokens, i);
  if (fraction) return draftOf(fraction, 'quantity');
  const core = parseCardinal(text, tokens, i);
  if (!core) return null;
  const leadingPoint = decimalPointBefore(tokens, i);
  if (leadingPoint >= 0 && core.plainDigits && d.fracDigits === 0) {
    const frac = Number('0.' + text.slice(t.start, t.end).replace(/\D/g, ''));
    if (Number.isFinite(frac)) {
      const c = { ...core, start: tokens[leadingPoint].start, value: frac, lo: frac, hi: frac, plainDigits: false };
      return draftOf(c, 'quantity');
    }
  }
  const draft = draftOf(core, 'quantity');
  if (core.plainDigits && d.intDigits === 4 && !d.grouped && d.fracDigits === 0 && isYear(tokens, i, d.value)) {
    draft.kind = 'date';
    draft.iso = String(d.value);
    const era = tokens[i + 1];
    if (era && era.breaks === 0 && ERA_AFTER.has(era.key)) draft.last = i + 1;
  }
  return draft;
}

/** `3/4`, `١١/١٠`: a fraction of two small integers (dates were tried first). */
function digitFraction(tokens: Token[], i: number): Core | null {
  const slash = tokens[i + 1];
  const den = tokens[i + 2];
  if (!slash || slash.key !== '/' || slash.spaced || !den || den.spaced || den.type !== TokenType.Digits) return null;
  const after = tokens[i + 3];
  if (after && !after.spaced && (after.key === '/' || after.type !== TokenType.Punct)) return null;
  const a = tokens[i].digits!;
  const b = den.digits!;
  if (a.fracDigits || b.fracDigits || a.grouped || b.grouped || a.value > 999 || b.value < 2 || b.value > 1000) return null;
  const value = round(a.value / b.value);
  return { ...coreOf(tokens[i], i, value), last: i + 2, end: den.end };
}

/** `.77`: a decimal point glued before the digits, not part of a larger number. */
function decimalPointBefore(tokens: Token[], i: number): number {
  const p = tokens[i - 1];
  if (!p || tokens[i].spaced || (p.key !== '.' && p.key !== '٫')) return -1;
  const before = tokens[i - 2];
  if (before && !p.spaced && (before.type === TokenType.Digits || before.type === TokenType.LatinWord || before.type === TokenType.ArabicWord)) return -1;
  return i - 1;
}

/** `1e10`, `1.3e6`, `-12e-1`: scientific notation. */
function scientific(tokens: Token[], i: number): Draft | null {
  const e = tokens[i + 1];
  if (e.key !== 'e') return null;
  let j = i + 2;
  let sign = 1;
  if ((tokens[j]?.key === '-' || tokens[j]?.key === '+') && !tokens[j].spaced) {
    sign = tokens[j].key === '-' ? -1 : 1;
    j++;
  }
  const exp = tokens[j];
  if (!exp || exp.spaced || exp.type !== TokenType.Digits || exp.digits!.fracDigits || exp.digits!.intDigits > 3) return null;
  const after = tokens[j + 1];
  if (after && !after.spaced && after.type !== TokenType.Punct) return null;
  const value = round(tokens[i].digits!.value * Math.pow(10, sign * exp.digits!.value));
  if (!Number.isFinite(value)) return null;
  return draftOf({ ...coreOf(tokens[i], i, value), last: j, end: exp.end }, 'quantity');
}

/** Digits glued to Latin letters: 100k, 2.5bn, 8th, 1990s; anything else is an identifier. */
function gluedLatinSuffix(text: string, tokens: Token[], i: number): Draft | null {
  const t = tokens[i];
  const s = tokens[i + 1];
  const d = t.digits!;
  const after = tokens[i + 2];
  if (after && !after.spaced && (after.type === TokenType.Digits || after.type === TokenType.LatinWord)) return null;
  if (ORDINAL_SUFFIXES.has(s.key) && d.fracDigits === 0 && !d.grouped) {
    return draftOf({ ...coreOf(t, i, d.value), last: i + 1, end: s.end, ordinal: true }, 'ordinal');
  }
  if (s.key === 's' && d.intDigits === 4 && d.value % 10 === 0) {
    const draft = draftOf({ ...coreOf(t, i, d.value), last: i + 1, end: s.end }, 'date');
    draft.iso = String(Math.floor(d.value / 10));
    return draft;
  }
  const scale = GLUED_SCALES.get(text.slice(s.start, s.end)) ?? GLUED_SCALES.get(s.key);
  if (scale && (!scale.needsCurrency || currencyBefore(text, tokens, i))) {
    const v = round(d.value * scale.v);
    return draftOf({ ...coreOf(t, i, v), last: i + 1, end: s.end }, 'quantity');
  }
  return null;
}

function coreOf(t: Token, i: number, value: number): Core {
  return { first: i, last: i, start: t.start, end: t.end, value, lo: value, hi: value, vague: false, ordinal: false, plainDigits: false };
}

function wordFigure(text: string, tokens: Token[], i: number): Draft | null {
  const ordinal = parseOrdinal(text, tokens, i);
  if (ordinal) return draftOf(ordinal, 'ordinal');
  const core = parseCardinal(text, tokens, i);
  if (!core) return null;
  const draft = draftOf(core, 'quantity');
  if (core.dualUnit) {
    draft.kind = 'duration';
    draft.unit = core.dualUnit;
  }
  return draft;
}

/** Reads percent, currency, time units, ages, signs and hedges around the draft, widening its span. */
function attachContext(text: string, tokens: Token[], d: Draft, floor: number, tolerance: number): void {
  const first = d.core.first;
  if (d.kind === 'quantity') {
    const pct = percentAfter(tokens, d.last);
    const pctBefore = pct < 0 ? percentBefore(tokens, first) : -1;
    const curBefore = currencyBefore(text, tokens, first);
    const curAfter = pct < 0 ? currencyAfter(tokens, d.last, d.core.vague || tokens[d.last].type !== TokenType.Digits) : null;
    if (pct >= 0) {
      d.kind = 'percent';
      d.unit = '%';
      d.last = pct;
    } else if (pctBefore >= 0 && pctBefore >= floor) {
      d.kind = 'percent';
      d.unit = '%';
      d.start = tokens[pctBefore].start;
    } else if (curAfter) {
      d.kind = 'money';
      d.unit = curAfter.code;
      if (curAfter.last >= 0) d.last = curAfter.last;
      scaleBy(d, curAfter.factor);
    } else if (curBefore && curBefore.first >= floor) {
      d.kind = 'money';
      d.unit = curBefore.code;
      d.start = tokens[curBefore.first].start;
    } else {
      const age = hyphenatedAge(tokens, d.last);
      const unit = age < 0 ? timeUnitAfter(tokens, d.last) : null;
      if (age >= 0) {
        d.kind = 'age';
        d.unit = 'year';
        d.last = age;
      } else if (!unit && ageCueBefore(tokens, first)) {
        d.kind = 'age';
        d.unit = 'year';
      } else if (unit) {
        const asAge = unit.unit === 'year' ? isAge(tokens, first, unit.last) : null;
        d.kind = asAge ? 'age' : 'duration';
        d.unit = unit.unit;
        d.last = asAge ? asAge.last : unit.last;
      }
    }
  }
  if (d.kind === 'date' || d.kind === 'time') return;
  const minus = minusBefore(tokens, first);
  let signFirst = first;
  if (minus >= floor && minus >= 0 && d.kind !== 'ordinal') {
    d.value = -d.value;
    [d.lo, d.hi] = [-d.hi, -d.lo];
    d.start = Math.min(d.start, tokens[minus].start);
    signFirst = minus;
  }
  if (d.kind === 'ordinal') return;
  const hedgeFirst = Math.min(signFirst, tokenIndexAt(tokens, d.start, first));
  const before = hedgeBefore(text, tokens, hedgeFirst, floor);
  if (before) {
    if (before.start !== null) d.start = before.start;
    applyPrecision(d, before.precision, tolerance);
  } else if (tokens[first - 1]?.key === 'ال' && first - 1 >= floor && d.start === tokens[first].start) {
    // a detached article (الـ ٢٤ ساعة) belongs to the figure as a glued one does (العشرين)
    d.start = tokens[first - 1].start;
  }
  const after = hedgeAfter(tokens, d.last);
  if (after) {
    if (after.inSpan) d.last = after.last;
    if (!before) applyPrecision(d, after.precision, tolerance);
  }
}

/** `forty-five (45)`, `خمسة (5)`: the same figure restated in brackets joins the mention. */
function restatementEnd(text: string, tokens: Token[], d: Draft): number {
  const open = tokens[d.last + 1];
  if (!open || open.key !== '(' || open.breaks > 0 || d.kind !== 'quantity' || d.precision !== 'exact') return d.last;
  const inner = tokens[d.last + 2] && parseCardinal(text, tokens, d.last + 2);
  const close = inner ? tokens[inner.last + 1] : undefined;
  if (!inner || !close || close.key !== ')' || inner.value !== d.value) return d.last;
  const firstIsDigits = tokens[d.core.first].type === TokenType.Digits;
  const innerIsDigits = tokens[inner.first].type === TokenType.Digits;
  return firstIsDigits !== innerIsDigits ? inner.last + 1 : d.last;
}

function tokenIndexAt(tokens: Token[], start: number, fallback: number): number {
  for (let k = fallback; k >= 0 && k >= fallback - 3; k--) if (tokens[k].start <= start && start < tokens[k].end) return k;
  return fallback;
}

function scaleBy(d: Draft, factor: number): void {
  if (factor === 1) return;
  d.value = round(d.value * factor);
  d.lo = round(d.lo * factor);
  d.hi = round(d.hi * factor);
}

function applyPrecision(d: Draft, p: Precision, tolerance: number): void {
  const v = d.value;
  d.precision = p;
  switch (p) {
    case 'approximate': {
      const a = round(v * (1 - tolerance));
      const b = round(v * (1 + tolerance));
      d.lo = Math.min(a, b);
      d.hi = Math.max(a, b);
      break;
    }
    case 'atLeast':
    case 'moreThan':
      d.hi = Number.NaN;
      break;
    case 'atMost':
    case 'lessThan':
      d.hi = d.core.vague ? d.hi : v;
      d.lo = Number.NaN;
      break;
    default:
      break;
  }
}
