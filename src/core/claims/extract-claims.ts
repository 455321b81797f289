// Turns an article's figures into claims: bound to a metric, with scope, source, date and status.
import type { ExtractedNumber } from '../extract';
import type { QuoteMention } from '../quotes/types';
import { wordsIn, type Word } from '../quotes/words';
import { wordKey } from '../text/normalize';
import { bindSentence, type SentenceFigure } from './bind';
import { anchorBefore, anchorsOf, articleDate, datedMentions, sentenceDate } from './claim-dates';
import { sentenceAround } from './sentences';
import type { ClaimLexicon } from './settings';
import { sourceOf } from './source';
import { sentenceStatus } from './status';
import type { Claim } from './types';

export interface ClaimContext {
  path: string;
  lexicon: ClaimLexicon;
  /** The article's date from its metadata (front matter or configuration), when known. */
  date: string | null;
}

export interface ArticleClaims {
  claims: Claim[];
  /** The article's date: metadata, else its first full date; null when unknown. */
  date: string | null;
}

/** `quoteOf[i]`: the quotation `numbers[i]` stands in, or null. */
export function extractClaims(body: string, numbers: readonly ExtractedNumber[], quoteOf: ReadonlyArray<QuoteMention | null>, ctx: ClaimContext): ArticleClaims {
  const lex = ctx.lexicon;
  const mentions = datedMentions(numbers, lex, (a, b) => wordsIn(body, a, b));
  const date = articleDate(ctx.date, mentions, body.search(/\S/));
  const anchors = anchorsOf(mentions);
  const claims: Claim[] = [];
  for (let i = 0; i < numbers.length; ) {
    const [start, end] = sentenceAround(body, numbers[i].start);
    let k = i;
    while (k < numbers.length && numbers[k].start < end) k++;
    const first = i;
    const inSentence = numbers.slice(i, Math.max(k, i + 1));
    i = Math.max(k, i + 1);
    if (!inSentence.some((n) => n.kind === 'quantity' || n.kind === 'money')) continue;
    if (!lex.metricHint.test(wordKey(body.slice(start, end)))) continue;
    const words = wordsIn(body, start, end);
    const figures = inSentence.map((n) => figureOf(n, words));
    const bindings = bindSentence(body, words, figures, lex);
    if (bindings.every((b) => b === null)) continue;
    const status = sentenceStatus(words, lex);
    const anchor = anchorBefore(start, anchors, date);
    const stated = sentenceDate(words, mentions, [start, end], anchor, lex);
    figures.forEach((fig, f) => {
      const b = bindings[f];
      if (!b) return;
      const n = fig.n;
      claims.push({
        id: `${ctx.path}#${n.start}`,
        path: ctx.path,
        start: n.start,
        end: n.end,
        line: n.line,
        character: n.character,
        text: n.text,
        metric: b.metric,
        scope: b.scope,
        location: b.location,
        part: b.part,
        value: n.value ?? 0,
        low: n.low,
        high: n.high,
        precision: n.precision,
        unit: n.kind === 'money' ? n.unit : null,
        date: stated ?? anchorBefore(n.start, anchors, date),
        source: sourceOf(body, words, fig, quoteOf[first + f], lex),
        status,
        quoted: n.quoted,
      });
    });
  }
  return { claims, date };
}

/** The words a figure covers (a figure like `7 آلاف و939` spans several). */
function figureOf(n: ExtractedNumber, words: readonly Word[]): SentenceFigure {
  let first = lowerBound(words, n.start);
  if (first >= words.length) first = words.length - 1;
  let last = first;
  while (last + 1 < words.length && words[last + 1].start < n.end) last++;
  return { n, first, last };
}

function lowerBound(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
