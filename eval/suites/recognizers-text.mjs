// Microsoft Recognizers-Text specs: every number (ordinal, percent, money, age) of each input
// with its span; `Results: []` cases are negatives. Scored by span precision/recall and value.
import path from 'node:path';
import { readJson } from '../load.mjs';
import { locateText, spanFromOffsets, scoreSpans } from '../match.mjs';
import { parseRtValue } from '../values.mjs';
import { compactMention } from '../engine.mjs';

const COUNT_KINDS = ['quantity', 'percent', 'money', 'duration', 'age'];

// fpKinds: which predictions are false positives when they match no expectation. The Number,
// Ordinal and Percent models list every such figure of the input; the Currency and Age models
// are only checked for false positives on their negative cases.
const FILES = [
  { id: 'rt/ar/number', file: 'Specs/Number/Arabic/NumberModel.json', fpKinds: COUNT_KINDS, valueKind: null },
  { id: 'rt/ar/ordinal', file: 'Specs/Number/Arabic/OrdinalModel.json', fpKinds: ['ordinal'], valueKind: 'ordinal' },
  { id: 'rt/ar/percent', file: 'Specs/Number/Arabic/PercentModel.json', fpKinds: ['percent'], valueKind: 'percent' },
  { id: 'rt/ar/money', file: 'unmerged-pr-3140/Specs/NumberWithUnit/Arabic/CurrencyModel.json', fpKinds: ['money'], negativesOnly: true, valueKind: 'money' },
  { id: 'rt/en/number', file: 'Specs/Number/English/NumberModel.json', fpKinds: COUNT_KINDS, valueKind: null },
  { id: 'rt/en/ordinal', file: 'Specs/Number/English/OrdinalModel.json', fpKinds: ['ordinal'], valueKind: 'ordinal' },
  { id: 'rt/en/percent', file: 'Specs/Number/English/PercentModel.json', fpKinds: ['percent'], valueKind: 'percent' },
  { id: 'rt/en/money', file: 'Specs/NumberWithUnit/English/CurrencyModel.json', fpKinds: ['money'], negativesOnly: true, valueKind: 'money' },
  { id: 'rt/en/age', file: 'Specs/NumberWithUnit/English/AgeModel.json', fpKinds: ['age'], negativesOnly: true, valueKind: 'age' },
];

export const name = 'recognizers-text';
export const aliases = ['rt'];
export const rowPrefix = 'rt';

export function run({ externalRoot, recognize, exceptions }) {
  const base = path.join(externalRoot, 'microsoft-recognizers-text');
  return FILES.map((spec) => {
    const [, lang, kind] = spec.id.split('/');
    const data = readJson(path.join(base, spec.file));
    const notes = {};
    const note = (k) => { notes[k] = (notes[k] ?? 0) + 1; };
    const cases = data.map((c) => scoreCase(spec, lang, c, { recognize, exceptions, note }));
    return { id: spec.id, source: 'Recognizers-Text', lang, kind, mode: 'spans', file: spec.file, cases, notes,
      precisionCounted: !spec.negativesOnly };
  });
}

/** One Results entry → an expectation with a located span and a numeric value (or inactive). */
export function expectation(input, r, { lengthField = false } = {}) {
  const endEx = lengthField ? r.Start + r.Length : r.End + 1;
  const span = locateText(input, r.Text ?? '', r.Start ?? 0) ??
    (Number.isInteger(r.Start) ? spanFromOffsets(input, r.Start, endEx) : null);
  const raw = r.Resolution?.value ?? null;
  return {
    text: r.Text,
    type: r.TypeName ?? r.Type,
    raw,
    value: parseRtValue(raw),
    start: span?.start ?? -1,
    end: span?.end ?? -1,
    located: span?.how ?? 'unlocatable',
  };
}

function scoreCase(spec, lang, c, { recognize, exceptions, note }) {
  const input = c.Input;
  const base = { input, notSupported: c.NotSupported ?? null, negative: c.Results.length === 0 };
  const whole = exceptions.caseExclusion(spec.id, input);
  if (whole) return { ...base, excluded: whole.reason };
  const expected = c.Results.map((r) => {
    const e = expectation(input, r);
    const ex = exceptions.itemExclusion(spec.id, input, e);
    if (ex) return { ...e, inactive: `excluded by review: ${ex.reason}`, excludedByReview: true };
    if (e.located === 'offsets') note('expected span located by offsets (Text not in Input)');
    if (e.located === 'unlocatable') { note('expectation skipped: span not locatable'); return { ...e, inactive: 'span not locatable' }; }
    if (e.value === null) {
      const why = /^(end|current)[+-]/.test(String(e.raw)) ? 'relative ordinal' : 'no numeric value';
      note(`expectation skipped: ${why}`);
      return { ...e, inactive: why };
    }
    return e;
  });
  const { mentions, error } = recognize(input, lang);
  const fpKinds = spec.negativesOnly && !base.negative ? null : spec.fpKinds;
  const scored = scoreSpans(expected, mentions, { fpKinds, valueKind: spec.valueKind });
  const missed = scored.items.filter((e) => e.status === 'missed').length;
  const wrongValue = scored.items.filter((e) => e.valueOk === false && e.status !== 'missed').length;
  const reasons = [];
  if (error) reasons.push(error);
  if (missed) reasons.push(`${missed} missed`);
  if (wrongValue) reasons.push(`${wrongValue} wrong value`);
  if (scored.fp) reasons.push(`${scored.fp} false positive`);
  return {
    ...base,
    excluded: null,
    excludedItems: expected.filter((e) => e.excludedByReview).length,
    expected: scored.items,
    predictions: mentions.map(compactMention),
    roles: scored.roles,
    tp: scored.tp,
    fp: scored.fp,
    pass: reasons.length === 0,
    reason: reasons.join('; ') || null,
  };
}
