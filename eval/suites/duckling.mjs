// Duckling corpora (our JSON of upstream Corpus.hs): numerals, ordinals and amounts of money.
// Each text is the whole input; exactly one mention must cover it with the expected value.
import path from 'node:path';
import { readJson } from '../load.mjs';
import { runWhole, noter } from './whole.mjs';

const FILES = [
  { id: 'duckling/ar/number', file: 'Numeral-AR-Corpus.json', lang: 'ar' },
  { id: 'duckling/ar-eg/number', file: 'Numeral-AR-EG-Corpus.json', lang: 'ar' },
  { id: 'duckling/en/number', file: 'Numeral-EN-Corpus.json', lang: 'en' },
  { id: 'duckling/fa/number', file: 'Numeral-FA-Corpus.digits-only.json', lang: undefined },
  { id: 'duckling/ar/ordinal', file: 'Ordinal-AR-Corpus.json', lang: 'ar', kind: 'ordinal' },
  { id: 'duckling/en/ordinal', file: 'Ordinal-EN-Corpus.json', lang: 'en', kind: 'ordinal' },
  { id: 'duckling/ar/money', file: 'AmountOfMoney-AR-Corpus.json', lang: 'ar', kind: 'money' },
  { id: 'duckling/en/money', file: 'AmountOfMoney-EN-Corpus.json', lang: 'en', kind: 'money' },
];

export const name = 'duckling';
export const aliases = [];
export const rowPrefix = name;

export function run({ externalRoot, recognize, exceptions }) {
  const base = path.join(externalRoot, 'facebook-duckling');
  return FILES.map((spec) => {
    const { notes, note } = noter();
    const records = readJson(path.join(base, spec.file)).map((r) => toRecord(r, spec));
    const cases = runWhole(spec.id, spec.lang, records, { recognize, exceptions, note });
    const [, lang, kind] = spec.id.split('/');
    return { id: spec.id, source: 'Duckling', lang, kind, mode: 'whole', file: spec.file, cases, notes };
  });
}

function toRecord(r, spec) {
  const input = r.text;
  if (r.negative) {
    return { input, expectedLabel: `no ${spec.kind ?? 'number'}`, expect: { forbidKind: spec.kind ?? 'quantity' }, note: 'negative records (nothing of the kind may be found)' };
  }
  if (r.latent) {
    return { input, expectedLabel: 'not money (latent)', expect: { forbidKind: 'money' }, note: 'latent records (must not be money)' };
  }
  if (r.from !== undefined || r.to !== undefined) {
    const low = r.from ?? null;
    const high = r.to ?? null;
    return { input, expectedLabel: `[${low}, ${high}]`, expect: { kind: spec.kind, interval: true, low, high } };
  }
  // Duckling gives cents in their own unit ("10 cents" = Cent 10); accept 10 or 0.10.
  const value = r.unit === 'Cent' ? [r.value, r.value / 100] : r.value;
  return { input, expectedLabel: String(r.value) + (r.unit === 'Cent' ? ' cents' : ''), expectedValue: r.value, expect: { kind: spec.kind, value } };
}
