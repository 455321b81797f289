// The date a figure speaks of: the sentence's own date, else the nearest full date before it in
// the article, else the article's date; relative days resolved against that anchor. Never guessed.
import type { NumberMention } from '../numbers/types';
import type { Word } from '../quotes/words';
import { arabicStems } from './cues';
import { RELATIVE_DAYS, WEEKDAYS } from './lexicon';
import type { ClaimLexicon } from './settings';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MONTH = /^--(\d{2})-(\d{2})$/;
const YEAR = /^\d{4}$/;
/** A weekday named in a report is within this many days of its anchor date. */
const WEEKDAY_REACH = 3;

export interface DatedMention {
  start: number;
  iso: string;
  /** `منذ 2 يناير`, `since January 2`: when counting began, not the figure's date. */
  since: boolean;
  /** A real calendar day (`2022-01-10`), not a month, a year or a day without its year. */
  full: boolean;
}

/** ISO date (`YYYY-MM-DD`) from front matter or configuration values, which YAML may give as a Date. */
export function isoDateOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && FULL_DATE.test(value.trim()) && isRealDate(value.trim())) return value.trim();
  return null;
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Every date mention of an article, marked when it follows `منذ`/`since`. */
export function datedMentions(numbers: readonly NumberMention[], lex: ClaimLexicon, words: (from: number, to: number) => Word[]): DatedMention[] {
  const out: DatedMention[] = [];
  for (const n of numbers) {
    if (n.kind !== 'date' || !n.iso) continue;
    const before = words(Math.max(0, n.start - 24), n.start);
    let since = false;
    for (let k = Math.max(0, before.length - 2); k < before.length && !since; k++) since = lex.since.matchAt(before, k) !== null;
    out.push({ start: n.start, iso: n.iso, since, full: FULL_DATE.test(n.iso) && isRealDate(n.iso) });
  }
  return out;
}

/** The first mention at or after `at` (mentions are in text order): a binary search, so dating stays linear. */
function firstFrom(mentions: readonly DatedMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far into the text a full date can still be the article's dateline. */
const DATELINE_REACH = 400;

/** The article's date: metadata first, else a full date near the top (a dateline), else unknown. */
export function articleDate(metadataDate: string | null, mentions: readonly DatedMention[], textStart: number): string | null {
  if (metadataDate) return metadataDate;
  const first = mentions.find((m) => !m.since && m.full);
  return first && first.start - textStart <= DATELINE_REACH ? first.iso : null;
}

/** Dates in different years are about different events: never compared as one count over time. */
export function sameYear(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4);
}

/** The full dates that can anchor what follows them (not `منذ …`), in text order. */
export function anchorsOf(mentions: readonly DatedMention[]): DatedMention[] {
  return mentions.filter((m) => m.full && !m.since);
}

/** The nearest anchor before `at`, else the article's date. */
export function anchorBefore(at: number, anchors: readonly DatedMention[], fallback: string | null): string | null {
  const k = firstFrom(anchors, at);
  return k > 0 ? anchors[k - 1].iso : fallback;
}

/** The date the sentence itself states (a date, `أمس`, `الاثنين`, `yesterday`), resolved against the anchor. */
export function sentenceDate(words: readonly Word[], mentions: readonly DatedMention[], range: [number, number], anchor: string | null, lex: ClaimLexicon): string | null {
  for (let k = firstFrom(mentions, range[0]); k < mentions.length && mentions[k].start < range[1]; k++) {
    const m = mentions[k];
    if (m.since) continue;
    if (m.full) return m.iso;
    // `في عام ١٩٩٨`: a figure of another year
    if (YEAR.test(m.iso) && (!anchor || !anchor.startsWith(m.iso))) return m.iso;
    const dm = DAY_MONTH.exec(m.iso);
    if (dm && anchor) {
      const iso = `${anchor.slice(0, 4)}-${dm[1]}-${dm[2]}`;
      if (isRealDate(iso)) return iso;
    }
  }
  if (!anchor) return null;
  let weekday: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.isWord) continue;
    const key = w.latin ? w.key : (arabicStems(w.key).find((s) => s in WEEKDAYS || s in RELATIVE_DAYS) ?? w.key);
    // `اليوم`, `أمس`, `yesterday` say when; a weekday may be when something else began (`مساء السبت`)
    if (key in RELATIVE_DAYS) return shift(anchor, RELATIVE_DAYS[key]);
    if (weekday === null && key in WEEKDAYS && !afterSince(words, i, lex)) weekday = WEEKDAYS[key];
  }
  return weekday === null ? null : nearestWeekday(anchor, weekday);
}

/** `منذ صباح الاثنين`, `since Monday`: the start of a count, not its date. */
function afterSince(words: readonly Word[], i: number, lex: ClaimLexicon): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (lex.since.matchAt(words, k)) return true;
  return false;
}

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day with that weekday nearest the anchor (ties go back: reports look back more than ahead). */
function nearestWeekday(anchor: string, weekday: number): string | null {
  const current = new Date(`${anchor}T00:00:00Z`).getUTCDay();
  const back = (current - weekday + 7) % 7;
  const ahead = (weekday - current + 7) % 7;
  const delta = back <= ahead ? -back : ahead;
  return Math.abs(delta) <= WEEKDAY_REACH ? shift(anchor, delta) : null;
}

