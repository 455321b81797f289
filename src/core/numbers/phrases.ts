// Multi-word cues around figures, in lookup-key form (see `wordKey`).
import { wordKey } from '../text/normalize';
import type { Precision } from './types';
import type { TimeUnit } from './lexicon';

export type Phrase = readonly string[];

function phrases(list: string): Phrase[] {
  return list.split('|').map((p) => p.trim().split(/\s+/).map(wordKey));
}

export interface Hedge {
  words: Phrase;
  precision: Precision;
}

function hedges(precision: Precision, list: string): Hedge[] {
  return phrases(list).map((words) => ({ words, precision }));
}

/** Hedges written before the figure, longest first so `ما لا يزيد عن` wins over `يزيد عن`. */
export const HEDGES_BEFORE: Hedge[] = [
  ...hedges('atMost', 'ما لا يزيد عن|ما لا يزيد على|لا يزيد عن|لا يزيد على|ما لا يتجاوز|لا يتجاوز|up to|at most|no more than|not more than|a maximum of|as many as'),
  ...hedges('atLeast', 'ما لا يقل عن|لا يقل عن|على الأقل|at least|no fewer than|no less than|not less than|a minimum of'),
  ...hedges('moreThan', 'أكثر من|أزيد من|ما يزيد عن|ما يزيد على|يزيد عن|يزيد على|ما يربو على|يربو على|ما يفوق|يفوق|ما يتجاوز|يتجاوز|more than|in excess of|upwards of|over|above|exceeding'),
  ...hedges('lessThan', 'أقل من|ما دون|less than|fewer than|under|below'),
  ...hedges('approximate', 'ما يقرب من|يقرب من|ما يقارب|يقارب|ما يناهز|يناهز|في حدود|قرابة|حوالي|حوالى|نحو|زهاء|تقريبا|close to|an estimated|estimated|about|around|approximately|nearly|roughly|almost|some|circa|approx'),
].sort((a, b) => b.words.length - a.words.length);

/** Hedges written after the figure (directly or after its counted noun). */
export const HEDGES_AFTER: Hedge[] = [
  ...hedges('atLeast', 'على الأقل|أو أكثر|فأكثر|or more|at least|and counting'),
  ...hedges('approximate', 'تقريبا|تقريباً|approximately|or so'),
].sort((a, b) => b.words.length - a.words.length);

export const PERCENT_AFTER: Phrase[] = phrases('%|٪|بالمئة|بالمائة|في المئة|في المائة|في المية|بالمية|percent|per cent|pct');

export interface CurrencyCue {
  words: Phrase;
  code: string;
  /** Fraction of the main unit (cents). */
  factor: number;
}

function currencies(code: string, list: string, factor = 1): CurrencyCue[] {
  return phrases(list).map((words) => ({ words, code, factor }));
}

/** Currency words and signs after a figure (`20 €`, common in Arabic typing), longest first (`دولار أسترالي` before `دولار`). */
export const CURRENCY_AFTER: CurrencyCue[] = [
  ...currencies('AUD', 'دولار أسترالي|دولارا أستراليا|دولارات أسترالية|Australian dollars|Australian dollar'),
  ...currencies('CAD', 'دولار كندي|دولارا كنديا|دولارات كندية|Canadian dollars|Canadian dollar'),
  ...currencies('HKD', 'دولار هونغ كونغ|Hong Kong dollars'),
  ...currencies('USD', 'دولار أمريكي|دولار أميركي|دولارا أمريكيا|دولارا أميركيا|دولارات أمريكية|دولارات أميركية|الدولارات الأمريكية|US dollars|U.S. dollars|dollar|dollars|دولار|دولارا|دولارات|الدولارات|الدولار|usd|bucks'),
  ...currencies('USD', 'سنت|سنتات|سنتا|سينت|سينتات|cents|cent|¢', 0.01),
  ...currencies('USD', '$'),
  ...currencies('EUR', 'يورو|اليورو|اورو|أورو|euros|euro|eur|€'),
  ...currencies('GBP', '£'),
  ...currencies('JPY', '¥'),
  ...currencies('RUB', '₽'),
  ...currencies('KZT', '₸'),
  ...currencies('GBP', 'جنيه إسترليني|جنيه استرليني|جنيها إسترلينيا|جنيهات إسترلينية|الجنيهات الإسترلينية|pounds sterling|pound sterling|pounds|pound|gbp|sterling'),
  ...currencies('GBP', 'بنس|pence|penny', 0.01),
  ...currencies('EGP', 'جنيه مصري|جنيها مصريا|جنيهات مصرية|Egyptian pounds|جنيه|جنيها|جنيهات|egp'),
  ...currencies('SDG', 'جنيه سوداني|جنيهات سودانية'),
  ...currencies('RUB', 'روبل روسي|روبل|روبلا|روبلات|rubles|roubles|ruble|rouble|rub'),
  ...currencies('KZT', 'تنغي|تنغ|تينغ|تنجي|تينغي|tenge|kzt'),
  ...currencies('QAR', 'ريال قطري|ريالا قطريا|ريالات قطرية|Qatari riyals'),
  ...currencies('OMR', 'ريال عماني|ريالا عمانيا|Omani rials'),
  ...currencies('YER', 'ريال يمني|ريالا يمنيا|ريالات يمنية|Yemeni rials'),
  ...currencies('IRR', 'ريال إيراني|ريالا إيرانيا|ريالات إيرانية|Iranian rials|tomans|تومان'),
  ...currencies('SAR', 'ريال سعودي|ريالا سعوديا|ريالات سعودية|ريال|ريالا|ريالات|riyals|riyal|sar'),
  ...currencies('KWD', 'دينار كويتي|دينارا كويتيا|دنانير كويتية|Kuwaiti dinars'),
  ...currencies('JOD', 'دينار أردني|دينارا أردنيا|دنانير أردنية|Jordanian dinars'),
  ...currencies('BHD', 'دينار بحريني|دينارا بحرينيا|Bahraini dinars'),
  ...currencies('LYD', 'دينار ليبي|دينارا ليبيا|Libyan dinars'),
  ...currencies('TND', 'دينار تونسي|دينارا تونسيا|دنانير تونسية|Tunisian dinars'),
  ...currencies('DZD', 'دينار جزائري|دينارا جزائريا|Algerian dinars'),
  ...currencies('IQD', 'دينار عراقي|دينارا عراقيا|دنانير عراقية|دينار|دينارا|دنانير|dinars|dinar'),
  ...currencies('AED', 'درهم إماراتي|درهما إماراتيا|dirhams|dirham|aed'),
  ...currencies('MAD', 'درهم مغربي|درهما مغربيا|دراهم مغربية|درهم|درهما|دراهم'),
  ...currencies('LBP', 'ليرة لبنانية|ليرات لبنانية|Lebanese pounds'),
  ...currencies('SYP', 'ليرة سورية|ليرات سورية|Syrian pounds'),
  ...currencies('TRY', 'ليرة تركية|ليرات تركية|ليرة|ليرات|lira|liras'),
  ...currencies('JPY', 'ين ياباني|ين|yen'),
  ...currencies('CNY', 'يوان صيني|يوان|yuan|renminbi'),
  ...currencies('INR', 'روبية هندية|روبية|روبيات|rupees|rupee'),
  ...currencies('CHF', 'فرنك سويسري|فرنكا سويسريا|Swiss francs'),
  ...currencies('ILS', 'شيكل|شيكلا|شواكل|shekels|shekel'),
].sort((a, b) => b.words.length - a.words.length);

/** Currency symbols and codes written before a figure. */
export const CURRENCY_BEFORE = new Map<string, string>([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'],
  ['¥', 'JPY'], ['₽', 'RUB'], ['rub', 'RUB'], ['₸', 'KZT'], ['kzt', 'KZT'], ['₹', 'INR'], ['₺', 'TRY'], ['₪', 'ILS'],
  ['sar', 'SAR'], ['aed', 'AED'], ['egp', 'EGP'], ['chf', 'CHF'], ['rs', 'INR'],
]);

/** Time units after a figure; the key of each phrase maps to its unit. */
export const TIME_UNITS = new Map<string, TimeUnit>();
{
  const units: Array<[TimeUnit, string]> = [
    ['second', 'ثانية ثوان ثواني ثوانٍ second seconds sec secs'],
    ['minute', 'دقيقة دقائق دقيقه minute minutes min mins'],
    ['hour', 'ساعة ساعات ساعه hour hours hrs'],
    ['day', 'يوم يوما يومًا أيام ايام day days'],
    ['week', 'أسبوع أسبوعا أسابيع week weeks'],
    ['month', 'شهر شهرا أشهر شهور month months'],
    ['year', 'عام عاما أعوام سنة سنه سنوات سنين years year yr yrs'],
    ['decade', 'عقد عقود decade decades'],
  ];
  for (const [unit, words] of units) for (const w of words.split(' ')) TIME_UNITS.set(wordKey(w), unit);
}

/** Words just before a figure that make a following year-unit an age. */
export const AGE_CUES_BEFORE = new Set(
  'العمر عمر عمره عمرها بعمر البالغ البالغة يبلغ تبلغ بلغ سن aged age'.split(' ').map(wordKey),
);

/** Words right before a 4-digit number that make it a year. */
export const YEAR_CUES = new Set(
  'عام العام لعام بعام سنة السنة لسنة منذ مطلع أواخر أوائل منتصف بداية نهاية since during until year early late mid'.split(' ').map(wordKey),
);

/** Prepositions that make a following 4-digit number a year unless a word follows it. */
export const WEAK_YEAR_CUES = new Set('في خلال حتى قبل بعد in by before after'.split(' ').map(wordKey));

export const ERA_AFTER = new Set(['م', 'ه', 'هـ', 'ad', 'bc', 'ce', 'bce'].map(wordKey));

/** Month names, with their number. Longest first (`كانون الثاني` before `كانون`). */
export const MONTHS: Array<{ words: Phrase; month: number; caseSensitive?: string }> = (() => {
  const list: Array<[number, string]> = [
    [1, 'يناير|كانون الثاني|جانفي|january|jan'],
    [2, 'فبراير|شباط|فيفري|february|feb'],
    [3, 'مارس|آذار|march|mar'],
    [4, 'أبريل|ابريل|إبريل|نيسان|أفريل|april|apr'],
    [5, 'مايو|أيار|ماي|may'],
    [6, 'يونيو|يونيه|حزيران|جوان|june|jun'],
    [7, 'يوليو|يوليه|تموز|جويلية|july|jul'],
    [8, 'أغسطس|اغسطس|آب|أوت|august|aug'],
    [9, 'سبتمبر|أيلول|september|sep|sept'],
    [10, 'أكتوبر|اكتوبر|تشرين الأول|october|oct'],
    [11, 'نوفمبر|تشرين الثاني|november|nov'],
    [12, 'ديسمبر|كانون الأول|december|dec'],
  ];
  const out: Array<{ words: Phrase; month: number }> = [];
  for (const [month, names] of list) for (const words of phrases(names)) out.push({ words, month });
  return out.sort((a, b) => b.words.length - a.words.length);
})();

/** Time-of-day words after an hour: +12 for the afternoon forms. */
export const DAY_PERIODS = new Map<string, number>([
  ...['صباحا', 'صباح', 'فجرا', 'am', 'a.m'].map((w): [string, number] => [wordKey(w), 0]),
  ...['مساء', 'مساءا', 'ظهرا', 'عصرا', 'ليلا', 'pm', 'p.m'].map((w): [string, number] => [wordKey(w), 12]),
]);

/** Negative signs written as words. */
export const MINUS_WORDS = new Set(['سالب', 'minus', 'negative'].map(wordKey));

/** Words before "one" that make it a pronoun, not a figure. */
export const ONE_PRONOUN_BEFORE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'someone', 'one']);

/** Groups phrases by one of their words, for lookups that touch only plausible candidates. */
export function indexBy<T>(items: T[], word: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = word(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export const HEDGES_BEFORE_BY_LAST = indexBy(HEDGES_BEFORE, (h) => h.words[h.words.length - 1]);
export const HEDGES_AFTER_BY_FIRST = indexBy(HEDGES_AFTER, (h) => h.words[0]);
export const CURRENCY_AFTER_BY_FIRST = indexBy(CURRENCY_AFTER, (c) => c.words[0]);
export const PERCENT_AFTER_BY_FIRST = indexBy(PERCENT_AFTER, (p) => p[0]);
