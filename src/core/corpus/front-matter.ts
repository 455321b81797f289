import { parse } from 'yaml';

export interface FrontMatter {
  /** The metadata, or null when there is none or it is not a YAML mapping. */
  data: Record<string, unknown> | null;
  /** The text with the front matter blanked to spaces, so that offsets and lines stay. */
  body: string;
  /** A parse problem, reported but never fatal. */
  error?: string;
}

const FENCE = /^---[ \t]*\r?\n/;

/** Reads a leading `---` … `---` YAML block and blanks it out of the analysed text. */
export function splitFrontMatter(text: string): FrontMatter {
  const open = FENCE.exec(text);
  if (!open) return { data: null, body: text };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(text);
  if (!end) return { data: null, body: text };
  const blockEnd = end.index + end[0].length;
  const yamlText = text.slice(open[0].length, end.index);
  const body = text.slice(0, blockEnd).replace(/[^\r\n]/g, ' ') + text.slice(blockEnd);
  try {
    const data: unknown = parse(yamlText);
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, body };
    return { data: null, body };
  } catch (e) {
    return { data: null, body, error: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}
