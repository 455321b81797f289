import { isLineBreak, isSpace } from '../text/chars';

/** Sentences longer than this are cut into windows of this size around their figures. */
const MAX_REACH = 600;

function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLineBreak(c)) return true;
  // . ! ? ؟ … followed by space or the end (a decimal point is followed by a digit)
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026) {
    return i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)) || isLineBreak(text.charCodeAt(i + 1));
  }
  return false;
}

/** The sentence around offset `at`: [start, end), at most MAX_REACH characters each way. */
export function sentenceAround(text: string, at: number): [number, number] {
  let start = at;
  const minStart = Math.max(0, at - MAX_REACH);
  while (start > minStart && !endsSentence(text, start - 1)) start--;
  let end = at;
  const maxEnd = Math.min(text.length, at + MAX_REACH);
  while (end < maxEnd && !endsSentence(text, end)) end++;
  return [start, end];
}
