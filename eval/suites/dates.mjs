// Dates must not be read as counts. Date spans come from Recognizers-Text DateExtractor specs
// and from Duckling's Arabic Time corpus (whole text = one date/time expression). A span is an
// error when a mention of kind quantity, percent or money overlaps it. For context it also
// counts the spans the engine found as a date or time (relaxed match).
import path from 'node:path';
import { readJson } from '../load.mjs';
import { overlaps, relation } from '../match.mjs';
import { compactMention } from '../engine.mjs';
import { expectation } from './recognizers-text.mjs';

const COUNT_KINDS = ['quantity', 'percent', 'money'];

const SOURCES = [
  { id: 'dates/rt/ar', source: 'Recognizers-Text', lang: 'ar', file: 'microsoft-recognizers-text/Specs/DateTime/Arabic/DateExtractor.json', rt: true },
  { id: 'dates/rt/en', source: 'Recognizers-Text', lang: 'en', file: 'microsoft-recognizers-text/Specs/DateTime/English/DateExtractor.json', rt: true },
  { id: 'dates/duckling/ar', source: 'Duckling', lang: 'ar', file: 'facebook-duckling/Time-AR-Corpus.json', rt: false },
];

export const name = 'dates';
export const aliases = ['date'];
export const rowPrefix = name;

export function run({ externalRoot, recognize, exceptions }) {
  return SOURCES.map((spec) => {
    const notes = {};
    const note = (k) => { notes[k] = (notes[k] ?? 0) + 1; };
    const data = readJson(path.join(externalRoot, spec.file));
    const cases = data.map((c) => {
      const input = spec.rt ? c.Input : c.text;
      const ex = exceptions.caseExclusion(spec.id, input);
      if (ex) return { input, excluded: ex.reason };
      const spans = spec.rt ? rtSpans(c, input, note) : ducklingSpans(c, input);
      if (spans.length === 0) {
        note(spec.rt ? 'skipped: no date in the input (negative case)' : 'skipped: negative record (not a time)');
        return { input, excluded: null, skipped: 'no date span' };
      }
      const { mentions, error } = recognize(input, spec.lang);
      const checked = spans.map((s) => {
        const counts = mentions.filter((m) => COUNT_KINDS.includes(m.kind) && overlaps(m, s));
        const asDate = mentions.some((m) => (m.kind === 'date' || m.kind === 'time') && relation(m, s) !== null);
        return { ...s, readAsCount: counts.map(compactMention), foundAsDate: asDate };
      });
      const bad = checked.filter((s) => s.readAsCount.length > 0).length;
      return {
        input,
        excluded: null,
        notSupported: c.NotSupported ?? null,
        spans: checked,
        predictions: mentions.map(compactMention),
        pass: !error && bad === 0,
        reason: error ?? (bad ? `${bad} date span(s) read as count` : null),
      };
    });
    return { id: spec.id, source: spec.source, lang: spec.lang, kind: 'date', mode: 'dates', file: spec.file, cases, notes };
  });
}

function rtSpans(c, input, note) {
  return c.Results.map((r) => expectation(input, r, { lengthField: true }))
    .filter((e) => {
      if (e.located === 'offsets') note('date span located by offsets (Text not in Input)');
      if (e.located === 'unlocatable') note('date span skipped: not locatable');
      return e.located !== 'unlocatable';
    })
    .map(({ text, start, end }) => ({ text, start, end }));
}

function ducklingSpans(r, input) {
  if (r.negative) return [];
  const start = input.length - input.trimStart().length;
  const end = input.trimEnd().length;
  return start < end ? [{ text: input.trim(), start, end }] : [];
}
