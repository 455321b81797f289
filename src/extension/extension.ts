// Composition root: the model, its views and the commands; returns the API the integration tests drive.
import * as vscode from 'vscode';
import { CorpusModel } from './corpus-model';
import { CorpusDiagnostics } from './diagnostics';
import { DocumentSync } from './document-sync';
import { CommandId, ViewId } from './ids';
import { FindingsTree } from './tree/findings-tree';

export interface CorpusReviewApi {
  /** The analysed corpus of the first workspace folder, once a folder is open. */
  readonly model: CorpusModel | undefined;
  /** Resolves when the scan started at activation (or by the last rescan) is done. */
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): CorpusReviewApi {
  const log = vscode.window.createOutputChannel('Corpus Review', { log: true });
  context.subscriptions.push(log, vscode.commands.registerCommand(CommandId.ShowLog, () => log.show()));
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { model: undefined, ready: Promise.resolve() };
  const model = new CorpusModel(folder.uri.fsPath, log);
  const findings = new FindingsTree(model);
  const findingsView = vscode.window.createTreeView(ViewId.Findings, { treeDataProvider: findings, showCollapseAll: true });
  const badge = (): void => {
    const open = findings.openCount();
    findingsView.badge = open ? { value: open, tooltip: `${open} open finding${open === 1 ? '' : 's'}` } : undefined;
  };
  context.subscriptions.push(model, new CorpusDiagnostics(model), new DocumentSync(model), findings, findingsView, model.onDidChange(badge));
  const scan = (): Thenable<void> =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Corpus Review', cancellable: false }, (progress) => model.rescan(progress));
  const api = { model, ready: Promise.resolve(scan()) };
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.Rescan, () => {
      api.ready = Promise.resolve(scan());
      return api.ready;
    }),
  );
  return api;
}

export function deactivate(): void {}
