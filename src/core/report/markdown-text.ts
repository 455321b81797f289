import { stripBidiControls } from '../text/bidi';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Untrusted text as one line of inert Markdown: HTML-significant characters become entities;
 * Markdown punctuation (emphasis, code, links, images, tables, strikethrough, headings, math, theme
 * icons) is backslash-escaped; white space runs become one space; control characters become
 * U+FFFD; the text's own bidi embeddings, overrides and isolates are dropped so they cannot break
 * out of ours.
 */
export function escapeMarkdown(s: string): string {
  return (
    stripBidiControls(s)
      .replace(/\s+/g, ' ')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD')
      .replace(/[&<>]/g, (c) => ENTITIES[c])
      .replace(/[\\`*_[\]|~#!$]/g, '\\$&')
  );
}
