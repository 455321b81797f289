// Corpus text is untrusted: everything from it goes into Markdown escaped, never as markup.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(/\r?\n/g, ' ');
}
