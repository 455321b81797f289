import type * as vscode from 'vscode';

/** Minimal entry point; the UI arrives with its own issue. */
export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
