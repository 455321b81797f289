/// <reference types="mocha" />
// The extension loads and activates in a real extension host, on the fixture corpus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, WORKSPACE } from './helpers';

suite('activation', () => {
  test(`${EXTENSION_ID} is installed and activates`, async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} not found`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('the workspace is the folder the runner opened, with a corpus-review.yaml', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((f) => f.uri.fsPath), [WORKSPACE]);
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folders[0].uri, 'corpus-review.yaml'));
  });

  test('the first scan analyses every article of the corpus', async () => {
    const { model } = await api();
    assert.deepEqual(model.result.articles.map((a) => a.path), ['ar-01-wire-toll.txt', 'ar-02-mixed-script.txt', 'en-01-wire-toll.txt', 'en-02-gazette-toll.txt']);
    // the configuration's per-file metadata reached the article without a dateline
    assert.equal(model.article('en-02-gazette-toll.txt')?.source, 'The Coast Gazette');
  });
});
