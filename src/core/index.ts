export * from './numbers/types';
export { recognizeNumbers } from './numbers/recognize';
export { detectLanguage } from './text/language';
export { extractText, type ExtractedFile, type ExtractedNumber } from './extract';
export { splitFrontMatter } from './corpus/front-matter';
export { readArticle } from './corpus/read-article';
export { discoverFiles } from './corpus/discover';
export { recognizeQuotes } from './quotes/recognize-quotes';
export type { QuoteMention, QuoteKind } from './quotes/types';
