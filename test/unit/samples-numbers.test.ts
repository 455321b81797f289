/**
 * The recogniser on the bundled sample corpus (samples/): hand-written expectations for every
 * figure of every article, plus structural checks that hold for any output.
 *
 * The expectations were written from the README's rules and a reading of the articles, never
 * copied from the recogniser's output. An expectation names a figure by its span text; the n-th
 * expectation with a given text is matched to the n-th mention with that text (or an explicit
 * `nth`). Where the README leaves a span open (a currency with a nationality adjective, an age
 * after `aged`), `alt` lists the other acceptable spans, and a clock time's `iso` may keep its
 * seconds or not; everything else must be exact. Relative day names may be reported or not, but
 * only as dates.
 *
 * Files are read as the CLI reads them: a UTF-8 BOM removed, and in Markdown the YAML front
 * matter blanked (its characters replaced by spaces, line breaks kept) so that offsets stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognizeNumbers } from '../../src/core';
import type { Language, NumberKind, NumberMention, Precision } from '../../src/core';

const SAMPLES = path.resolve(__dirname, '../../../samples');

// ---------------------------------------------------------------------------------------------
// Loading

interface Sample {
  name: string;
  language: Language;
  /** The file's text, BOM removed. */
  raw: string;
  /** What the recogniser is given: `raw` with the front matter blanked. */
  text: string;
}

function blankFrontMatter(source: string): string {
  const m = /^---[ \t]*(?:\r\n|\n|\r)[\s\S]*?(?:\r\n|\n|\r)---[ \t]*(?=\r\n|\n|\r|$)/.exec(source);
  if (!m) return source;
  return m[0].replace(/[^\r\n]/g, ' ') + source.slice(m[0].length);
}

function load(name: string): Sample {
  let raw = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const text = name.endsWith('.md') ? blankFrontMatter(raw) : raw;
  return { name, language: name.startsWith('en-') ? 'en' : 'ar', raw, text };
}

function articleNames(): string[] {
  return fs
    .readdirSync(SAMPLES)
    .filter((f) => /\.(txt|md)$/.test(f) && f.toLowerCase() !== 'readme.md')
    .sort();
}

const cache = new Map<string, NumberMention[]>();
function run(s: Sample): NumberMention[] {
  let got = cache.get(s.name);
  if (!got) {
    got = recognizeNumbers(s.text, { language: s.language });
    cache.set(s.name, got);
  }
  return got;
}

// ---------------------------------------------------------------------------------------------
// Expectations

interface Exp {
  text: string;
  /** Other spans the README allows for the same figure. */
  alt?: string[];
  /** Occurrence among mentions with this text (0-based); default: counted in list order. */
  nth?: number;
  value: number | null;
  kind: NumberKind;
  precision: Precision;
  unit: string | null;
  /** Required for vague figures; otherwise derived from value and precision. */
  low?: number | null;
  high?: number | null;
  /** Expected `iso` of a date or time; a list where the README allows more than one form. */
  iso?: string | readonly string[];
}

type Opts = Partial<Pick<Exp, 'alt' | 'nth' | 'precision'>>;

const Q = (text: string, value: number, o: Opts = {}): Exp =>
  ({ text, value, kind: 'quantity', precision: 'exact', unit: null, ...o });
const PCT = (text: string, value: number, o: Opts = {}): Exp =>
  ({ text, value, kind: 'percent', precision: 'exact', unit: '%', ...o });
const MONEY = (text: string, value: number, unit: string, o: Opts = {}): Exp =>
  ({ text, value, kind: 'money', precision: 'exact', unit, ...o });
const DUR = (text: string, value: number, unit: string, o: Opts = {}): Exp =>
  ({ text, value, kind: 'duration', precision: 'exact', unit, ...o });
const AGE = (text: string, value: number, o: Opts = {}): Exp =>
  ({ text, value, kind: 'age', precision: 'exact', unit: 'year', ...o });
const ORD = (text: string, value: number, o: Opts = {}): Exp =>
  ({ text, value, kind: 'ordinal', precision: 'exact', unit: null, ...o });
const VAGUE = (text: string, low: number, high: number, o: Opts = {}): Exp =>
  ({ text, value: low, low, high, kind: 'quantity', precision: 'vague', unit: null, ...o });
const DATE = (text: string, iso: string, o: Opts = {}): Exp =>
  ({ text, value: null, kind: 'date', precision: 'exact', unit: null, iso, ...o });
/** A clock time: `iso` may keep the seconds or not (`14:30:00` or `14:30`), the README shows only `17:11:00`. */
const TIME = (text: string, hhmm: string, o: Opts = {}): Exp =>
  ({ text, value: null, kind: 'time', precision: 'exact', unit: null, iso: [`${hhmm}:00`, hhmm], ...o });

const approx: Opts = { precision: 'approximate' };
const atLeast: Opts = { precision: 'atLeast' };
const moreThan: Opts = { precision: 'moreThan' };
const atMost: Opts = { precision: 'atMost' };
const lessThan: Opts = { precision: 'lessThan' };

/**
 * Every figure of every article, in document order. Relative day names (الاثنين، يوم أمس،
 * Monday, yesterday) are not listed: the README does not say whether they are figures, so they
 * may be reported or not, but only as dates (see RELATIVE_DAY).
 */
const EXPECTED: Record<string, Exp[]> = {
  'ar-01-wire-first-toll.txt': [
    Q('٢٣', 23), // headline
    Q('٣٠', 30), // headline, "و٣٠": the conjunction stays out
    DATE('١١ آذار / مارس ٢٠٢٥', '2025-03-11'),
    Q('٢٣', 23, atLeast), // "٢٣ شخصاً على الأقل": hedge after the noun
    Q('٣٠', 30),
    Q('٢٣', 23), // inside the quotation
    TIME('٧ صباحاً', '07:00'),
    VAGUE('عشرات', 20, 99),
    DATE('١٩٩٨', '1998'), // "عام ١٩٩٨": the cue stays out
    Q('١١٢', 112),
    DUR('٤٨ ساعة', 48, 'hour'),
    Q('نحو ٢٬٤٠٠', 2400, approx),
    Q('١٤', 14),
    DUR('٣ أيام', 3, 'day'),
    Q('أكثر من ٩٠', 90, moreThan),
    Q('١٧', 17),
    AGE('٦٧ عامًا', 67),
    PCT('٦٠٪', 60),
    TIME('١٤:٣٠', '14:30'),
    ORD('الثالثة', 3),
  ],
  'ar-02-marfa-toll-dispute.md': [
    // The front matter (title with 42 and 47, date, url) is blanked.
    DATE('2025-03-12', '2025-03-12'),
    TIME('16:45', '16:45'),
    Q('42', 42),
    Q('6', 6),
    Q('47', 47),
    Q('42', 42), // quotation; followed by the Arabic comma "،", which is not grouping here
    Q('47', 47), // quotation
    Q('أكثر من 300', 300, moreThan),
    Q('41', 41),
    Q('420', 420), // the retracted figure
    DUR('حوالي 40 دقيقة', 40, 'minute', approx),
    Q('63', 63), // the unconfirmed figure
    Q('ما يقارب ألفي', 2000, approx),
    Q('خمسة وعشرون', 25),
  ],
  'ar-03-ofuq-governor-damage.txt': [
    MONEY('2,5 مليار دولار', 2.5e9, 'USD'), // headline "بـ2,5": decimal comma before a scale word
    Q('55', 55),
    DATE('13 مارس 2025', '2025-03-13'),
    MONEY('نحو 2,5 مليار دولار', 2.5e9, 'USD', approx), // "بنحو": the proclitic stays out
    Q('55', 55),
    Q('55', 55), // quotation
    DUR('24 ساعة', 24, 'hour'),
    Q('ثلاث', 3),
    Q('سبعة آلاف', 7000), // "بسبعة آلاف"
    Q('ثلاثمائة', 300),
    VAGUE('عشرات الآلاف', 20000, 99999),
    PCT('نحو 40 في المائة', 40, approx),
    Q('مليونان', 2e6),
    Q('1,150', 1150), // grouping comma (three digits follow), unlike "2,5 مليار"
    Q('120', 120),
    MONEY('15 مليون يورو', 15e6, 'EUR'),
    MONEY('50 مليون ريال سعودي', 50e6, 'SAR', { alt: ['50 مليون ريال'] }),
    MONEY('200 ألف جنيه إسترليني', 200e3, 'GBP', { alt: ['200 ألف جنيه'] }),
  ],
  'ar-04-nabd-old-port-persian-digits.txt': [
    Q('۴٬۷۰۰', 4700), // headline; the body says about 470
    DATE('۱۲ آذار / مارس ۲۰۲۵', '2025-03-12'),
    ORD('ثاني', 2),
    Q('نحو ۴۷۰', 470, approx),
    Q('ألفين', 2000), // "بألفين"
    AGE('۷۱ عاماً', 71), // "(۷۱ عاماً)" after a name
    DATE('۱۹۹۸', '1998'),
    VAGUE('بضع', 3, 9),
    Q('زهاء ۶۰', 60, approx),
    Q('ثلاث مئة', 300, atLeast), // "ثلاث مئة منزل على الأقل"
    Q('ما لا يزيد عن ۲۰', 20, atMost),
    Q('اثنان', 2),
    PCT('۱۲٫۵٪', 12.5),
    Q('أقل من ۱۰', 10, lessThan),
    Q('۱٬۲۰۰', 1200),
    DUR('۳۶ ساعة', 36, 'hour'),
    TIME('۹ مساءً', '21:00'),
    DUR('۳ أيام', 3, 'day'),
  ],
  'ar-05-wire-displaced-security.txt': [
    Q('ما لا يقل عن ٣٨،٠٠٠', 38000, atLeast), // headline; "،" as a grouping mark
    DATE('١٣ آذار / مارس ٢٠٢٥', '2025-03-13'),
    ORD('الثالث', 3),
    Q('ما لا يقل عن ٣٨،٠٠٠', 38000, atLeast), // quotation after ":-" and a line break
    Q('نحو ثمانية آلاف', 8000, approx),
    Q('٢٢', 22),
    Q('إثنان', 2),
    VAGUE('العشرات', 20, 99),
    PCT('٣٠ بالمئة', 30),
    DUR('٣ أيام', 3, 'day'),
    PCT('أقل من ٥٪', 5, lessThan),
    Q('7 آلاف و939', 7939),
    MONEY('١.٥ مليون يورو', 1.5e6, 'EUR'),
    VAGUE('مئات', 200, 999),
    VAGUE('آلاف', 2000, 9999),
    Q('قرابة ٥٠٠', 500, approx),
    Q('على الأقل ٤٠', 40, atLeast), // hedge directly before the number
    DUR('٣ أيام', 3, 'day'), // inside the unbalanced «
  ],
  'en-01-coastline-wire-landfall.md': [
    DATE('March 12', '--03-12'),
    Q('At least 42', 42, atLeast),
    Q('30', 30),
    TIME('14:30', '14:30'),
    VAGUE('hundreds', 200, 999),
    Q('More than 300', 300, moreThan),
    DUR('24 hours', 24, 'hour'), // "In 24 hours": "in" is no year cue here
    AGE('67-year-old', 67),
    VAGUE('Dozens', 20, 99),
    Q('420', 420), // retracted
    Q('63', 63), // unverified
    PCT('roughly 60 percent', 60, approx),
    DUR('3 days', 3, 'day'),
    Q('Nearly two thousand', 2000, approx),
    Q('about a dozen', 12, approx),
    MONEY('€15 million', 15e6, 'EUR'),
    MONEY('more than $1 billion', 1e9, 'USD', moreThan),
    DATE('1998', '1998'), // "in 1998"
    Q('112', 112),
    ORD('2nd', 2),
    TIME('22:00', '22:00'),
    TIME('06:00', '06:00'),
  ],
  'en-02-harbour-ledger-looting.txt': [
    Q('about 1,200', 1200, approx), // headline
    Q('about 1,200', 1200, approx),
    Q('eight', 8),
    Q('120', 120),
    DUR('48 hours', 48, 'hour'),
    Q('around 45', 45, approx),
    VAGUE('a few', 3, 9),
    Q('Up to 55', 55, atMost),
    Q('over 80', 80, moreThan),
    AGE('52-year-old', 52),
    PCT('35%', 35),
    VAGUE('Thousands', 2000, 9999),
    Q('1.5 million', 1.5e6),
    VAGUE('Tens of thousands', 20000, 99999),
    Q('fewer than 10', 10, lessThan),
    Q('14', 14),
    ORD('third', 3),
    MONEY('£250,000', 250000, 'GBP'),
    DATE('March 17, 2025', '2025-03-17'),
    TIME('8 p.m.', '20:00'),
  ],
  'en-03-meridian-damage-dispute.md': [
    MONEY('USD 1.8 billion', 1.8e9, 'USD'),
    MONEY('$2.5 billion', 2.5e9, 'USD'),
    Q('47', 47),
    Q('6', 6),
    Q('eight', 8),
    Q('Fifty-five', 55),
    Q('More than 38,000', 38000, moreThan),
    PCT('roughly 12 percent', 12, approx),
    DUR('at least 18 months', 18, 'month', atLeast),
    AGE('58', 58, { alt: ['aged 58'] }), // "aged 58": the cue is read like "عام" before a year
    DATE('2009', '2009'), // "in 2009"
    MONEY('€4.5 million', 4.5e6, 'EUR'),
    MONEY('€15 million', 15e6, 'EUR'),
    MONEY('up to $600 million', 600e6, 'USD', atMost),
  ],
};

/** Files whose list above is every figure: anything else reported there is a false positive. */
const COMPLETE = new Set(Object.keys(EXPECTED));

// ---------------------------------------------------------------------------------------------
// Helpers

const WEEKDAYS_AR = '(?:(?:ال)?(?:[اإ]ثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)|الأحد)';
const WEEKDAYS_EN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A day named relative to the article: may be reported, but only as a date. */
const RELATIVE_DAY = new RegExp(
  `^(?:(?:(?:يوم|اليوم|ليل|ليلة|مساء|صباح|فجر|ظهر)\\s+)?${WEEKDAYS_AR}|(?:يوم\\s+)?أمس|(?:on\\s+)?${WEEKDAYS_EN}(?:\\s+night)?|yesterday)$`,
  'iu',
);
const MONTH = new RegExp(
  '(?:يناير|فبراير|مارس|[أإا]بريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)' +
    '|\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b',
  'u',
);
const CLOCK = /[0-9٠-٩۰-۹]\s*:\s*[0-9٠-٩۰-۹]{2}|(?:صباح|مساء)|\b[ap]\.m\./u;
const ORDINAL =
  /^(?:ال)?(?:أول|أولى|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|سابعة|ثامن|ثامنة|تاسع|تاسعة|عاشر|عاشرة)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$|^[0-9]+(?:st|nd|rd|th)$/iu;

/** What a mention's text says it is, if it is plainly a date, a time or an ordinal. */
function plainlyNotACount(text: string): string | null {
  if (RELATIVE_DAY.test(text)) return 'a day name';
  if (MONTH.test(text)) return 'a date';
  if (CLOCK.test(text)) return 'a time';
  if (ORDINAL.test(text)) return 'an ordinal';
  return null;
}

/** The nth (0-based) mention whose text is one of `texts`, in order of position. */
function find(numbers: readonly NumberMention[], texts: string | readonly string[], nth: number): NumberMention | undefined {
  const wanted = typeof texts === 'string' ? [texts] : texts;
  let seen = 0;
  for (const m of numbers) {
    if (!wanted.includes(m.text)) continue;
    if (seen === nth) return m;
    seen++;
  }
  return undefined;
}

function lineCharAt(source: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) continue; // \r\n ends at the \n
    if (c === 0x0a || c === 0x0d) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function close(got: unknown, want: number | null): boolean {
  if (want === null) return got === null;
  return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

function interval(e: Exp): [number | null, number | null] {
  if (e.low !== undefined && e.high !== undefined) return [e.low, e.high];
  const v = e.value;
  if (v === null) return [null, null];
  switch (e.precision) {
    case 'exact':
      return [v, v];
    case 'approximate':
      return [v * 0.9, v * 1.1];
    case 'atLeast':
    case 'moreThan':
      return [v, null];
    case 'atMost':
    case 'lessThan':
      return [null, v];
    case 'vague':
      throw new Error(`vague expectation '${e.text}' needs low and high`);
  }
}

const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));
const brief = (m: NumberMention): string =>
  `'${m.text}' @${m.line + 1}:${m.character + 1} (${m.kind}, ${show(m.value)}, ${m.precision}, [${show(m.low)}, ${show(m.high)}], ${show(m.unit)})`;

/** Problems with `numbers` against the expectations of one file. */
function compare(s: Sample, numbers: readonly NumberMention[], exps: readonly Exp[], complete: boolean): string[] {
  const problems: string[] = [];
  const used = new Set<NumberMention>();
  const counts = new Map<string, number>();
  for (const e of exps) {
    const nth = e.nth ?? counts.get(e.text) ?? 0;
    if (e.nth === undefined) counts.set(e.text, nth + 1);
    const label = `${s.name}: '${e.text}' (occurrence ${nth + 1})`;
    if (!s.text.includes(e.text)) {
      problems.push(`${label}: the expectation's text is not in the file (has the sample changed?)`);
      continue;
    }
    const m = find(numbers, [e.text, ...(e.alt ?? [])], nth);
    if (!m) {
      problems.push(`${label}: missing`);
      continue;
    }
    if (used.has(m)) problems.push(`${label}: matched a mention already matched by another expectation`);
    used.add(m);
    const [low, high] = interval(e);
    const checks: Array<[string, unknown, unknown, boolean]> = [
      ['kind', m.kind, e.kind, m.kind === e.kind],
      ['value', m.value, e.value, close(m.value, e.value)],
      ['precision', m.precision, e.precision, m.precision === e.precision],
      ['unit', m.unit, e.unit, m.unit === e.unit],
    ];
    if (e.kind === 'date' || e.kind === 'time') {
      const isos = typeof e.iso === 'string' ? [e.iso] : (e.iso ?? []);
      checks.push(['iso', m.iso, isos.length === 1 ? isos[0] : isos, m.iso !== undefined && isos.includes(m.iso)]);
    } else {
      checks.push(['low', m.low, low, close(m.low, low)], ['high', m.high, high, close(m.high, high)]);
    }
    for (const [field, got, want, ok] of checks) {
      if (!ok) problems.push(`${label}: ${field} is ${show(got)}, expected ${show(want)}`);
    }
  }
  if (complete) {
    for (const m of numbers) {
      if (used.has(m)) continue;
      if (RELATIVE_DAY.test(m.text)) {
        if (m.kind !== 'date' || m.value !== null) {
          problems.push(`${s.name}: day name ${brief(m)} may only be reported as a date with value null`);
        }
        continue;
      }
      problems.push(`${s.name}: unexpected mention ${brief(m)}`);
    }
  }
  return problems;
}

function fail(problems: readonly string[], numbers: readonly NumberMention[]): void {
  if (problems.length === 0) return;
  const got = numbers.map((m) => `  ${brief(m)}`).join('\n');
  assert.fail(`${problems.length} problem(s):\n${problems.join('\n')}\nrecogniser returned ${numbers.length}:\n${got}`);
}

// ---------------------------------------------------------------------------------------------
// Tests

const KINDS: readonly string[] = ['quantity', 'percent', 'money', 'ordinal', 'date', 'time', 'duration', 'age'];
const PRECISIONS: readonly string[] = ['exact', 'approximate', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'vague'];
const TIME_UNITS: readonly string[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];

test('samples: the corpus is there and shaped as documented', () => {
  const names = articleNames();
  assert.ok(names.length >= 8, `expected at least 8 articles in ${SAMPLES}, found ${names.length}`);
  assert.ok(names.filter((n) => n.startsWith('ar-')).length >= 5, 'expected at least 5 Arabic articles (ar-*)');
  assert.ok(names.filter((n) => n.startsWith('en-')).length >= 3, 'expected at least 3 English articles (en-*)');
  assert.ok(names.some((n) => n.endsWith('.md')) && names.some((n) => n.endsWith('.txt')), 'expected both .md and .txt');
  const readme = fs.readFileSync(path.join(SAMPLES, '..', 'docs', 'sample-corpus.md'), 'utf8');
  for (const name of names) {
    const s = load(name);
    if (name.endsWith('.md')) {
      assert.match(s.raw, /^---\r?\n(?:.*\r?\n)*?---\r?\n/, `${name}: Markdown articles start with YAML front matter`);
      for (const key of ['title', 'date', 'source', 'url']) {
        assert.match(s.raw, new RegExp(`^${key}: `, 'm'), `${name}: front matter lacks '${key}'`);
      }
      assert.ok(s.text.startsWith(' '.repeat(3)), `${name}: front matter not blanked`);
      assert.equal(s.text.length, s.raw.length, `${name}: blanking changed the length`);
    }
    const words = s.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 150 && words <= 400, `${name}: ${words} words, expected 150–400`);
    assert.ok(readme.includes(name.replace(/\.(txt|md)$/, '')), `docs/sample-corpus.md does not mention ${name}`);
    assert.ok(name in EXPECTED, `${name} has no expectations in this test`);
  }
  for (const name of Object.keys(EXPECTED)) {
    assert.ok(names.includes(name), `expectations for ${name}, which is not in samples/`);
  }
});

for (const name of articleNames()) {
  test(`samples: ${name}: every mention is well-formed`, () => {
    const s = load(name);
    const numbers = run(s);
    const problems: string[] = [];
    if (numbers.length === 0) problems.push(`${name}: no figures found at all`);
    let previousEnd = -1;
    for (const m of numbers) {
      const at = `${name}: ${brief(m)}`;
      if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start < m.end && m.end <= s.text.length)) {
        problems.push(`${at}: bad offsets ${m.start}..${m.end}`);
        continue;
      }
      const slice = s.text.slice(m.start, m.end);
      if (slice !== m.text) problems.push(`${at}: text is not fileText.slice(${m.start}, ${m.end}) = '${slice}'`);
      if (s.raw.slice(m.start, m.end) !== m.text) problems.push(`${at}: inside the front matter`);
      const lc = lineCharAt(s.text, m.start);
      if (m.line !== lc.line || m.character !== lc.character) {
        problems.push(`${at}: line/character ${m.line}:${m.character}, but start ${m.start} is at ${lc.line}:${lc.character}`);
      }
      if (m.start < previousEnd) problems.push(`${at}: overlaps or precedes the previous mention`);
      previousEnd = Math.max(previousEnd, m.end);
      if (!KINDS.includes(m.kind)) problems.push(`${at}: unknown kind`);
      if (!PRECISIONS.includes(m.precision)) problems.push(`${at}: unknown precision`);
      const dated = m.kind === 'date' || m.kind === 'time';
      if (dated !== (m.value === null)) problems.push(`${at}: value must be null exactly for dates and times`);
      if (dated && typeof m.iso !== 'string') problems.push(`${at}: a ${m.kind} needs an iso form`);
      if (!dated && m.iso !== undefined && m.iso !== null) problems.push(`${at}: iso on a ${m.kind}`);
      if (m.low !== null && m.high !== null && m.low > m.high) problems.push(`${at}: low > high`);
      if (m.value !== null && m.low !== null && m.value < m.low) problems.push(`${at}: value below low`);
      if (m.value !== null && m.high !== null && m.value > m.high) problems.push(`${at}: value above high`);
      if (m.kind === 'money' && !/^[A-Z]{3}$/.test(m.unit ?? '')) problems.push(`${at}: money needs an ISO 4217 unit`);
      if (m.kind === 'percent' && m.unit !== '%') problems.push(`${at}: percent unit must be '%'`);
      if ((m.kind === 'duration' || m.kind === 'age') && !TIME_UNITS.includes(m.unit ?? '')) {
        problems.push(`${at}: ${m.kind} needs a time unit`);
      }
      if (!['money', 'percent', 'duration', 'age'].includes(m.kind) && m.unit !== null) {
        problems.push(`${at}: unit must be null for a ${m.kind}`);
      }
      const what = plainlyNotACount(m.text);
      if (what && m.kind === 'quantity') problems.push(`${at}: ${what} reported as a quantity`);
    }
    // No part of a known date, time or ordinal of this file may come back as a count.
    for (const e of EXPECTED[name] ?? []) {
      if (e.kind !== 'date' && e.kind !== 'time' && e.kind !== 'ordinal') continue;
      for (let at = s.text.indexOf(e.text); at !== -1; at = s.text.indexOf(e.text, at + 1)) {
        for (const m of numbers) {
          if (m.kind === 'quantity' && at <= m.start && m.end <= at + e.text.length) {
            problems.push(`${name}: ${brief(m)} is part of the ${e.kind} '${e.text}', not a quantity`);
          }
        }
      }
    }
    fail(problems, numbers);
  });
}

for (const [name, exps] of Object.entries(EXPECTED)) {
  test(`samples: ${name}: ${COMPLETE.has(name) ? 'every figure' : 'key figures'} as written by hand`, () => {
    const s = load(name);
    const numbers = run(s);
    fail(compare(s, numbers, exps, COMPLETE.has(name)), numbers);
  });
}
