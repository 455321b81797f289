// Claims carry line and character (UTF-16, logical order) of the text they were read from.
import * as vscode from 'vscode';
import type { Claim } from '../core';
import type { LineIndex } from '../core/text/lines';

export function rangeOf(c: Claim): vscode.Range {
  return new vscode.Range(c.line, c.character, c.line, c.character + (c.end - c.start));
}

/** Offsets of an article's text as a range, through the engine's line index (\n, \r\n and \r end lines, as in VS Code). */
export function rangeAt(lines: LineIndex, start: number, end: number): vscode.Range {
  const from = lines.position(start);
  const to = lines.position(end);
  return new vscode.Range(from.line, from.character, to.line, to.character);
}
