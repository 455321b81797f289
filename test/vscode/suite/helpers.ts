// Shared by the integration tests: the extension's API, the workspace, and waiting on events (no sleeps).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusReviewApi } from '../../../src/extension/extension';

export const ROOT = path.resolve(__dirname, '../../../..'); // from out/test/vscode/suite
const { publisher, name } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${publisher}.${name}`;
/** test/vscode/run.mjs opens a scratch copy of the fixture corpus, and says where. */
export const WORKSPACE = process.env.CORPUS_REVIEW_TEST_WORKSPACE ?? path.join(ROOT, 'test/fixtures/vscode-corpus');

export function uri(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(WORKSPACE, rel));
}

export type ReadyApi = { [K in keyof CorpusReviewApi]: NonNullable<CorpusReviewApi[K]> };

/** The activated extension's API, once its first scan is done. */
export async function api(): Promise<ReadyApi> {
  const extension = vscode.extensions.getExtension<CorpusReviewApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} not found`);
  const exported = await extension.activate();
  await exported.ready;
  assert.ok(exported.model && exported.trees && exported.filter, 'no corpus model: was a folder opened?');
  return exported as ReadyApi;
}

/** Resolves with the first value of `check` that is not undefined, re-checked on each event (mocha's timeout bounds it). */
export function until<T>(event: vscode.Event<unknown>, check: () => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    const now = check();
    if (now !== undefined) return resolve(now);
    const sub = event(() => {
      const value = check();
      if (value === undefined) return;
      sub.dispose();
      resolve(value);
    });
  });
}

export function ours(target: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(target).filter((d) => d.source === 'Corpus Review');
}

/** Our diagnostics on a file once `accept` holds for them. */
export function diagnosticsWhen(rel: string, accept: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const target = uri(rel);
  return until(vscode.languages.onDidChangeDiagnostics, () => {
    const ds = ours(target);
    return accept(ds) ? ds : undefined;
  });
}

/** The model's next change after `action` (subscribed before it runs). */
export async function afterChange(model: NonNullable<CorpusReviewApi['model']>, action: () => unknown, accept: () => boolean = () => true): Promise<void> {
  const changed = until(model.onDidChange, () => (accept() ? true : undefined));
  await action();
  await changed;
}

/** A diagnostic's or label's text without the bidi isolates the extension puts around right-to-left runs. */
export function plain(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
