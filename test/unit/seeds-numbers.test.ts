/**
 * Every figure in the five Arabic seed articles in ../shared/seeds/ (January 2022 unrest in
 * Kazakhstan) must be found with the right span, value, kind, precision, unit and interval,
 * and nothing else may be reported outside the spans listed here (expected or tolerated).
 *
 * Expectations were written by reading the seeds, not by running the recogniser. A figure is
 * named by its span text (README "What the span covers") and the occurrence index of that exact
 * string in the file (overlapping hits counted, see helpers/expect-numbers.ts); `// l.N` is the
 * 1-based line, for humans. Nothing of the articles is reproduced beyond figure spans and the
 * odd single word or two named in comments.
 *
 * Conventions used throughout (judgement calls where the README is silent):
 * - Brackets never enter a span. A hedge or currency word separated from the number only by a
 *   bracket applies but stays outside, like a trailing hedge: `حوالي ( ١٢,٠٠٠ )` → `١٢,٠٠٠`
 *   approximate; `( ١٤,٠٠٠ ) دولار` → `١٤,٠٠٠` money USD; `حوالي ( ٧ سنتات )` → `٧ سنتات`.
 * - A hedge applies only to the figure directly after it, never distributed over alternatives.
 * - Dates and times: value, low and high null, precision exact; `iso` as in the README.
 * - Weekday names (الاثنين / الإثنين “Monday”, الأحد “Sunday”), month names (كانون الثاني),
 *   أحد “one of / anyone”, ضعف “weakness”, مرة أخرى “again”, each-other بعضهم البعض, and counted
 *   duals that state no count (منصبي نائبي) are not figures: reporting them fails the test.
 * - Grey zone, neither required nor flagged (`tolerated`): quantifiers outside the README's
 *   vague list (العديد، عدد من، عدة، بعض، القليل), multipliers and fractions (الضعف، نصف,
 *   الواحد “single”), أكثر من مرة “more than once”, and the holiday رأس السنة الجديدة.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognizeNumbers } from '../../src/core';
import {
  age,
  checkExpected,
  checkInvariants,
  date,
  dur,
  money,
  ord,
  pct,
  qty,
  time,
  vague,
  type Tolerated,
  type Want,
} from './helpers/expect-numbers';

const SEEDS_DIR = path.resolve(__dirname, '../../../../shared/seeds');

interface Seed {
  prefix: string;
  wants: Want[];
  tolerated: Tolerated[];
}

const SEEDS: Seed[] = [
  {
    prefix: '000_',
    wants: [
      // l.1 Headline: the hedge is typed inside the figure (`60 قرابة ألف` for `قرابة 60 ألف`).
      // A bare count followed only by a hedged scale word has no other reading: 60 thousand,
      // approximate, which the body's "about 6 thousand" then contradicts.
      qty('60 قرابة ألف', 0, 60000, 'approximate'),
      qty('160', 0, 160), // l.1
      qty('قرابة 6 آلاف', 0, 6000, 'approximate'), // l.3
      qty('160', 1, 160), // l.3
      // l.5 A day-of-month written as an ordinal + month name is a date, not an ordinal:
      // the whole phrase is the date, 9 January, no year given.
      date('التاسع من كانون الثاني', 0, '--01-09'),
      qty('قرابة 6 آلاف', 1, 6000, 'approximate'), // l.5
      qty('160', 2, 160), // l.5
      qty('125', 0, 125), // l.5
      qty('5800', 0, 5800), // l.5
      qty('ما لا يقل عن 164', 0, 164, 'atLeast'), // l.9
      qty('103', 0, 103), // l.9
      qty('26', 0, 26), // l.9
      qty('16', 4, 16), // l.9 (glued conjunction و outside the span; #4: "16" also occurs in 160 ×3 and 164)
      qty('أكثر من ألفي', 0, 2000, 'moreThan'), // l.9 construct-state dual of ألف
      qty('19 مليون', 0, 19_000_000), // l.13
      date('1989', 0, '1989'), // l.13 after the cue عام, which stays outside
      money('175 مليون يورو', 0, 175_000_000, 'EUR'), // l.15
      qty('أكثر من ألف', 1, 1000, 'moreThan'), // l.15 (#0 is the prefix of أكثر من ألفي)
      qty('أكثر من 400', 0, 400, 'moreThan'), // l.15
    ],
    tolerated: [],
  },
  {
    prefix: '001_',
    wants: [
      date('9 يناير 2022', 0, '2022-01-09'), // l.3
      qty('7 آلاف و939', 0, 7939), // l.9
      dur('5 أيام', 0, 5, 'day'), // l.9
      ord('الأولى', 0, 1), // l.11 (the article stays; the ل is on the preceding noun)
      vague('عشرات', 0, 20, 99), // l.13
      // l.19 The following الجاري ("the current [month]") is a deictic modifier, not part of the
      // date; no year is written, so iso has none.
      date('2 يناير', 0, '--01-02'),
      qty('أكثر من 164', 0, 164, 'moreThan'), // l.21
    ],
    tolerated: [
      { text: 'العديد' }, // l.15 "many"
      { text: 'عدد من' }, // l.17 "a number of"
      { text: 'عدة' }, // l.41 "several" (site boilerplate); README lists only بضع for Arabic
    ],
  },
  {
    prefix: '002_',
    wants: [
      ord('الثامن', 0, 8), // l.1
      // l.3 A timestamp: two mentions, the date and the time (the README has no date-time iso).
      date('2022-01-10', 0, '2022-01-10'),
      time('17:11:00', 0, '17:11:00'),
      ord('الثامن', 1, 8), // l.21
      qty('7 آلاف و939', 0, 7939), // l.21
      qty('164', 0, 164), // l.21
      // l.29 مرتين "twice" is a count of occasions (a checkable fact: twice prime minister), so
      // it is a quantity 2. Other duals that merely agree with two named people are not.
      qty('مرتين', 0, 2),
      money('2,2 مليون يورو', 0, 2_200_000, 'EUR'), // l.35 decimal comma before a scale word
      date('2021', 0, '2021'), // l.35 after the cue العام
      date('2 كانون الثاني', 0, '--01-02'), // l.37 (الجاري outside, as in 001_)
    ],
    tolerated: [
      { text: 'أكثر من مرة', n: 0 }, // l.13 idiom "repeatedly"
      { text: 'بعض', n: 0 }, // l.23 "some"
    ],
  },
  {
    prefix: '003_',
    wants: [
      dur('أسبوعين', 0, 2, 'week'), // l.3 dual of a time unit: a duration of two weeks
      ord('أول', 0, 1), // l.3 "first"
      vague('العشرات', 0, 20, 99), // l.5
      // l.7 the hedge follows the counted noun: it sets the precision, the span is the digits.
      qty('١٨', 0, 18, 'atLeast'),
      qty('إثنان', 0, 2), // l.7
      qty('أكثر من ٢,٠٠٠', 0, 2000, 'moreThan'), // l.7
      vague('مئات', 0, 200, 999), // l.12 (glued و outside)
      dur('٣٠ عامًا', 0, 30, 'year'), // l.18
      vague('عشرات', 1, 20, 99), // l.20 (glued و outside; #0 is inside العشرات)
      age('٨١ عاما', 0, 81), // l.26 a parenthesised age after a name: the README's `(٨١ عاما)`
      dur('ثلاث سنوات', 0, 3, 'year'), // l.26 "three years ago": a figure + time unit is a duration
      qty('١٩ مليون', 0, 19_000_000), // l.38
      date('٢٠١٩', 0, '2019'), // l.40
      date('٢٠٢٠', 0, '2020'), // l.45
      dur('ثماني سنوات', 0, 8, 'year'), // l.45 "eight years ago"
      date('٢٠١٤', 0, '2014'), // l.45
      // l.58 "about ( 7 cents )": hedge outside the bracket; cents of the dollar the bonds are
      // denominated in, normalised to the major unit.
      money('٧ سنتات', 0, 0.07, 'USD', 'approximate'),
      pct('٨ ٪', 0, 8), // l.59
      ord('ثاني', 0, 2), // l.61
      pct('أكثر من ١٠٪', 0, 10, 'moreThan'), // l.62 (glued ب outside)
      qty('ثلاث', 1, 3), // l.63 (#0 is in ثلاث سنوات)
      vague('مئات المليارات من الدولارات', 0, 2e11, 999_999_999_999, 'money', 'USD'), // l.64
      date('١٩٩١', 0, '1991'), // l.64
      date('٢٠١٣', 0, '2013'), // l.66
      ord('تاسع', 0, 9), // l.68
      // l.68 "about ( 85.7 million tonnes in 2021 / or 547.623 million barrels a year / or more
      // than 1.5 million barrels / day )": the hedge reaches the first figure only; 547.623 is
      // given to six significant digits and stays exact. Tonnes and barrels are quantities.
      qty('٨٥.٧ مليون', 0, 85_700_000, 'approximate'),
      date('٢٠٢١', 0, '2021'),
      qty('٥٤٧.٦٢٣ مليون', 0, 547_623_000),
      qty('أكثر من ١.٥ مليون', 0, 1_500_000, 'moreThan'),
      ord('عاشر', 0, 10), // l.68 (glued و outside)
      ord('تاسع', 1, 9), // l.72
      qty('حوالي مليون', 0, 1_000_000, 'approximate'), // l.74
      qty('١٩ مليونًا', 0, 19_000_000), // l.74 (the tanwīn alif is part of the word)
      // l.75 "inflation approaches 9 %": the verb is separated from the figure by its subject, so
      // no hedge stands directly before it; by the README's rules it is exact.
      pct('٩ ٪', 0, 9),
      dur('أكثر من خمس سنوات', 0, 5, 'year', 'moreThan'), // l.75
      pct('٩.٧٥ ٪', 0, 9.75), // l.75
      // l.76 "( name ), 68 years, …": an age in apposition after a name, though none of the
      // README's cue phrases is present.
      age('٦٨ عامًا', 0, 68),
      date('٢٠١٩', 1, '2019'), // l.76
      // l.77 ما يقرب من is a variant of the listed hedge ما يقارب; glued ل outside the span.
      dur('ما يقرب من ثلاثة عقود', 0, 3, 'decade', 'approximate'),
      age('٨١ عامًا', 0, 81), // l.78 البالغ من العمر
      ord('الثاني', 0, 2), // l.80 "the second man" (the month name كانون الثاني is never an ordinal)
      date('٢٠٢٠', 1, '2020'), // l.82
      money('٩,١٢٢ دولارًا', 0, 9122, 'USD'), // l.82 thousands comma (three digits follow)
      money('١٤,٠٠٠', 0, 14_000, 'USD'), // l.82 currency word after the closing bracket
      date('٢٠١٣', 1, '2013'), // l.82
      pct('١٢.٧ ٪', 0, 12.7), // l.89 (the proclitic لـ outside)
      date('٢٠٢١', 1, '2021'), // l.89
      pct('٢٧ ٪', 0, 27), // l.89
      qty('مليون', 6, 1_000_000), // l.89 the bare scale word is a figure (#6: earlier hits are in "N مليون")
      qty('١٩ مليون', 2, 19_000_000), // l.89
      pct('٦ ٪', 0, 6), // l.91
      pct('٣.٥ ٪', 0, 3.5), // l.92
      date('٢٠٢١', 2, '2021'), // l.92
      pct('٣.٧ ٪', 0, 3.7), // l.92
      // l.92 a year with its cue elided (the same list has "in the year" before its other two
      // years). The README only makes years after a cue dates; this one is a date nonetheless.
      date('٢٠٢٢', 0, '2022'),
      pct('٤.٨ ٪', 0, 4.8), // l.92
      date('٢٠٢٣', 0, '2023'), // l.92
      qty('أكثر من ٧٠', 0, 70, 'moreThan'), // l.103
      qty('٢٦', 0, 26), // l.108
      qty('أكثر من ٣,٠٠٠', 0, 3000, 'moreThan'), // l.108
      qty('١٨', 1, 18), // l.108
      vague('بضع مئات', 0, 300, 900), // l.110 like the README's بضعة آلاف [3000, 9000]; metres are not a unit kind
      qty('نحو ١٠٠', 0, 100, 'approximate'), // l.112 (glued و outside)
      date('٩ كانون الثاني / يناير ٢٠٢٢', 0, '2022-01-09'), // l.123 (weekday outside)
      dur('٣٠ عامًا', 1, 30, 'year'), // l.129
      date('١٠ كانون الثاني / يناير ٢٠٢٢', 0, '2022-01-10'), // l.140
      qty('نحو ثمانية آلاف', 0, 8000, 'approximate'), // l.141
      // l.142 a clock time (the cue الساعة and the GMT note stay outside); the README shows iso as
      // hh:mm:ss, ISO 8601 also allows hh:mm.
      time('٧ صباحاً', 0, ['07:00:00', '07:00']),
      ord('أول', 2, 1), // l.143 (glued ل outside; #1 is inside أولئك)
      qty('١٦٤', 0, 164), // l.151
      qty('١٢,٠٠٠', 0, 12_000, 'approximate'), // l.157 hedge before the bracket
      vague('العشرات', 1, 20, 99), // l.158
      qty('١,٦٧٨', 0, 1678), // l.160
      dur('الـ ٢٤ ساعة', 0, 24, 'hour'), // l.160 the article stays in the span (README: العشرين)
      qty('أكثر من ٣٠٠', 0, 300, 'moreThan'), // l.160
      qty('أكثر من عشرة', 0, 10, 'moreThan'), // l.165
      qty('١٦٤', 1, 164), // l.168 (the proclitic بـ outside)
      vague('مئات', 3, 200, 999), // l.169
      dur('١٨٠ يومًا', 0, 180, 'day'), // l.173
      date('١٧ كانون الثاني / يناير ٢٠٢٢', 0, '2022-01-17'), // l.176
      dur('ثلاثة عقود', 1, 3, 'decade'), // l.181 (glued ل outside)
      qty('إثنين', 7, 2), // l.182 "two of": a count; every earlier hit is inside the weekday الإثنين
      qty('أثنين', 0, 2), // l.185 (glued و outside)
    ],
    tolerated: [
      { text: 'بعض', n: 0 }, // l.24 "some"
      { text: 'رأس السنة الجديدة' }, // l.36, l.69 New Year's Day: a named date without a number
      { text: 'القليل' }, // l.50, l.159 "little"
      { text: 'أكثر من الضعف' }, // l.70 "more than double": a multiplier, no kind for it
      { text: 'نصف' }, // l.72 "half": a fraction, no kind for it
      { text: 'العديد' }, // l.73, l.145 "many"
      { text: 'الواحد' }, // l.83 "the single [individual]"
      { text: 'أكثر من ضعف' }, // l.89 "more than double"
      { text: 'عدد من' }, // l.113 "a number of"
      { text: 'البعض', n: 0 }, // l.158 "some [people]" (#1 is "each other")
    ],
  },
  {
    prefix: '004_',
    wants: [
      vague('عشرات', 0, 20, 99), // l.1
      vague('العشرات', 0, 20, 99), // l.3
      qty('18', 0, 18), // l.5 the counted noun stays outside (README: 160 قتيلًا → 160)
      qty('748', 0, 748), // l.5 (glued و outside)
    ],
    tolerated: [
      { text: 'العديد' }, // l.17 "many"
    ],
  },
];

/** The seed's text (BOM removed), or undefined after skipping when the seeds folder is absent. */
function loadSeed(t: TestContext, prefix: string): string | undefined {
  if (!fs.existsSync(SEEDS_DIR)) {
    t.skip(`…/shared/seeds not found: ${SEEDS_DIR}`);
    return undefined;
  }
  const names = fs.readdirSync(SEEDS_DIR).filter((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.equal(names.length, 1, `expected exactly one ${prefix}*.txt in ${SEEDS_DIR}, found ${JSON.stringify(names)}`);
  return fs.readFileSync(path.join(SEEDS_DIR, names[0]), 'utf8').replace(/^\uFEFF/, '');
}

function report(prefix: string, what: string, problems: string[]): void {
  if (problems.length > 0) {
    assert.fail(`${prefix}: ${problems.length} problem(s) ${what}:\n  ${problems.join('\n  ')}`);
  }
}

for (const seed of SEEDS) {
  test(`seed ${seed.prefix}: every figure found with the right value and kind`, (t) => {
    const text = loadSeed(t, seed.prefix);
    if (text === undefined) return;
    const mentions = recognizeNumbers(text, { language: 'ar' });
    report(seed.prefix, `against ${seed.wants.length} expectations`, checkExpected(text, mentions, seed.wants, seed.tolerated));
  });

  test(`seed ${seed.prefix}: invariants on all mentions`, (t) => {
    const text = loadSeed(t, seed.prefix);
    if (text === undefined) return;
    const mentions = recognizeNumbers(text, { language: 'ar' });
    report(seed.prefix, `in ${mentions.length} mentions`, checkInvariants(text, mentions));
  });
}
