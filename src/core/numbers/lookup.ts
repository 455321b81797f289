import { isArabicMark } from '../text/chars';
import { EndingFilter } from '../text/normalize';
import { TokenType, type Token } from '../text/tokenize';
import { arabicWords, englishWords, NOT_NUMBERS, type WordEntry } from './lexicon';

export interface Lookup {
  entry: WordEntry;
  /** Code units of one-letter proclitics (و ف ب ل ك) to leave out of the span. */
  prefix: number;
  /** The word carried a conjunction و/ف. */
  conj: boolean;
  /** The word carried a preposition ب/ل/ك: it opens a new phrase (`بالمئة`, `بألفين`). */
  prep: boolean;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/** Endings of every lexicon key: a word ending otherwise is no number word. */
const LEXICON_ENDINGS = new EndingFilter([...arabicWords.keys(), ...englishWords.keys()]);

/** Whether the token could be a number word, judged by its last two letters alone. */
export function mayBeNumberWord(token: Token): boolean {
  return token.passes(LEXICON_ENDINGS);
}

/** The number word a token spells, allowing Arabic proclitics and the article. Memoised on the token. */
export function lookupWord(text: string, token: Token): Lookup | null {
  if (token.lookup === undefined) token.lookup = computeLookup(text, token);
  return token.lookup as Lookup | null;
}

function computeLookup(text: string, token: Token): Lookup | null {
  if (!mayBeNumberWord(token)) return null;
  if (token.type === TokenType.LatinWord) {
    const entry = englishWords.get(token.key);
    return entry ? { entry, prefix: 0, conj: false, prep: false } : null;
  }
  if (token.type !== TokenType.ArabicWord) return null;
  const key = token.key;
  const direct = withArticle(key);
  if (direct) return { entry: direct, prefix: 0, conj: false, prep: false };
  let rest = key;
  let letters = 0;
  let conj = false;
  if (rest.length > 2 && CONJ.has(rest[0])) {
    rest = rest.slice(1);
    letters = 1;
    conj = true;
    const found = withArticle(rest);
    if (found) return { entry: found, prefix: prefixLength(text, token.start, letters), conj, prep: false };
  }
  if (rest.length > 2 && PREP.has(rest[0])) {
    let afterPrep = rest.slice(1);
    // لل = ل + ال with the alef dropped
    if (rest[0] === 'ل' && afterPrep[0] === 'ل') afterPrep = 'ا' + afterPrep;
    const found = withArticle(afterPrep);
    if (found && !(found.t === 'unit' && found.short)) {
      return { entry: found, prefix: prefixLength(text, token.start, letters + 1), conj, prep: true };
    }
  }
  return null;
}

function withArticle(key: string): WordEntry | undefined {
  if (NOT_NUMBERS.has(key)) return undefined;
  const entry = arabicWords.get(key);
  if (entry) return entry;
  if (key.length > 3 && key.startsWith('ال')) return arabicWords.get(key.slice(2));
  return undefined;
}

/** Code units spanned by the first `letters` letters of the word at `start` (marks included). */
export function prefixLength(text: string, start: number, letters: number): number {
  let i = start;
  let seen = 0;
  while (seen < letters) {
    i++;
    seen++;
    while (isArabicMark(text.charCodeAt(i))) i++;
  }
  return i - start;
}

/** The lookup key of the token at `i` with a leading Arabic proclitic removed, for cue matching. */
export function keyVariants(token: Token | undefined): string[] {
  if (!token || (token.type !== TokenType.ArabicWord && token.type !== TokenType.LatinWord && token.type !== TokenType.Punct)) return [];
  const k = token.key;
  if (token.type !== TokenType.ArabicWord || k.length < 3) return [k];
  const out = [k];
  let rest = k;
  if (CONJ.has(rest[0])) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.length > 2 && PREP.has(rest[0])) out.push(rest.slice(1));
  return out;
}
