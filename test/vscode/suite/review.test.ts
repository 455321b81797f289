/// <reference types="mocha" />
// Quick fixes write decisions to corpus-review.review.yaml and the diagnostics follow at once.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, ours, uri, plain } from './helpers';

const REVIEW = 'corpus-review.review.yaml';

/** Our quick fixes at a range that settle the finding with this fingerprint (the peek goes with them). */
async function quickFixes(rel: string, range: vscode.Range, fingerprint: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(rel), range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.command?.command.startsWith('corpusReview.') && (a.command.command === 'corpusReview.showReports' || a.command.arguments?.[0]?.fingerprint === fingerprint));
}

suite('review decisions', () => {
  teardown(async () => {
    await fs.rm(uri(REVIEW).fsPath, { force: true });
    const { model } = await api();
    await model.reloadReview();
  });

  test('dismissing a finding from its quick fix records it and clears its diagnostics everywhere', async () => {
    const { model } = await api();
    const conflict = model.result.findings.find((f) => f.rule === 'conflict' && !f.review)!;
    const [diagnostic] = (await diagnosticsWhen('en-02-gazette-toll.txt', (ds) => ds.some((d) => plain(d.message) === conflict.message))).filter((d) => plain(d.message) === conflict.message);
    const fixes = await quickFixes('en-02-gazette-toll.txt', diagnostic.range, conflict.fingerprint);
    assert.deepEqual(
      fixes.map((a) => a.command!.command).sort(),
      ['corpusReview.acceptFigure', 'corpusReview.dismissFinding', 'corpusReview.markUpdate', 'corpusReview.showReports'],
    );
    const dismiss = fixes.find((a) => a.command!.command === 'corpusReview.dismissFinding')!;
    await vscode.commands.executeCommand(dismiss.command!.command, ...(dismiss.command!.arguments ?? []));
    const text = await fs.readFile(uri(REVIEW).fsPath, 'utf8');
    assert.match(text, new RegExp(`fingerprint: "?${conflict.fingerprint}"?`));
    assert.match(text, /decision: dismissed/);
    for (const rel of new Set(conflict.claims.map((id) => id.split('#')[0]))) {
      await diagnosticsWhen(rel, (ds) => !ds.some((d) => plain(d.message) === conflict.message));
    }
    assert.equal(model.finding(conflict.fingerprint)?.review?.decision, 'dismissed');
  });

  test('accepting a figure records the figure; reopening removes the decision and the diagnostics return', async () => {
    const { model } = await api();
    const conflict = model.result.findings.find((f) => f.rule === 'conflict' && !f.review)!;
    const [diagnostic] = (await diagnosticsWhen('en-02-gazette-toll.txt', (ds) => ds.some((d) => plain(d.message) === conflict.message))).filter((d) => plain(d.message) === conflict.message);
    const doc = await vscode.workspace.openTextDocument(uri('en-02-gazette-toll.txt'));
    const accept = (await quickFixes('en-02-gazette-toll.txt', diagnostic.range, conflict.fingerprint)).find((a) => a.command!.command === 'corpusReview.acceptFigure')!;
    assert.match(accept.title, new RegExp(doc.getText(diagnostic.range)));
    await vscode.commands.executeCommand(accept.command!.command, ...(accept.command!.arguments ?? []));
    const written = await fs.readFile(uri(REVIEW).fsPath, 'utf8');
    assert.match(written, /decision: accepted\n/);
    assert.match(written, /figure: 31\n/);
    await diagnosticsWhen('en-02-gazette-toll.txt', (ds) => !ds.some((d) => plain(d.message) === conflict.message));

    await vscode.commands.executeCommand('corpusReview.reopenFinding', { fingerprint: conflict.fingerprint });
    await diagnosticsWhen('en-02-gazette-toll.txt', (ds) => ds.some((d) => plain(d.message) === conflict.message));
    assert.doesNotMatch(await fs.readFile(uri(REVIEW).fsPath, 'utf8'), new RegExp(conflict.fingerprint));
  });

  test('a decision written by someone else (the file changed on disk) applies too', async () => {
    const { model } = await api();
    const update = model.result.findings.find((f) => f.rule === 'update' && !f.review)!;
    const rel = update.claims[0].split('#')[0];
    await diagnosticsWhen(rel, (ds) => ds.some((d) => plain(d.message) === update.message));
    await fs.writeFile(uri(REVIEW).fsPath, `# decided elsewhere\ndecisions:\n  - fingerprint: ${update.fingerprint}\n    decision: update\n`);
    await diagnosticsWhen(rel, (ds) => !ds.some((d) => plain(d.message) === update.message));
    assert.equal(ours(uri(rel)).some((d) => plain(d.message) === update.message), false);
  });
});
