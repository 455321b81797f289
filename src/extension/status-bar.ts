// The corpus's open findings in the status bar; a click shows the Findings view.
import * as vscode from 'vscode';
import type { CorpusModel } from './corpus-model';
import { CommandId } from './ids';

export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusReview.findings', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: CorpusModel) {
    this.item.name = vscode.l10n.t('Corpus Review findings');
    this.item.command = CommandId.FocusFindings;
    this.subscription = model.onDidChange(() => this.refresh());
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Corpus Review')}`;
    this.item.show();
  }

  refresh(): void {
    const { findings, articles } = this.model.result;
    const open = findings.filter((f) => !f.review).length;
    // named, so that it is not mistaken for the Problems count beside it
    this.item.text = `$(${open > 0 ? 'report' : 'check'}) ${vscode.l10n.t('Corpus Review: {0}', open)}`;
    this.item.tooltip = vscode.l10n.t('{0} open findings, {1} reviewed, in {2} articles', open, findings.length - open, articles.length);
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
