import { TokenType, type Token } from '../text/tokenize';
import { parseOrdinal } from './cardinal';
import { wordKey } from '../text/normalize';
import { DAY_PERIODS, MONTHS, type Phrase } from './phrases';
import { lookupWord } from './lookup';

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

/** English month names that are also ordinary words or abbreviations: only capitalised. */
const AMBIGUOUS_ENGLISH_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Cues before a bare `d/m` that make it a date rather than a fraction. */
const DATE_CUES = new Set(['في', 'يوم', 'بتاريخ', 'تاريخ', 'منذ', 'حتي', 'on', 'since', 'until', 'by', 'dated'].map(wordKey));

/** Keys that can begin a month name. */
export const MONTH_FIRST_WORDS: ReadonlySet<string> = new Set(monthsByFirstWord.keys());

/** A month name at tokens[i…]: its number and the index after it. English names must be capitalised. */
export function monthAt(text: string, tokens: Token[], i: number): { month: number; next: number } | null {
  const t = tokens[i];
  if (!t || (t.type !== TokenType.ArabicWord && t.type !== TokenType.LatinWord)) return null;
  const candidates = monthsByFirstWord.get(t.key);
  if (!candidates) return null;
  if (t.type === TokenType.LatinWord && AMBIGUOUS_ENGLISH_MONTHS.has(t.key)) {
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

/** The index after a day number, skipping a glued ordinal suffix (`12th`). */
function afterDay(tokens: Token[], j: number): number {
  const s = tokens[j + 1];
  return s && !s.spaced && s.type === TokenType.LatinWord && ['st', 'nd', 'rd', 'th'].includes(s.key) ? j + 1 : j;
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
  if (t.type === TokenType.Digits) return numericDate(tokens, i) ?? clockTime(tokens, i) ?? dayMonth(text, tokens, i, afterDay(tokens, i), intOf(t, 2));
  if (t.type === TokenType.ArabicWord) {
    const cued = hourAfterCue(text, tokens, i) ?? monthNumber(text, tokens, i);
    if (cued) return cued;
    const ord = parseOrdinal(text, tokens, i);
    if (ord && ord.value <= 31 && tokens[ord.last + 1]?.key === 'من') {
      const dm = dayMonth(text, tokens, i, ord.last, ord.value);
      if (dm) return { ...dm, start: ord.start };
    }
  }
  return monthFirst(text, tokens, i);
}

/** 2022-01-10, 10/01/2022, 10.01.2022, 2022/01/10, 16/04/21, 2/2013, and `في 22/4`. */
function numericDate(tokens: Token[], i: number): DateMatch | null {
  const sep = tokens[i + 1]?.key;
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  if (!glued(tokens, i + 1, sep)) return null;
  const b = intOf(tokens[i + 2], 4);
  if (b < 0) return null;
  const y1 = year(tokens[i]);
  if (!glued(tokens, i + 3, sep)) return y1 < 0 ? monthYearOrDayMonth(tokens, i, b) : null;
  const c = intOf(tokens[i + 4], 4);
  if (y1 > 0) {
    if (b >= 1 && b <= 12 && c >= 1 && c <= 31 && tokens[i + 4].digits!.intDigits <= 2) return make(tokens, i, i + 4, 'date', isoDate(y1, b, c));
    return null;
  }
  const first = intOf(tokens[i], 2);
  const y = fullYear(tokens[i + 4]);
  if (first < 1 || b < 1 || y < 0 || tokens[i + 2].digits!.intDigits > 2) return null;
  const dm = dayAndMonth(first, b);
  return dm ? make(tokens, i, i + 4, 'date', isoDate(y, dm.month, dm.day)) : null;
}

/** `2/2013` (month/year), or `22/4` after a date cue (`في 22/4`), optionally `, 2016`. */
function monthYearOrDayMonth(tokens: Token[], i: number, b: number): DateMatch | null {
  const a = intOf(tokens[i], 2);
  if (a < 1) return null;
  const after = tokens[i + 3];
  if (after && !after.spaced && after.type === TokenType.Digits) return null;
  const y = year(tokens[i + 2]);
  if (y > 0 && a <= 12) return make(tokens, i, i + 2, 'date', isoDate(y, a, 0));
  const cue = tokens[i - 1];
  if (!cue || !DATE_CUES.has(cue.key) || tokens[i].breaks > 0 || tokens[i + 2].digits!.intDigits > 2) return null;
  const dm = dayAndMonth(a, b);
  if (!dm) return null;
  const k = tokens[i + 3]?.key === ',' ? i + 4 : -1;
  const y2 = k > 0 ? year(tokens[k]) : -1;
  if (y2 > 0) return make(tokens, i, k, 'date', isoDate(y2, dm.month, dm.day));
  return make(tokens, i, i + 2, 'date', `--${pad(dm.month)}-${pad(dm.day)}`);
}

/** Day and month from two numbers written day first, or month first when that is the only valid reading. */
function dayAndMonth(a: number, b: number): { day: number; month: number } | null {
  if (b >= 1 && b <= 12 && a >= 1 && a <= 31) return { day: a, month: b };
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return { day: b, month: a };
  return null;
}

/** A four-digit year, or a two-digit one (`21` → 2021, `98` → 1998). */
function fullYear(t: Token | undefined): number {
  const y = year(t);
  if (y > 0) return y;
  if (!t || t.type !== TokenType.Digits || t.digits!.intDigits !== 2 || t.digits!.fracDigits) return -1;
  const v = t.digits!.value;
  return v < 50 ? 2000 + v : 1900 + v;
}

/** The value of a small number written in digits or words at token j, with its last token. */
function smallNumber(text: string, tokens: Token[], j: number, max: number): { value: number; last: number } | null {
  const t = tokens[j];
  if (!t || t.breaks > 0) return null;
  if (t.type === TokenType.Digits) {
    const v = intOf(t, 2);
    return v >= 0 && v <= max ? { value: v, last: j } : null;
  }
  const ord = parseOrdinal(text, tokens, j);
  if (ord) return ord.value <= max ? { value: ord.value, last: ord.last } : null;
  const lk = lookupWord(text, t);
  if (!lk || lk.prep) return null;
  const e = lk.entry;
  let v = e.t === 'unit' || e.t === 'tens' ? e.v : e.t === 'teenBase' ? 10 : -1;
  let last = j;
  const next = tokens[j + 1];
  if (e.t === 'unit' && next && (next.key === 'عشر' || next.key === 'عشره')) {
    v += 10;
    last = j + 1;
  }
  return v >= 0 && v <= max ? { value: v, last } : null;
}

const HOUR_CUES = new Set(['الساعه', 'ساعه'].map(wordKey));
const HOUR_FRACTIONS = new Map([['ربع', 15], ['نصف', 30], ['ثلث', 20]].map(([w, m]) => [wordKey(w as string), m as number]));
const MINUTE_WORDS = new Set(['دقيقه', 'دقائق', 'دقيقة'].map(wordKey));
const LATER_PERIODS = new Set(['العصر', 'عصرا', 'الظهر', 'ظهرا', 'مساء', 'مساءا', 'ليلا', 'الليل'].map(wordKey));
const EARLY_PERIODS = new Set(['الصبح', 'صباحا', 'الفجر', 'فجرا', 'صباح'].map(wordKey));

/** `الساعة 3`, `الساعة الثالثة وربع العصر`, `الساعة 3 و15 دقيقة`: a clock time after الساعة. */
function hourAfterCue(text: string, tokens: Token[], i: number): DateMatch | null {
  if (!HOUR_CUES.has(tokens[i].key)) return null;
  const hour = smallNumber(text, tokens, i + 1, 24);
  if (!hour || (tokens[i + 1].type === TokenType.Digits && glued(tokens, i + 2, ':'))) return null;
  let last = hour.last;
  let minutes = 0;
  const conj = tokens[last + 1];
  if (conj && conj.breaks === 0) {
    const frac = HOUR_FRACTIONS.get(conj.key.startsWith('و') ? conj.key.slice(1) : '');
    if (frac !== undefined) {
      minutes = frac;
      last++;
    } else {
      const j = conj.key === 'و' ? last + 2 : -1;
      const m = j > 0 ? smallNumber(text, tokens, j, 59) : null;
      if (m && MINUTE_WORDS.has(tokens[m.last + 1]?.key ?? '')) {
        minutes = m.value;
        last = m.last + 1;
      }
    }
  }
  let h = hour.value;
  const period = tokens[last + 1];
  if (period && period.breaks === 0) {
    const key = period.key === 'بعد' ? tokens[last + 2]?.key : period.key;
    if (LATER_PERIODS.has(key ?? '') || DAY_PERIODS.get(period.key) === 12) {
      if (h < 12) h += 12;
      last = period.key === 'بعد' ? last + 2 : last + 1;
    } else if (EARLY_PERIODS.has(period.key) || DAY_PERIODS.get(period.key) === 0) {
      last++;
    }
  }
  return { first: i + 1, last, start: tokens[i + 1].start, end: tokens[last].end, kind: 'time', iso: `${pad(h)}:${pad(minutes)}` };
}

/** Words that open a date or time before its number: الساعة 3، شهر 3. */
export const DATE_OPENERS: ReadonlySet<string> = new Set([...HOUR_CUES, 'شهر']);

/** `شهر 3`, `شهر عشرة`: a month by its number. */
function monthNumber(text: string, tokens: Token[], i: number): DateMatch | null {
  if (tokens[i].key !== 'شهر') return null;
  const m = smallNumber(text, tokens, i + 1, 12);
  if (!m || m.value < 1) return null;
  const y = year(tokens[m.last + 1]);
  const last = y > 0 ? m.last + 1 : m.last;
  return { first: i + 1, last, start: tokens[i + 1].start, end: tokens[last].end, kind: 'date', iso: y > 0 ? isoDate(y, m.value, 0) : `--${pad(m.value)}` };
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
  const link = tokens[dayEnd + 1];
  const monthIdx = link?.key === 'من' || link?.key === 'of' || (link?.key === '-' && glued(tokens, dayEnd + 1, '-')) ? dayEnd + 2 : dayEnd + 1;
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
  const dayEnd = afterDay(tokens, j);
  const k = tokens[dayEnd + 1]?.key === ',' ? dayEnd + 2 : dayEnd + 1;
  const y2 = year(tokens[k]);
  if (y2 > 0 && tokens[k].breaks === 0) return make(tokens, i, k, 'date', isoDate(y2, m.month, day));
  return make(tokens, i, dayEnd, 'date', `--${pad(m.month)}-${pad(day)}`);
}
