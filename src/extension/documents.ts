// An article's current text: the open editor's buffer (unsaved edits included), else the file.
import * as vscode from 'vscode';
import { readArticle } from '../core';

export function openDocument(fsPath: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === fsPath);
}

/** Null when the file cannot be read as text. */
export async function readOpenOrDisk(fsPath: string): Promise<string | null> {
  const doc = openDocument(fsPath);
  if (doc) return doc.getText();
  const read = await readArticle(fsPath);
  return read.ok ? read.text : null;
}
