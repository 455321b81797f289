import { isArabicMark, isFormatControl } from './chars';

/**
 * The lookup key of a word: Arabic marks and tatweel dropped, alef forms folded to ا,
 * ى to ي, ة to ه, Persian kaf/yeh to Arabic; Latin lower-cased. Returns the input itself
 * when nothing changes (the common case, no allocation beyond the slice).
 */
export function wordKey(word: string): string {
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (foldChar(c) !== c || isArabicMark(c) || isFormatControl(c)) {
      changed = true;
      break;
    }
  }
  if (!changed) return word;
  if (word.length > buffer.length) buffer = new Uint16Array(word.length * 2);
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isArabicMark(c) || isFormatControl(c)) continue;
    buffer[n++] = foldChar(c);
  }
  let out = '';
  // apply() takes its arguments on the stack: convert in bounded chunks
  for (let k = 0; k < n; k += 4096) out += String.fromCharCode.apply(null, buffer.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return out;
}

/** Scratch space for `wordKey`: one string allocation per changed word. */
let buffer = new Uint16Array(64);

export function foldChar(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  switch (c) {
    case 0x622: // آ
    case 0x623: // أ
    case 0x625: // إ
    case 0x671: // ٱ
      return 0x627;
    case 0x649: // ى
    case 0x6cc: // ی
      return 0x64a;
    case 0x629: // ة
      return 0x647;
    case 0x6a9: // ک
      return 0x643;
    default:
      return c;
  }
}

/**
 * The last three letters of text[start, end) as `wordKey` would give them (fewer for shorter
 * words), packed in one number: a cheap fingerprint to reject words before their key is built.
 */
export function wordEnding(text: string, start: number, end: number): number {
  let packed = 0;
  let letters = 0;
  for (let i = end - 1; i >= start && letters < 3; i--) {
    const c = text.charCodeAt(i);
    if (isArabicMark(c) || isFormatControl(c)) continue;
    packed += foldChar(c) * LETTER_WEIGHTS[letters++];
  }
  return packed + letters * TAG;
}

const LETTER_WEIGHTS = [1, 2 ** 16, 2 ** 32];
const TAG = 2 ** 50;

/** `wordEnding` of a key that is already normalised. */
export function keyEnding(key: string): number {
  return wordEnding(key, 0, key.length);
}

/**
 * A set of keys queried by word endings: a word passes when its last three letters are those
 * of a key, or its last one or two letters are a whole short key (ست in وست).
 */
export class EndingFilter {
  private readonly long = new Set<number>();
  private readonly short = new Set<number>();
  private readonly latin = new Set<number>();

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      if (k.charCodeAt(0) < 0x80) this.latin.add(latinFingerprint(k, 0, k.length));
      else (k.length >= 3 ? this.long : this.short).add(keyEnding(k));
    }
  }

  /** Whether the Latin word text[start, end) may be one of the keys (its length and last letters match). */
  hasLatin(text: string, start: number, end: number): boolean {
    return this.latin.has(latinFingerprint(text, start, end));
  }

  /** Whether an Arabic word with this `wordEnding` may spell one of the keys. */
  has(ending: number): boolean {
    if (this.long.has(ending)) return true;
    const letters = Math.floor(ending / TAG);
    const body = ending - letters * TAG;
    if (letters >= 2 && this.short.has((body % 2 ** 32) + 2 * TAG)) return true;
    return letters >= 1 && this.short.has((body % 2 ** 16) + TAG);
  }
}

/** Length and last three letters (case-folded) of a Latin word, packed: English words take no proclitics. */
function latinFingerprint(text: string, start: number, end: number): number {
  let packed = Math.min(end - start, 1023) << 15;
  for (let i = end - 1, shift = 0; i >= start && shift < 15; i--, shift += 5) {
    const c = text.charCodeAt(i) | 0x20;
    packed |= (c >= 0x61 && c <= 0x7a ? c - 0x60 : 27) << shift;
  }
  return packed;
}
