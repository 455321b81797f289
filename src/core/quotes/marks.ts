// Pairs quotation marks in one pass: paragraph-aware, tolerant of reversed and lone marks.
import { isArabicLetter, isDigit, isLatinLetter, isLineBreak, isSpace } from '../text/chars';
import { lineEndAfter } from '../text/lines';
import { paragraphBreaks } from '../text/paragraphs';

export interface MarkedQuote {
  start: number;
  end: number;
  /** The closing mark was missing: the quotation runs to the end of its paragraph. */
  unterminated: boolean;
}

const enum Family {
  Double,
  Guillemet,
  Angle,
  Single,
}

function familyOf(c: number): Family | -1 {
  switch (c) {
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
      return Family.Double;
    case 0xab: // «
    case 0xbb: // »
      return Family.Guillemet;
    case 0x2039: // ‹
    case 0x203a: // ›
      return Family.Angle;
    case 0x27: // '
    case 0x2018: // ‘
    case 0x2019: // ’
      return Family.Single;
    default:
      return -1;
  }
}

const isLetterOrDigit = (c: number): boolean => isArabicLetter(c) || isLatinLetter(c) || isDigit(c);
const isOpeningContext = (c: number): boolean => Number.isNaN(c) || isSpace(c) || isLineBreak(c) || c === 0x28 || c === 0x5b || c === 0x3a || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x60c || c === 0x2c || c === 0x640;

/** Whether the mark at i only makes sense as a closer: text before it, no text after. */
function looksClosing(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return !Number.isNaN(before) && !isSpace(before) && !isLineBreak(before) && !isLetterOrDigit(after);
}

/** Whether the mark at i looks like it opens: nothing glued before, a letter or digit after. */
function looksOpening(text: string, i: number): boolean {
  return isOpeningContext(text.charCodeAt(i - 1)) && isLetterOrDigit(text.charCodeAt(i + 1));
}

/** A single quote that is an apostrophe (don't, officials’, ’90s) or no quotation mark at all. */
function isApostrophe(text: string, i: number, open: boolean): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (isLatinLetter(before) && isLatinLetter(after)) return true; // don't, it's
  if (open) return false; // a closer candidate
  if (isLatinLetter(before) || isDigit(after)) return true; // officials’ homes, '90s
  return !isLatinLetter(after); // an opener must lead into a word
}

/** Whether the paragraph starting after `end` opens with a quotation mark of the family (a continued quote). */
function continues(text: string, end: number, family: Family): number {
  let j = end;
  while (j < text.length && (isSpace(text.charCodeAt(j)) || isLineBreak(text.charCodeAt(j)))) j++;
  return j < text.length && familyOf(text.charCodeAt(j)) === family ? j : -1;
}

/** Every quotation delimited by marks, sorted by start. Linear in the text length. */
export function findMarkedQuotes(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  const open: number[] = [-1, -1, -1, -1];
  const limit: number[] = [0, 0, 0, 0]; // paragraph end of each open quote
  const n = text.length;
  const breaks = paragraphBreaks(text);
  let b = 0;
  /** End of the paragraph holding offset i: the first blank line at or after it, or the end of the text. */
  const paragraphEnd = (i: number): number => {
    while (b < breaks.length && breaks[b].start < i) b++;
    return b < breaks.length ? breaks[b].start : n;
  };
  let nextBreak = paragraphEnd(0);
  let skip = -1; // the reopening mark of a continued paragraph
  for (let i = 0; i < n; i++) {
    if (i >= nextBreak) {
      for (let f = 0; f < 4; f++) if (open[f] >= 0 && limit[f] <= i) closeAtParagraphEnd(f);
      nextBreak = paragraphEnd(i + 1);
    }
    const f = familyOf(text.charCodeAt(i));
    if (f < 0 || i === skip) continue;
    if (f === Family.Single && isApostrophe(text, i, open[f] >= 0)) continue;
    if (open[f] < 0) {
      if (looksClosing(text, i) && !looksOpening(text, i)) continue; // a lone closer
      if (f === Family.Single && text.charCodeAt(i) === 0x2019) continue; // ’ never opens
      open[f] = i;
      limit[f] = nextBreak;
    } else {
      out.push({ start: open[f], end: i + 1, unterminated: false });
      open[f] = -1;
    }
  }
  for (let f = 0; f < 4; f++) if (open[f] >= 0) closeAtParagraphEnd(f);
  return out.sort((a, b) => a.start - b.start);

  function closeAtParagraphEnd(f: number): void {
    const start = open[f];
    const end = limit[f];
    open[f] = -1;
    const next = end < n ? continues(text, end, f) : -1;
    if (next >= 0 && f !== Family.Single) {
      // a multi-paragraph quotation: every paragraph reopens, only the last one closes
      open[f] = start;
      limit[f] = paragraphEnd(next + 1);
      skip = next;
      return;
    }
    if (f === Family.Single || !looksOpening(text, start)) return;
    // a mark that never closes quotes at most to the end of its line
    let e = Math.min(end, lineEndAfter(text, start));
    while (e > start + 1 && (isSpace(text.charCodeAt(e - 1)) || isLineBreak(text.charCodeAt(e - 1)))) e--;
    out.push({ start, end: e, unterminated: true });
  }
}
