// Quick fixes on a finding's diagnostics: accept this figure, dismiss the finding, mark it as an
// update, and a peek at every report of the same figure across the corpus.
import * as vscode from 'vscode';
import { isolateRuns } from './bidi';
import type { CorpusModel } from './corpus-model';
import { CommandId, DIAGNOSTIC_SOURCE } from './ids';
import { ruleLabel } from './labels';
import { rangeOf } from './ranges';
import type { FindingRef } from './review-actions';

export class FindingActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly model: CorpusModel) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const rel = this.model.relative(doc.uri.fsPath);
    if (!rel) return [];
    const actions: vscode.CodeAction[] = [];
    const shown = new Set<string>();
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const claim = this.model.claimsOf(rel).find((c) => rangeOf(c).isEqual(d.range));
      const finding = claim && this.model.findingsOf(claim.id).find((f) => !f.review && isolateRuns(f.message) === d.message);
      if (!claim || !finding) continue;
      const ref: FindingRef = { fingerprint: finding.fingerprint, claimId: claim.id };
      // a figure can take part in a conflict and an update at once: the titles say which one they settle
      const rule = ruleLabel(finding.rule);
      actions.push(
        action(vscode.l10n.t('Accept {0} as the right figure ({1})', claim.text, rule), d, { command: CommandId.AcceptFigure, title: '', arguments: [ref] }, true),
        action(vscode.l10n.t('Dismiss this {0}', rule), d, { command: CommandId.DismissFinding, title: '', arguments: [ref] }),
      );
      if (finding.rule !== 'update') actions.push(action(vscode.l10n.t('Mark this {0} as an update (the figure changed over time)', rule), d, { command: CommandId.MarkUpdate, title: '', arguments: [ref] }));
      if (!shown.has(claim.id)) actions.push(action(vscode.l10n.t('Show all reports of this figure'), d, { command: CommandId.ShowReports, title: '', arguments: [doc.uri, d.range.start, claim.id] }));
      shown.add(claim.id);
    }
    return actions;
  }
}

function action(title: string, diagnostic: vscode.Diagnostic, command: vscode.Command, preferred = false): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  a.command = { ...command, title };
  a.isPreferred = preferred;
  return a;
}

/** The peek of `corpusReview.showReports`: every report of the claim's metric and group. Resolves to the locations shown. */
export function registerShowReports(model: CorpusModel): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.ShowReports, async (uri?: vscode.Uri, position?: vscode.Position, claimId?: string) => {
    const claim = claimId ? model.claim(claimId) : undefined;
    if (!uri || !position || !claim) return [];
    const locations = model.comparedWith(claim).map((c) => new vscode.Location(vscode.Uri.file(model.absolute(c.path)), rangeOf(c)));
    await vscode.commands.executeCommand('editor.action.peekLocations', uri, position, locations, 'peek');
    return locations;
  });
}

