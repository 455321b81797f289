/// <reference types="mocha" />
// Whole-corpus scans: in worker threads from the configured size on, and cancellable.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './helpers';

suite('scans', () => {
  test('from `corpusReview.workerThreshold` files on, the scan runs in worker threads and finds the same', async () => {
    const { model } = await api();
    const settings = vscode.workspace.getConfiguration('corpusReview');
    await vscode.commands.executeCommand('corpusReview.rescan');
    assert.equal(model.lastScan?.workers, false, 'the fixture is far below the default threshold');
    const inline = model.result;
    await settings.update('workerThreshold', 1, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('corpusReview.rescan');
      assert.equal(model.lastScan?.workers, true);
      assert.deepEqual(model.result, inline);
    } finally {
      await settings.update('workerThreshold', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('a cancelled scan leaves the previous results in place', async () => {
    const { model } = await api();
    const before = model.result;
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    assert.equal(await model.rescan({ token: source.token }), false);
    assert.equal(model.result, before);
  });
});
