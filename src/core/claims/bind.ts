// Binds the figures of one sentence to what they count: metric, scope, part-of-a-total, place.
import type { ExtractedNumber } from '../extract';
import type { Word } from '../quotes/words';
import type { CueMatch, CueSet } from './cues';
import { locationAfter } from './location';
import type { ClaimLexicon } from './settings';

export interface Binding {
  metric: string;
  scope: string | null;
  part: boolean;
  location: string | null;
}

/** A figure and the words it covers in the sentence. */
export interface SentenceFigure {
  n: ExtractedNumber;
  first: number;
  last: number;
}

/** How far before a figure its governing cue may stand (`ارتفاع عدد ضحايا قوات الأمن … إلى 18`). */
const HEAD_REACH = 14;

/** What the words right after a figure say about it: `قتيلاً`, `من قوات الأمن`, `منهم`, `people`. */
interface Slot {
  metric: string | null;
  scope: string | null;
  part: boolean;
  /** The figure counts things (cars, days, investigations): not a claim. */
  thing: boolean;
  end: number;
}

interface Head {
  metric: string | null;
  scope: string | null;
  part: boolean;
}

interface Pending {
  /** The figure's index in the sentence. */
  index: number;
  fig: SentenceFigure;
  slot: Slot;
  head: Head;
}

export function bindSentence(text: string, words: readonly Word[], figures: readonly SentenceFigure[], lex: ClaimLexicon): Array<Binding | null> {
  const out: Array<Binding | null> = figures.map(() => null);
  const starts = new Set(figures.map((f) => f.first));
  let group: Pending[] = [];
  let limit = 0;
  let lastMetric: string | null = null;
  const flush = (): void => {
    if (group.length === 0) return;
    const last = group[group.length - 1];
    const found = predicateAfter(words, last.slot.end, metricsFor(last.fig, lex), lex, starts);
    const predicate = found?.id ?? null;
    for (const p of group) {
      const metric = p.slot.metric ?? p.head.metric ?? predicate ?? (p.slot.part || p.head.part ? lastMetric : null);
      if (!metric) continue;
      const scope = p.slot.scope ?? p.head.scope;
      out[p.index] = { metric, scope, part: p.slot.part || p.head.part, location: locationAfter(text, words, p.slot.end, lex) };
    }
    const bound = group.map((p) => out[p.index]).filter((b): b is Binding => b !== null);
    if (bound.length > 0) {
      lastMetric = bound[bound.length - 1].metric;
      limit = Math.max(last.slot.end, found?.end ?? 0);
    }
    group = [];
  };
  figures.forEach((fig, i) => {
    if (!isCountable(fig, words, lex)) return;
    const metrics = metricsFor(fig, lex);
    const slot = readSlot(words, fig.last + 1, metrics, fig.n.kind === 'money', lex, starts);
    if (slot.thing) {
      // `120 warehouses were destroyed`: the verb after a count of things is theirs
      flush();
      const verb = predicateAfter(words, slot.end, lex.quantityMetrics, lex, starts) ?? predicateAfter(words, slot.end, lex.moneyMetrics, lex, starts);
      limit = Math.max(limit, verb?.end ?? 0);
      return;
    }
    const prev = group[group.length - 1];
    const coordinated = prev !== undefined && onlyConjunctions(words, prev.slot.end, fig.first, lex);
    if (!coordinated) flush();
    const head = coordinated ? inherit(prev.head) : headBefore(words, fig.first, Math.max(limit, fig.first - HEAD_REACH), metrics, lex);
    group.push({ index: i, fig, slot, head });
  });
  flush();
  return out;
}

function isCountable(fig: SentenceFigure, words: readonly Word[], lex: ClaimLexicon): boolean {
  const n = fig.n;
  if ((n.kind !== 'quantity' && n.kind !== 'money') || n.value === null || n.value < 0) return false;
  return !(fig.first === fig.last && lex.times.matchAt(words, fig.first));
}

function metricsFor(fig: SentenceFigure, lex: ClaimLexicon): CueSet {
  return fig.n.kind === 'money' ? lex.moneyMetrics : lex.quantityMetrics;
}

/** A coordinated figure shares its group's governing cue but not a part marker. */
function inherit(head: Head): Head {
  return { ...head, part: false };
}

function readSlot(words: readonly Word[], from: number, metrics: CueSet, money: boolean, lex: ClaimLexicon, figureStarts: ReadonlySet<number>): Slot {
  const slot: Slot = { metric: null, scope: null, part: false, thing: false, end: from };
  let j = from;
  // English modifiers come before the noun (`5 more people`); Arabic increments follow it (`شخصاً آخر`)
  for (let m = modifierAt(words, j, lex); m; m = modifierAt(words, j, lex)) {
    if (lex.increments.matchAt(words, j)) slot.part = true;
    j = m.end;
  }
  const noun = money ? moneyNoun(words, j, metrics) : nounAt(words, j, metrics, lex);
  if (noun) {
    Object.assign(slot, noun.slot);
    slot.end = j = noun.end;
    const more = noun.people ? lex.increments.matchAt(words, j) : null;
    if (more) {
      slot.part = true;
      slot.end = j = more.end;
    }
  }
  if (slot.thing) return slot;
  let linked = false;
  // `منهم`, `of them`; `فرداً على الأقل من قوات الأمن`, `members of the security forces`
  for (let step = 0; step < 6 && j < words.length; step++) {
    const part = lex.partAfter.matchAt(words, j);
    if (part) {
      slot.part = true;
      slot.end = j = part.end;
      continue;
    }
    const scope = slot.scope === null ? lex.scopes.matchAt(words, j) : null;
    if (scope) {
      slot.scope = scope.id;
      slot.end = scope.end;
      break;
    }
    const link = lex.scopeLinks.matchAt(words, j);
    if (linked && figureStarts.has(j)) {
      // `fewer than 10 of the 14 shelters`: a share of another count, which says what is counted
      slot.thing = true;
      break;
    }
    // `470 شخصاً من حي الميناء`: where they came from, not who they are
    if (linked && lex.places.matchAt(words, j)) break;
    if (linked && slot.scope === null && !link) {
      // `اثنين من نوابه`, `two of his deputies`: a group of its own; `من أفراد الشرطة`: go on
      const group = nounAt(words, j, metrics, lex, true);
      if (group?.people) {
        j = group.end;
        continue;
      }
      if (group?.slot.scope) {
        slot.scope = group.slot.scope;
        slot.end = group.end;
      }
      if (group) break;
    }
    const skip = link ?? lex.fillers.matchAt(words, j);
    if (!skip) break;
    linked ||= link !== null;
    j = skip.end;
  }
  return slot;
}

/** `$2.5 billion in damage`, `بقيمة … من الخسائر`: a money figure's own noun, after at most two links. */
function moneyNoun(words: readonly Word[], j: number, metrics: CueSet): Noun | null {
  for (let k = j; k < j + 3 && k < words.length; k++) {
    const m = metrics.matchAt(words, k);
    if (m) return { slot: { metric: m.id }, end: m.end };
    if (!MONEY_LINKS.has(words[k].key)) return null;
  }
  return null;
}

const MONEY_LINKS = new Set(['in', 'of', 'worth', 'من', 'في']);

/** The counted noun right after a figure, and what it tells. */
interface Noun {
  slot: Partial<Slot>;
  end: number;
  people?: boolean;
}

function modifierAt(words: readonly Word[], j: number, lex: ClaimLexicon): CueMatch | null {
  if (!words[j]?.latin) return null;
  return lex.modifiers.matchAt(words, j) ?? lex.increments.matchAt(words, j);
}

/** `relaxed`: after `من`/`of` any content word names the group, not only a plural. */
function nounAt(words: readonly Word[], j: number, metrics: CueSet, lex: ClaimLexicon, relaxed = false): Noun | null {
  const w = words[j];
  if (!w || !w.isWord) return null;
  const part = lex.partAfter.matchAt(words, j);
  if (part) return null;
  const metric = metrics.matchAt(words, j);
  if (metric) return { slot: { metric: metric.id }, end: metric.end };
  const scope = lex.scopes.matchAt(words, j);
  if (scope) return { slot: { scope: scope.id }, end: scope.end };
  const people = lex.people.matchAt(words, j);
  if (people) return { slot: {}, end: people.end, people: true };
  if (lex.functionWords.matchAt(words, j) || lex.fillers.matchAt(words, j) || lex.conjunctions.matchAt(words, j)) return null;
  const thing = lex.things.matchAt(words, j);
  if (thing) return { slot: { thing: true }, end: thing.end };
  // another noun (`صحفيين`, `journalists`): a group of its own, never everyone
  return relaxed || looksLikeCountedNoun(w) ? { slot: { scope: w.latin ? w.key : w.bare }, end: j + 1 } : null;
}

/** A plural or an accusative singular (`صحفيين`, `عاملاً`, `workers`), unlike a verb (`عُثر`). */
function looksLikeCountedNoun(w: Word): boolean {
  if (w.latin) return w.key.length > 3 && w.key.endsWith('s');
  return /(?:ين|ون|ات|ا)$/.test(w.bare) && w.bare.length > 3;
}

function onlyConjunctions(words: readonly Word[], from: number, to: number, lex: ClaimLexicon): boolean {
  if (to - from > 3) return false;
  for (let j = from; j < to; j++) {
    const w = words[j];
    if (!w.isWord ? w.key !== '،' && w.key !== ',' : !lex.conjunctions.matchAt(words, j)) return false;
  }
  return true;
}

/** The cue governing a figure from before it: `مقتل 160`, `اعتقلت … 7 آلاف`, `ضحايا قوات الأمن … إلى 18`. */
function headBefore(words: readonly Word[], at: number, limit: number, metrics: CueSet, lex: ClaimLexicon): Head {
  const head: Head = { metric: null, scope: null, part: false };
  if (at - 1 >= limit && lex.partBefore.matchEndingAt(words, at, 3)) head.part = true;
  for (let j = at - 1; j >= limit; j--) {
    const w = words[j];
    if (!w.isWord) continue;
    const m = metrics.matchAt(words, j);
    if (!m || m.end > at) continue;
    head.metric = m.id;
    head.scope = scopeOfVictims(words, j, m.end, at, lex);
    return head;
  }
  return head;
}

/** `ضحايا قوات الأمن`, `قتلى من الشرطة`, `police deaths`: a scope bound to a noun naming the counted. */
function scopeOfVictims(words: readonly Word[], cueStart: number, cueEnd: number, at: number, lex: ClaimLexicon): string | null {
  if (!lex.victims.matchAt(words, cueStart)) return null;
  if (words[cueStart].latin) {
    const before = lex.scopes.matchEndingAt(words, cueStart, 3);
    return before ? before.id : null;
  }
  let j = cueEnd;
  for (let step = 0; step < 3 && j < at; step++) {
    const scope = lex.scopes.matchAt(words, j);
    if (scope) return scope.id;
    const link = lex.scopeLinks.matchAt(words, j);
    if (!link) return null;
    j = link.end;
  }
  return null;
}

/** A verb after the figure and its noun: `قتلوا`, `لقوا حتفهم`, `were killed`, `have died`. */
function predicateAfter(words: readonly Word[], from: number, metrics: CueSet, lex: ClaimLexicon, figureStarts: ReadonlySet<number>): CueMatch | null {
  let j = from;
  for (let step = 0; step < 4 && j < words.length; step++) {
    const m = metrics.matchAt(words, j);
    // `وإصابة 210`: a cue right before the next figure governs that one
    if (m) return figureStarts.has(m.end) ? null : m;
    const skip = lex.fillers.matchAt(words, j);
    if (!skip) return null;
    j = skip.end;
  }
  return null;
}
