// Stress inputs for the "scaling" section. Keep in step with STRESS in
// test/unit/robustness.test.ts (same names, items and full sizes): the test proves the
// recogniser survives these inputs with its invariants intact; the bench times them.
//
// Each generator repeats its items (cycling through them) `n` times. `fullN` is the size the
// test uses as its "4n" (and the brief's fixed stress size); the bench starts from fullN/8.

/** Repeat `items` cyclically until there are `n` of them, joined with nothing. */
export function cycle(items, n) {
  const whole = items.join('');
  const k = Math.floor(n / items.length);
  return whole.repeat(k) + items.slice(0, n - k * items.length).join('');
}

export const STRESS = [
  // The five inputs of the brief.
  { name: 'digits', what: 'one line of digits (10 MB)', items: '1234567890'.split(''), fullN: 10_000_000, numberFree: false },
  { name: 'quotes', what: '100,000 quote marks', items: ['"', '“', '”', '«', '»', '„', '‹', '›', "'", '‘', '’'], fullN: 100_000, numberFree: true },
  { name: 'alf-wa', what: '“ألف و ” repeated (≈1 MB)', items: ['ألف و '], fullN: 100_000, numberFree: false },
  { name: 'spaces', what: '1 MB of spaces', items: [' '], fullN: 1_000_000, numberFree: true },
  { name: 'percent', what: '200,000 %', items: ['%'], fullN: 200_000, numberFree: true },
  // Extra adversarial inputs for a number recogniser.
  { name: 'comma-chain', what: '"1," repeated: one endless digit group', items: ['1,'], fullN: 500_000, numberFree: false },
  { name: 'spaced-digits', what: '"1 " repeated: space-grouped digits', items: ['1 '], fullN: 500_000, numberFree: false },
  { name: 'lines', what: 'a figure on every line, LF, CRLF and CR', items: ['قتل 5 أشخاص\n', 'ارتفع ٧٪\r\n', 'about 3 million\r'], fullN: 60_000, numberFree: false },
  { name: 'hedge-chain', what: '"أكثر من " repeated, no figure', items: ['أكثر من '], fullN: 100_000, numberFree: false },
  { name: 'word-chain', what: '"ثلاث مئة ألف مليون " repeated', items: ['ثلاث ', 'مئة ', 'ألف ', 'مليون '], fullN: 200_000, numberFree: false },
];

export function makeStress(gen, n) {
  return cycle(gen.items, n);
}
