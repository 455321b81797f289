/// <reference types="mocha" />
// The extension loads and activates in a real extension host, on the fixture corpus.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const ROOT = path.resolve(__dirname, '../../../..'); // from out/test/vscode/suite
const { publisher, name } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${publisher}.${name}`;
// test/vscode/run.mjs opens the fixture corpus unless given another folder, and says which.
const WORKSPACE = process.env.CORPUS_REVIEW_TEST_WORKSPACE ?? path.join(ROOT, 'test/fixtures/vscode-corpus');

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
});
