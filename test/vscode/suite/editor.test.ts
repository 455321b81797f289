/// <reference types="mocha" />
// Hovers, quick-fix peeks and right-to-left text: spans follow logical offsets in mixed Arabic/Latin lines.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, uri } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

suite('editor', () => {
  test('hovering a figure gives its value, what it counts, its source and date, and what the other articles say', async () => {
    const { model } = await api();
    const rel = 'en-02-gazette-toll.txt';
    const doc = await vscode.workspace.openTextDocument(uri(rel));
    const claim = model.claimsOf(rel).find((c) => c.text === '31')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(claim.line, claim.character + 1));
    const text = hoverText(hovers);
    assert.match(text, /\*\*31\*\* = 31/);
    assert.match(text, /killed/);
    assert.match(text, /Date: 2025-03-11/);
    assert.match(text, /The Coast Gazette/);
    // links to the articles giving 23
    assert.match(text, /\(file:\/\/[^)]*ar-01-wire-toll\.txt#L\d+,\d+\)/);
    assert.match(text, /\(file:\/\/[^)]*en-01-wire-toll\.txt#L\d+,\d+\)/);
  });

  test('in a line mixing Arabic, Latin and both digit scripts, every claim and hover range covers exactly its figure', async () => {
    const { model } = await api();
    const rel = 'ar-02-mixed-script.txt';
    const doc = await vscode.workspace.openTextDocument(uri(rel));
    const claims = model.claimsOf(rel);
    assert.deepEqual(claims.map((c) => c.text), ['١٤', '14', '3', '23']);
    for (const c of claims) {
      const range = new vscode.Range(c.line, c.character, c.line, c.character + c.text.length);
      assert.equal(doc.getText(range), c.text);
      assert.equal(doc.offsetAt(range.start), c.start);
      const [hover] = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, range.start.translate(0, c.text.length - 1));
      assert.ok(hover?.range, `no hover on ${c.text}`);
      assert.equal(doc.getText(hover.range), c.text);
    }
  });

  test('"show all reports of this figure" peeks at every report of the metric in the corpus', async () => {
    const { model } = await api();
    const claim = model.claimsOf('en-02-gazette-toll.txt')[0];
    const doc = await vscode.workspace.openTextDocument(uri('en-02-gazette-toll.txt'));
    await vscode.window.showTextDocument(doc);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('corpusReview.showReports', doc.uri, new vscode.Position(claim.line, claim.character), claim.id);
    // every killed claim of the corpus that is compared (parts of a total are not)
    const killed = model.result.claims.filter((c) => c.metric === 'killed' && !c.part);
    assert.equal(locations.length, killed.length);
    for (const c of killed) assert.ok(locations.some((l) => l.uri.fsPath.endsWith(c.path) && l.range.start.line === c.line && l.range.start.character === c.character), `${c.id} missing`);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});
