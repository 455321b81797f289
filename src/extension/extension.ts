// Composition root: the model, its views, editor features and commands; returns the API the
// integration tests drive.
import * as vscode from 'vscode';
import { FindingActions, registerShowReports } from './code-actions';
import { registerCorpusCommands } from './corpus-commands';
import { CorpusModel } from './corpus-model';
import { Decorations } from './decorations';
import { CorpusDiagnostics } from './diagnostics';
import { DocumentSync } from './document-sync';
import { FigureHover } from './hover';
import { CommandId, ContextKey, Setting, ViewId } from './ids';
import { registerReviewActions } from './review-actions';
import { FindingsStatus } from './status-bar';
import { ArticlesTree } from './tree/articles-tree';
import { FiguresTree } from './tree/figures-tree';
import { FindingsTree } from './tree/findings-tree';
import { registerFilterCommands } from './tree/filter-commands';
import { RevealActiveEditor } from './tree/reveal';
import { TreeFilter } from './tree/tree-filter';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

/** Documents the hover and quick fixes serve: the corpus's articles, whatever language mode they are in. */
const ARTICLES: vscode.DocumentSelector = [
  { scheme: 'file', language: 'corpus-text' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
];

export interface CorpusReviewApi {
  /** The analysed corpus of the first workspace folder, once a folder is open. */
  readonly model: CorpusModel | undefined;
  /** Resolves when the scan started at activation (or by the last rescan) is done. */
  readonly ready: Promise<void>;
  readonly trees: { articles: ArticlesTree; figures: FiguresTree; findings: FindingsTree } | undefined;
  readonly filter: TreeFilter | undefined;
}

export function activate(context: vscode.ExtensionContext): CorpusReviewApi {
  const log = vscode.window.createOutputChannel('Corpus Review', { log: true });
  context.subscriptions.push(log, vscode.commands.registerCommand(CommandId.ShowLog, () => log.show()));
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { model: undefined, ready: Promise.resolve(), trees: undefined, filter: undefined };

  const model = new CorpusModel(folder.uri.fsPath, log);
  const filter = new TreeFilter();
  const trees = { articles: new ArticlesTree(model, filter), figures: new FiguresTree(model, filter), findings: new FindingsTree(model, filter) };
  const views = {
    articles: vscode.window.createTreeView(ViewId.Articles, { treeDataProvider: trees.articles, showCollapseAll: true }),
    figures: vscode.window.createTreeView(ViewId.Figures, { treeDataProvider: trees.figures, showCollapseAll: true }),
    findings: vscode.window.createTreeView(ViewId.Findings, { treeDataProvider: trees.findings, showCollapseAll: true }),
  };
  const showState = (): void => {
    const open = trees.findings.openCount();
    views.findings.badge = open ? { value: open, tooltip: vscode.l10n.t('{0} open findings', open) } : undefined;
    for (const view of Object.values(views)) view.message = filter.describe();
  };
  context.subscriptions.push(
    model,
    filter,
    ...Object.values(trees),
    ...Object.values(views),
    model.onDidChange(showState),
    filter.onDidChange(showState),
    new CorpusDiagnostics(model),
    new DocumentSync(model, () => vscode.commands.executeCommand(CommandId.Rescan)),
    new Decorations(model),
    new FindingsStatus(model),
    new RevealActiveEditor(model, trees.articles, views.articles),
    vscode.languages.registerHoverProvider(ARTICLES, new FigureHover(model)),
    vscode.languages.registerCodeActionsProvider(ARTICLES, new FindingActions(model), { providedCodeActionKinds: FindingActions.kinds }),
    registerShowReports(model),
    ...registerReviewActions(model, log),
    ...registerCorpusCommands(model, VERSION),
    ...registerFilterCommands(model, filter),
  );

  const scan = (): Thenable<void> =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Corpus Review: analysing the corpus'), cancellable: true },
      async (progress, token) => {
        const workerThreshold = vscode.workspace.getConfiguration(Setting.Section).get<number>(Setting.WorkerThreshold, 200);
        try {
          await model.rescan({ progress, token, workerThreshold });
          void vscode.commands.executeCommand('setContext', ContextKey.Scanned, true);
        } catch (err) {
          log.error(`scan failed: ${(err as Error).stack ?? err}`);
          void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Review could not analyse the corpus: {0}', (err as Error).message));
        }
      },
    );
  const api = { model, ready: Promise.resolve(scan()), trees, filter };
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.Rescan, () => {
      api.ready = Promise.resolve(scan());
      return api.ready;
    }),
  );
  return api;
}

export function deactivate(): void {}
