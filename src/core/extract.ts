import { buildLexicon, type ClaimLexicon } from './claims/settings';
import { isoDateOf } from './claims/claim-dates';
import { extractClaims } from './claims/extract-claims';
import type { Claim } from './claims/types';
import { splitFrontMatter } from './corpus/front-matter';
import { recognizeNumbers } from './numbers/recognize';
import type { Language, NumberMention } from './numbers/types';
import { recognizeQuotes } from './quotes/recognize-quotes';
import type { QuoteMention } from './quotes/types';
import { detectLanguage } from './text/language';

/** A number as extracted from an article: `quoted` when it stands inside a quotation. */
export interface ExtractedNumber extends NumberMention {
  quoted: boolean;
}

export interface ExtractedFile {
  path: string;
  language: Language;
  /** The article's title: front matter `title`, else its first line. */
  title: string | null;
  /** The article's date: metadata, else its first full date (dateline); null when unknown. */
  date: string | null;
  /** Front matter `source` / `url`, or the configuration's per-file metadata. */
  source: string | null;
  url: string | null;
  numbers: ExtractedNumber[];
  quotes: QuoteMention[];
  claims: Claim[];
}

/** Metadata the corpus configuration gives a file; front matter wins over it. */
export interface ArticleMetadata {
  date?: string;
  source?: string;
  url?: string;
  language?: Language;
}

export interface ExtractOptions {
  language?: Language;
  metadata?: ArticleMetadata;
  /** Compiled metric and scope cues (from the corpus configuration); the defaults when absent. */
  lexicon?: ClaimLexicon;
  /** Relative half-width given to approximate figures (default 0.1). */
  tolerance?: number;
}

let defaultLexicon: ClaimLexicon | undefined;

/** Everything the engine extracts from one article's text. Front matter is skipped, offsets kept. */
export function extractText(path: string, text: string, options: ExtractOptions = {}): ExtractedFile {
  const { body, data } = splitFrontMatter(text);
  const meta = options.metadata ?? {};
  const lang = options.language ?? meta.language ?? detectLanguage(body);
  const quotes = recognizeQuotes(body);
  const recognized = recognizeNumbers(body, { language: lang, approximateTolerance: options.tolerance });
  const quoteOf = containingQuotes(recognized, quotes);
  const numbers: ExtractedNumber[] = recognized.map((n, i) => ({ ...n, quoted: quoteOf[i] !== null }));
  const lexicon = options.lexicon ?? (defaultLexicon ??= buildLexicon());
  const metaDate = isoDateOf(data?.date) ?? isoDateOf(meta.date);
  const { claims, date } = extractClaims(body, numbers, quoteOf, { path, lexicon, date: metaDate });
  return {
    path,
    language: lang,
    title: stringOf(data?.title) ?? firstLine(body),
    date,
    source: stringOf(data?.source) ?? meta.source ?? null,
    url: stringOf(data?.url) ?? meta.url ?? null,
    numbers,
    quotes,
    claims,
  };
}

function stringOf(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function firstLine(body: string): string | null {
  const m = /\S[^\r\n]*/.exec(body);
  return m ? m[0].trim().slice(0, 200) : null;
}

/** The quotation each number stands in, or null; both lists are sorted by start, so one merge pass does. */
function containingQuotes(numbers: readonly NumberMention[], quotes: readonly QuoteMention[]): Array<QuoteMention | null> {
  let q = 0;
  return numbers.map((n) => {
    while (q < quotes.length && quotes[q].end <= n.start) q++;
    return q < quotes.length && quotes[q].start <= n.start && n.end <= quotes[q].end ? quotes[q] : null;
  });
}
