// Character classes used by the tokenizer, as code-unit predicates (hot path: no regexes).

/** Value of a decimal digit in Western, Arabic-Indic or Extended (Persian) script, else -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

export function isDigit(c: number): boolean {
  return digitValue(c) >= 0;
}

/** Arabic-script letters, including Persian/Urdu additions; not digits or punctuation. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x621 && c <= 0x64a) ||
    (c >= 0x671 && c <= 0x6d3) ||
    c === 0x6d5 ||
    (c >= 0x6ee && c <= 0x6ef) ||
    (c >= 0x6fa && c <= 0x6fc) ||
    c === 0x6ff ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0xfb50 && c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Marks that sit inside an Arabic word without changing it: harakat, dagger alef, tatweel. */
export function isArabicMark(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x6d6 && c <= 0x6ed && c !== 0x6dd && c !== 0x6de);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Invisible bidi controls and joiners, transparent inside numbers and words. */
export function isFormatControl(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Spaces that may group digits (`1 234 567`, `40 000`). */
export function isGroupingSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}
