/// <reference types="mocha" />
// Findings as diagnostics: on every claim taking part, pointing at the others, linking the rule's docs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Finding } from '../../../src/core';
import { api, diagnosticsWhen, uri, plain } from './helpers';

suite('diagnostics', () => {
  test('a conflict across articles is a warning on each of its claims, with the other claims related', async () => {
    const { model } = await api();
    const found = model.result.findings.find((f) => f.rule === 'conflict' && f.metric === 'killed');
    assert.ok(found, 'the fixture corpus disagrees on the dead: 23 vs 31');
    const conflict: Finding = found;
    const files = [...new Set(conflict.claims.map((id) => id.split('#')[0]))];
    assert.ok(files.length >= 2);
    for (const rel of files) {
      const ds: vscode.Diagnostic[] = await diagnosticsWhen(rel, (list) => list.some((d) => plain(d.message) === conflict.message));
      const mine: vscode.Diagnostic[] = ds.filter((x) => plain(x.message) === conflict.message);
      const doc = await vscode.workspace.openTextDocument(uri(rel));
      for (const d of mine) {
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
        const code = d.code as { value: string; target: vscode.Uri };
        assert.equal(code.value, 'conflict');
        assert.match(code.target.toString(), /docs\/rules\/conflict\.md$/);
        // the range is exactly the figure: its text is one of the finding's claims' texts
        const texts = conflict.claims.map((id) => model.claim(id)!).filter((c) => c.path === rel).map((c) => c.text);
        assert.ok(texts.includes(doc.getText(d.range)), `${rel}: "${doc.getText(d.range)}" is not one of ${texts.join(', ')}`);
        const related = d.relatedInformation ?? [];
        assert.equal(related.length, conflict.claims.length - 1);
        assert.ok(related.some((r) => r.location.uri.fsPath !== uri(rel).fsPath), 'no related claim in another article');
      }
    }
  });

  test('nothing but findings and configuration problems is reported', async () => {
    const { model } = await api();
    const total = vscode.languages.getDiagnostics().reduce((n, [, ds]) => n + ds.filter((d) => d.source === 'Corpus Review').length, 0);
    const expected = model.result.findings.filter((f) => !f.review).reduce((n, f) => n + f.claims.filter((id) => model.claim(id)).length, 0);
    assert.equal(total, expected + model.problems.length);
  });
});
