/**
 * Reusable checks for `recognizeQuotes` output (README "The quotation object"): the invariants
 * every result must satisfy, and matching of hand-written expectations against a result.
 *
 * Every check returns a list of problems (empty when all is well) so that a test can report all
 * of them in one assertion message.
 */
import type { QuoteKind, QuoteMention } from '../../../src/core/quotes/types';
import { lineStarts, positionOf } from './positions';
export { lineStarts, positionOf };

/** The quotation marks of the README: `"` `“` `”` `«` `»` `‹` `›` `„` and the single ones `'` `‘` `’`. */
export const QUOTE_MARKS = '"\u201C\u201D\u00AB\u00BB\u2039\u203A\u201E\'\u2018\u2019';
export const isMark = (c: string | undefined): boolean => c !== undefined && c.length === 1 && QUOTE_MARKS.includes(c);

/** Horizontal white space a blank line may hold (a line of only these is blank: a paragraph break). */
const HSPACE = ' \\t\\u00A0\\u200E\\u200F\\u2009\\u202F';
/** One line break; a \r directly followed by \n is part of \r\n, never a break of its own. */
const NL = '(?:\\r\\n|\\r(?!\\n)|\\n)';
/** A paragraph break: a line break followed by one or more blank lines. */
const PARAGRAPH_BREAK = new RegExp(`${NL}(?:[${HSPACE}]*${NL})+`, 'g');
/** What may stand before an unmarked quoted line: `…:-` (or `:` alone, or `:ـ`, `:–`) and one line break. */
const COLON_THEN_LINE = new RegExp(`[:\\uFF1A][-\\u0640\\u2013\\u2014]?[${HSPACE}]*${NL}[${HSPACE}]*$`);
/** The rest of a line is white space. */
const REST_OF_LINE_BLANK = new RegExp(`^[${HSPACE}]*(?:${NL}|$)`);

/** A short, one-line rendering of a string for messages. */
export function clip(s: string, max = 70): string {
  const flat = s.replace(/\r\n|\r|\n/g, '⏎');
  return flat.length > max ? `${flat.slice(0, max)}…(${s.length} chars)` : flat;
}

export function describeQuote(q: QuoteMention): string {
  return `«${clip(q.text)}» @${q.start}-${q.end} ${q.kind} speaker=${q.speaker === null ? 'null' : q.speaker} cue=${q.cue === null ? 'null' : q.cue}`;
}

const isInt = (x: unknown): x is number => Number.isInteger(x);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The invariants every result must satisfy, whatever the input:
 * - an array of objects; `kind` is `speech` or `term`;
 * - span: integer offsets, 0 <= start < end <= input.length, `text === input.slice(start, end)`,
 *   line/character the 0-based position of start (lines end at \n, \r\n or \r), sorted by start
 *   and non-overlapping, never cutting a surrogate pair;
 * - shape (README: "the quotation with its marks (for `قال …:-` followed by an unmarked line,
 *   that line)"): the text starts with a quotation mark, or it is an unmarked line that directly
 *   follows a line ending in a colon (`:-`); it ends with a quotation mark, or at the end of its
 *   line (an unmarked line, or an opener with no partner quoting to the end of its paragraph);
 *   it neither starts nor ends with a line break;
 * - paragraphs: a quotation never contains a paragraph break (a blank line, i.e. a line of only
 *   white space), unless the next paragraph opens with a quotation mark (a continued quotation);
 * - speaker: `speaker`, `speakerStart`, `speakerEnd` all null, or a non-empty trimmed string equal
 *   to `input.slice(speakerStart, speakerEnd)`, outside the quotation itself (nobody is named as
 *   the speaker of a quotation by the quotation's own words);
 * - cue: null, or a non-empty string written in the input.
 */
export function quoteInvariantProblems(input: string, result: unknown): string[] {
  if (!Array.isArray(result)) return [`recognizeQuotes must return an array, got ${typeof result}`];
  const problems: string[] = [];
  const starts = lineStarts(input);
  let prevEnd = 0;
  for (let i = 0; i < result.length; i++) {
    const q = result[i] as QuoteMention;
    const bad = (what: string) => problems.push(`quote #${i} ${typeof q === 'object' && q !== null && typeof q.text === 'string' ? describeQuote(q) : JSON.stringify(q)}: ${what}`);
    if (typeof q !== 'object' || q === null) {
      bad('not an object');
      continue;
    }
    if (q.kind !== 'speech' && q.kind !== 'term') bad(`kind ${JSON.stringify(q.kind)} is neither speech nor term`);
    const { start, end, text } = q;
    if (!isInt(start) || !isInt(end) || !(0 <= start && start < end && end <= input.length)) {
      bad(`bad span start=${String(start)} end=${String(end)} (input length ${input.length})`);
      continue;
    }
    if (text !== input.slice(start, end)) bad(`text !== input.slice(start, end) = «${clip(input.slice(start, end))}»`);
    if (start < prevEnd) bad(`starts at ${start}, before the end of the previous quotation (${prevEnd}): unsorted or overlapping`);
    prevEnd = Math.max(prevEnd, end);
    const pos = positionOf(starts, start);
    if (q.line !== pos.line || q.character !== pos.character) bad(`line/character ${q.line}/${q.character}, want ${pos.line}/${pos.character}`);
    if (isHigh(input.charCodeAt(start - 1)) && isLow(input.charCodeAt(start))) bad('start cuts a surrogate pair');
    if (isHigh(input.charCodeAt(end - 1)) && isLow(input.charCodeAt(end))) bad('end cuts a surrogate pair');

    // shape
    const first = input[start];
    const last = input[end - 1];
    if (!isMark(first) && !COLON_THEN_LINE.test(input.slice(Math.max(0, start - 200), start))) {
      bad('starts neither with a quotation mark nor at an unmarked line after a line ending in ":-"');
    }
    if (!isMark(last) && !REST_OF_LINE_BLANK.test(input.slice(end, end + 200))) {
      bad('ends neither with a quotation mark nor at the end of its line');
    }
    if (/^[\r\n]|[\r\n]$/.test(input.slice(start, end))) bad('starts or ends with a line break');

    // paragraph breaks
    const span = input.slice(start, end);
    for (const m of span.matchAll(PARAGRAPH_BREAK)) {
      const after = span.slice((m.index ?? 0) + m[0].length).replace(new RegExp(`^[${HSPACE}]+`), '');
      if (!isMark(after[0])) {
        bad(`crosses a paragraph break at ${start + (m.index ?? 0)} not followed by an opening quotation mark (README: never a paragraph break unless the next paragraph opens with a mark)`);
        break;
      }
    }

    // speaker
    const { speaker, speakerStart: ss, speakerEnd: se } = q;
    if (speaker === null || ss === null || se === null) {
      if (!(speaker === null && ss === null && se === null)) bad('speaker, speakerStart and speakerEnd must be null together');
    } else if (typeof speaker !== 'string' || !isInt(ss) || !isInt(se) || !(0 <= ss && ss < se && se <= input.length)) {
      bad(`bad speaker span ${String(ss)}-${String(se)}`);
    } else {
      if (speaker !== input.slice(ss, se)) bad(`speaker !== input.slice(speakerStart, speakerEnd) = «${clip(input.slice(ss, se))}»`);
      if (speaker.trim() !== speaker || speaker.length === 0) bad('speaker must be non-empty and trimmed');
      if (ss < end && se > start) bad('the speaker lies inside the quotation');
    }

    // cue
    if (q.cue !== null && (typeof q.cue !== 'string' || q.cue.length === 0 || !input.includes(q.cue))) {
      bad('cue must be null or a non-empty string written in the input');
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Expectations

/** Offset of the n-th (0-based) occurrence of `needle` in `hay`, overlapping hits counted; -1 if none. */
export function nthIndexOf(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * The n-th occurrence of `inner` that stands between two quotation marks (white space allowed
 * between a mark and the words): the span from the opening mark to the closing mark inclusive.
 */
export function markedSpan(input: string, inner: string, n: number): { start: number; end: number } | undefined {
  let seen = 0;
  for (let at = input.indexOf(inner); at >= 0; at = input.indexOf(inner, at + 1)) {
    let a = at - 1;
    while (a >= 0 && (input[a] === ' ' || input[a] === '\u00A0')) a--;
    let b = at + inner.length;
    while (b < input.length && (input[b] === ' ' || input[b] === '\u00A0')) b++;
    if (a >= 0 && isMark(input[a]) && isMark(input[b])) {
      if (seen === n) return { start: a, end: b + 1 };
      seen++;
    }
  }
  return undefined;
}

/** Speaker expectation: one string, null, or a list of acceptable answers (null allowed in it). */
export type SpeakerWant = string | null | readonly (string | null)[];

export interface QuoteWant {
  /** How the expected quotation is located; see `locate` below. */
  where:
    | { exact: string; n?: number } // the whole span, marks included
    | { inner: string; n?: number } // the words between two marks (the span is mark to mark)
    | { line: string; n?: number } // the unmarked line holding this fragment, trimmed
    | { has: string; n?: number; also?: string }; // a fragment the quotation contains (and a second one)
  kind: QuoteKind;
  /** undefined: not checked (names and scare quotes). */
  speaker?: SpeakerWant;
  /** The cue as written; a list of acceptable ones; undefined: not checked. */
  cue?: string | readonly string[];
  /** Why (a judgement call), for the message. */
  note?: string;
  /** A known miss of the recogniser: its speaker and cue are checked in a `todo` test, not the main one. */
  todo?: string;
}

export interface Forbidden {
  /** No quotation may overlap this fragment (its n-th occurrence). */
  fragment: string;
  n?: number;
  why: string;
}

interface Located {
  label: string;
  /** The exact span the quotation must have, when known. */
  exact?: { start: number; end: number };
  /** A range the quotation must contain, when the exact span is not given. */
  within?: { start: number; end: number };
  also?: string;
}

function locate(input: string, w: QuoteWant): Located | string {
  const where = w.where;
  const n = where.n ?? 0;
  if ('exact' in where) {
    const at = nthIndexOf(input, where.exact, n);
    if (at < 0) return `expectation «${clip(where.exact)}» #${n} not in the input (fix the test)`;
    return { label: `«${clip(where.exact)}»`, exact: { start: at, end: at + where.exact.length } };
  }
  if ('inner' in where) {
    const span = markedSpan(input, where.inner, n);
    if (span === undefined) return `expectation "${where.inner}" #${n} between marks not in the input (fix the test)`;
    return { label: `"${where.inner}"`, exact: span };
  }
  if ('line' in where) {
    const at = nthIndexOf(input, where.line, n);
    if (at < 0) return `expectation line with '${where.line}' #${n} not in the input (fix the test)`;
    const starts = lineStarts(input);
    const { line } = positionOf(starts, at);
    let a = starts[line];
    let b = line + 1 < starts.length ? starts[line + 1] : input.length;
    while (b > a && /[\r\n \t\u00A0]/.test(input[b - 1])) b--;
    while (a < b && /[ \t\u00A0]/.test(input[a])) a++;
    return { label: `unmarked line '${where.line}…'`, exact: { start: a, end: b } };
  }
  const at = nthIndexOf(input, where.has, n);
  if (at < 0) return `expectation '${where.has}' #${n} not in the input (fix the test)`;
  return { label: `quote containing '${where.has}'`, within: { start: at, end: at + where.has.length }, also: where.also };
}

const showSpeaker = (s: string | null) => (s === null ? 'null' : s);
function speakerOk(got: string | null, want: SpeakerWant): boolean {
  if (want === null || typeof want === 'string') return got === want;
  return want.includes(got);
}
function showWant(want: SpeakerWant | string | readonly string[]): string {
  if (want === null) return 'null';
  if (typeof want === 'string') return want;
  return want.map((x) => (x === null ? 'null' : x)).join(' | ');
}

/**
 * Every expectation must be met by exactly one quotation of the result, each quotation meeting at
 * most one expectation; with `complete`, a quotation that meets none is reported as unexpected.
 */
export function checkQuotes(
  input: string,
  quotes: readonly QuoteMention[],
  wants: readonly QuoteWant[],
  options: { complete: boolean; forbidden?: readonly Forbidden[] } = { complete: true },
): string[] {
  const problems: string[] = [];
  const used = new Map<number, string>();
  for (const w of wants) {
    const loc = locate(input, w);
    if (typeof loc === 'string') {
      problems.push(loc);
      continue;
    }
    let idx = -1;
    if (loc.exact) {
      const { start, end } = loc.exact;
      idx = quotes.findIndex((q) => q.start === start && q.end === end);
      if (idx < 0) {
        const near = quotes.filter((q) => q.start < end && q.end > start);
        problems.push(
          near.length === 0
            ? `missing ${loc.label} (${w.kind}${w.speaker !== undefined ? `, speaker ${showWant(w.speaker)}` : ''})`
            : `wrong span for ${loc.label}: got ${near.map(describeQuote).join(' + ')}`,
        );
        continue;
      }
    } else if (loc.within) {
      const { start, end } = loc.within;
      idx = quotes.findIndex((q) => q.start <= start && q.end >= end);
      if (idx < 0) {
        const near = quotes.filter((q) => q.start < end && q.end > start);
        problems.push(
          near.length === 0
            ? `missing ${loc.label} (${w.kind}${w.speaker !== undefined ? `, speaker ${showWant(w.speaker)}` : ''})`
            : `wrong span for ${loc.label}: got ${near.map(describeQuote).join(' + ')}`,
        );
        continue;
      }
      const q = quotes[idx];
      if (!isMark(q.text[0]) || !isMark(q.text[q.text.length - 1])) {
        problems.push(`wrong span for ${loc.label}: the quotation should run from its opening mark to its closing mark, got ${describeQuote(q)}`);
      }
      if (loc.also !== undefined && !q.text.includes(loc.also)) {
        problems.push(`wrong span for ${loc.label}: it should also contain '${loc.also}', got ${describeQuote(q)}`);
      }
    }
    const q = quotes[idx];
    const prev = used.get(idx);
    if (prev !== undefined) problems.push(`${loc.label} and ${prev} are one quotation ${describeQuote(q)}; want two`);
    used.set(idx, loc.label);
    const why = w.note ? ` (${w.note})` : '';
    if (q.kind !== w.kind) problems.push(`wrong kind for ${loc.label}: got ${q.kind} want ${w.kind}${why}`);
    if (w.speaker !== undefined && !speakerOk(q.speaker, w.speaker)) {
      problems.push(`wrong speaker for ${loc.label}: got ${showSpeaker(q.speaker)} want ${showWant(w.speaker)}${why}`);
    }
    if (w.cue !== undefined) {
      const ok = typeof w.cue === 'string' ? q.cue === w.cue : q.cue !== null && w.cue.includes(q.cue);
      if (!ok) problems.push(`wrong cue for ${loc.label}: got ${q.cue === null ? 'null' : q.cue} want ${showWant(w.cue)}`);
    }
  }
  for (const f of options.forbidden ?? []) {
    const at = nthIndexOf(input, f.fragment, f.n ?? 0);
    if (at < 0) {
      problems.push(`forbidden fragment '${f.fragment}' not in the input (fix the test)`);
      continue;
    }
    for (const q of quotes) {
      if (q.start < at + f.fragment.length && q.end > at) problems.push(`quotation over '${f.fragment}' (${f.why}): ${describeQuote(q)}`);
    }
  }
  if (options.complete) {
    quotes.forEach((q, i) => {
      if (!used.has(i)) problems.push(`unexpected quotation ${describeQuote(q)}`);
    });
  }
  return problems;
}
