// Default cue lexicons for claims. Arabic cues match a word that starts with the cue (after the
// proclitics و ف ب ل ك and ال) and adds at most 3 letters (اعتقل → اعتقلت، اعتقلوا); English
// cues match whole words. A corpus can add or replace any list in corpus-review.yaml.
import type { CueLists } from '../config/types';

const list = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

export interface MetricDefinition {
  cues: CueLists;
  /** Words naming the people counted (قتلى، جرحى, casualties): a scope may follow them (`ضحايا قوات الأمن`). */
  victims: CueLists;
  cumulative: boolean;
  kind: 'quantity' | 'money';
}

export const DEFAULT_METRICS: Record<string, MetricDefinition> = {
  killed: {
    cues: {
      ar: list('جثه|جثث|جثامين|قتل|قتلى|قتيل|مقتل|مصرع|حتف|وفاه|وفيات|توفي|ضحايا|ضحيه|تصفيه|اعدام|استشهد|شهيد|شهداء|حيات|حياه|ارواح|هلك|لقي حتفه'),
      en: list('bodies|killed|killing|kills|kill|dead|death|deaths|died|die|dies|dying|fatalities|fatality|fatally|lives|death toll|toll|perished|executed|slain|victims'),
    },
    victims: { ar: list('قتلى|قتيل|ضحايا|ضحيه|شهداء|شهيد|جثه|جثث'), en: list('dead|deaths|fatalities|victims|toll|death toll') },
    cumulative: true,
    kind: 'quantity',
  },
  injured: {
    cues: {
      ar: list('اصيب|اصابه|اصابات|مصاب|جرحى|جريح|جرح|اصابتهم'),
      en: list('injured|injuring|injuries|injury|wounded|wounding|hurt|wounds'),
    },
    victims: { ar: list('جرحى|جريح|مصاب'), en: list('injured|wounded|injuries') },
    cumulative: true,
    kind: 'quantity',
  },
  detained: {
    cues: {
      ar: list('اعتقل|اعتقال|معتقل|احتجز|احتجاز|محتجز|اوقف|توقيف|موقوف|القبض|سجن|اسرى|معتقلي'),
      en: list('arrested|arresting|arrests|arrest|detained|detaining|detention|detentions|detainees|custody|jailed|imprisoned|rounded up|taken into custody'),
    },
    victims: { ar: list('معتقل|محتجز|موقوف|اسرى'), en: list('detainees|arrests|detentions|prisoners') },
    cumulative: true,
    kind: 'quantity',
  },
  missing: {
    cues: {
      ar: list('مفقود|فقدان|فقدوا|عداد المفقودين|مجهول المصير'),
      en: list('missing|unaccounted|disappeared'),
    },
    victims: { ar: list('مفقود'), en: list('missing') },
    cumulative: true,
    kind: 'quantity',
  },
  displaced: {
    cues: {
      ar: list('نازح|نزوح|نزح|تهجير|مهجر|شرد|تشريد|مشرد|اجلاء|اجلي|اجلت|اجلوا|يجلي|لاجئ'),
      en: list('displaced|displacing|displacement|evacuated|evacuees|homeless|fled|refugees|uprooted'),
    },
    victims: { ar: list('نازح|مهجر|مشرد|لاجئ'), en: list('displaced|evacuees|refugees') },
    cumulative: false,
    kind: 'quantity',
  },
  damage: {
    cues: {
      ar: list('خسائر|خساره|خسر|اضرار|ضرر|تكلفه الاضرار|كلفه|تدمير|اتلاف|نهب'),
      en: list('damage|damages|damaged|losses|loss|lost|destroyed|destruction|cost|costs'),
    },
    victims: { ar: [], en: [] },
    cumulative: false,
    kind: 'money',
  },
};

export const DEFAULT_SCOPES: Record<string, CueLists> = {
  'security-forces': {
    ar: list('قوات الامن|الامن|الشرطه|شرطي|الحرس الوطني|الحرس|عناصر الامن|افراد الامن|موظفو الامن|رجال الامن|جنود|جندي|عسكري|العسكريين|الجيش|ضابط|ضباط|امني|قوات'),
    en: list('police|policemen|policeman|police officers|officers|security forces|security personnel|soldiers|soldier|troops|guards|servicemen|security officers|national guard'),
  },
  rescuers: {
    ar: list('الانقاذ|عناصر الانقاذ|رجال الانقاذ|فرق الانقاذ|الدفاع المدني|مسعف|المسعفين|رجال الاطفاء|الاطفاء|اطفائي'),
    en: list('rescuers|rescue workers|paramedics|firefighters|firemen|medics|emergency workers'),
  },
  civilians: { ar: list('مدني|مدنيين|المدنيين'), en: list('civilians|civilian|bystanders') },
  children: { ar: list('طفل|اطفال|قاصر|قصر'), en: list('children|child|minors|kids|boys|girls') },
  protesters: {
    ar: list('متظاهر|محتج|ناشط|معارض'),
    en: list('protesters|protestors|protester|demonstrators|activists|marchers'),
  },
  militants: {
    ar: list('مسلح|مجرم|ارهابي|مثيري الشغب|مثير|مخرب|متمرد'),
    en: list('militants|gunmen|rioters|terrorists|insurgents|attackers|criminals|looters'),
  },
};

/** Counted nouns for people in general: the claim counts everyone (scope null). */
export const PEOPLE: CueLists = {
  ar: list('سكان|حاله|حالات|شخص|اشخاص|اشخاصا|فرد|افراد|مواطن|انسان|اخرين|اخرون|الاخرين|نفس|نفر|رجل|رجال|امراه|نساء|سيده'),
  en: list('cases|people|persons|person|others|individuals|residents|men|women|adults'),
};

/** Counted nouns for things: a figure counting these is not a claim of any person metric. */
export const THINGS: CueLists = {
  ar: list(
    'نسمه|تحقيق|قضيه|قضايا|سياره|سيارات|مركبه|اليه|اليات|طائره|طائرات|رحله|مصنع|مصانع|بنك|بنوك|متجر|متاجر|محل|محلات|منزل|منازل|مبنى|مباني|بيت|بيوت|مسجد|مدرسه|مستشفى|مدينه|مدن|قريه|قرى|دوله|دول|بلد|يوم|ايام|ساعه|دقيقه|شهر|اشهر|سنه|سنوات|عام|اعوام|متر|امتار|كيلو|كلم|طن|برميل|صاروخ|صواريخ|قذيفه|غاره|غارات|هجوم|هجمات|عمليه|عمليات|مره|مرات|حادث|حوادث|صوت|مقعد|نقطه|دولار|يورو|مليار|بلاغ|تهمه|ملف|مقر|مقرات|مركز|مراكز|نقاط|حاجز',
  ),
  en: list(
    'investigations|cars|car|vehicles|vehicle|planes|aircraft|flights|buildings|homes|houses|shops|stores|factories|banks|days|hours|minutes|weeks|months|years|miles|kilometres|kilometers|km|metres|meters|tons|tonnes|barrels|rockets|missiles|attacks|incidents|times|votes|seats|points|countries|cities|villages|districts|streets|schools|hospitals|mosques|churches|offices|stations|trucks|buses|charges|complaints|percent|dollars|euros|litres|liters|gallons|kilograms|kg|acres|hectares|shelters|tents|beds|flats|apartments|tanks|drones|boats|ships|containers|warehouses|hectares|pages|words|games|goals|matches|episodes|copies|units|tickets|sites|camps',
  ),
};

/** After a figure: it counts part of a total just stated (`103 منهم`, `of whom`). */
export const PART_AFTER: CueLists = { ar: list('منهم|منهن|منها|بينهم'), en: list('of them|of whom|among them') };
/** Before a figure: it counts part of a total just stated (`بينهم 6 أطفال`, `including 6 children`). */
export const PART_BEFORE: CueLists = { ar: list('بينهم|بينها|منهم|منها|بينهن|من بينهم|ومنهم'), en: list('including|among them|of whom|of them|among whom') };

/** Place nouns introducing a location after `في`/`in`: the name follows. */
export const PLACE_NOUNS: CueLists = {
  ar: list('مدينه|مدن|العاصمه|عاصمه|محافظه|محافظات|ولايه|اقليم|منطقه|مناطق|قريه|قرى|بلده|حي|احياء|مقاطعه|مخيم|ميناء'),
  en: list('city|capital|province|region|state|district|village|town|county|camp|port'),
};

/** English words between a figure and its noun: `5 more people`, `12 other police officers`. */
export const MODIFIERS: CueLists = { ar: [], en: list('other|new|local|foreign|young|unarmed|innocent|ordinary|fellow') };

/** After a counted noun: the figure adds to an earlier count (`1678 شخصاً آخر`, `5 more people`). */
export const INCREMENTS: CueLists = { ar: list('اخر|اخرين|اخرون|اضافي|اضافيين|جدد|جديد'), en: list('more|additional|another|further') };

/** Figures that count occurrences (`مرتين`, `twice`), never people. */
export const TIMES_WORDS: CueLists = { ar: list('مرتين|مرتان|مره'), en: list('twice|once|thrice') };

/** Words that end a source name: what follows is what the source said (`بيان الداخلية ارتفاع عدد …`). */
export const SOURCE_STOPS: CueLists = { ar: list('ارتفاع|عدد|حصيله|اجمالي|مجموع|تراجع|انخفاض|سقوط'), en: list('number|toll|total|rise|increase') };

/** Words allowed between a figure (and its noun) and a predicate cue: `were`, `have been`, `قد`. */
export const FILLERS: CueLists = {
  ar: list('قد|كانوا|كان|قد تم|تم|لقوا|لقي|جميعهم|ايضا|حتى الان|على الاقل|ما زالوا|ما زال|لا يزالون|لا يزال|ما زلن|في|على'),
  en: list('were|was|have|has|had|been|are|is|be|reportedly|also|still|now|later|all|being|got|at least|who|that|so far|remain|remained|remains'),
};

/** Words joining coordinated figures: `18 قتيلا و748 مصابا`, `5 killed and 12 wounded`. */
export const CONJUNCTIONS: CueLists = { ar: list('و|او'), en: list('and|or|plus') };

/** `N من قوات الأمن`, `N members of the police`: the scope follows. */
export const SCOPE_LINKS: CueLists = {
  ar: list('من|بين|صفوف|في صفوف|من بين|افراد|عناصر|ممن|ممن وصفتهم|ممن وصفهم|ممن تصفهم|وصفتهم|وصفهم'),
  en: list('of|among|from|members|member|of the|the'),
};

export const STATUS_CUES: Record<'unconfirmed' | 'retracted', CueLists> = {
  unconfirmed: {
    ar: list('لم تؤكد|لم يؤكد|لم يتسن|لم يتم التحقق|لم يتم تاكيد|لم تتاكد|لم يتاكد|غير مؤكده|غير مؤكد|لا يمكن التحقق|تعذر التحقق|لم تتحقق|دون تاكيد'),
    en: list('unconfirmed|could not be verified|could not be independently verified|not independently verified|unverified|cannot be verified|not been confirmed|not confirmed'),
  },
  retracted: {
    ar: list('خطا تقني|نفت صحه|تراجعت عن|تراجع عن|سحبت تصريحات|حذف المنشور'),
    en: list('retracted|retract|erroneous|in error|was deleted|were deleted'),
  },
};

/** Verbs that retract only when the sentence names a statement they act on (`سحبت … تصريحات`, `deleted a post`). */
export const RETRACTING_VERBS: CueLists = { ar: list('سحب|سحبت|حذف|حذفت|صحح|صححت|الغى|الغت'), en: list('withdrew|withdrawn|deleted|removed|corrected|took down') };
export const STATEMENTS: CueLists = {
  ar: list('تصريح|تصريحات|بيان|منشور|تغريده|رقم|ارقام|خبر|تقرير|حصيله'),
  en: list('statement|statements|post|posts|tweet|tweets|report|figure|figures|claim|story|article'),
};

/** Before a source name: `بحسب وزارة الصحة`, `according to the ministry`, `citing police`. */
export const SOURCE_CUES: CueLists = {
  ar: list('بحسب|حسب|وفق|وفقا|طبقا|نقلا عن|اعتمادا على|استنادا الى|استنادا إلى|بناء على'),
  en: list('according to|citing'),
};

/** Words naming data between a source cue and the source: `بحسب إحصاءات وزارة الصحة`. */
export const DATA_NOUNS: CueLists = {
  ar: list('احصاءات|احصائيات|ارقام|بيانات|معطيات|تقديرات|حصيله|احصاء|بيان|تقرير'),
  en: list('figures|data|statistics|estimates|a statement by|a statement from|a report by|the'),
};

/** Relative day words resolved against the article's date. */
export const RELATIVE_DAYS: Record<string, number> = {
  امس: -1,
  البارحه: -1,
  اليوم: 0,
  yesterday: -1,
  today: 0,
};

/** Weekday names, Sunday = 0. */
export const WEEKDAYS: Record<string, number> = {
  الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** A date after these is when counting started, not the date of the figure. */
export const SINCE: CueLists = { ar: list('منذ|مطلع|بداية|بدايه|بدء'), en: list('since|from|starting') };

/** Words that are not nouns after a figure: prepositions, particles, adverbs, weekdays, months. */
export const FUNCTION_WORDS: CueLists = {
  ar: list(
    'في|من|الى|على|عن|مع|خلال|منذ|بعد|قبل|حتى|عند|لدى|حول|بين|ضد|نحو|جراء|بسبب|اثر|اثناء|وسط|داخل|خارج|قرب|امس|اليوم|الان|ايضا|فقط|تقريبا|حاليا|مؤخرا|ان|انه|انها|الذي|التي|الذين|كما|بينما|حيث|لكن|او|ثم|و|وقد|فقد|قد|لم|لن|لا|ما|هذا|هذه|ذلك|تلك|هناك|بعضهم|معظمهم|اغلبهم|اكثرهم|جميعهم|كلهم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|صباح|مساء|ليل|فجر|بحسب|حسب|وفق|وفقا',
  ),
  en: list(
    'in|on|at|during|after|before|since|until|by|for|from|with|without|across|near|amid|over|under|this|that|these|those|today|yesterday|and|or|but|who|which|when|while|as|according|to|the|a|an|of|so|far|last|so far|in all|overall|total|altogether|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|evening|night|said|says|say|told|reported|reports',
  ),
};
