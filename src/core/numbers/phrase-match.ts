import type { Token } from '../text/tokenize';
import { keyVariants } from './lookup';
import type { Phrase } from './phrases';

/**
 * Whether `words` stand at tokens[i…] with no line break inside. The first word may carry a
 * proclitic (و، ب، ل …). Returns the index after the phrase, or -1.
 */
export function matchForward(tokens: Token[], i: number, words: Phrase, allowProcliticFirst = false): number {
  for (let w = 0; w < words.length; w++) {
    const t = tokens[i + w];
    if (!t || (w > 0 && t.breaks > 0)) return -1;
    if (t.key === words[w]) continue;
    if (w === 0 && allowProcliticFirst && keyVariants(t).includes(words[w])) continue;
    return -1;
  }
  return i + words.length;
}

/** Whether `words` end at tokens[end - 1], the first word possibly with a proclitic. Returns its first index, or -1. */
export function matchBackward(tokens: Token[], end: number, words: Phrase): number {
  const first = end - words.length;
  if (first < 0) return -1;
  for (let w = 0; w < words.length; w++) if (w > 0 && tokens[first + w].breaks > 0) return -1;
  if (tokens[end].breaks > 0) return -1;
  return matchForward(tokens, first, words, true) === end ? first : -1;
}
