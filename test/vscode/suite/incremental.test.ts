/// <reference types="mocha" />
// The model follows unsaved edits and files created and deleted on disk, one article at a time.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import { afterChange, api, diagnosticsWhen, until, uri, plain } from './helpers';

suite('incremental updates', () => {
  // VS Code for the web (code-server) saves after a delay by default: these tests need unsaved buffers
  suiteSetup(() => vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global));

  test('an unsaved edit that settles the disagreement clears the conflict; reverting brings it back', async () => {
    const { model } = await api();
    const rel = 'en-02-gazette-toll.txt';
    const onDisk = await fs.readFile(uri(rel).fsPath, 'utf8');
    const conflict = model.result.findings.find((f) => f.rule === 'conflict')!;
    await diagnosticsWhen(rel, (ds) => ds.some((d) => plain(d.message) === conflict.message));
    const editor = await vscode.window.showTextDocument(uri(rel));
    const doc = editor.document;
    try {
      await editor.edit((edit) => {
        for (let i = doc.getText().indexOf('31'); i !== -1; i = doc.getText().indexOf('31', i + 1)) edit.replace(new vscode.Range(doc.positionAt(i), doc.positionAt(i + 2)), '23');
      });
      assert.equal(doc.isDirty, true);
      await until(model.onDidChange, () => (model.result.findings.some((f) => f.rule === 'conflict') ? undefined : true));
      await diagnosticsWhen(rel, (ds) => ds.length === 0);
      assert.equal(model.claimsOf(rel).some((c) => c.value === 31), false, 'the claims come from the buffer');
      assert.equal(await fs.readFile(uri(rel).fsPath, 'utf8'), onDisk, 'the file on disk is untouched');
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await diagnosticsWhen(rel, (ds) => ds.some((d) => plain(d.message) === conflict.message));
    assert.equal(doc.isDirty, false);
  });

  test('a new file on disk joins the corpus and its disagreement appears; deleting it takes it away', async () => {
    const { model } = await api();
    const rel = 'en-03-radio-toll.txt';
    const text = 'Radio Marsa: toll rises\n\nMARSA NOUR, March 11, 2025 - Forty people were killed in the floods, the mayor said.\n';
    await fs.writeFile(uri(rel).fsPath, text);
    try {
      const [d] = await diagnosticsWhen(rel, (ds) => ds.length > 0);
      assert.match(d.message, /40/);
      assert.ok(model.article(rel), 'the new article is in the model');
    } finally {
      await fs.rm(uri(rel).fsPath, { force: true });
    }
    await diagnosticsWhen(rel, (ds) => ds.length === 0);
    await until(model.onDidChange, () => (model.article(rel) ? undefined : true));
    assert.equal(model.result.claims.some((c) => c.path === rel), false);
  });

  test('a new file the configuration excludes stays out of the corpus', async () => {
    const { model } = await api();
    const config = uri('corpus-review.yaml').fsPath;
    const original = await fs.readFile(config, 'utf8');
    const text = 'MARSA NOUR, March 11, 2025 - Fifty people were killed in the floods.\n';
    try {
      await afterChange(model, () => fs.writeFile(config, `${original}exclude: ["drafts/**"]\n`), () => model.lastScan !== null);
      await fs.mkdir(uri('drafts').fsPath, { recursive: true });
      await fs.writeFile(uri('drafts/en-09-draft.txt').fsPath, text);
      await fs.writeFile(uri('en-04-late-toll.txt').fsPath, text);
      // the included file joining proves the creations were seen
      await until(model.onDidChange, () => (model.article('en-04-late-toll.txt') ? true : undefined));
      assert.equal(model.has('drafts/en-09-draft.txt'), false);
    } finally {
      await fs.rm(uri('drafts').fsPath, { recursive: true, force: true });
      await fs.rm(uri('en-04-late-toll.txt').fsPath, { force: true });
      await afterChange(model, () => fs.writeFile(config, original));
    }
    await until(model.onDidChange, () => (model.has('en-04-late-toll.txt') ? undefined : true));
  });
});
