// Every command, view and setting id in one place (package.json declares the same ids).
export const EXTENSION_ID = 'corpus-review.corpus-review';
export const DIAGNOSTIC_SOURCE = 'Corpus Review';
export const RULE_DOCS = 'https://github.com/corpus-review/corpus-review/blob/main/docs/rules/';

export const enum CommandId {
  Rescan = 'corpusReview.rescan',
  ShowLog = 'corpusReview.showLog',
}

export const enum ViewId {
  Findings = 'corpusReview.findings',
}
