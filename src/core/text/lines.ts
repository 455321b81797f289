/** Maps offsets to 0-based line/character, lines ending at \n, \r\n or \r. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.starts.push(i + 1);
      else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

/** Start of the line holding offset i (lines end at \n or \r), looking back no further than `limit`. */
export function lineStartBefore(text: string, i: number, limit = 0): number {
  let j = i;
  while (j > limit && text[j - 1] !== '\n' && text[j - 1] !== '\r') j--;
  return j;
}

/** End of the line holding offset i (its first \n or \r), looking ahead no further than `limit`. */
export function lineEndAfter(text: string, i: number, limit = text.length): number {
  let j = i;
  while (j < limit && text[j] !== '\n' && text[j] !== '\r') j++;
  return j;
}
