// Number words of Arabic and English, keyed by `wordKey` (alef folded to ا, ى→ي, ة→ه, lower case).

export type WordEntry =
  | { t: 'unit'; v: number; short?: boolean } // 0–10; `short` forms (ست، تسع …) never take a preposition
  | { t: 'teen'; v: number } // 11–19 in one word (English)
  | { t: 'teenBase' } // Arabic عشر / عشرة after a unit: 3 + 10
  | { t: 'tens'; v: number }
  | { t: 'hundred'; v: number; bare: boolean } // bare = مائة / hundred, multiplies a unit before it
  | { t: 'scale'; v: number; form: 'singular' | 'dual' | 'plural' | 'pluralOrVague' }
  | { t: 'dozen'; plural: boolean }
  | { t: 'vague'; lo: number; hi: number } // عشرات، مئات، dozens, hundreds
  | { t: 'few'; lo: number; hi: number; needsScale?: boolean } // بضع، عدة، several; `needsScale`: only before a scale
  | { t: 'fraction'; v: number }
  | { t: 'fractionPlural'; denom: number }
  | { t: 'ordinal'; v: number; compound?: boolean }
  | { t: 'dualUnit'; unit: TimeUnit | null } // dual nouns: يومين = 2 days, مرتين = twice
  | { t: 'article' }; // English "a" / "an" before hundred, thousand, dozen

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

function add(map: Map<string, WordEntry>, keys: string, entry: WordEntry): void {
  for (const k of keys.split(' ')) if (k) map.set(k, entry);
}

export const arabicWords = new Map<string, WordEntry>();

/** Keys that look like number words but name something else: الاثنين is Monday. */
export const NOT_NUMBERS = new Set(['الاثنين']);
export const englishWords = new Map<string, WordEntry>();

{
  const A = arabicWords;
  add(A, 'صفر', { t: 'unit', v: 0 });
  add(A, 'واحد واحده واحدا', { t: 'unit', v: 1 });
  add(A, 'اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي', { t: 'unit', v: 2 });
  add(A, 'ثلاثه', { t: 'unit', v: 3 });
  add(A, 'ثلاث', { t: 'unit', v: 3, short: true });
  add(A, 'اربعه', { t: 'unit', v: 4 });
  add(A, 'اربع', { t: 'unit', v: 4, short: true });
  add(A, 'خمسه', { t: 'unit', v: 5 });
  add(A, 'خمس', { t: 'unit', v: 5, short: true });
  add(A, 'سته', { t: 'unit', v: 6 });
  add(A, 'ست', { t: 'unit', v: 6, short: true });
  add(A, 'سبعه', { t: 'unit', v: 7 });
  add(A, 'سبع', { t: 'unit', v: 7, short: true });
  add(A, 'ثمانيه ثماني', { t: 'unit', v: 8 });
  add(A, 'ثمان', { t: 'unit', v: 8, short: true });
  add(A, 'تسعه', { t: 'unit', v: 9 });
  add(A, 'تسع', { t: 'unit', v: 9, short: true });
  add(A, 'عشره عشر', { t: 'teenBase' });
  add(A, 'عشرون عشرين', { t: 'tens', v: 20 });
  add(A, 'ثلاثون ثلاثين', { t: 'tens', v: 30 });
  add(A, 'اربعون اربعين', { t: 'tens', v: 40 });
  add(A, 'خمسون خمسين', { t: 'tens', v: 50 });
  add(A, 'ستون ستين', { t: 'tens', v: 60 });
  add(A, 'سبعون سبعين', { t: 'tens', v: 70 });
  add(A, 'ثمانون ثمانين', { t: 'tens', v: 80 });
  add(A, 'تسعون تسعين', { t: 'tens', v: 90 });
  add(A, 'مائه مئه ماءه ميه', { t: 'hundred', v: 100, bare: true });
  add(A, 'مائتان مائتين مئتان مئتين مائتا مئتا مائتي مئتي', { t: 'hundred', v: 200, bare: false });
  const hundreds: Array<[string, number]> = [
    ['ثلاث', 3], ['ثلث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['ثماني', 8], ['تسع', 9],
  ];
  for (const [stem, v] of hundreds) add(A, `${stem}مائه ${stem}مئه`, { t: 'hundred', v: v * 100, bare: false });
  add(A, 'الف الفا', { t: 'scale', v: 1e3, form: 'singular' });
  add(A, 'الفان الفين الفي', { t: 'scale', v: 1e3, form: 'dual' });
  add(A, 'الاف', { t: 'scale', v: 1e3, form: 'pluralOrVague' });
  add(A, 'الوف', { t: 'vague', lo: 2000, hi: 9999 });
  add(A, 'مليون مليونا', { t: 'scale', v: 1e6, form: 'singular' });
  add(A, 'مليونان مليونين مليوني', { t: 'scale', v: 1e6, form: 'dual' });
  add(A, 'ملايين', { t: 'scale', v: 1e6, form: 'pluralOrVague' });
  add(A, 'مليار مليارا بليون بليونا', { t: 'scale', v: 1e9, form: 'singular' });
  add(A, 'ملياران مليارين ملياري بليونان بليونين', { t: 'scale', v: 1e9, form: 'dual' });
  add(A, 'مليارات بلايين', { t: 'scale', v: 1e9, form: 'pluralOrVague' });
  add(A, 'تريليون ترليون تريليونا', { t: 'scale', v: 1e12, form: 'singular' });
  add(A, 'تريليونان تريليونين ترليونين', { t: 'scale', v: 1e12, form: 'dual' });
  add(A, 'تريليونات ترليونات', { t: 'scale', v: 1e12, form: 'pluralOrVague' });
  add(A, 'عشرات', { t: 'vague', lo: 20, hi: 99 });
  add(A, 'مئات مئات', { t: 'vague', lo: 200, hi: 999 });
  add(A, 'بضع بضعه', { t: 'few', lo: 3, hi: 9 });
  add(A, 'عده', { t: 'few', lo: 3, hi: 9, needsScale: true });
  add(A, 'دزينه دستة دسته', { t: 'dozen', plural: false });
  add(A, 'دزينات دستات', { t: 'dozen', plural: true });
  add(A, 'نصف', { t: 'fraction', v: 0.5 });
  add(A, 'ثلث', { t: 'fraction', v: 1 / 3 });
  add(A, 'ربع', { t: 'fraction', v: 0.25 });
  add(A, 'ثلثان ثلثين ثلثي', { t: 'fraction', v: 2 / 3 });
  add(A, 'اثلاث', { t: 'fractionPlural', denom: 3 });
  add(A, 'ارباع', { t: 'fractionPlural', denom: 4 });
  add(A, 'اخماس', { t: 'fractionPlural', denom: 5 });
  add(A, 'اسداس', { t: 'fractionPlural', denom: 6 });
  add(A, 'اسباع', { t: 'fractionPlural', denom: 7 });
  add(A, 'اثمان', { t: 'fractionPlural', denom: 8 });
  add(A, 'اتساع', { t: 'fractionPlural', denom: 9 });
  add(A, 'اعشار', { t: 'fractionPlural', denom: 10 });
  add(A, 'اول اولي', { t: 'ordinal', v: 1 });
  add(A, 'حادي حاديه', { t: 'ordinal', v: 1, compound: true });
  add(A, 'ثاني ثانيه', { t: 'ordinal', v: 2 });
  add(A, 'ثالث ثالثه', { t: 'ordinal', v: 3 });
  add(A, 'رابع رابعه', { t: 'ordinal', v: 4 });
  add(A, 'خامس خامسه', { t: 'ordinal', v: 5 });
  add(A, 'سادس سادسه', { t: 'ordinal', v: 6 });
  add(A, 'سابع سابعه', { t: 'ordinal', v: 7 });
  add(A, 'ثامن ثامنه', { t: 'ordinal', v: 8 });
  add(A, 'تاسع تاسعه', { t: 'ordinal', v: 9 });
  add(A, 'عاشر عاشره', { t: 'ordinal', v: 10 });
  add(A, 'يومين يومان', { t: 'dualUnit', unit: 'day' });
  add(A, 'ساعتين ساعتان', { t: 'dualUnit', unit: 'hour' });
  add(A, 'دقيقتين دقيقتان', { t: 'dualUnit', unit: 'minute' });
  add(A, 'اسبوعين اسبوعان', { t: 'dualUnit', unit: 'week' });
  add(A, 'شهرين شهران', { t: 'dualUnit', unit: 'month' });
  add(A, 'عامين عامان سنتين سنتان', { t: 'dualUnit', unit: 'year' });
  add(A, 'عقدين عقدان', { t: 'dualUnit', unit: 'decade' });
  add(A, 'مرتين مرتان', { t: 'dualUnit', unit: null });
}

{
  const E = englishWords;
  const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  units.forEach((w, v) => add(E, w, { t: 'unit', v }));
  add(E, 'naught nought nil', { t: 'unit', v: 0 });
  const teens = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  teens.forEach((w, i) => add(E, w, { t: 'teen', v: 11 + i }));
  const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  tens.forEach((w, i) => add(E, w, { t: 'tens', v: 20 + 10 * i }));
  add(E, 'fourty', { t: 'tens', v: 40 });
  add(E, 'hundred', { t: 'hundred', v: 100, bare: true });
  add(E, 'thousand', { t: 'scale', v: 1e3, form: 'singular' });
  add(E, 'million', { t: 'scale', v: 1e6, form: 'singular' });
  add(E, 'billion', { t: 'scale', v: 1e9, form: 'singular' });
  add(E, 'trillion', { t: 'scale', v: 1e12, form: 'singular' });
  add(E, 'lakh lakhs lac lacs lkh lkhs', { t: 'scale', v: 1e5, form: 'singular' });
  add(E, 'crore crores cr koti krore krores kr', { t: 'scale', v: 1e7, form: 'singular' });
  add(E, 'thousands', { t: 'scale', v: 1e3, form: 'pluralOrVague' });
  add(E, 'millions', { t: 'scale', v: 1e6, form: 'pluralOrVague' });
  add(E, 'billions', { t: 'scale', v: 1e9, form: 'pluralOrVague' });
  add(E, 'trillions', { t: 'scale', v: 1e12, form: 'pluralOrVague' });
  add(E, 'hundreds', { t: 'vague', lo: 200, hi: 999 });
  add(E, 'tens scores', { t: 'vague', lo: 20, hi: 99 });
  add(E, 'dozens', { t: 'dozen', plural: true });
  add(E, 'dozen', { t: 'dozen', plural: false });
  add(E, 'several', { t: 'few', lo: 3, hi: 9 });
  add(E, 'few', { t: 'few', lo: 3, hi: 9, needsScale: true });
  add(E, 'half', { t: 'fraction', v: 0.5 });
  add(E, 'thirds', { t: 'fractionPlural', denom: 3 });
  add(E, 'quarters', { t: 'fractionPlural', denom: 4 });
  add(E, 'fifths', { t: 'fractionPlural', denom: 5 });
  add(E, 'a an', { t: 'article' });
  const ordinals = [
    'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
    'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  ];
  ordinals.forEach((w, v) => add(E, w, { t: 'ordinal', v }));
  const tensOrdinals = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
  tensOrdinals.forEach((w, i) => add(E, w, { t: 'ordinal', v: 20 + 10 * i }));
  add(E, 'hundredth', { t: 'ordinal', v: 100 });
  add(E, 'thousandth', { t: 'ordinal', v: 1000 });
  add(E, 'millionth', { t: 'ordinal', v: 1e6 });
  add(E, 'billionth', { t: 'ordinal', v: 1e9 });
}

/** Scale suffixes glued to digits as written (`100k`, `2.5bn`, `3M`); lower-case `m`/`b` only after a currency symbol. */
export const GLUED_SCALES = new Map<string, { v: number; needsCurrency: boolean }>([
  ['k', { v: 1e3, needsCurrency: false }],
  ['mn', { v: 1e6, needsCurrency: false }],
  ['bn', { v: 1e9, needsCurrency: false }],
  ['tn', { v: 1e12, needsCurrency: false }],
  ['m', { v: 1e6, needsCurrency: true }],
  ['b', { v: 1e9, needsCurrency: true }],
  ['M', { v: 1e6, needsCurrency: false }],
  ['MM', { v: 1e6, needsCurrency: false }],
  ['mil', { v: 1e6, needsCurrency: false }],
  ['mln', { v: 1e6, needsCurrency: false }],
  ['B', { v: 1e9, needsCurrency: false }],
]);

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Unicode vulgar fractions (½ ¾ ⅔ …). */
export const VULGAR_FRACTIONS = new Map<string, number>([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5], ['⅘', 4 / 5],
  ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅐', 1 / 7], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8], ['⅑', 1 / 9], ['⅒', 1 / 10],
]);
