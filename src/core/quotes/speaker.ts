// Finds who is quoted from the reporting clause around a quotation.
import { ADVERBS, CONTINUATION_VERBS, INSTITUTIONS, MEDIA, PARTICIPLES, PRONOUNS, PRONOUN_SOURCES, SOURCE_PREPOSITIONS, SPEAKER_STOPS, SPEECH_VERBS, TITLES } from './lexicon';
import type { Word } from './words';

export interface Attribution {
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number;
  /** The clause ends with a colon or إن/أن right before the quotation: a direct report. */
  direct: boolean;
  /** A verb whose subject is in the verb (`ودعت`) or a pronoun source (`بحسب قولها`): take the last speaker when near. */
  inherit: boolean;
  /** A continuation verb (`وأضاف`, `he added`): take the last speaker of this or the previous paragraph. */
  continuation: boolean;
}

const MAX_PHRASE = 10;
const CLAUSE_PUNCT = new Set(['،', ',', ':', '(', ')', '.', '؛', ';', '!', '?', '؟', '"', '“', '”', '«', '»', '–', '—']);

const isVerb = (w: Word): boolean => w.isWord && (SPEECH_VERBS.has(w.key) || SPEECH_VERBS.has(w.bare));

/** The speaker named in the words before a quotation (the reporting clause), if any. */
export function attributeBefore(words: Word[], text: string): Attribution | null {
  const direct = endsDirectly(words);
  for (let v = words.length - 1; v >= 0; v--) {
    const w = words[v];
    if (w.isWord && SOURCE_PREPOSITIONS.has(w.bare)) {
      const phrase = phraseAfter(words, v + 1);
      if (phrase) return found(words, phrase, w, text, direct);
    }
    if (!isVerb(w)) continue;
    const from = words.slice(v + 1).findIndex((x) => x.isWord && x.key === 'عن');
    if (from >= 0 && (w.bare.startsWith('نقل') || w.key.startsWith('نقل'))) {
      const relayed = phraseAfter(words, v + 2 + from);
      if (relayed) return found(words, titledAppositive(words, relayed) ?? nameAfterTitle(relayed, words), w, text, direct);
    }
    if (PARTICIPLES.has(w.key) || PARTICIPLES.has(w.bare)) continue;
    if (w.latin) {
      const subject = englishSubject(text, words, v);
      if (!subject) continue;
      if (isPronoun(words, subject)) return pronounSubject(w, text, direct);
      return found(words, subject, w, text, direct);
    }
    const after = phraseAfter(words, v + 1);
    const phrase = after ?? (verbEndsClause(words, v) ? phraseBefore(words, v) : null);
    if (phrase && isPronoun(words, phrase)) return pronounSubject(w, text, direct);
    if (phrase) return found(words, appositiveName(words, phrase) ?? dashedName(words, phrase) ?? nameAfterTitle(phrase, words), w, text, direct);
    // a verb with its subject in the verb (ودعت، وأضاف، قالوا): the previous speaker, when near
    const continuation = CONTINUATION_VERBS.has(w.key) || CONTINUATION_VERBS.has(w.bare);
    return { speakerStart: null, speakerEnd: null, cue: text.slice(w.start, w.end), cueStart: w.start, direct, inherit: true, continuation };
  }
  return null;
}

/** `مسؤول السياسة الخارجية في الإتحاد الأوروبي – جوزيب بوريل :-`: a name after a dash closing the clause. */
function dashedName(words: Word[], phrase: [number, number]): [number, number] | null {
  for (let k = phrase[1] + 1; k < words.length; k++) {
    if (words[k].key === '–' || words[k].key === '—' || (words[k].key === '-' && words[k - 1]?.key !== ':')) {
      let last = -1;
      for (let j = k + 1; j < words.length && j <= k + 4; j++) {
        const w = words[j];
        if (!w.isWord || SPEAKER_STOPS.has(w.key) || SPEAKER_STOPS.has(w.bare)) break;
        if (w.article) return null;
        last = j;
      }
      if (last < 0) return null;
      if (words.slice(k + 1, last + 1).some((w) => !w.latin)) while (last > k + 1 && words[last].latin) last--;
      return [k + 1, last];
    }
    if (!words[k].isWord && words[k].key !== '،' && words[k].key !== ',') return null;
  }
  return null;
}

/** `المتحدث باسم الخارجية، نيد برايس، إن`: a short name set off by commas after the title phrase. */
function appositiveName(words: Word[], phrase: [number, number]): [number, number] | null {
  // after a title phrase (`مدير الدفاع المدني في محافظة الساحل، العميد هشام البنّاء،`) the name may follow a place and a rank
  const titled = isTitle(words[phrase[0]]);
  const c = commaAfter(words, phrase[1] + 1, titled);
  if (c < 0) return null;
  let k = c + 1;
  while (titled && k < words.length && isTitle(words[k])) k++;
  const first = k;
  let last = -1;
  for (; k < words.length && k <= first + 3; k++) {
    const w = words[k];
    if (!w.isWord || PRONOUN_SOURCES.has(w.key)) break;
    // a family name may carry the article (`سلمى الخطيب`), a first name does not
    if ((w.article && k === first) || SPEAKER_STOPS.has(w.key) || SPEAKER_STOPS.has(w.bare) || TITLES.has(w.key)) return null;
    last = k;
  }
  const end = words[k];
  const closes = !end || end.key === '،' || end.key === ',' || end.key === ':' || end.key === '.' || (end.isWord && (['ان', 'إن', 'أن'].includes(end.key) || PRONOUN_SOURCES.has(end.key)));
  if (last < 0 || !closes) return null;
  if (words.slice(first, last + 1).some((w) => !w.latin)) while (last > first && words[last].latin) last--;
  return [first, last];
}

/** `المتحدث باسم الشرطة، المقدم رامز داود`: a title phrase followed by the person's name. */
function titledAppositive(words: Word[], phrase: [number, number]): [number, number] | null {
  return isTitle(words[phrase[0]]) ? appositiveName(words, phrase) : null;
}

function isTitle(w: Word): boolean {
  return w.isWord && (TITLES.has(w.key) || TITLES.has(w.bare));
}

/** The comma opening an appositive: right after the phrase, or after a short `في …` place (`مدير الدفاع المدني في محافظة الساحل، …`). */
function commaAfter(words: Word[], i: number, afterPlace: boolean): number {
  const isComma = (w: Word | undefined): boolean => w !== undefined && (w.key === '،' || w.key === ',' || w.key === '–' || w.key === '-');
  if (isComma(words[i])) return i;
  if (!afterPlace || words[i]?.key !== 'في') return -1;
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    if (isComma(words[k])) return k;
    if (!words[k].isWord) return -1;
  }
  return -1;
}

/** The speaker named after a quotation: `، قال بون`, `, said Jane Doe`, `, the minister said`, `according to X`, `بحسب قولها`. */
export function attributeAfter(words: Word[], text: string): Attribution | null {
  let i = 0;
  while (i < words.length && !words[i].isWord && words[i].key !== '.') i++;
  if (i >= words.length || i > 2 || words.slice(0, i).some((w) => w.key === '.' || w.key === '؟')) return null;
  const w = words[i];
  if (SOURCE_PREPOSITIONS.has(w.bare) || (w.key === 'according' && words[i + 1]?.key === 'to')) {
    const at = w.key === 'according' ? i + 2 : i + 1;
    const next = words[at];
    if (next && next.isWord && PRONOUN_SOURCES.has(next.key)) return { speakerStart: null, speakerEnd: null, cue: text.slice(w.start, w.end), cueStart: w.start, direct: false, inherit: true, continuation: false };
    const phrase = phraseAfter(words, at);
    if (!phrase) return null;
    const att = found(words, phrase, w, text, false);
    return at === i + 2 ? { ...att, cue: text.slice(w.start, words[i + 1].end) } : att;
  }
  if (isVerb(w)) {
    const phrase = phraseAfter(words, i + 1);
    if (phrase && isPronoun(words, phrase)) return pronounSubject(w, text, false);
    return phrase ? found(words, titledAppositive(words, phrase) ?? nameAfterTitle(phrase, words), w, text, false) : null;
  }
  // `"…," the minister said`, `"…," Colonel Samer al-Haddad, the civil defence spokesman, told reporters`
  const segments: Array<[number, number]> = [];
  let segStart = i;
  for (let v = i; v < Math.min(words.length, i + 16); v++) {
    const x = words[v];
    if (x.isWord && isVerb(x) && v > i) {
      if (v > segStart) segments.push([segStart, v - 1]);
      const chosen = segments.find((sg) => isProperName(text, words, sg)) ?? segments[0];
      if (isPronoun(words, chosen)) return pronounSubject(x, text, false);
      return found(words, chosen, x, text, false);
    }
    if (x.key === ',' || x.key === '،') {
      if (v > segStart) segments.push([segStart, v - 1]);
      segStart = v + 1;
    } else if (!x.isWord) return null;
  }
  return null;
}

/** `لإذاعة`, `للتلفزيون`: a broadcaster addressed, which ends the speaker phrase. */
function isToMedia(w: Word): boolean {
  if (w.latin || w.key[0] !== 'ل') return false;
  return MEDIA.has(w.key.slice(1)) || MEDIA.has('ا' + w.key.slice(2));
}

function isPronoun(words: Word[], range: [number, number]): boolean {
  return range[0] === range[1] && PRONOUNS.has(words[range[0]].key);
}

function pronounSubject(verb: Word, text: string, direct: boolean): Attribution {
  return { speakerStart: null, speakerEnd: null, cue: text.slice(verb.start, verb.end), cueStart: verb.start, direct, inherit: true, continuation: false };
}

/** Capitalised Latin words only (`Hala Mourad`): a name rather than a role. */
function isProperName(text: string, words: Word[], [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) {
    const c = text.charCodeAt(words[k].start);
    if (!words[k].latin || c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

function found(words: Word[], range: [number, number], cue: Word, text: string, direct: boolean): Attribution {
  return { speakerStart: words[range[0]].start, speakerEnd: words[range[1]].end, cue: text.slice(cue.start, cue.end), cueStart: cue.start, direct, inherit: false, continuation: false };
}

/** Whether the clause ends right before the quotation with `:`, `:-` or إن/أن. */
function endsDirectly(words: Word[]): boolean {
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  if (!last) return false;
  if (last.key === ':' || (last.key === '-' && prev?.key === ':') || (last.key === ':' && prev?.key === '-')) return true;
  return last.isWord && ['ان', 'إن', 'أن', 'that'].some((k) => last.key === k);
}

/** Whether nothing but punctuation or إن/أن follows the verb at v (`صحفيون … قالوا:-`). */
function verbEndsClause(words: Word[], v: number): boolean {
  const next = words[v + 1];
  return !next || next.key === ':' || next.key === '-' || next.key === '،' || next.key === ',';
}

/** Word indexes [first, last] of the noun phrase starting at i, stopping at clause punctuation and stop words. */
function phraseAfter(words: Word[], i: number): [number, number] | null {
  let last = -1;
  for (let k = i; k < words.length && k < i + MAX_PHRASE; k++) {
    const w = words[k];
    if (!w.isWord || SPEAKER_STOPS.has(w.key) || SPEAKER_STOPS.has(w.bare) || PRONOUN_SOURCES.has(w.key) || isToMedia(w)) break;
    last = k;
  }
  return last >= i ? [i, last] : null;
}

/** `The fire chief, Dana Whitlock, said:` → `Dana Whitlock`: the subject before an English verb, a name among its appositives preferred. */
function englishSubject(text: string, words: Word[], v: number): [number, number] | null {
  let end = v - 1;
  while (end >= 0 && words[end].isWord && ADVERBS.has(words[end].key)) end--;
  if (end >= 0 && words[end].key === ',') end--; // `…, Dana Whitlock, said`
  const segments: Array<[number, number]> = [];
  let segEnd = end;
  for (let k = end; k >= 0 && k >= v - 16; k--) {
    const w = words[k];
    if (w.key === ',' && k < segEnd) {
      segments.push([k + 1, segEnd]);
      segEnd = k - 1;
      continue;
    }
    if (!w.isWord || SPEAKER_STOPS.has(w.key)) {
      if (k < segEnd) segments.push([k + 1, segEnd]);
      segEnd = -1;
      break;
    }
  }
  if (segEnd >= 0 && segEnd >= v - 16) segments.push([Math.max(0, v - 16), segEnd]);
  const valid = segments.filter(([a, b]) => a <= b);
  return valid.find((sg) => isProperName(text, words, sg)) ?? valid[0] ?? null;
}

/** The subject before a clause-final verb: the words back to the previous punctuation. */
function phraseBefore(words: Word[], v: number): [number, number] | null {
  let first = -1;
  for (let k = v - 1; k >= 0 && k >= v - MAX_PHRASE; k--) {
    const w = words[k];
    if (!w.isWord || CLAUSE_PUNCT.has(w.key) || SPEAKER_STOPS.has(w.key) || SPEAKER_STOPS.has(w.bare)) break;
    first = k;
  }
  return first >= 0 ? [first, v - 1] : null;
}

/**
 * `وزير الخارجية الأمريكي أنتوني بلنكين` → `أنتوني بلنكين`, `العقيد سامر الحداد` → `سامر الحداد`:
 * after the last title, its definite complements are skipped and the rest is the name. A phrase
 * headed by an institution, or with no title, is the speaker as a whole. A Latin transliteration
 * after an Arabic name is dropped.
 */
function nameAfterTitle(range: [number, number], words: Word[]): [number, number] {
  const [first] = range;
  let last = range[1];
  if (words.slice(first, last + 1).some((w) => !w.latin)) while (last > first && words[last].latin) last--;
  if (INSTITUTIONS.has(words[first].key) || INSTITUTIONS.has(words[first].bare)) return [first, last];
  let title = -1;
  for (let k = first; k <= last; k++) if (TITLES.has(words[k].key) || TITLES.has(words[k].bare)) title = k;
  if (title < 0) return [first, last];
  let name = title + 1;
  while (name <= last && words[name].article) name++;
  if (name > last || INSTITUTIONS.has(words[name].key) || words[name].latin) return [first, last];
  return [name, last];
}
