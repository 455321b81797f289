// A compact fixed-width table for the terminal.
export function table(headers, rows, align) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const width = headers.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const pad = (s, i) => {
    const fill = ' '.repeat(width[i] - [...s].length);
    return (align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? s + fill : fill + s;
  };
  const line = (r) => '  ' + r.map(pad).join('  ');
  return [line(cells[0]), '  ' + width.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
