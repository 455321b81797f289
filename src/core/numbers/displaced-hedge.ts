import type { NumberMention } from './types';

const SCALES = new Set([1e3, 1e6, 1e9]);

/**
 * `60 قرابة ألف` (a hedge typed inside the figure, for `قرابة 60 ألف`): a bare count of 2–999
 * followed only by spaces and a hedged scale word is one approximate figure, 60,000. Nothing
 * else reads that way: a count before a bare "about a thousand" has no other meaning.
 */
export function mergeDisplacedHedges(text: string, mentions: NumberMention[], tolerance: number): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (b && isBareCount(a) && isHedgedScale(b) && /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start))) {
      const value = a.value! * b.value!;
      out.push({ ...a, text: text.slice(a.start, b.end), end: b.end, value, low: value * (1 - tolerance), high: value * (1 + tolerance), precision: 'approximate' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function isBareCount(m: NumberMention): boolean {
  return m.kind === 'quantity' && m.precision === 'exact' && /^[0-9٠-٩۰-۹]{1,3}$/.test(m.text) && m.value! >= 2;
}

function isHedgedScale(m: NumberMention): boolean {
  return m.kind === 'quantity' && m.precision === 'approximate' && SCALES.has(m.value!) && !/[0-9٠-٩۰-۹]/.test(m.text);
}
