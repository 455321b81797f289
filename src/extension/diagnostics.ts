// Findings as diagnostics: one on every claim taking part, pointing at the others.
import { pushTo } from '../core/collections';
import * as vscode from 'vscode';
import type { Claim, Finding, FileProblem, Severity } from '../core';
import type { CorpusModel } from './corpus-model';
import { DIAGNOSTIC_SOURCE, RULE_DOCS } from './ids';
import { isolate, isolateRuns, joinIsolated } from './bidi';
import { statusLabel } from './labels';
import { rangeOf } from './ranges';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class CorpusDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-review');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: CorpusModel) {
    this.subscription = model.onDidChange(() => this.refresh());
  }

  refresh(): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const f of this.model.result.findings) {
      if (f.review) continue; // reviewed: accepted, dismissed or marked as an update
      const members = this.model.claimsOfFinding(f);
      for (const c of members) pushTo(byFile, this.model.absolute(c.path), this.diagnostic(f, c, members));
    }
    for (const p of this.model.problems) pushTo(byFile, p.path, problemDiagnostic(p));
    this.collection.clear();
    for (const [fsPath, list] of byFile) this.collection.set(vscode.Uri.file(fsPath), list);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }

  private diagnostic(f: Finding, at: Claim, members: readonly Claim[]): vscode.Diagnostic {
    const d = new vscode.Diagnostic(rangeOf(at), isolateRuns(f.message), SEVERITY[f.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.rule, target: vscode.Uri.parse(`${RULE_DOCS}${f.rule}.md`) };
    d.relatedInformation = members
      .filter((c) => c !== at)
      .map((c) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.file(this.model.absolute(c.path)), rangeOf(c)), `${isolate(c.text)} (${joinIsolated([c.source, c.date, statusLabel(c.status)])})`));
    return d;
  }
}

function problemDiagnostic(p: FileProblem): vscode.Diagnostic {
  const start = new vscode.Position(p.line - 1, p.column - 1);
  const end = p.endLine && p.endColumn ? new vscode.Position(p.endLine - 1, p.endColumn - 1) : start.translate(0, 1);
  const d = new vscode.Diagnostic(new vscode.Range(start, end), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}
