import type { Word } from '../quotes/words';
import type { ClaimLexicon } from './settings';

/** How many words after a figure a stated place may start. */
const REACH = 6;
const MAX_NAME = 3;

/**
 * The place a figure is limited to, when one is stated right after it: `في مدينة ألماتي`,
 * `في العاصمة الاقتصادية آلمآتا`, `in Almaty`, `in the city of Almaty`. Arabic needs a place noun
 * (a bare `في X` is as often an event as a place); English takes a capitalised name.
 */
export function locationAfter(text: string, words: readonly Word[], from: number, lex: ClaimLexicon): string | null {
  for (let j = from; j < Math.min(words.length, from + REACH); j++) {
    const w = words[j];
    if (!w.isWord) {
      if (w.key !== '(' && w.key !== ')') return null;
      continue;
    }
    if (w.key !== 'في' && w.key !== 'in') continue;
    let k = j + 1;
    if (words[k]?.key === 'the') k++;
    const place = lex.places.matchAt(words, k);
    if (place) {
      k = place.end;
      if (words[k]?.key === 'of') k++;
    } else if (!words[k]?.latin) {
      continue;
    }
    const name = nameAt(text, words, k, lex);
    if (name) return name;
  }
  return null;
}

function nameAt(text: string, words: readonly Word[], k: number, lex: ClaimLexicon): string | null {
  const parts: Word[] = [];
  for (let i = k; i < words.length && parts.length < MAX_NAME; i++) {
    const w = words[i];
    if (!w.isWord || lex.functionWords.matchAt(words, i) || lex.conjunctions.matchAt(words, i)) break;
    if (w.latin ? !/\p{Lu}/u.test(text[w.start]) : parts.length > 0 && w.key.length > 3 && w.key[0] === 'و') break;
    parts.push(w);
  }
  if (parts.length === 0) return null;
  // `in the Silver Mountain earthquake`: a name modifying a noun is not where the figure is
  const next = words[k + parts.length];
  if (parts[0].latin && next?.isWord && !lex.functionWords.matchAt(words, k + parts.length) && !lex.conjunctions.matchAt(words, k + parts.length)) return null;
  // Arabic adjectives after the place noun carry the article (`العاصمة الاقتصادية آلمآتا`): the name is the rest
  const name = parts.filter((p, i) => p.latin || !p.article || i === parts.length - 1);
  return text.slice(name[0].start, name[name.length - 1].end);
}
