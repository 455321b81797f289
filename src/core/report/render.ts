// One entry point for every report format, shared by `corpus-review check` and the extension's export.
import type { CheckResult } from '../consistency/types';
import { formatClaimsCsv } from './csv';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'csv', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The file extension a report of each format is saved with. */
export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { text: 'txt', json: 'json', sarif: 'sarif', csv: 'csv', markdown: 'md' };

/** `root` and `version` go into SARIF (artifact base and tool version). */
export function renderReport(result: CheckResult, format: ReportFormat, root: string, version: string): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, { root, toolVersion: version });
    case 'csv':
      return formatClaimsCsv(result);
    case 'markdown':
      return formatMarkdown(result);
    default:
      return formatText(result);
  }
}
