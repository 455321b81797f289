// n2words fixtures (our JSON of upstream test/fixtures/*.js): generated number words → value.
// Cardinals, ordinals and currency amounts; each text is one whole number.
import path from 'node:path';
import { readJson } from '../load.mjs';
import { runWhole, noter } from './whole.mjs';

const FILES = [
  { lang: 'ar', file: 'ar-SA.json' },
  { lang: 'en', file: 'en-US.json' },
];
const KINDS = { cardinal: 'number', ordinal: 'ordinal', currency: 'money' };
const REQUIRED_KIND = { cardinal: undefined, ordinal: 'ordinal', currency: 'money' };

export const name = 'n2words';
export const aliases = [];
export const rowPrefix = name;

export function run({ externalRoot, recognize, exceptions }) {
  const base = path.join(externalRoot, 'forzagreen-n2words');
  return FILES.flatMap(({ lang, file }) => {
    const data = readJson(path.join(base, file));
    return Object.keys(KINDS).map((k) => {
      const id = `n2words/${lang}/${KINDS[k]}`;
      const { notes, note } = noter();
      const records = data.filter((r) => r.kind === k).map((r) => toRecord(r, k));
      const cases = runWhole(id, lang, records, { recognize, exceptions, note });
      return { id, source: 'n2words', lang, kind: KINDS[k], mode: 'whole', file, cases, notes };
    });
  });
}

function toRecord(r, k) {
  const exact = r.value_str ?? String(r.value);
  const value = Number(exact);
  const beyond = Math.abs(value) > Number.MAX_SAFE_INTEGER;
  return {
    input: r.text,
    expectedLabel: exact,
    expectedValue: value,
    expect: { kind: REQUIRED_KIND[k], value },
    note: beyond ? 'values beyond 2^53 (compared at double precision, relative 1e-9)' : undefined,
  };
}
