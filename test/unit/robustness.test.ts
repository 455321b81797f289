// Robustness of recognizeNumbers: property tests (fast-check, fixed seeds) over arbitrary and
// news-like strings, and fixed stress inputs. No timing assertions here: how the running time
// grows with these stress inputs is measured by `npm run bench` (section "scaling").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { recognizeNumbers } from '../../src/core';
import type { NumberMention, RecognizeOptions } from '../../src/core';
import { lineStarts, positionOf } from './helpers/positions';

const SEED = 20220105;
const RUNS = 300;
const params = (seedOffset: number) => ({ seed: SEED + seedOffset, numRuns: RUNS, includeErrorInReport: true });

// ---------------------------------------------------------------------------------------------
// Invariants

const PRECISIONS = new Set(['exact', 'approximate', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'vague']);
const KINDS = new Set(['quantity', 'percent', 'money', 'ordinal', 'date', 'time', 'duration', 'age']);
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

function show(m: unknown): string {
  const o = { ...(m as Record<string, unknown>) };
  if (typeof o.text === 'string' && o.text.length > 60) o.text = `${o.text.slice(0, 60)}…(${o.text.length} chars)`;
  return JSON.stringify(o);
}

/** Throws an AssertionError naming the mention; the message is built only on failure. */
function check(ok: boolean, i: number, m: unknown, what: string): void {
  if (!ok) assert.fail(`mention #${i} ${show(m)}: ${what}`);
}

const isInt = (x: unknown): x is number => Number.isInteger(x);
const finiteOrNull = (x: unknown): boolean => x === null || (typeof x === 'number' && Number.isFinite(x));
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The invariants every result must satisfy, whatever the input:
 * - the result is an array of objects;
 * - spans: integer offsets, 0 <= start < end <= input.length, text === input.slice(start, end),
 *   sorted by start and non-overlapping (each start >= the previous end);
 * - line/character: the 0-based position of start, lines ending at \n, \r\n or \r;
 * - fields: precision and kind in their enums; value, low, high finite or null;
 *   low <= high when both are set; dates and times have value null.
 */
function checkInvariants(input: string, mentions: unknown): void {
  assert.ok(Array.isArray(mentions), 'recognizeNumbers must return an array');
  const starts = lineStarts(input);
  let prevEnd = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Record<string, unknown>;
    check(typeof m === 'object' && m !== null, i, m, 'not an object');
    const { start, end, text, line, character } = m;
    check(isInt(start) && isInt(end), i, m, 'start and end must be integers');
    const s = start as number;
    const e = end as number;
    check(0 <= s && s < e && e <= input.length, i, m, `span out of bounds or empty (input length ${input.length})`);
    check(text === input.slice(s, e), i, m, `text !== input.slice(start, end) = ${JSON.stringify(input.slice(s, Math.min(e, s + 60)))}`);
    check(s >= prevEnd, i, m, `starts at ${s}, before the end of the previous mention (${prevEnd}): unsorted or overlapping`);
    prevEnd = e;
    const pos = positionOf(starts, s);
    check(line === pos.line && character === pos.character, i, m, `line/character should be ${pos.line}/${pos.character}`);
    check(PRECISIONS.has(m.precision as string), i, m, 'precision not in its enum');
    check(KINDS.has(m.kind as string), i, m, 'kind not in its enum');
    check(finiteOrNull(m.value), i, m, 'value must be a finite number or null');
    check(finiteOrNull(m.low) && finiteOrNull(m.high), i, m, 'low and high must be finite numbers or null');
    check(m.low === null || m.high === null || (m.low as number) <= (m.high as number), i, m, 'low > high');
    check(!(m.kind === 'date' || m.kind === 'time') || m.value === null, i, m, 'dates and times must have value null');
  }
}

/**
 * The README's shape of the other fields (kept apart from checkInvariants so that a contract
 * slip does not hide a span bug):
 * - interval per precision when value is set: exact [v, v]; approximate low <= v <= high, both set;
 *   atLeast/moreThan [set, null]; atMost/lessThan [null, set] (the closed end is not required to be
 *   v: "ما لا يزيد عن عشرات" is atMost with value 20, the lower end of عشرات, and high 99);
 *   vague value === low;
 * - unit: percent '%', money an ISO 4217 code, duration/age a time unit, otherwise null;
 * - iso only on dates and times, ASCII digits and ISO punctuation;
 * - a span never cuts a surrogate pair in two.
 */
function checkContract(input: string, mentions: NumberMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const { value: v, low, high } = m;
    if (v !== null) {
      switch (m.precision) {
        case 'exact': check(low === v && high === v, i, m, 'exact: interval must be [value, value]'); break;
        case 'approximate': check(low !== null && high !== null && low <= v && v <= high, i, m, 'approximate: need low <= value <= high'); break;
        case 'atLeast': case 'moreThan': check(low !== null && high === null, i, m, `${m.precision}: interval must be [low, null]`); break;
        case 'atMost': case 'lessThan': check(low === null && high !== null, i, m, `${m.precision}: interval must be [null, high]`); break;
        case 'vague': check(low === v, i, m, 'vague: value must be the lower end'); break;
      }
    }
    switch (m.kind) {
      case 'percent': check(m.unit === '%', i, m, "percent: unit must be '%'"); break;
      case 'money': check(typeof m.unit === 'string' && /^[A-Z]{3}$/.test(m.unit), i, m, 'money: unit must be an ISO 4217 code'); break;
      case 'duration': case 'age': check(TIME_UNITS.has(m.unit as string), i, m, `${m.kind}: unit must be a time unit`); break;
      default: check(m.unit === null, i, m, `${m.kind}: unit must be null`);
    }
    if (m.iso !== undefined) {
      check(m.kind === 'date' || m.kind === 'time', i, m, 'iso on something that is not a date or time');
      check(typeof m.iso === 'string' && /^[-+0-9:.TWZ]+$/.test(m.iso) && /[0-9]/.test(m.iso), i, m, 'iso must be ASCII ISO 8601');
    }
    check(!(isHigh(input.charCodeAt(m.start - 1)) && isLow(input.charCodeAt(m.start))), i, m, 'start cuts a surrogate pair');
    check(!(isHigh(input.charCodeAt(m.end - 1)) && isLow(input.charCodeAt(m.end))), i, m, 'end cuts a surrogate pair');
  }
}

function recognizeChecked(input: string, options?: RecognizeOptions): NumberMention[] {
  const mentions = options === undefined ? recognizeNumbers(input) : recognizeNumbers(input, options);
  checkInvariants(input, mentions);
  return mentions;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const ARABIC_LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ', 'ـ', '\u064B', '\u064E', '\u0651', '\u0652'];
const DIGITS = [...'0123456789', ...'٠١٢٣٤٥٦٧٨٩', ...'۰۱۲۳۴۵۶۷۸۹'];
const SEPARATORS = [',', '.', '٬', '٫', '،'];
const SPACES = [' ', ' ', ' ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u2009', '\u202F', '\u200F', '\u200E'];
const QUOTES = ['"', '“', '”', '«', '»', '„', '‹', '›', "'", '‘', '’'];
const SYMBOLS = ['%', '٪', '$', '€', '£', '-', '+', '\u2212', '–', '/', ':', '(', ')'];
const WORDS = [
  // hedges
  'قرابة', 'حوالي', 'نحو', 'زهاء', 'ما يقارب', 'أكثر من', 'أقل من', 'ما لا يقل عن', 'ما لا يزيد عن', 'على الأقل',
  'about', 'around', 'nearly', 'more than', 'at least', 'up to', 'fewer than', 'over', 'under',
  // number and scale words
  'و', 'ألف', 'آلاف', 'ألفين', 'بألفين', 'مليون', 'ملايين', 'مليار', 'ثلاث', 'ثلاثة', 'مئة', 'مائة', 'عشرين', 'العشرين',
  'عشرات', 'مئات', 'بضع', 'بضعة', 'الأول', 'الثامن',
  'thousand', 'thousands', 'million', 'billion', 'hundred', 'dozens', 'tens of', 'a few', 'several', 'first', '8th',
  // units and cues
  'بالمئة', 'في المئة', 'يورو', 'دولار', 'ريال', 'عام', 'عاما', 'عامًا', 'أيام', 'ساعة', 'قتيلًا', 'كانون الثاني', 'يناير',
  'صباحاً', 'مساءً', 'البالغ من العمر', 'percent', 'per cent', 'years', 'year-old', 'aged', 'in', 'January', 'pm',
];

const pick = (xs: string[]) => fc.constantFrom(...xs);
const token = fc.oneof(
  { weight: 3, arbitrary: pick(ARABIC_LETTERS) },
  { weight: 4, arbitrary: pick(DIGITS) },
  { weight: 2, arbitrary: pick(SEPARATORS) },
  { weight: 3, arbitrary: pick(SPACES) },
  { weight: 1, arbitrary: pick(QUOTES) },
  { weight: 1, arbitrary: pick(SYMBOLS) },
  { weight: 3, arbitrary: pick(WORDS).map((w) => ` ${w} `) },
  { weight: 1, arbitrary: pick(WORDS) },
);
/** Strings built from the news alphabet above. */
const newsText = fc.array(token, { maxLength: 80 }).map((a) => a.join(''));

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** News-alphabet strings with lone surrogates, astral characters and arbitrary code points mixed in. */
const withSurrogates = fc
  .array(fc.oneof({ weight: 4, arbitrary: token }, { weight: 2, arbitrary: loneSurrogate }, { weight: 1, arbitrary: pick(['😀', '𝟙', '\u{1D7D8}']) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) }), { maxLength: 80 })
  .map((a) => a.join(''));

/** A figure in any digit script, with optional grouping and decimals. */
const figure = fc
  .tuple(fc.nat({ max: 9_999_999 }), fc.constantFrom(0, 1, 2), fc.constantFrom<[string, string]>([',', '.'], ['٬', '٫'], ['', '.'], ['', '٫']), fc.option(fc.nat({ max: 99 })))
  .map(([n, script, [group, dec], frac]) => {
    let s = group ? n.toLocaleString('en-US').replace(/,/g, group) : String(n);
    if (frac !== null) s += dec + String(frac);
    const zero = [0x30, 0x660, 0x6f0][script];
    return s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 0x30));
  });
/** A hedge, a figure, a scale word, a unit, a noun: pieces of real news figures, each optional but the figure. */
const statedFigure = fc
  .tuple(
    fc.option(pick(['قرابة', 'نحو', 'أكثر من', 'أقل من', 'ما لا يقل عن', 'about', 'more than', 'up to', 'عشرات', 'بضعة'])),
    fc.option(pick(['-', '+', '$', '€'])),
    figure,
    fc.option(pick(['ألف', 'آلاف', 'مليون', 'مليار', 'thousand', 'million'])),
    fc.option(pick(['%', ' ٪', ' بالمئة', ' يورو', ' دولار', ' عاما', ' أيام', ' قتيلًا', ' على الأقل', ' years', ' people'])),
  )
  .map(([hedge, sign, fig, scale, unit]) => [hedge, `${sign ?? ''}${fig}`, scale].filter((x) => x !== null).join(' ') + (unit ?? ''));
const newsWithFigures = fc
  .array(fc.oneof({ weight: 2, arbitrary: newsText }, { weight: 3, arbitrary: statedFigure }), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(' '));

const options: fc.Arbitrary<RecognizeOptions> = fc
  .record({ language: fc.constantFrom<'ar' | 'en' | undefined>('ar', 'en', undefined), approximateTolerance: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true })) })
  .map(({ language, approximateTolerance }) => ({
    ...(language !== undefined ? { language } : {}),
    ...(approximateTolerance !== null ? { approximateTolerance } : {}),
  }));

// ---------------------------------------------------------------------------------------------
// Properties

describe('recognizeNumbers never throws and keeps its invariants', () => {
  test('fc.string (printable ASCII)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { recognizeChecked(s); }), params(1));
  });

  test('full Unicode strings (fc.string, unit binary)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => { recognizeChecked(s); }), params(2));
  });

  test('strings of the news alphabet: Arabic letters, three digit scripts, separators, quotes, %٪$€, hedge and number words', () => {
    fc.assert(fc.property(newsText, (s) => { recognizeChecked(s); }), params(3));
  });

  test('news alphabet with lone surrogates and astral characters', () => {
    fc.assert(fc.property(withSurrogates, (s) => { recognizeChecked(s); }), params(4));
  });

  test('news-like figures (hedge, sign, grouped digits in any script, scale, unit) amid noise', () => {
    fc.assert(fc.property(newsWithFigures, (s) => { recognizeChecked(s); }), params(5));
  });

  test('with options: language hint and approximate tolerance', () => {
    fc.assert(fc.property(newsWithFigures, options, (s, o) => { recognizeChecked(s, o); }), params(6));
  });

  test('deterministic: the same input twice gives the same result (no state left behind)', () => {
    fc.assert(
      fc.property(fc.array(newsWithFigures, { minLength: 2, maxLength: 4 }), (texts) => {
        const first = texts.map((t) => JSON.stringify(recognizeNumbers(t)));
        const second = texts.map((t) => JSON.stringify(recognizeNumbers(t)));
        assert.deepEqual(second, first);
      }),
      params(7),
    );
  });

  test('README shape: interval per precision, unit per kind, iso on dates/times only, no cut surrogate pair', () => {
    fc.assert(
      fc.property(fc.oneof(newsWithFigures, withSurrogates), (s) => { checkContract(s, recognizeChecked(s)); }),
      params(8),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Stress inputs. Keep in step with STRESS in bench/lib/stress.mjs (the bench times these at n and
// 8n; here each runs at n = fullN/4 and 4n = fullN and must complete with the invariants intact).

interface Stress { name: string; what: string; items: string[]; fullN: number; numberFree: boolean }
const STRESS: Stress[] = [
  { name: 'digits', what: 'one line of digits (10 MB)', items: [...'1234567890'], fullN: 10_000_000, numberFree: false },
  { name: 'quotes', what: '100,000 quote marks', items: QUOTES, fullN: 100_000, numberFree: true },
  { name: 'alf-wa', what: '"ألف و " repeated (≈1 MB)', items: ['ألف و '], fullN: 100_000, numberFree: false },
  { name: 'spaces', what: '1 MB of spaces', items: [' '], fullN: 1_000_000, numberFree: true },
  { name: 'percent', what: '200,000 %', items: ['%'], fullN: 200_000, numberFree: true },
  { name: 'comma-chain', what: '"1," repeated: one endless digit group', items: ['1,'], fullN: 500_000, numberFree: false },
  { name: 'spaced-digits', what: '"1 " repeated: space-grouped digits', items: ['1 '], fullN: 500_000, numberFree: false },
  { name: 'lines', what: 'a figure on every line, LF, CRLF and CR', items: ['قتل 5 أشخاص\n', 'ارتفع ٧٪\r\n', 'about 3 million\r'], fullN: 60_000, numberFree: false },
  { name: 'hedge-chain', what: '"أكثر من " repeated, no figure', items: ['أكثر من '], fullN: 100_000, numberFree: false },
  { name: 'word-chain', what: '"ثلاث مئة ألف مليون " repeated', items: ['ثلاث ', 'مئة ', 'ألف ', 'مليون '], fullN: 200_000, numberFree: false },
];

/** `items` repeated cyclically until there are n of them. */
function cycle(items: string[], n: number): string {
  const k = Math.floor(n / items.length);
  return items.join('').repeat(k) + items.slice(0, n - k * items.length).join('');
}

describe('stress inputs complete with the invariants intact', () => {
  test('empty string gives no mention', () => {
    assert.deepEqual(recognizeNumbers(''), []);
    assert.deepEqual(recognizeNumbers('', { language: 'en' }), []);
  });

  for (const g of STRESS) {
    test(`${g.name}: ${g.what}, at n = ${g.fullN / 4} and 4n = ${g.fullN}`, (t) => {
      const counts: string[] = [];
      for (const n of [g.fullN / 4, g.fullN]) {
        const input = cycle(g.items, n);
        const mentions = recognizeChecked(input);
        if (g.numberFree) assert.equal(mentions.length, 0, `${g.name} holds no figure, yet ${mentions.length} mention(s), first ${show(mentions[0])}`);
        counts.push(`n=${n} (${input.length} chars): ${mentions.length} mention(s)`);
      }
      t.diagnostic(counts.join('; '));
    });
  }
});
