// Words that attribute and classify quotations, in lookup-key form (see `wordKey`).
import { wordKey } from '../text/normalize';

const keys = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(wordKey));

/** Speech verbs and their usual inflections (a leading و/ف is stripped before lookup). */
export const SPEECH_VERBS = keys(`
  قال قالت قالوا قلن يقول تقول يقولون قائلا قائله قائلة
  أضاف أضافت أضافوا يضيف تضيف مضيفا مضيفة
  أعلن أعلنت أعلنوا يعلن تعلن معلنا
  صرح صرحت صرحوا يصرح تصرح مصرحا
  أكد أكدت أكدوا يؤكد تؤكد مؤكدا مؤكدة
  أوضح أوضحت أوضحوا يوضح توضح موضحا
  ذكر ذكرت ذكروا يذكر تذكر
  وصف وصفت وصفوا يصف تصف واصفا واصفة
  تابع تابعت تابعوا يتابع
  أردف أردفت استطرد استطردت
  أشار أشارت يشير تشير مشيرا مشيرة
  شدد شددت يشدد مشددا لفت لفتت
  زعم زعمت ادعى ادعت نفى نفت حذر حذرت محذرا دعا دعت طالب طالبت
  اتهم اتهمت يتهم تتهم كتب كتبت غرد غردت نقل نقلت نقلا أصدر أصدرت أمر أمرت
  قدر قدرت قدروا أحصى أحصت وثق وثقت رصد رصدت
  said says say told tells added adds stated states declared announced explained noted confirmed estimated estimate estimates counted
  wrote tweeted warned insisted claimed argued continued replied asked urged
`);

/** Participles (واصفاً، مشيراً): their subject is the sentence's, the words after them are the object. */
export const PARTICIPLES = keys('قائلا قائله واصفا واصفه مضيفا مضيفه مشيرا مشيره مؤكدا مؤكده موضحا معلنا مصرحا محذرا مشددا نقلا');

/** Verbs that continue the previous speaker when they stand alone (`وأضاف:`). */
export const CONTINUATION_VERBS = keys('أضاف أضافت تابع تابعت أردف أردفت استطرد استطردت مضيفا added continued');

/** Attribution words that name the source after them (`بحسب X`, `according to X`). */
export const SOURCE_PREPOSITIONS = keys('بحسب حسب وفق وفقا طبقا');

/** `بحسب قولها`, `وفق تعبيره`: the source is the sentence's subject, a pronoun here. */
export const PRONOUN_SOURCES = keys('قوله قولها قولهم تعبيره تعبيرها تعبيرهم وصفه وصفها زعمه زعمها');

/** Nouns before a quoted name that make it a term: وكالة "سبوتنيك", the app "Telegram". */
export const NAME_CUES = keys(`
  وكالة وكالات برنامج تطبيق موقع شبكة قناة صحيفة مجلة عملية حملة منظمة حركة جماعة حزب شعار هاشتاغ
  وسم فندق مشروع كتاب فيلم مبادرة خطة تحالف تهمة بتهمة اسم باسم عنوان مصطلح
  program programme show app application agency network channel newspaper paper magazine operation
  campaign group party slogan hashtag website site book film charge charges term label codenamed dubbed called
  as titled named entitled المعروف المعروفة المسمى المسماة بعنوان يسمى تسمى
`);

/** Words that end a speaker phrase after the verb. */
export const SPEAKER_STOPS = keys(`
  إن أن ان إنه إنها أنه أنها إنهم أنهم في خلال يوم اليوم أمس مساء صباح على عبر بعد قبل منذ لدى عن الى إلى
  مع بشأن حول امام أمام لوكالة للتلفزيون لصحيفة لقناة للصحفيين لموقع لشبكة للصحافيين لوسائل للاعلام لرويترز
  الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت وهو وهي الذي التي الذين
  on in at during after before that to told from with about this last yesterday today
`);

/** Titles and roles before a name: the name after them is the speaker. */
export const TITLES = keys(`
  وزير وزيرة رئيس رئيسة نائب نائبة مساعد مساعدة المتحدث المتحدثة متحدث متحدثة الناطق الناطقة ناطق مدير مديرة
  زعيم زعيمة قائد قائدة السفير سفير سفيرة الأمين أمين مسؤول مسؤولة عمدة محافظ محافظة الاقتصادي الدبلوماسي
  الصحفي الصحفية الكاتب الكاتبة المحلل المحللة الخبير الخبيرة العقيد اللواء العميد الجنرال الشيخ الدكتور السيد السيدة
  المهندس المهندسة المعلم المعلمة الطبيب الطبيبة المحامي المحامية الأستاذ الأستاذة البروفيسور المزارع التاجر
  الرئيس الرئيسة الوزير الوزيرة النائب المدير المديرة الزعيم القائد المسؤول المسؤولة
  المقدم الرائد النقيب الملازم الفريق المشير العقيد
  باسم عضو عضوة الناشط الناشطة ناشط ناشطة الشاهد الشاهدة المواطن المواطنة
`);

/** Institutions heading a speaker phrase: `إدارة الرئيس قاسم توكاييف` speaks as a whole, not as the person named. */
export const INSTITUTIONS = keys(`
  إدارة وزارة مكتب حكومة رئاسة مجلس لجنة ديوان هيئة منظمة شركة وكالة سفارة قيادة جيش الجيش الحكومة الشرطة السلطات
  بيان متحدثة office ministry government department agency company committee council police army
`);

/** Pronoun subjects: `He said` names nobody; the previous speaker, when near, is meant. */
export const PRONOUNS = keys('he she they it we i you هو هي هم هن نحن أنا');

/** Media nouns that, glued to ل, end a speaker phrase (`وليد قاسم لإذاعة …`). */
export const MEDIA = keys('إذاعة وكالة صحيفة قناة تلفزيون التلفزيون موقع شبكة مجلة وسائل الصحفيين الصحافيين');

/** English adverbs between a subject and its verb (`Officials later said`). */
export const ADVERBS = keys('later also then earlier previously again separately further reportedly repeatedly');
