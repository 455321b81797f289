// The commands on the corpus as a whole: export a report, open (or create) the configuration.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_CONFIG_TEXT } from '../core/config/default-config';
import { CONFIG_FILE_NAMES } from '../core/config/load-config';
import { REPORT_EXTENSIONS, renderReport, type ReportFormat } from '../core/report/render';
import type { CorpusModel } from './corpus-model';
import { CommandId } from './ids';


export function registerCorpusCommands(model: CorpusModel, version: string): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandId.ExportReport, (format?: ReportFormat, target?: vscode.Uri) => exportReport(model, version, format, target)),
    vscode.commands.registerCommand(CommandId.OpenConfiguration, () => openConfiguration(model)),
  ];
}

/** Arguments (format, target) let the tests and keybindings skip the pickers. Resolves to the file written. */
async function exportReport(model: CorpusModel, version: string, format?: ReportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const formats: Array<{ label: string; description: string; format: ReportFormat }> = [
    { label: 'Markdown', description: vscode.l10n.t('a report for people'), format: 'markdown' },
    { label: 'JSON', description: vscode.l10n.t('articles, claims and findings'), format: 'json' },
    { label: 'CSV', description: vscode.l10n.t('the claims, for a spreadsheet'), format: 'csv' },
    { label: 'SARIF', description: vscode.l10n.t('for code-scanning tools'), format: 'sarif' },
  ];
  format ??= (await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('Export the report as') }))?.format;
  if (!format) return undefined;
  target ??= await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(path.join(model.root, `corpus-review-report.${REPORT_EXTENSIONS[format]}`)),
    filters: { [format]: [REPORT_EXTENSIONS[format]] },
  });
  if (!target) return undefined;
  await writeAtomically(target.fsPath, renderReport(model.result, format, model.root, version));
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}', target.fsPath), open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
  return target;
}

async function openConfiguration(model: CorpusModel): Promise<vscode.TextEditor> {
  const existing = await firstExisting(CONFIG_FILE_NAMES.map((name) => path.join(model.root, name)));
  const file = existing ?? path.join(model.root, CONFIG_FILE_NAMES[0]);
  // 'wx' creates the file only if it does not exist: an existing configuration is never overwritten
  await fs.writeFile(file, DEFAULT_CONFIG_TEXT, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  return vscode.window.showTextDocument(vscode.Uri.file(file));
}

/** Write to a temporary file beside the target, then rename: a reader never sees half a report. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, text);
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}

async function firstExisting(files: readonly string[]): Promise<string | undefined> {
  for (const file of files) if (await fs.stat(file).then(() => true, () => false)) return file;
  return undefined;
}
