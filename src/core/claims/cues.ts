// Matching cue words and phrases against the words of a sentence.
import type { CueLists } from '../config/types';
import { wordKey } from '../text/normalize';
import type { Word } from '../quotes/words';

interface Entry {
  id: string;
  /** The cue's words in stem form (Arabic proclitics and ال removed, Latin lower-cased). */
  words: string[];
  latin: boolean;
}

export interface CueMatch {
  id: string;
  /** Index of the first word after the cue. */
  end: number;
}

/** Letters an Arabic word may add after a cue stem: none for 2-letter stems, 2 for 3-letter ones. */
function slack(stem: string): number {
  return stem.length <= 2 ? 0 : stem.length === 3 ? 2 : 3;
}

/** The forms of an Arabic word key with its proclitics (و ف، ب ل ك، ال) removed, longest first. */
export function arabicStems(key: string): string[] {
  const out = [key];
  let s = key;
  if (s.length >= 3 && (s[0] === 'و' || s[0] === 'ف')) out.push((s = s.slice(1)));
  if (s.length > 3 && s.startsWith('لل')) out.push((s = s.slice(2)));
  else if (s.length > 3 && (s[0] === 'ب' || s[0] === 'ل' || s[0] === 'ك')) out.push((s = s.slice(1)));
  if (s.length > 4 && s.startsWith('ال')) out.push(s.slice(2));
  return out;
}

function cueStem(word: string, latin: boolean): string {
  const key = wordKey(word);
  if (latin) return key;
  return key.length > 4 && key.startsWith('ال') ? key.slice(2) : key;
}

function stemMatches(stems: readonly string[], cue: string): boolean {
  for (const s of stems) if (s.startsWith(cue) && s.length - cue.length <= slack(cue)) return true;
  return false;
}

/** A set of cues, each tagged with the id it stands for (a metric, a scope, a status …). */
export class CueSet {
  private readonly byFirst = new Map<string, Entry[]>();

  add(id: string, lists: CueLists): this {
    for (const [lang, cues] of Object.entries(lists) as Array<[string, string[] | undefined]>) {
      for (const cue of cues ?? []) {
        const latin = lang === 'en';
        const words = cue.split(/\s+/).filter(Boolean).map((w) => cueStem(w, latin));
        if (words.length === 0) continue;
        const bucket = this.byFirst.get(words[0]) ?? [];
        bucket.push({ id, words, latin });
        bucket.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(words[0], bucket);
      }
    }
    return this;
  }

  /**
   * A pattern that finds every cue's first word inside a text folded by `wordKey`: a cheap test
   * that rules out most sentences before they are split into words.
   */
  hint(): RegExp {
    const words = [...this.byFirst.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(words.length ? words.join('|') : '(?!)');
  }

  /** The longest cue starting at words[i], or null. */
  matchAt(words: readonly Word[], i: number): CueMatch | null {
    const w = words[i];
    if (!w || !w.isWord) return null;
    for (const first of this.firstKeys(w)) {
      for (const e of this.byFirst.get(first) ?? []) {
        if (this.rest(words, i, e)) return { id: e.id, end: i + e.words.length };
      }
    }
    return null;
  }

  /** The cue ending at words[end - 1] (a cue is tried at each of the few starts that could reach it). */
  matchEndingAt(words: readonly Word[], end: number, maxWords = 4): CueMatch & { start: number } | null {
    for (let start = Math.max(0, end - maxWords); start < end; start++) {
      const m = this.matchAt(words, start);
      if (m && m.end === end) return { ...m, start };
    }
    return null;
  }

  private rest(words: readonly Word[], i: number, e: Entry): boolean {
    for (let k = 1; k < e.words.length; k++) {
      const w = words[i + k];
      if (!w || !w.isWord) return false;
      if (e.latin ? w.key !== e.words[k] : !stemMatches(stemsOf(w), e.words[k])) return false;
    }
    return e.latin ? words[i].latin : !words[i].latin;
  }

  /** Keys under which a cue starting with this word may be stored: the word, its stems and their prefixes. */
  private firstKeys(w: Word): string[] {
    if (w.latin) return [w.key];
    const keys: string[] = [];
    for (const s of stemsOf(w)) {
      for (let cut = 0; cut <= 3 && s.length - cut >= (cut === 0 ? 1 : 2); cut++) {
        const p = s.slice(0, s.length - cut);
        if (cut <= slack(p) && !keys.includes(p)) keys.push(p);
      }
    }
    return keys;
  }
}

/** Stems are shared by every cue set looking at the same word. */
const stemCache = new WeakMap<Word, string[]>();

function stemsOf(w: Word): string[] {
  let s = stemCache.get(w);
  if (!s) stemCache.set(w, (s = arabicStems(w.key)));
  return s;
}

/** A cue set with a single id, for plain word lists. */
export function cueSet(lists: CueLists, id = 'yes'): CueSet {
  return new CueSet().add(id, lists);
}
