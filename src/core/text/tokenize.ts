import {
  digitValue,
  isArabicLetter,
  isArabicMark,
  isFormatControl,
  isGroupingSpace,
  isLatinLetter,
  isLineBreak,
  isSpace,
} from './chars';
import { wordEnding, wordKey, type EndingFilter } from './normalize';

export const enum TokenType {
  Digits,
  ArabicWord,
  LatinWord,
  Punct,
}

export interface DigitInfo {
  value: number;
  /** Digits before any decimal separator, grouping removed. */
  intDigits: number;
  fracDigits: number;
  grouped: boolean;
  arabicIndic: boolean;
}

export class Token {
  /** Memo of the number-word lookup (see numbers/lookup.ts): undefined until asked. */
  lookup: unknown = undefined;
  private memoKey: string | undefined = undefined;

  constructor(
    private readonly source: string,
    readonly type: TokenType,
    readonly start: number,
    readonly end: number,
    /** Line breaks in the white space before this token, capped at 2 (2 = paragraph break). */
    readonly breaks: number,
    /** White space (or a line break) separates this token from the previous one. */
    readonly spaced: boolean,
    readonly digits: DigitInfo | undefined,
  ) {}

  /** Word lookup key (`wordKey`), the punctuation character, or the digits as written; built on first use. */
  get key(): string {
    if (this.memoKey === undefined) {
      const raw = this.source.slice(this.start, this.end);
      this.memoKey = this.type === TokenType.ArabicWord || this.type === TokenType.LatinWord ? wordKey(raw) : raw;
    }
    return this.memoKey;
  }

  /** Whether this word may be one of the filter's keys, judged without building its key. */
  passes(filter: EndingFilter): boolean {
    if (this.type === TokenType.LatinWord) return filter.hasLatin(this.source, this.start, this.end);
    return filter.has(wordEnding(this.source, this.start, this.end));
  }
}

/** Digit runs longer than this are identifiers (phones, hashes), not figures. */
export const MAX_FIGURE_DIGITS = 18;

const SCALE_AFTER = /^[\s\u200e\u200f]*(?:مليون|مليار|ملايين|مليارات|ألف|الف|آلاف|الاف|تريليون|ترليون|بليون|million|billion|thousand|trillion|bn)/i;

/** Splits text into digit runs, words and single punctuation marks. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let breaks = 0;
  let spaced = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      if (!(c === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d)) breaks++;
      spaced = true;
      i++;
      continue;
    }
    if (isSpace(c) || isFormatControl(c)) {
      if (isSpace(c)) spaced = true;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    let digits: DigitInfo | undefined;
    if (digitValue(c) >= 0) {
      const scanned = scanNumber(text, i);
      i = scanned.end;
      type = TokenType.Digits;
      digits = scanned.info;
    } else if (isArabicLetter(c) || (isArabicMark(c) && c !== 0x640)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isArabicLetter(d) || isArabicMark(d) || (isFormatControl(d) && i + 1 < n && isArabicLetter(text.charCodeAt(i + 1)))) i++;
        else break;
      }
      type = TokenType.ArabicWord;
    } else if (isLatinLetter(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLatinLetter(d)) i++;
        else if ((d === 0x27 || d === 0x2019) && i + 1 < n && isLatinLetter(text.charCodeAt(i + 1)) && isLatinLetter(text.charCodeAt(i - 1))) i += 2;
        else break;
      }
      type = TokenType.LatinWord;
    } else {
      i++;
      type = TokenType.Punct;
    }
    tokens.push(new Token(text, type, start, i, breaks > 2 ? 2 : breaks, spaced, digits));
    breaks = 0;
    spaced = false;
  }
  return tokens;
}

interface Scanned {
  end: number;
  info: DigitInfo;
}

/** Reads a digit run with grouping and decimal separators starting at `start`. */
function scanNumber(text: string, start: number): Scanned {
  const n = text.length;
  let i = start;
  let intDigits = 0;
  let value = 0;
  let arabicIndic = false;
  const readDigit = (c: number): void => {
    value = value * 10 + digitValue(c);
    if (c >= 0x660) arabicIndic = true;
  };
  while (i < n && digitValue(text.charCodeAt(i)) >= 0) {
    readDigit(text.charCodeAt(i));
    intDigits++;
    i++;
  }
  const headDigits = intDigits;
  let grouped = false;
  let groupSep = -1;
  // Grouping: a separator followed by exactly three digits, the same separator each time.
  for (;;) {
    const s = text.charCodeAt(i);
    const isSep = s === 0x2c || s === 0x66c || s === 0x60c || (isGroupingSpace(s) && headDigits <= 3);
    if (!isSep || (groupSep >= 0 && s !== groupSep)) break;
    if (!isGroupingSpace(s) && headDigits > 3 && !grouped) break;
    if (isGroupingSpace(s) && (groupSep < 0 && grouped)) break;
    let j = i + 1;
    while (j < n && isFormatControl(text.charCodeAt(j))) j++;
    if (!(threeDigitsAt(text, j))) break;
    for (let k = j; k < j + 3; k++) readDigit(text.charCodeAt(k));
    intDigits += 3;
    i = j + 3;
    grouped = true;
    groupSep = s;
  }
  let fracDigits = 0;
  let j = i;
  while (j < n && isFormatControl(text.charCodeAt(j))) j++;
  const d = text.charCodeAt(j);
  let k = j + 1;
  while (k < n && isFormatControl(text.charCodeAt(k))) k++;
  const isPoint = d === 0x2e || d === 0x66b;
  const isComma = d === 0x2c;
  if ((isPoint || isComma) && digitValue(text.charCodeAt(k)) >= 0) {
    let e = k;
    while (e < n && digitValue(text.charCodeAt(e)) >= 0) e++;
    const nextSep = text.charCodeAt(e);
    const dotted = (nextSep === 0x2e || nextSep === 0x2c) && digitValue(text.charCodeAt(e + 1)) >= 0;
    const commaIsDecimal =
      isComma &&
      (arabicIndic || groupSep === 0x60c || (intDigits === 1 && value === 0) || SCALE_AFTER.test(text.slice(e, e + 24)));
    if (!dotted && (isPoint || commaIsDecimal)) {
      let frac = 0;
      let scale = 1;
      for (let p = k; p < e; p++) {
        const c = text.charCodeAt(p);
        frac = frac * 10 + digitValue(c);
        scale *= 10;
        if (c >= 0x660) arabicIndic = true;
        fracDigits++;
      }
      value += frac / scale;
      i = e;
    }
  }
  return { end: i, info: { value, intDigits, fracDigits, grouped, arabicIndic } };
}

function threeDigitsAt(text: string, j: number): boolean {
  return (
    digitValue(text.charCodeAt(j)) >= 0 &&
    digitValue(text.charCodeAt(j + 1)) >= 0 &&
    digitValue(text.charCodeAt(j + 2)) >= 0 &&
    !(digitValue(text.charCodeAt(j + 3)) >= 0)
  );
}
