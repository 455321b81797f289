/// <reference types="mocha" />
// Export and configuration commands, and configuration problems at their position.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, uri } from './helpers';

suite('commands', () => {
  test('export writes each format from the current analysis', async () => {
    const { model } = await api();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-review-export-'));
    try {
      const json = vscode.Uri.file(path.join(dir, 'report.json'));
      await vscode.commands.executeCommand('corpusReview.exportReport', 'json', json);
      const report = JSON.parse(await fs.readFile(json.fsPath, 'utf8'));
      assert.equal(report.findings.length, model.result.findings.length);
      assert.equal(report.claims.length, model.result.claims.length);
      const sarif = vscode.Uri.file(path.join(dir, 'report.sarif'));
      await vscode.commands.executeCommand('corpusReview.exportReport', 'sarif', sarif);
      assert.equal(JSON.parse(await fs.readFile(sarif.fsPath, 'utf8')).version, '2.1.0');
      const md = vscode.Uri.file(path.join(dir, 'report.md'));
      await vscode.commands.executeCommand('corpusReview.exportReport', 'markdown', md);
      assert.match(await fs.readFile(md.fsPath, 'utf8'), /23/);
      assert.deepEqual((await fs.readdir(dir)).sort(), ['report.json', 'report.md', 'report.sarif'], 'no temporary file left');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('open configuration opens the existing file and never overwrites it', async () => {
    const before = await fs.readFile(uri('corpus-review.yaml').fsPath, 'utf8');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('corpusReview.openConfiguration');
    assert.equal(editor.document.uri.fsPath, uri('corpus-review.yaml').fsPath);
    assert.equal(await fs.readFile(uri('corpus-review.yaml').fsPath, 'utf8'), before);
  });

  test('a configuration error is a diagnostic at its line and column, and fixing it clears it', async () => {
    await api();
    const file = uri('corpus-review.yaml').fsPath;
    const good = await fs.readFile(file, 'utf8');
    try {
      await fs.writeFile(file, `${good}tolerence: 0.2\n`);
      const [d] = await diagnosticsWhen('corpus-review.yaml', (ds) => ds.length > 0);
      assert.equal(d.range.start.line, good.split('\n').length - 1);
      assert.equal(d.range.start.character, 0);
      assert.match(d.message, /tolerance/); // did you mean
    } finally {
      await fs.writeFile(file, good);
    }
    await diagnosticsWhen('corpus-review.yaml', (ds) => ds.length === 0);
  });
});
