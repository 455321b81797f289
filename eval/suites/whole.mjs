// Shared runner for whole-string suites (Duckling, NeMo, n2words): each record is one input
// that must come out as one mention with the expected value. Scored pass/fail per record.
import { judgeWhole } from '../match.mjs';
import { compactMention } from '../engine.mjs';

/**
 * records: [{ input, expect (see judgeWhole), expectedLabel, skip?: reason, note?: string }]
 * Returns the case list of one row.
 */
export function runWhole(id, lang, records, { recognize, exceptions, note }) {
  return records.map((r) => {
    const base = { input: r.input, expected: r.expectedLabel };
    if (r.note) note(r.note);
    const whole = exceptions.caseExclusion(id, r.input);
    if (whole) return { ...base, excluded: whole.reason };
    const item = exceptions.itemExclusion(id, r.input, { text: r.expectedLabel, raw: r.expectedLabel, value: r.expectedValue });
    if (item) return { ...base, excluded: item.reason };
    if (r.skip) {
      note(`skipped: ${r.skip}`);
      return { ...base, excluded: null, skipped: r.skip };
    }
    const { mentions, error } = recognize(r.input, lang);
    const verdict = error ? { pass: false, reason: error, cover: false, exact: false } : judgeWhole(r.input, mentions, r.expect);
    return { ...base, excluded: null, predictions: mentions.map(compactMention), ...verdict };
  });
}

export function noter() {
  const notes = {};
  return { notes, note: (k) => { notes[k] = (notes[k] ?? 0) + 1; } };
}
