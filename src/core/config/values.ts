// The leaf values of corpus-review.yaml. The patterns are the ones in
// schemas/corpus-review.schema.json (a unit test keeps the two equal).
import { closest } from './closest';
import { oneOf, scalar, type Spec } from './spec';

/** A glob has at least one character that is not a space. */
export const GLOB_PATTERN = '\\S';
/** A cue: 1 to 5 words, no spaces at either end. */
export const CUE_PATTERN = '^\\S+(?:\\s+\\S+){0,4}$';
/** Metric and scope ids. */
export const ID_PATTERN = '^[a-z][a-z0-9-]*$';
export const URL_PATTERN = '^https?://[^\\s/?#]+\\S*$';
/** `YYYY-MM-DD`, a day that exists (29 February in leap years only). */
export const DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

const GLOB = new RegExp(GLOB_PATTERN, 'u');
const CUE = new RegExp(CUE_PATTERN, 'u');
const URL_RE = new RegExp(URL_PATTERN, 'u');
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A number, boolean or date written where text belongs: YAML read it as another type. */
const quoteHint = (v: unknown): string | undefined =>
  typeof v === 'number' || typeof v === 'boolean' ? `put it in quotes to make it text: "${String(v)}"` : undefined;

export const bool: Spec<boolean> = scalar('true or false', (v) => (typeof v === 'boolean' ? v : undefined), (v) =>
  typeof v === 'string' ? suggest(v, ['true', 'false']) : undefined,
);

function suggest(v: string, values: readonly string[]): string | undefined {
  const near = closest(v, values);
  return near === undefined ? undefined : `did you mean ${near}?`;
}

export const text: Spec<string> = scalar('a string', asString, quoteHint);

export const glob: Spec<string> = scalar(
  'a glob pattern (fast-glob syntax, relative to the corpus root)',
  (v) => (typeof v === 'string' && GLOB.test(v) ? v : undefined),
  (v) => quoteHint(v) ?? (typeof v === 'string' ? 'a pattern cannot be empty' : undefined),
);

export const cue: Spec<string> = scalar(
  'a cue of 1 to 5 words',
  (v) => (typeof v === 'string' && CUE.test(v) ? v : undefined),
  (v) => {
    if (typeof v !== 'string') return quoteHint(v);
    if (v.trim() === '') return 'a cue cannot be empty';
    if (v !== v.trim()) return 'remove the spaces at its ends';
    return `it has ${v.split(/\s+/u).length} words`;
  },
);

export const url: Spec<string> = scalar(
  'an http:// or https:// URL',
  (v) => (typeof v === 'string' && URL_RE.test(v) ? v : undefined),
  (v) => (typeof v === 'string' && !/^https?:\/\//u.test(v) ? 'only http and https URLs, written in full' : undefined),
);

function isCalendarDate(s: string): boolean {
  const m = DATE_SHAPE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** A date written `YYYY-MM-DD`: a string, or a timestamp at midnight UTC (as YAML 1.1 reads it). */
export const date: Spec<string> = scalar(
  'a date YYYY-MM-DD',
  (v) => {
    const s = v instanceof Date && !Number.isNaN(v.getTime()) && v.toISOString().endsWith('T00:00:00.000Z') ? v.toISOString().slice(0, 10) : v;
    return typeof s === 'string' && isCalendarDate(s) ? s : undefined;
  },
  (v) => {
    if (typeof v === 'string' && DATE_SHAPE.test(v)) return 'there is no such day';
    if (v instanceof Date) return 'a day, without a time';
    return undefined;
  },
);

export const tolerance: Spec<number> = scalar(
  'a number from 0 up to but not including 1 (0.1 means ±10%)',
  (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1 ? v : undefined),
  (v) => {
    const percent = typeof v === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/u.exec(v) : null;
    if (percent) return `write ${percent[0].trim()} as ${Number(percent[1]) / 100}`;
    if (typeof v === 'number' && v >= 1 && v < 100) return `a fraction: ${v}% is ${v / 100}`;
    return undefined;
  },
);

export const language = oneOf(['ar', 'en'] as const);
export const severity = oneOf(['error', 'warning', 'information', 'hint', 'off'] as const);
export const metricKind = oneOf(['quantity', 'money'] as const);
