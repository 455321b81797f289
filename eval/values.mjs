// Turning upstream expected values into numbers.

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Recognizers-Text Resolution.value: "192", "1E-12", "-1.2732E+15", "20%". Null for
 * relative ordinals ("end-1", "current+1") and "null". */
export function parseRtValue(raw) {
  if (raw === null || raw === undefined) return null;
  const s = String(raw).trim().replace(/%$/, '');
  return NUMERIC.test(s) ? Number(s) : null;
}

const CODE = String.raw`(?:[a-z]{3}|\p{Script=Arabic}\.\p{Script=Arabic}\.?)`;
const CODE_BEFORE = new RegExp(String.raw`^${CODE}(?=[-.\d])`, 'iu');
const CODE_AFTER = new RegExp(String.raw`(?<=\d)${CODE}$`, 'iu');
const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * NeMo's written form: "9837", "-60.2400", ".1205", "$7.50", "€9", "7%", "%7", "09%",
 * "5.2 million", "₩460 billion", "1.69 billion yuan", "100th", "7 10/5", "1/2", "د.ك5", "aed1.2".
 * decimalComma: the Arabic TN files write "7,99" for 7.99. Returns null when it is not a number
 * ("zero", "one dollars", "9f").
 */
export function parseWritten(raw, { decimalComma = false } = {}) {
  let s = raw.trim().replace(/[$€£¥₩%]/gu, '').trim();
  s = decimalComma ? s.replace(/,/g, '.') : s.replace(/,/g, '');
  let m = /^(-?)(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (m) return (m[1] ? -1 : 1) * (Number(m[2]) + Number(m[3]) / Number(m[4]));
  m = /^(-?\d+)\/(\d+)$/.exec(s);
  if (m) return Number(m[1]) / Number(m[2]);
  m = /^(\d+)(?:st|nd|rd|th)$/i.exec(s);
  if (m) return Number(m[1]);
  // Currency codes glued to the number: "د.ك5", "5ر.س", "aed1.2".
  s = s.replace(CODE_BEFORE, '').replace(CODE_AFTER, '');
  m = /^(-?(?:\d+\.?\d*|\.\d+))(?:\s+(thousand|million|billion|trillion))?(?:\s+[a-z]+)?$/i.exec(s);
  if (m) return Number(m[1]) * (m[2] ? SCALES[m[2].toLowerCase()] : 1);
  return null;
}
