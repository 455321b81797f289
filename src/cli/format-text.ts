import type { Claim, ExtractedFile, ExtractedNumber, QuoteMention } from '../core';

/** One line a figure or quotation, in text order: `path:line:column  text  → meaning`. */
export function formatText(files: ExtractedFile[]): string {
  const lines: string[] = [];
  for (const f of files) {
    const claims = new Map(f.claims.map((c) => [c.start, c]));
    const items: Array<{ start: number; line: string }> = [
      ...f.numbers.map((n) => ({ start: n.start, line: `${f.path}:${n.line + 1}:${n.character + 1}  ${oneLine(n.text)}  → ${numberMeaning(n)}${claimMeaning(claims.get(n.start))}` })),
      ...f.quotes.map((q) => ({ start: q.start, line: `${f.path}:${q.line + 1}:${q.character + 1}  ${clip(oneLine(q.text))}  → ${quoteMeaning(q)}` })),
    ];
    items.sort((a, b) => a.start - b.start);
    for (const item of items) lines.push(item.line);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function numberMeaning(n: ExtractedNumber): string {
  const quoted = n.quoted ? ' (quoted)' : '';
  if (n.kind === 'date' || n.kind === 'time') return `${n.kind} ${n.iso ?? ''}`.trim() + quoted;
  const unit = n.unit && n.unit !== '%' ? ` ${n.unit}` : n.unit ?? '';
  const interval = n.low === n.high ? '' : ` [${n.low ?? '…'}, ${n.high ?? '…'}]`;
  const precision = n.precision === 'exact' ? '' : ` ${n.precision}`;
  return `${n.kind} ${n.value}${unit}${interval}${precision}${quoted}`;
}

/** ` ⇒ killed/security-forces · وزارة الداخلية · 2022-01-10 · unconfirmed` */
function claimMeaning(c: Claim | undefined): string {
  if (!c) return '';
  const what = [c.metric, c.scope].filter(Boolean).join('/') + (c.part ? ' (part)' : '') + (c.location ? ` in ${c.location}` : '');
  const rest = [c.source, c.date, c.status === 'reported' ? null : c.status].filter(Boolean);
  return `  ⇒ ${[what, ...rest].join(' · ')}`;
}

function quoteMeaning(q: QuoteMention): string {
  if (q.kind === 'term') return 'term';
  return q.speaker ? `speech by ${q.speaker}` : 'speech, speaker unknown';
}

function clip(s: string, max = 60): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
