import { wordKey } from '../text/normalize';

export interface Word {
  start: number;
  end: number;
  /** Lookup key; for punctuation the character itself. */
  key: string;
  /** Key without a leading conjunction و/ف (Arabic). */
  bare: string;
  isWord: boolean;
  latin: boolean;
  /** Written with the definite article ال (plain alef: ألكسندر is not). */
  article: boolean;
}

const WORDS = /[\p{L}\p{M}\u0640]+(?:['’-][\p{L}]+)*|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*|\S/gu;

/** Words and punctuation of text[from, to), with offsets into the whole text. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORDS)) {
    const raw = m[0];
    const start = from + m.index!;
    const isWord = /^[\p{L}\p{M}]/u.test(raw);
    const key = isWord ? wordKey(raw) : raw;
    const latin = isWord && /^[A-Za-z]/.test(raw);
    const bare = !latin && key.length > 3 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key;
    const article = raw.length > 3 && (raw.startsWith('ال') || (raw.length > 4 && raw.startsWith('وال')));
    out.push({ start, end: start + raw.length, key, bare, isWord, latin, article });
  }
  return out;
}
