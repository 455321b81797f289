// NVIDIA NeMo (inverse) text-normalisation tests: spoken words → written form. ITN files are
// read as `input~expected`; the Arabic TN files the other way round. The written form is
// parsed into a number; the input must come out as one mention with that value.
import path from 'node:path';
import { readTildeLines } from '../load.mjs';
import { parseWritten } from '../values.mjs';
import { runWhole, noter } from './whole.mjs';

const AR_ITN = 'tests/nemo_text_processing/ar/data_inverse_text_normalization';
const AR_TN = 'tests/nemo_text_processing/ar/data_text_normalization';
const EN_ITN = 'tests/nemo_text_processing/en/data_inverse_text_normalization';

// kind: the mention kind required; percentOnly: measure lines other than percentages are skipped;
// noNumber: lines with no number in them (the input must yield no mention at all).
const FILES = [
  { id: 'nemo/ar/cardinal', file: `${AR_ITN}/test_cases_cardinal.txt` },
  { id: 'nemo/ar/decimal', file: `${AR_ITN}/test_cases_decimal.txt` },
  { id: 'nemo/ar/fraction', file: `${AR_ITN}/test_cases_fraction.txt` },
  { id: 'nemo/ar/percent', file: `${AR_ITN}/test_cases_measure.txt`, kind: 'percent', percentOnly: true },
  { id: 'nemo/ar/money', file: `${AR_ITN}/test_cases_money.txt`, kind: 'money' },
  { id: 'nemo/ar/no-number', file: `${AR_ITN}/test_cases_whitelist.txt`, noNumber: true },
  { id: 'nemo/ar-tn/cardinal', file: `${AR_TN}/test_cases_cardinal.txt`, tn: true },
  { id: 'nemo/ar-tn/decimal', file: `${AR_TN}/test_cases_decimal.txt`, tn: true },
  { id: 'nemo/ar-tn/fraction', file: `${AR_TN}/test_cases_fraction.txt`, tn: true },
  { id: 'nemo/ar-tn/percent', file: `${AR_TN}/test_cases_measure.txt`, tn: true, kind: 'percent', percentOnly: true },
  { id: 'nemo/ar-tn/money', file: `${AR_TN}/test_cases_money.txt`, tn: true, kind: 'money' },
  ...['cardinal', 'decimal', 'ordinal', 'money'].flatMap((k) => [
    { id: `nemo/en/${k}`, file: `${EN_ITN}/test_cases_${k}.txt`, kind: kindOf(k) },
    { id: `nemo/en/${k}-cased`, file: `${EN_ITN}/test_cases_${k}_cased.txt`, kind: kindOf(k) },
  ]),
];

function kindOf(k) {
  return k === 'ordinal' ? 'ordinal' : k === 'money' ? 'money' : undefined;
}

export const name = 'nemo';
export const aliases = [];
export const rowPrefix = name;

export function run({ externalRoot, recognize, exceptions }) {
  const base = path.join(externalRoot, 'nvidia-nemo-text-processing');
  return FILES.map((spec) => {
    const { notes, note } = noter();
    const [, langDir, kind] = spec.id.split('/');
    const lang = langDir.slice(0, 2);
    const records = readTildeLines(path.join(base, spec.file)).map(({ fields }) => toRecord(fields, spec, lang));
    const cases = runWhole(spec.id, lang, records, { recognize, exceptions, note });
    return { id: spec.id, source: 'NeMo', lang: langDir, kind, mode: 'whole', file: spec.file, cases, notes };
  });
}

function toRecord(fields, spec, lang) {
  const opts = { decimalComma: lang === 'ar' };
  const parse = (s) => parseWritten(s, opts);
  let input = fields[0];
  let written = fields.slice(1);
  // TN lines are `written~spoken`; the TN fraction file is written the ITN way round, so only
  // swap when the left side is the number.
  if (spec.tn && parse(fields[0]) !== null) {
    input = fields[1] ?? '';
    written = [fields[0]];
  }
  input = input.trim();
  if (spec.noNumber) {
    return { input, expectedLabel: 'no number', expect: { forbidKind: '*' } };
  }
  const label = written.join(' | ');
  if (spec.percentOnly && !written.some((w) => w.includes('%'))) {
    return { input, expectedLabel: label, skip: 'measure other than a percentage' };
  }
  const values = written.map(parse).filter((v) => v !== null);
  if (values.length === 0) return { input, expectedLabel: label, skip: 'expected form is not a number' };
  return { input, expectedLabel: label, expectedValue: values[0], expect: { kind: spec.kind, value: values } };
}
