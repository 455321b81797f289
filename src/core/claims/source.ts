// Who a figure is attributed to: the quotation's speaker, else the sentence's attribution.
import type { QuoteMention } from '../quotes/types';
import { attributeAfter, attributeBefore } from '../quotes/speaker';
import type { Word } from '../quotes/words';
import type { SentenceFigure } from './bind';
import type { ClaimLexicon } from './settings';

const MAX_SOURCE_WORDS = 5;
const MAX_CLOSING_CLAUSE = 8;

const OPENING_MARKS = new Set(['"', '«', '“', '”', "'"]);
const CLOSING_MARKS = new Set(['"', '»', '”', '“', "'"]);

/** `منظمة "عين" الحقوقية`: a quoted name and the adjective after it belong to the source. */
function withQuotedName(words: readonly Word[], end: number): number {
  const at = words.findIndex((w) => w.start >= end);
  if (at < 0 || !OPENING_MARKS.has(words[at].key)) return end;
  for (let k = at + 1; k < words.length && k <= at + 4; k++) {
    if (!CLOSING_MARKS.has(words[k].key)) continue;
    const adjective = words[k + 1];
    return adjective?.isWord && adjective.article ? adjective.end : words[k].end;
  }
  return end;
}

/** A speaker phrase cut before what it reports (`بيان الداخلية ارتفاع عدد …` → `بيان الداخلية`). */
function trimmed(text: string, words: readonly Word[], start: number, end: number, lex: ClaimLexicon): string | null {
  let last = -1;
  for (let j = 0; j < words.length && words[j].start < end; j++) {
    if (words[j].start < start) continue;
    if (lex.sourceStops.matchAt(words, j) || lex.quantityMetrics.matchAt(words, j)) break;
    last = j;
  }
  return last < 0 ? null : text.slice(start, words[last].end);
}

export function sourceOf(text: string, words: readonly Word[], fig: SentenceFigure, quote: QuoteMention | null, lex: ClaimLexicon): string | null {
  if (quote?.speaker) return quote.speaker;
  for (let j = fig.first - 1; j >= 0; j--) {
    const m = lex.sourceCues.matchAt(words, j);
    if (m && m.end <= fig.first) {
      const name = phraseAfter(text, words, m.end, fig.first, lex);
      if (name) return name;
    }
  }
  const before = attributeBefore(words.slice(0, fig.first) as Word[], text);
  if (before?.speakerStart != null && before.speakerEnd != null) return trimmed(text, words, before.speakerStart, withQuotedName(words, before.speakerEnd), lex);
  for (let j = fig.last + 1; j < words.length; j++) {
    const m = lex.sourceCues.matchAt(words, j);
    if (m) {
      const name = phraseAfter(text, words, m.end, words.length, lex);
      if (name) return name;
    }
  }
  return sourceAfterLastComma(text, words, fig);
}

/** `…, police said.` / `…، قالت الوزارة.`: the reporting clause closing the sentence. */
function sourceAfterLastComma(text: string, words: readonly Word[], fig: SentenceFigure): string | null {
  // a short closing clause only; one ending in `:` introduces the next statement
  if (words.slice(-2).some((w) => w.key === ':')) return null;
  for (let j = words.length - 1; j > fig.last && words.length - j <= MAX_CLOSING_CLAUSE; j--) {
    if (words[j].key !== ',' && words[j].key !== '،') continue;
    const after = attributeAfter(words.slice(j) as Word[], text);
    if (after?.speakerStart != null && after.speakerEnd != null) return text.slice(after.speakerStart, after.speakerEnd);
    return null;
  }
  return null;
}

/** The name after `بحسب`, `according to`: data nouns skipped (`إحصاءات`, `figures from`), up to a stop. */
function phraseAfter(text: string, words: readonly Word[], from: number, to: number, lex: ClaimLexicon): string | null {
  let j = from;
  for (let m = lex.dataNouns.matchAt(words, j); m && m.end <= to; m = lex.dataNouns.matchAt(words, j)) j = m.end;
  if (words[j]?.key === 'from' || words[j]?.key === 'by' || words[j]?.key === 'the') j++;
  const start = j;
  while (j < to && j - start < MAX_SOURCE_WORDS) {
    const w = words[j];
    if (!w.isWord || lex.functionWords.matchAt(words, j) || lex.sourceStops.matchAt(words, j) || lex.quantityMetrics.matchAt(words, j) || lex.moneyMetrics.matchAt(words, j)) break;
    j++;
  }
  return j > start ? text.slice(words[start].start, words[j - 1].end) : null;
}
