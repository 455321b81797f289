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
  numbers: ExtractedNumber[];
  quotes: QuoteMention[];
}

/** Everything the engine extracts from one article's text. Front matter is skipped, offsets kept. */
export function extractText(path: string, text: string, language?: Language): ExtractedFile {
  const { body } = splitFrontMatter(text);
  const lang = language ?? detectLanguage(body);
  const quotes = recognizeQuotes(body);
  const numbers = markQuoted(recognizeNumbers(body, { language: lang }), quotes);
  return { path, language: lang, numbers, quotes };
}

/** Both lists are sorted by start, so one merge pass marks every number inside a quotation. */
function markQuoted(numbers: NumberMention[], quotes: QuoteMention[]): ExtractedNumber[] {
  let q = 0;
  return numbers.map((n) => {
    while (q < quotes.length && quotes[q].end <= n.start) q++;
    const inside = q < quotes.length && quotes[q].start <= n.start && n.end <= quotes[q].end;
    return { ...n, quoted: inside };
  });
}
