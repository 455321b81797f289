/**
 * Reusable checks for `recognizeNumbers` output against hand-written expectations.
 *
 * An expectation names a figure by its own surface text (the span per the README) and the
 * occurrence index `n` of that exact string in the source: the n-th hit (0-based) of a plain
 * `indexOf` scan that also counts hits inside longer strings (`'16'` also occurs inside
 * `'164'`). This keeps expectations independent of the recogniser's output.
 */
import type { NumberKind, NumberMention, Precision } from '../../../src/core';

/** The README's default ±10% for approximate figures. */
export const APPROX_TOLERANCE = 0.1;

export interface Want {
  text: string;
  n: number;
  value: number | null;
  low: number | null;
  high: number | null;
  precision: Precision;
  kind: NumberKind;
  unit: string | null;
  /** Expected `iso`; a list where more than one form is acceptable. Unchecked when absent. */
  iso?: string | readonly string[];
}

/** A span the recogniser may report or not (grey zone); anything reported there is not flagged. */
export interface Tolerated {
  text: string;
  /** Occurrence index as for `Want`; absent: every occurrence. */
  n?: number;
}

type Hedge = Exclude<Precision, 'vague'>;

function interval(value: number, precision: Hedge): [number | null, number | null] {
  switch (precision) {
    case 'exact':
      return [value, value];
    case 'approximate':
      return [value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)];
    case 'atLeast':
    case 'moreThan':
      return [value, null];
    case 'atMost':
    case 'lessThan':
      return [null, value];
  }
}

function figure(text: string, n: number, value: number, precision: Hedge, kind: NumberKind, unit: string | null): Want {
  const [low, high] = interval(value, precision);
  return { text, n, value, low, high, precision, kind, unit };
}

export const qty = (text: string, n: number, value: number, p: Hedge = 'exact'): Want =>
  figure(text, n, value, p, 'quantity', null);
export const pct = (text: string, n: number, value: number, p: Hedge = 'exact'): Want =>
  figure(text, n, value, p, 'percent', '%');
export const money = (text: string, n: number, value: number, unit: string, p: Hedge = 'exact'): Want =>
  figure(text, n, value, p, 'money', unit);
export const dur = (text: string, n: number, value: number, unit: string, p: Hedge = 'exact'): Want =>
  figure(text, n, value, p, 'duration', unit);
export const age = (text: string, n: number, value: number, unit = 'year'): Want =>
  figure(text, n, value, 'exact', 'age', unit);
export const ord = (text: string, n: number, value: number): Want => figure(text, n, value, 'exact', 'ordinal', null);
/** Vague amount: `value` is the lower end. */
export const vague = (
  text: string,
  n: number,
  low: number,
  high: number,
  kind: NumberKind = 'quantity',
  unit: string | null = null,
): Want => ({ text, n, value: low, low, high, precision: 'vague', kind, unit });
/** Dates and times: value and interval null. */
export const date = (text: string, n: number, iso: string | readonly string[]): Want =>
  ({ text, n, value: null, low: null, high: null, precision: 'exact', kind: 'date', unit: null, iso });
export const time = (text: string, n: number, iso: string | readonly string[]): Want =>
  ({ text, n, value: null, low: null, high: null, precision: 'exact', kind: 'time', unit: null, iso });

/** Start of the n-th (0-based) occurrence of `needle`, overlapping hits counted; -1 if none. */
export function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = haystack.indexOf(needle);
  for (let i = 0; i < n && at !== -1; i++) at = haystack.indexOf(needle, at + 1);
  return at;
}

/** 0-based line and character of `offset`; lines end at \n, \r\n or \r. */
export function lineCharAt(source: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) continue; // \r\n: count at the \n
    if (c === 0x0a || c === 0x0d) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function sameNumber(got: unknown, want: number | null): boolean {
  if (want === null) return got === null;
  if (typeof got !== 'number' || !Number.isFinite(got)) return false;
  return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

const show = (v: unknown): string =>
  typeof v === 'string' ? `'${v}'`
  : typeof v === 'number' ? String(Number(v.toPrecision(12)))
  : (JSON.stringify(v) ?? String(v));
const where = (source: string, offset: number): string => {
  const { line, character } = lineCharAt(source, offset);
  return `${line + 1}:${character + 1}`;
};
const brief = (m: NumberMention): string => `'${m.text}' (${m.kind}, ${show(m.value)}, ${m.precision})`;
const overlaps = (m: NumberMention, start: number, end: number): boolean => m.start < end && start < m.end;

/**
 * Every problem with `mentions` against `wants`: missing figures, wrong spans, wrong fields, and
 * mentions that overlap neither an expected nor a tolerated span ("unexpected").
 */
export function checkExpected(
  source: string,
  mentions: readonly NumberMention[],
  wants: readonly Want[],
  tolerated: readonly Tolerated[] = [],
): string[] {
  const problems: string[] = [];
  const claimed: Array<[number, number]> = [];

  for (const w of wants) {
    const label = `'${w.text}' #${w.n}`;
    const start = nthIndexOf(source, w.text, w.n);
    if (start === -1) {
      problems.push(`expectation ${label} does not occur in the seed (has the file changed?)`);
      continue;
    }
    const end = start + w.text.length;
    const clash = claimed.find(([s, e]) => s < end && start < e);
    if (clash) problems.push(`expectation ${label} overlaps another expectation at offset ${clash[0]}`);
    claimed.push([start, end]);
    const hit = mentions.find((m) => m.start === start && m.end === end);
    if (!hit) {
      const near = mentions.filter((m) => overlaps(m, start, end));
      problems.push(
        near.length === 0
          ? `missing ${label} (at ${where(source, start)})`
          : `wrong span for ${label}: got ${near.map(brief).join(', ')}`,
      );
      continue;
    }
    const fields: Array<[string, unknown, unknown, boolean]> = [
      ['value', hit.value, w.value, sameNumber(hit.value, w.value)],
      ['kind', hit.kind, w.kind, hit.kind === w.kind],
      ['precision', hit.precision, w.precision, hit.precision === w.precision],
      ['low', hit.low, w.low, sameNumber(hit.low, w.low)],
      ['high', hit.high, w.high, sameNumber(hit.high, w.high)],
      ['unit', hit.unit, w.unit, hit.unit === w.unit],
    ];
    if (w.iso !== undefined) {
      const ok = typeof w.iso === 'string' ? hit.iso === w.iso : w.iso.includes(hit.iso ?? '\u0000');
      fields.push(['iso', hit.iso, typeof w.iso === 'string' ? w.iso : w.iso.join(' or '), ok]);
    }
    for (const [name, got, want, ok] of fields) {
      if (!ok) problems.push(`wrong ${name} for ${label}: got ${show(got)} want ${show(want)}`);
    }
  }

  for (const t of tolerated) {
    const indices: number[] = [];
    if (t.n === undefined) {
      for (let at = source.indexOf(t.text); at !== -1; at = source.indexOf(t.text, at + 1)) indices.push(at);
    } else {
      indices.push(nthIndexOf(source, t.text, t.n));
    }
    if (indices.length === 0 || indices.includes(-1)) {
      problems.push(`tolerated '${t.text}' #${t.n ?? '*'} does not occur in the seed (has the file changed?)`);
    }
    for (const at of indices) if (at !== -1) claimed.push([at, at + t.text.length]);
  }

  for (const m of mentions) {
    if (!claimed.some(([s, e]) => overlaps(m, s, e))) {
      problems.push(`unexpected mention ${brief(m)} at ${where(source, m.start)}`);
    }
  }
  return problems;
}

const PRECISIONS: readonly string[] = ['exact', 'approximate', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'vague'];
const KINDS: readonly string[] = ['quantity', 'percent', 'money', 'ordinal', 'date', 'time', 'duration', 'age'];
const TIME_UNITS: readonly string[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];

/**
 * Places where a digit is not a figure and may stay outside every mention. Kept small on
 * purpose: each entry is a kind of token, not a particular text.
 */
export const NON_FIGURE_DIGIT_CONTEXTS: readonly RegExp[] = [
  /\b(?:https?:\/\/|www\.)\S+/giu, // URLs
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, // e-mail addresses
  /\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|io|ru|kz|uk|de|fr|tv|me|co)\b/giu, // domains: BTC.com, 1tv.ru
  /[@#][\p{L}\p{N}_]+/gu, // handles and hashtags
  /\b[A-Za-z]+[-_]?\p{Nd}+[\w-]*/gu, // Latin codes and names: COVID-19, G20, F-16, MH17, IMG_1234
  /\b\p{Nd}+[A-Z]+\b/gu, // 5G, 4K, 3D (uppercase only, so `8th` still needs a mention)
  /كوفيد[-\s]?\p{Nd}+/gu, // كوفيد-19
  /\[\p{Nd}{1,3}\]/gu, // footnote markers [1]
  /\+\p{Nd}[\p{Nd}\s-]{6,}\p{Nd}/gu, // phone numbers
];

const MONTH =
  /يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|January|February|March|April|June|July|August|September|October|November|December/iu;
const ORDINAL_WORD =
  /^(?:ال)?(?:أول|أولى|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|سابعة|ثامن|ثامنة|تاسع|تاسعة|عاشر|عاشرة)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$|^\p{Nd}+(?:st|nd|rd|th)$/iu;
const YEAR_CUE = /(?:^|[\s(])(?:عام|العام|سنة|in|since)\s*$/iu;

/** Why a mention must be a date, time or ordinal (never a quantity), or null. */
function calendarOrOrdinalReason(source: string, m: NumberMention): string | null {
  if (MONTH.test(m.text)) return 'contains a month name';
  if (/^\p{Nd}{4}-\p{Nd}{1,2}-\p{Nd}{1,2}$/u.test(m.text)) return 'is an ISO date';
  if (/\p{Nd}{1,2}:\p{Nd}{2}/u.test(m.text)) return 'is a clock time';
  if (/صباح|مساء|\b[ap]\.?m\b/iu.test(m.text)) return 'is a time of day';
  if (ORDINAL_WORD.test(m.text)) return 'is an ordinal';
  if (/^\p{Nd}{4}$/u.test(m.text) && YEAR_CUE.test(source.slice(Math.max(0, m.start - 12), m.start))) {
    return 'is a year after a year cue';
  }
  return null;
}

/**
 * Generic invariants on all mentions of one text: offsets, text, line/character, order, no
 * overlap, field consistency with the README, dates/times/ordinals never quantities, and every
 * digit of the source inside some mention unless it sits in a `NON_FIGURE_DIGIT_CONTEXTS` token.
 */
export function checkInvariants(
  source: string,
  mentions: readonly NumberMention[],
  allowances: readonly RegExp[] = NON_FIGURE_DIGIT_CONTEXTS,
): string[] {
  const problems: string[] = [];
  let prev: NumberMention | undefined;
  for (const m of mentions) {
    const id = `${show(m.text)} at offset ${m.start}`;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end <= m.start || m.end > source.length) {
      problems.push(`${id}: bad offsets [${m.start}, ${m.end})`);
      continue;
    }
    if (m.text !== source.slice(m.start, m.end)) {
      problems.push(`${id}: text is not source.slice(start, end) = ${show(source.slice(m.start, m.end))}`);
    }
    const lc = lineCharAt(source, m.start);
    if (m.line !== lc.line || m.character !== lc.character) {
      problems.push(`${id}: line/character ${m.line}/${m.character}, want ${lc.line}/${lc.character}`);
    }
    if (prev && m.start < prev.start) problems.push(`${id}: not in order of position (after ${show(prev.text)})`);
    if (prev && m.start < prev.end) problems.push(`${id}: overlaps ${show(prev.text)} at offset ${prev.start}`);
    prev = m;

    if (!PRECISIONS.includes(m.precision)) problems.push(`${id}: unknown precision ${show(m.precision)}`);
    if (!KINDS.includes(m.kind)) problems.push(`${id}: unknown kind ${show(m.kind)}`);
    const unitOk =
      m.kind === 'percent' ? m.unit === '%'
      : m.kind === 'money' ? typeof m.unit === 'string' && /^[A-Z]{3}$/.test(m.unit)
      : m.kind === 'duration' || m.kind === 'age' ? typeof m.unit === 'string' && TIME_UNITS.includes(m.unit)
      : m.unit === null;
    if (!unitOk) problems.push(`${id}: unit ${show(m.unit)} does not fit kind ${m.kind}`);

    if (m.kind === 'date' || m.kind === 'time') {
      if (m.value !== null) problems.push(`${id}: ${m.kind} with non-null value ${show(m.value)}`);
      if (typeof m.iso !== 'string' || m.iso === '') problems.push(`${id}: ${m.kind} without iso`);
    } else {
      if (m.iso !== undefined) problems.push(`${id}: iso ${show(m.iso)} on a ${m.kind}`);
      if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
        problems.push(`${id}: value ${show(m.value)} is not a finite number`);
      } else {
        const v = m.value;
        const { low, high } = m;
        const fits =
          m.precision === 'exact' ? low === v && high === v
          : m.precision === 'approximate' ? low !== null && high !== null && low <= v && v <= high
          : m.precision === 'atLeast' || m.precision === 'moreThan' ? low === v && high === null
          : m.precision === 'atMost' || m.precision === 'lessThan' ? low === null && high === v
          : low === v && high !== null && high > v; // vague
        if (!fits) problems.push(`${id}: interval [${show(low)}, ${show(high)}] does not fit ${m.precision} ${v}`);
        if (m.kind === 'ordinal' && !Number.isInteger(v)) problems.push(`${id}: ordinal with value ${v}`);
      }
    }
    const reason = calendarOrOrdinalReason(source, m);
    if (reason && m.kind === 'quantity') problems.push(`${id}: kind quantity, but it ${reason}`);
  }

  const allowed = new Uint8Array(source.length);
  for (const re of allowances) {
    for (const hit of source.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      allowed.fill(1, hit.index, hit.index + hit[0].length);
    }
  }
  const covered = new Uint8Array(source.length);
  for (const m of mentions) covered.fill(1, Math.max(0, m.start), Math.min(source.length, m.end));
  for (const d of source.matchAll(/\p{Nd}+(?:[.,:/\-\u066b\u066c]\p{Nd}+)*/gu)) {
    const at = d.index;
    let bare = false;
    for (let i = at; i < at + d[0].length; i++) if (!covered[i] && !allowed[i]) bare = true;
    if (bare) {
      problems.push(`digits ${show(d[0])} at ${where(source, at)} lie outside every mention (…${source.slice(Math.max(0, at - 15), at + d[0].length + 15).replace(/\s+/g, ' ')}…)`);
    }
  }
  return problems;
}
