import { splitFrontMatter } from './corpus/front-matter';
import { recognizeNumbers } from './numbers/recognize';
import type { Language, NumberMention } from './numbers/types';
import { detectLanguage } from './text/language';

export interface ExtractedFile {
  path: string;
  language: Language;
  numbers: NumberMention[];
}

/** Everything the engine extracts from one article's text. Front matter is skipped, offsets kept. */
export function extractText(path: string, text: string, language?: Language): ExtractedFile {
  const { body } = splitFrontMatter(text);
  const lang = language ?? detectLanguage(body);
  return { path, language: lang, numbers: recognizeNumbers(body, { language: lang }) };
}
