/**
 * recognizeQuotes (README "The quotation object") on hand-written fixtures, plus invariants,
 * property tests and stress inputs.
 *
 * Fixtures: test/fixtures/quotes/*.txt, short news-like texts written for these tests (fictional
 * people and outlets; see the README there). For each fixture every quotation is listed below
 * with its exact span (marks included), kind, speaker (an exact substring of the text, or null)
 * and, where the reporting word is plain, its cue; a quotation not listed is reported as
 * unexpected. Expectations were written from the texts and the README, not from any output.
 *
 * Conventions (the README leaves these open; judgement calls):
 * - `term` vs `speech`: a name (outlet, programme, app, operation) or a short label someone gives
 *   a thing (`وصفته النقابة بـ"…"`, `called the blaze ‘regrettable’`, `the charge of "treason"`)
 *   is a term, even right after a speech verb (`وذكرت وكالة "سبوتنيك" أن …`, `Police said … the
 *   app "Telegram"`); words given as what someone said, a clause or a statement, are speech.
 * - Speaker: a title's name wins over the title (`رئيس البلدية كمال الزين` → `كمال الزين`); an
 *   institution is its whole noun phrase (`وزارة الداخلية`, `المتحدث باسم الشرطة`); an English
 *   speaker keeps its article where it has no name (`the minister`, also accepted without it).
 *   For `She added:` / `وأضاف:` the speaker is the previous quotation's, which is a string
 *   written earlier in the text (speakerStart points there).
 * - Explicit attribution wins over continuation: a quotation that directly follows another but
 *   has its own `، قال …` / `, said …` / `وفق …` / `according to …` takes that speaker.
 * - Terms: the speaker is not checked.
 * - The unmarked line after `…:-` is that line without its line break.
 * - An opener with no partner quotes to the end of its paragraph: to the last character before
 *   the line break (these fixtures have no trailing spaces there).
 * - Each fixture is also checked with CRLF line endings: same quotations, offsets shifted.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { recognizeQuotes } from '../../src/core';
import type { QuoteMention } from '../../src/core/quotes/types';
import {
  QUOTE_MARKS,
  checkQuotes,
  clip,
  describeQuote,
  quoteInvariantProblems,
  type QuoteWant,
  type SpeakerWant,
} from './helpers/expect-quotes';

const FIXTURES_DIR = path.resolve(__dirname, '../../../test/fixtures/quotes');

const sp = (exact: string, speaker: SpeakerWant, cue?: string | readonly string[], note?: string): QuoteWant => ({
  where: { exact },
  kind: 'speech',
  speaker,
  cue,
  note,
});
const term = (exact: string, note?: string): QuoteWant => ({ where: { exact }, kind: 'term', note });
/** The unmarked line after `…:-` that holds `fragment`. */
const unmarked = (fragment: string, speaker: SpeakerWant, cue?: string): QuoteWant => ({
  where: { line: fragment },
  kind: 'speech',
  speaker,
  cue,
});

const FIXTURES: Record<string, QuoteWant[]> = {
  'ar-01-marks.txt': [
    sp('"سنعيد فتح السوق القديم قبل نهاية الشهر"', 'كمال الزين', 'وقال'),
    // a bare وأضاف: takes the speaker of the quotation in the previous paragraph
    sp('“لن نسمح بتأخير الأعمال مرة أخرى”', 'كمال الزين', 'وأضاف'),
    // reversed marks ” … “ (right-to-left typing), after إن
    sp('”المياه ستعود إلى الأحياء الشرقية خلال يومين“', 'ليلى الحسيني', 'قالت'),
    // the same mark on both sides ” … ”, after أن
    sp('”فرق الإنقاذ ما زالت في الموقع”', 'رامي العطار', 'وأكد'),
    sp('«إن الطرق الرئيسية مفتوحة أمام السير»', 'المجلس البلدي', 'وأعلن'),
    sp('»سيتم تعويض أصحاب المحلات المتضررة«', 'المجلس', 'وأوضح'),
    // the station's name between the speaker and the quotation is a term, and not the speaker
    term('"صوت الساحل"'),
    sp('‹الحركة في الميناء طبيعية تماماً›', 'وليد قاسم', 'وصرّح'),
    sp('„أن الأمطار تجاوزت المعدل السنوي بكثير“', 'وزارة الزراعة', 'وذكرت'),
    sp('"العمل سيستمر ليلاً ونهاراً حتى يعود التجار إلى محلاتهم"', 'الزين', 'وتابع'),
  ],
  'ar-02-attribution.txt': [
    // the title's name wins over the title; the date between name and :- is skipped
    sp('” إن بلاده تطالب بتوضيحات عاجلة حول ما جرى على الحدود “', 'سليم بردويل', 'قال'),
    sp('"لن تتراجع عن قرار رفع الأسعار تحت أي ضغط"', 'كارلسون', 'وقال'),
    sp('"الوضع الأمني تحت السيطرة الكاملة في جميع المحافظات"', 'وزارة الداخلية', 'وقالت'),
    term('"أنباء الشمال"'),
    // نقلت X عن Y قوله → Y (not the agency)
    sp('"لم تسجل أي خروقات خلال الليل"', 'فارس نجم'),
    sp('"عدد المصابين ارتفع إلى ٤٢ شخصاً منذ الصباح"', 'وزارة الصحة', ['وبحسب', 'بحسب']),
    // attribution after the quotation; it wins over continuing the previous quotation
    sp('"الامتحانات ستجري في موعدها دون أي تأجيل"', 'وزارة التربية', ['وفق']),
    sp('"سندرس كل الخيارات المتاحة"', 'دوفال', 'قال'),
    // SVO: the subject before a verb that ends its clause; the next line is the quotation
    unmarked('شاهدنا طوابير طويلة', 'صحفيون من وكالة النجمة', 'قالوا'),
    sp('” تم توقيف ثلاثة مشتبه بهم في الحي الجنوبي “', 'المتحدث باسم الشرطة', 'وقال'),
    unmarked('لم يصب أي من عناصرنا', 'المتحدثة باسم الشرطة', 'وقالت'),
    sp('” استقبلنا عشرات الحالات منذ الصباح “', 'هشام البنا', 'قال'),
    // directly follows the previous quotation: continues it
    sp('” الأطقم الطبية تعمل بلا توقف “', 'هشام البنا'),
  ],
  'ar-03-bare-verb.txt': [
    // a bare وقال :- with no subject and no earlier quotation: the speaker is not invented
    sp('” إن المنسوب تجاوز الحد المسموح به منذ مساء أمس “', null, 'وقال'),
  ],
  'ar-04-unbalanced.txt': [
    // the lone " after كبيرة has no partner: ignored, and not paired with the next opener
    sp('"التسليم سيكون في الموعد المحدد"', 'رنا خوري', 'وقالت'),
    // (second paragraph: a lone closing mark at the paragraph end; no quotation)
    // an opener with no partner quotes to the end of its paragraph, not into the next one
    sp('"الصفوف مكتظة والمعدات قديمة ولا أحد يستمع إلينا', 'هدى سليمان', 'وقالت'),
    term('"متحف المدينة"'),
    // a label after بـ (the opener follows a tatweel, not a space)
    term('"الإنجاز المتأخر"'),
  ],
  'ar-05-lines-and-terms.txt': [
    sp('” الأسعار سترتفع مجدداً\nإذا لم تتدخل الحكومة\nبسرعة “', 'نبيل سعادة', 'وقال'),
    term('"سبوتنيك"', 'an agency named right after the speech verb وذكرت'),
    term('"تيليغرام"'),
    term('"هذا الأسبوع"'),
  ],
  'en-01-attribution.txt': [
    sp('"We will reopen the bridge by Friday,"', ['the minister', 'minister'], 'said'),
    // "said Jane Doe, the mayor": the name, not the apposition
    sp('"The repairs are ahead of schedule,"', 'Ruth Okafor', 'said'),
    // a bare "She added:" takes the previous quotation's speaker
    sp('"Parking in the centre will be free while the works last."', 'Ruth Okafor', 'added'),
    sp('"Diversions will stay in place until the end of May,"', ['the transport ministry', 'transport ministry'], 'according to'),
    sp('“The water came up in minutes,”', 'Grace Lin', 'said'),
    // directly follows the previous quotation (same sentence group): continues it
    sp('“We lost everything on the ground floor.”', 'Grace Lin'),
    // names and a charge after "Police said …": terms, not speech
    term('"Telegram"'),
    term('"Clean Sweep"'),
    term('"treason"'),
    // the lone " after "unacceptable." has no opener: ignored, not paired with the next one
    sp('"Work will resume on Monday."', 'Officials', 'said'),
  ],
  'en-02-apostrophes.txt': [
    // don't inside; It's, the '90s and officials' after it are apostrophes, not quotations
    sp("'We don't know yet what started it,'", ['the inspector', 'inspector'], 'said'),
    // called the blaze ‘…’: labels the council gave; the ’90s and officials’ are apostrophes
    term('‘regrettable’'),
    term('‘not unexpected’'),
    // It’s and won’t inside must not close the quotation
    sp('‘It’s too early to say, and we won’t guess.’', 'Dana Whitlock', 'said'),
  ],
  'en-03-paragraphs.txt': [
    sp('"We have lost three harvests in a row,"', 'Tom Reyes', 'said'),
    // unclosed at the paragraph end, and the next paragraph opens with a mark: one quotation
    // over the break, continuing Tom Reyes (growers' in between is an apostrophe)
    sp('"Nobody in this valley remembers a drought like it.\n\n"If the rain does not come by March, half of the orchards will be gone."', 'Tom Reyes'),
    // over a line break inside a paragraph; bank's is an apostrophe
    sp('"We expect the figures to improve\nover the next quarter,"', 'Priya Natarajan', 'said'),
    // an opener with no partner: to the end of its paragraph; the next one opens with a word
    sp('"The north pier is closed until further notice and the ferries will use the south dock', 'Colin Brandt'),
    term('"Lights on the Water"'),
  ],
};

function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8').replace(/^\uFEFF/, '');
}

function report(what: string, problems: string[]): void {
  if (problems.length > 0) assert.fail(`${what}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

/** Runs the recogniser, turning a throw into a reported problem. */
function run(input: string): { quotes: QuoteMention[]; problems: string[] } {
  try {
    const quotes = recognizeQuotes(input);
    return { quotes, problems: quoteInvariantProblems(input, quotes) };
  } catch (e) {
    return { quotes: [], problems: [`recognizeQuotes threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`] };
  }
}

const crlf = (s: string) => s.replace(/\r\n|\r|\n/g, '\r\n');
function wantCRLF(w: QuoteWant): QuoteWant {
  const where = w.where;
  if ('exact' in where) return { ...w, where: { ...where, exact: crlf(where.exact) } };
  return w;
}

describe('recognizeQuotes on the fixtures', () => {
  test('every fixture file has expectations, and every expectation a file', () => {
    const files = fs.readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.txt')).sort();
    assert.deepEqual(files, Object.keys(FIXTURES).sort());
  });

  for (const [name, wants] of Object.entries(FIXTURES)) {
    test(`${name}: ${wants.length} quotation(s) with kind, speaker and cue; nothing else`, () => {
      const input = readFixture(name);
      const { quotes, problems } = run(input);
      problems.push(...checkQuotes(input, quotes, wants, { complete: true }));
      report(name, problems);
    });

    test(`${name} with CRLF line endings: the same quotations`, () => {
      const input = crlf(readFixture(name));
      const { quotes, problems } = run(input);
      problems.push(...checkQuotes(input, quotes, wants.map(wantCRLF), { complete: true }));
      report(`${name} (CRLF)`, problems);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Properties (fast-check, fixed seeds). No timing assertions anywhere in this file.

const SEED = 20230305;
const RUNS = 300;
const params = (offset: number) => ({ seed: SEED + offset, numRuns: RUNS, includeErrorInReport: true });

/** Fails (so fast-check shrinks) with every invariant problem of one input. */
function recognizeChecked(input: string): QuoteMention[] {
  const quotes = recognizeQuotes(input);
  const problems = quoteInvariantProblems(input, quotes);
  if (problems.length > 0) assert.fail(`input ${JSON.stringify(input)}:\n  ${problems.join('\n  ')}`);
  return quotes;
}

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const MARKS = [...QUOTE_MARKS];
const ARABIC = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآ', 'ـ', '\u064E', '\u0651'];
const LATIN = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const BREAKS = [' ', ' ', ' ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u00A0', '\u200F'];
const PUNCT = [':-', ':-', ':', ' :-\n', '،', ',', '.', '-', '?'];
const WORDS = [
  'قال', 'وقال', 'وقالت', 'وأضاف', 'قالوا', 'وصرّح', 'نقلت', 'عن', 'قوله', 'بحسب', 'وفق', 'إن', 'أن', 'بـ',
  'وزارة الداخلية', 'المتحدث باسم الشرطة', 'أنتوني بلنكين', 'وكالة',
  'said', 'added', 'according to', 'told', 'the minister', 'Jane Doe', "don't", "it's", "officials'", "the '90s",
  'officials’', 'the ’90s', 'it’s',
];
const token = fc.oneof(
  { weight: 4, arbitrary: pick(MARKS) },
  { weight: 4, arbitrary: pick(ARABIC) },
  { weight: 3, arbitrary: pick(LATIN) },
  { weight: 4, arbitrary: pick(BREAKS) },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 2, arbitrary: pick(WORDS).map((w) => ` ${w} `) },
);
/** Strings over quote marks, Arabic and Latin letters, line and paragraph breaks, `:-`, cue words. */
const quoteAlphabet = fc.array(token, { maxLength: 120 }).map((a) => a.join(''));

/** News-like paragraphs: [speaker] verb [:- newline | : | إن | ,] [mark] words [mark] [، قال X]. */
const word = fc.oneof(pick(ARABIC), pick(LATIN)).chain((c) => fc.integer({ min: 1, max: 7 }).map((n) => c.repeat(n)));
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((a) => a.join(' '));
const piece = fc
  .tuple(
    fc.option(pick(['وزارة الداخلية', 'المتحدث باسم الشرطة', 'Jane Doe', 'the minister', 'صحفيون من وكالة'])),
    fc.option(pick(['وقال', 'قالت', 'وأضاف', 'قالوا', 'said', 'added', 'according to', 'نقلت وكالة عن'])),
    pick([' :-\n', ':-\n', ': ', ' إن ', ', ', ' ', '\n']),
    fc.option(pick(MARKS)),
    words,
    fc.option(pick(MARKS)),
    pick(['', '، قال بون', ', said Jane Doe, the mayor', ', the minister said', '.', '،']),
    pick(['\n\n', '\n', ' ', '\r\n\r\n', '']),
  )
  .map(([who, verb, sep, open, body, close, tail, end]) => `${who ?? ''} ${verb ?? ''}${sep}${open ?? ''}${body}${close ?? ''}${tail}${end}`);
const newsQuotes = fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('recognizeQuotes never throws and keeps its invariants', () => {
  test('strings over quote marks, Arabic and Latin letters, breaks and :-', () => {
    fc.assert(fc.property(quoteAlphabet, (s) => { recognizeChecked(s); }), params(1));
  });

  test('news-like paragraphs with speakers, verbs, :- lines, marks and trailing attributions', () => {
    fc.assert(fc.property(newsQuotes, (s) => { recognizeChecked(s); }), params(2));
  });

  test('full Unicode strings (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => { recognizeChecked(s); }), params(3));
  });

  test('text without quotation marks or colons has no quotation', () => {
    const noMarks = fc.array(fc.oneof(pick(ARABIC), pick(LATIN), pick(BREAKS), pick(['،', ',', '.', '-'])), { maxLength: 120 }).map((a) => a.join(''));
    fc.assert(
      fc.property(noMarks, (s) => {
        const quotes = recognizeChecked(s);
        assert.equal(quotes.length, 0, `no mark and no colon, yet ${quotes.map(describeQuote).join('; ')}`);
      }),
      params(4),
    );
  });

  test('deterministic: the same input twice gives the same result', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(quoteAlphabet, newsQuotes), { minLength: 2, maxLength: 4 }), (texts) => {
        const first = texts.map((t) => JSON.stringify(recognizeQuotes(t)));
        const second = texts.map((t) => JSON.stringify(recognizeQuotes(t)));
        assert.deepEqual(second, first);
      }),
      params(5),
    );
  });

  test('paragraph locality: a neutral paragraph before and after changes nothing but offsets', () => {
    // "* * *" holds no mark, no letter and no colon: it can neither continue a quotation nor
    // attribute one, so the quotations of s must be the same, shifted by the prefix.
    const prefix = '* * *\n\n';
    const suffix = '\n\n* * *\n';
    fc.assert(
      fc.property(fc.oneof(quoteAlphabet, newsQuotes), (s) => {
        const shift = prefix.length;
        const key = (q: QuoteMention, d: number) =>
          JSON.stringify([q.start + d, q.end + d, q.text, q.kind, q.speaker, q.speakerStart === null ? null : q.speakerStart + d, q.cue]);
        const alone = recognizeChecked(s).map((q) => key(q, shift));
        const wrapped = recognizeChecked(prefix + s + suffix).map((q) => key(q, 0));
        assert.deepEqual(wrapped, alone);
      }),
      params(6),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Stress inputs: each must complete with the invariants intact (no timing assertion; how time
// grows is for the bench).

/** `items` joined and repeated until the string is at least `chars` long. */
function fill(items: readonly string[], chars: number): string {
  const unit = items.join('');
  return unit.repeat(Math.ceil(chars / unit.length));
}

/** `items` repeated cyclically until there are n of them. */
function cycle(items: readonly string[], n: number): string {
  const k = Math.floor(n / items.length);
  return items.join('').repeat(k) + items.slice(0, n - k * items.length).join('');
}

interface Stress { name: string; input: () => string; /** extra check on the result */ expect?: (input: string, quotes: QuoteMention[]) => string[] }

const STRESS: Stress[] = [
  { name: '100,000 quote marks, every kind in turn', input: () => cycle(MARKS, 100_000) },
  { name: '100,000 straight double quotes', input: () => '"'.repeat(100_000) },
  { name: '100,000 openers « with no closer', input: () => '«'.repeat(100_000) },
  { name: '100,000 apostrophes between letters', input: () => "a'".repeat(100_000) },
  { name: '100,000 marks each followed by a word and a line break', input: () => cycle(MARKS.map((m) => `${m}كلمة\n`), 100_000) },
  {
    // one paragraph of 1 MB opened by a quotation mark that is never closed
    name: '1 MB paragraph after an opener with no closer',
    input: () => `وقال المتحدث: "${fill(['كلمة ', 'أخرى ', 'word '], 1_000_000)}`,
  },
  {
    // the same over many lines (one paragraph, single line breaks)
    name: '1 MB of lines after an opener with no closer',
    input: () => `She said: "${fill(['one more line of text\n', 'سطر آخر من النص\n'], 1_000_000)}`,
  },
  {
    // each paragraph ends with a lone closing mark: nothing may be quoted, nothing swallowed
    name: '1 MB of paragraphs each ending with a lone closing mark',
    input: () => fill(['وقال الطلاب إن الامتحان كان صعباً".\n\n', 'He said the delay was unacceptable."\n\n'], 1_000_000),
    expect: (_input, quotes) => (quotes.length === 0 ? [] : [`${quotes.length} quotation(s) from lone closing marks, first ${describeQuote(quotes[0])}`]),
  },
  {
    name: '1 MB of "قال :-" lines followed by unmarked lines',
    input: () => fill(['وقال المتحدث باسم الشرطة :-\n', 'لم يصب أحد بجروح.\n'], 1_000_000),
  },
  {
    name: '1 MB of English with apostrophes and a lone opening single quote',
    input: () => `'${fill(["It's the officials' homes, not the '90s blocks, that don't burn. ", 'the ’90s, officials’ cars, it’s fine. '], 1_000_000)}`,
  },
];

describe('recognizeQuotes completes on stress inputs with the invariants intact', () => {
  test('empty string gives no quotation', () => {
    assert.deepEqual(recognizeQuotes(''), []);
  });

  for (const s of STRESS) {
    test(s.name, (t) => {
      const input = s.input();
      const { quotes, problems } = run(input);
      if (s.expect) problems.push(...s.expect(input, quotes));
      t.diagnostic(`${input.length} chars: ${quotes.length} quotation(s)${quotes.length > 0 ? `, first «${clip(quotes[0].text, 30)}»` : ''}`);
      report(s.name, problems.slice(0, 20).concat(problems.length > 20 ? [`… and ${problems.length - 20} more`] : []));
    });
  }
});
