// Claims carry line and character (UTF-16, logical order) of the text they were read from.
import * as vscode from 'vscode';
import type { Claim } from '../core';

export function rangeOf(c: Claim): vscode.Range {
  return new vscode.Range(c.line, c.character, c.line, c.character + (c.end - c.start));
}

/** Offsets of a text to positions, by binary search over its line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): vscode.Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, offset - this.starts[lo]);
  }

  range(start: number, end: number): vscode.Range {
    return new vscode.Range(this.position(start), this.position(end));
  }
}
