/** A blank line between paragraphs: from its first line break to the start of the next paragraph. */
export interface ParagraphBreak {
  start: number;
  end: number;
}

// \r(?!\n): a CRLF is one line break, never split into two
const BLANK_LINE = /(?:\r\n|\n|\r(?!\n))[ \t\u00a0]*(?:\r\n|\n|\r(?!\n))\s*/g;

/** Every paragraph break (a line holding only white space), in order. Linear. */
export function paragraphBreaks(text: string): ParagraphBreak[] {
  const out: ParagraphBreak[] = [];
  for (const m of text.matchAll(BLANK_LINE)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
