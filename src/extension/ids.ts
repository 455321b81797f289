// Every command, view, setting and context key id in one place (package.json declares the same ids).
export const DIAGNOSTIC_SOURCE = 'Corpus Review';
export const RULE_DOCS = 'https://github.com/corpus-review/corpus-review/blob/main/docs/rules/';

export const enum CommandId {
  Rescan = 'corpusReview.rescan',
  ShowLog = 'corpusReview.showLog',
  ExportReport = 'corpusReview.exportReport',
  OpenConfiguration = 'corpusReview.openConfiguration',
  Filter = 'corpusReview.filter',
  ClearFilter = 'corpusReview.clearFilter',
  AcceptFigure = 'corpusReview.acceptFigure',
  DismissFinding = 'corpusReview.dismissFinding',
  MarkUpdate = 'corpusReview.markUpdate',
  ReopenFinding = 'corpusReview.reopenFinding',
  ShowReports = 'corpusReview.showReports',
  FocusFindings = 'corpusReview.findings.focus',
}

export const enum ViewId {
  Articles = 'corpusReview.articles',
  Figures = 'corpusReview.figures',
  Findings = 'corpusReview.findings',
}

export const enum ContextKey {
  Filtered = 'corpusReview.filtered',
  Scanned = 'corpusReview.scanned',
}

/** Settings, under the `corpusReview` section. */
export const enum Setting {
  Section = 'corpusReview',
  DecorateMetrics = 'decorations.metrics',
  DecorateHedges = 'decorations.hedges',
  DecorateConflicts = 'decorations.conflicts',
  DecorateQuotations = 'decorations.quotations',
  RevealActiveEditor = 'revealActiveEditor',
  WorkerThreshold = 'workerThreshold',
  Reviewer = 'reviewer',
  CorpusTextLanguage = 'corpusTextLanguage',
}
