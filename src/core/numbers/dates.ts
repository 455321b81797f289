import { TokenType, type Token } from '../text/tokenize';
import { parseOrdinal } from './cardinal';
import { DAY_PERIODS, MONTHS, type Phrase } from './phrases';

export interface DateMatch {
  first: number;
  last: number;
  start: number;
  end: number;
  kind: 'date' | 'time';
  iso: string;
}

const monthsByFirstWord = new Map<string, Array<{ words: Phrase; month: number }>>();
for (const m of MONTHS) {
  const list = monthsByFirstWord.get(m.words[0]) ?? [];
  list.push(m);
  monthsByFirstWord.set(m.words[0], list);
}

/** Keys that can begin a month name. */
export const MONTH_FIRST_WORDS: ReadonlySet<string> = new Set(monthsByFirstWord.keys());

/** A month name at tokens[i…]: its number and the index after it. English names must be capitalised. */
export function monthAt(text: string, tokens: Token[], i: number): { month: number; next: number } | null {
  const t = tokens[i];
  if (!t || (t.type !== TokenType.ArabicWord && t.type !== TokenType.LatinWord)) return null;
  const candidates = monthsByFirstWord.get(t.key);
  if (!candidates) return null;
  if (t.type === TokenType.LatinWord) {
    const c = text.charCodeAt(t.start);
    if (c < 0x41 || c > 0x5a) return null;
  }
  for (const m of candidates) {
    let ok = true;
    for (let w = 1; w < m.words.length; w++) {
      const tw = tokens[i + w];
      if (!tw || tw.breaks > 0 || tw.key !== m.words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      let next = i + m.words.length;
      // "Jan." abbreviations
      if (t.type === TokenType.LatinWord && tokens[next]?.key === '.' && !tokens[next].spaced && m.words[0].length <= 4) next++;
      return { month: m.month, next };
    }
  }
  return null;
}

function intOf(t: Token | undefined, maxDigits: number): number {
  if (!t || t.type !== TokenType.Digits) return -1;
  const d = t.digits!;
  if (d.fracDigits > 0 || d.grouped || d.intDigits > maxDigits) return -1;
  return d.value;
}

function year(t: Token | undefined): number {
  if (!t || t.type !== TokenType.Digits || t.digits!.intDigits !== 4 || t.digits!.grouped || t.digits!.fracDigits) return -1;
  const v = t.digits!.value;
  return v >= 1000 && v <= 2199 ? v : -1;
}

function glued(tokens: Token[], i: number, key: string): boolean {
  const t = tokens[i];
  return !!t && t.key === key && !t.spaced && !!tokens[i + 1] && !tokens[i + 1].spaced;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string {
  const yy = y > 0 ? String(y) : '-';
  return d > 0 ? `${yy}-${pad(m)}-${pad(d)}` : `${yy}-${pad(m)}`;
}

function make(tokens: Token[], first: number, last: number, kind: 'date' | 'time', iso: string): DateMatch {
  return { first, last, start: tokens[first].start, end: tokens[last].end, kind, iso };
}

/** A date or time starting at token `i`, or null. */
export function parseDateAt(text: string, tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i];
  if (t.type === TokenType.Digits) return numericDate(tokens, i) ?? clockTime(tokens, i) ?? dayMonth(text, tokens, i, i, intOf(t, 2));
  if (t.type === TokenType.ArabicWord) {
    const ord = parseOrdinal(text, tokens, i);
    if (ord && ord.value <= 31 && tokens[ord.last + 1]?.key === 'من') {
      const dm = dayMonth(text, tokens, i, ord.last, ord.value);
      if (dm) return { ...dm, start: ord.start };
    }
  }
  return monthFirst(text, tokens, i);
}

/** 2022-01-10, 10/01/2022, 10.01.2022, 2022/01/10. */
function numericDate(tokens: Token[], i: number): DateMatch | null {
  const sep = tokens[i + 1]?.key;
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  if (!glued(tokens, i + 1, sep) || !glued(tokens, i + 3, sep)) return null;
  const a = tokens[i];
  const c = tokens[i + 4];
  const b = intOf(tokens[i + 2], 2);
  if (b < 1) return null;
  const y1 = year(a);
  if (y1 > 0) {
    const d = intOf(c, 2);
    if (b <= 12 && d >= 1 && d <= 31) return make(tokens, i, i + 4, 'date', isoDate(y1, b, d));
    return null;
  }
  const first = intOf(a, 2);
  const y = year(c);
  if (first < 1 || y < 0) return null;
  let day = first;
  let month = b;
  if (month > 12 && day <= 12) [day, month] = [month, day];
  if (month > 12 || day > 31) return null;
  return make(tokens, i, i + 4, 'date', isoDate(y, month, day));
}

/** 17:11:00, 9:30 pm, ٧ صباحاً. */
function clockTime(tokens: Token[], i: number): DateMatch | null {
  const h = intOf(tokens[i], 2);
  if (h < 0 || h > 24) return null;
  let last = i;
  let iso = '';
  if (glued(tokens, i + 1, ':')) {
    const m = intOf(tokens[i + 2], 2);
    if (m < 0 || m > 59 || tokens[i + 2].digits!.intDigits !== 2) return null;
    iso = `${pad(h)}:${pad(m)}`;
    last = i + 2;
    if (glued(tokens, i + 3, ':')) {
      const s = intOf(tokens[i + 4], 2);
      if (s >= 0 && s <= 59 && tokens[i + 4].digits!.intDigits === 2) {
        iso += `:${pad(s)}`;
        last = i + 4;
      }
    }
  }
  const period = dayPeriod(tokens, last + 1);
  if (period) {
    if (h < 1 || h > 12) return iso ? make(tokens, i, last, 'time', iso) : null;
    const hour = (h % 12) + period.add;
    iso = iso ? `${pad(hour)}${iso.slice(2)}` : `${pad(hour)}:00`;
    last = period.last;
  }
  return iso ? make(tokens, i, last, 'time', iso) : null;
}

function dayPeriod(tokens: Token[], j: number): { add: number; last: number } | null {
  const t = tokens[j];
  if (!t || t.breaks > 0) return null;
  const add = DAY_PERIODS.get(t.key);
  if (add !== undefined) return { add, last: j };
  // p.m. / a.m.
  if ((t.key === 'p' || t.key === 'a') && glued(tokens, j + 1, '.') && tokens[j + 2]?.key === 'm') {
    const last = tokens[j + 3]?.key === '.' && !tokens[j + 3].spaced ? j + 3 : j + 2;
    return { add: t.key === 'p' ? 12 : 0, last };
  }
  return null;
}

/** 9 يناير 2022, ٩ كانون الثاني / يناير ٢٠٢٢, 2 كانون الثاني الجاري, 9 January 2022, التاسع من كانون الثاني. */
function dayMonth(text: string, tokens: Token[], first: number, dayEnd: number, day: number): DateMatch | null {
  if (day < 1 || day > 31) return null;
  const monthIdx = tokens[dayEnd + 1]?.key === 'من' ? dayEnd + 2 : dayEnd + 1;
  const m = monthAt(text, tokens, monthIdx);
  if (!m || tokens[monthIdx].breaks > 0) return null;
  let j = m.next;
  // a second calendar's name for the same month: "كانون الثاني / يناير"
  if (tokens[j]?.key === '/' || tokens[j]?.key === '-') {
    const alt = monthAt(text, tokens, j + 1);
    if (alt && alt.month === m.month) j = alt.next;
  }
  let last = j - 1;
  let y = -1;
  if (tokens[j] && tokens[j].breaks === 0) {
    const k = tokens[j].key === ',' ? j + 1 : j;
    y = year(tokens[k]);
    if (y > 0) last = k;
  }
  return make(tokens, first, last, 'date', y > 0 ? isoDate(y, m.month, day) : `--${pad(m.month)}-${pad(day)}`);
}

/** January 9, 2022 · January 2022 · يناير 2022 · January 9. */
function monthFirst(text: string, tokens: Token[], i: number): DateMatch | null {
  const m = monthAt(text, tokens, i);
  if (!m) return null;
  const j = m.next;
  const a = tokens[j];
  if (!a || a.breaks > 0) return null;
  const y = year(a);
  if (y > 0) return make(tokens, i, j, 'date', isoDate(y, m.month, 0));
  const day = intOf(a, 2);
  if (day < 1 || day > 31 || tokens[i].type !== TokenType.LatinWord) return null;
  const k = tokens[j + 1]?.key === ',' ? j + 2 : j + 1;
  const y2 = year(tokens[k]);
  if (y2 > 0 && tokens[k].breaks === 0) return make(tokens, i, k, 'date', isoDate(y2, m.month, day));
  return make(tokens, i, j, 'date', `--${pad(m.month)}-${pad(day)}`);
}
