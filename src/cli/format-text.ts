import type { ExtractedFile, NumberMention } from '../core';

/** One line a figure: `path:line:column  text  → meaning`. */
export function formatText(files: ExtractedFile[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const n of f.numbers) lines.push(`${f.path}:${n.line + 1}:${n.character + 1}  ${oneLine(n.text)}  → ${meaning(n)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function meaning(n: NumberMention): string {
  if (n.kind === 'date' || n.kind === 'time') return `${n.kind} ${n.iso ?? ''}`.trim();
  const unit = n.unit && n.unit !== '%' ? ` ${n.unit}` : n.unit ?? '';
  const interval = n.low === n.high ? '' : ` [${n.low ?? '…'}, ${n.high ?? '…'}]`;
  const precision = n.precision === 'exact' ? '' : ` ${n.precision}`;
  return `${n.kind} ${n.value}${unit}${interval}${precision}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
