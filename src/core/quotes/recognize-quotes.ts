import { isArabicLetter, isDigit, isLatinLetter } from '../text/chars';
import { LineIndex, lineEndAfter, lineStartBefore } from '../text/lines';
import { paragraphBreaks } from '../text/paragraphs';
import { NAME_CUES, SPEECH_VERBS } from './lexicon';
import { findMarkedQuotes } from './marks';
import { attributeAfter, attributeBefore, type Attribution } from './speaker';
import type { QuoteKind, QuoteMention } from './types';
import { wordsIn, type Word } from './words';

interface Span {
  start: number;
  end: number;
  /** The `قال …:-` pattern: the whole next line, no marks. */
  unmarked: boolean;
}

const REPORTING_LINE_END = /[:：]\s*[-–ـ]?\s*$|[-–]\s*:\s*$/;
const MAX_WINDOW = 400;
/** How far back (code units) a verb without its own subject may look for the previous speaker. */
const INHERIT_DISTANCE = 300;


/** Every quotation in `text` with its kind and speaker, in order. Linear time; never throws. */
export function recognizeQuotes(text: string): QuoteMention[] {
  const spans = mergeSpans(findMarkedQuotes(text).map((q) => ({ start: q.start, end: q.end, unmarked: false })), unmarkedReports(text));
  const lines = new LineIndex(text);
  const paragraphs = paragraphStarts(text);
  const out: QuoteMention[] = [];
  let last: { speakerStart: number; speakerEnd: number; paragraph: number; end: number } | null = null;
  let p = 0;
  let prevSpeech: QuoteMention | undefined;
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k];
    while (p + 1 < paragraphs.length && paragraphs[p + 1] <= q.start) p++;
    const prev = out[out.length - 1];
    // a term quoted earlier in the clause (برنامج "هذا الأسبوع") does not end the reporting clause
    const floor = Math.max(paragraphs[p], prevSpeech ? prevSpeech.end : 0);
    const before = wordsIn(text, clauseStart(text, q.start, floor), q.start);
    const afterEnd = Math.min(lineEndAfter(text, q.end, Math.min(text.length, q.end + MAX_WINDOW)), spans[k + 1]?.start ?? text.length);
    // a quotation that ends its own sentence (`…."`) is not the object of the clause after it
    const endsSentence = /[.!?؟…]\s*\S?$/u.test(text.slice(Math.max(q.start, q.end - 3), q.end));
    let att = attributeBefore(before, text) ?? (endsSentence ? null : attributeAfter(wordsIn(text, q.end, afterEnd), text));
    // a quotation right after another one, with no clause of its own, continues it
    if ((!att || att.inherit) && prev && prev.kind === 'speech' && prev.speaker !== null && prev.end >= paragraphs[p] && (onlyPunctuationBetween(text, prev.end, q.start) || attributedBetween(prev, q))) {
      att = { speakerStart: prev.speakerStart, speakerEnd: prev.speakerEnd, cue: prev.cue, cueStart: -1, direct: true, inherit: false, continuation: false };
    }
    const kind = q.unmarked ? 'speech' : classify(text, q, before, att);
    if (att?.inherit && last && p - last.paragraph <= 1 && (att.continuation || q.start - last.end <= INHERIT_DISTANCE)) {
      att = { ...att, speakerStart: last.speakerStart, speakerEnd: last.speakerEnd };
    }
    const speaker: [number, number] | null = kind === 'speech' && att && att.speakerStart !== null && att.speakerEnd !== null ? [att.speakerStart, att.speakerEnd] : null;
    const { line, character } = lines.position(q.start);
    out.push({
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      line,
      character,
      kind,
      speaker: speaker ? text.slice(speaker[0], speaker[1]) : null,
      speakerStart: speaker ? speaker[0] : null,
      speakerEnd: speaker ? speaker[1] : null,
      cue: kind === 'speech' ? att?.cue ?? null : null,
    });
    if (speaker) last = { speakerStart: speaker[0], speakerEnd: speaker[1], paragraph: p, end: q.end };
    if (kind === 'speech') prevSpeech = out[out.length - 1];
  }
  return out;
}

/** `speech` for statements; `term` for names (after وكالة، برنامج، the app …) and short scare quotes. */
function classify(text: string, q: Span, before: Word[], att: Attribution | null): QuoteKind {
  const words = wordsIn(text, q.start, q.end).filter((w) => w.isWord).length;
  const cue = lastWord(before);
  if (cue && (NAME_CUES.has(cue.key) || NAME_CUES.has(cue.bare))) return 'term';
  if (words >= 4) return 'speech';
  // short: a statement when reported directly (`قال:`, `إن`) or by a clause after it (`'It's over,' he said`)
  const reportedAfter = !!att && att.cueStart > q.start;
  return (att?.direct || reportedAfter) && words >= 2 ? 'speech' : 'term';
}

function lastWord(words: Word[]): Word | undefined {
  for (let i = words.length - 1; i >= 0 && i >= words.length - 3; i--) {
    const w = words[i];
    if (w.isWord && w.key !== 'بـ' && w.key !== 'ب') return w;
  }
  return undefined;
}

/** Lines like `وقال المتحدث باسم الشرطة :-` whose next line carries no mark: that line is the quotation. */
function unmarkedReports(text: string): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let prevReporting = false;
  for (const m of text.matchAll(lineRe)) {
    if (m[0] === '') break;
    const content = m[0].replace(/[\r\n]+$/, '');
    const start = m.index!;
    if (prevReporting) {
      const lead = content.length - content.trimStart().length;
      const trimmed = content.trim();
      if (trimmed && !/^["“”„«»‹›]/.test(trimmed)) out.push({ start: start + lead, end: start + lead + trimmed.length, unmarked: true });
    }
    prevReporting = REPORTING_LINE_END.test(content) && hasSpeechVerb(content);
  }
  return out;
}

function hasSpeechVerb(line: string): boolean {
  return wordsIn(line, 0, line.length).some((w) => w.isWord && (SPEECH_VERBS.has(w.key) || SPEECH_VERBS.has(w.bare)));
}

function mergeSpans(marked: Span[], unmarked: Span[]): Span[] {
  const all = [...marked, ...unmarked].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** Offsets where paragraphs start (after a blank line), beginning with 0. */
function paragraphStarts(text: string): number[] {
  return [0, ...paragraphBreaks(text).map((b) => b.end)];
}

/**
 * Where the reporting clause before a quotation may start: the start of its line, or of the
 * previous line when the quotation opens a line; never before `floor` or MAX_WINDOW back.
 */
function clauseStart(text: string, start: number, floor: number): number {
  const limit = Math.max(floor, start - MAX_WINDOW);
  let ls = lineStartBefore(text, start, limit);
  if (ls > limit && text.slice(ls, start).trim() === '') {
    // the quotation opens its line: the reporting clause is the line before (step over \r\n)
    const prevEnd = text[ls - 1] === '\n' && text[ls - 2] === '\r' ? ls - 2 : ls - 1;
    ls = lineStartBefore(text, prevEnd, limit);
  }
  const sentence = lastSentenceEnd(text, Math.max(ls, floor), start);
  return Math.max(ls, floor, sentence, start - MAX_WINDOW);
}

/** The position after the last sentence end (`. `, `! `, `؟ `) in text[from, to), or `from`. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '؟') && /\s/.test(text[i + 1]) && !isDigit(text.charCodeAt(i - 1))) return i + 1;
  }
  return from;
}

/** The previous quotation's speaker was named in the clause right after it, before this one (`"…," X said. "…"`). */
function attributedBetween(prev: QuoteMention, q: Span): boolean {
  return prev.speakerStart !== null && prev.speakerStart >= prev.end && prev.speakerEnd! <= q.start && q.start - prev.end <= MAX_WINDOW;
}

function onlyPunctuationBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c) || isLatinLetter(c) || isDigit(c)) return false;
  }
  return true;
}
