// Printing: the method note, the score table, the date check, the headline targets, notes,
// exclusions and (with --verbose) the first failures of every row.

export const METHOD = `\
How this is scored (eval/match.mjs)
  span match   exact = same [start,end); relaxed = overlap where one span contains the other
               (engine spans carry hedges, signs, currency/percent words and units, and drop
               one-letter proclitics). Upstream spans are found by their Text near Start.
  span suites  Recognizers-Text: R = expected spans recalled; P = in-kind predictions that
               relaxed-match an expectation (Number/Ordinal/Percent models, and negatives of
               every model: Results [] means nothing may be found); value acc = right value
               (rel. tol 1e-9; ordinal/percent/money/age models also need that kind) among
               recalled spans. Relative ordinals and value-less expectations are skipped.
  whole suites Duckling, NeMo, n2words: the text is one expression; a record passes when exactly
               one mention covers it (spacing, punctuation, a glued proclitic may stay out)
               with the expected value, kind (ordinal/money/percent) or interval (from/to,
               bound). Negative and latent records pass when nothing of the kind is found.
               R exact/relaxed = one mention covers the trimmed text exactly/essentially;
               value acc = records passing.
  dates        a date/time span is "read as count" when a quantity/percent/money mention
               overlaps it ("found as date/time": a date/time mention relaxed-matches it).
  exclusions   eval/exceptions.yaml (reviewed): excluded from scores, counted in "excl".`;

const pct = (r) => (r && r.d ? `${r.pct.toFixed(1)}` : '–');
const frac = (r) => (r && r.d ? `${r.pct.toFixed(1)} (${r.n}/${r.d})` : '–');

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i < 3 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printScores(rows) {
  const scored = rows.filter((r) => r.mode !== 'dates');
  const header = ['source', 'lang', 'kind', 'cases', 'excl', 'skip', 'NS', 'P', 'R exact', 'R relaxed', 'value acc', 'NS R rel', 'neg ok'];
  const body = scored.map((r) => {
    const m = r.metrics;
    return [r.source, r.lang, r.kind, m.cases, m.excludedCases + m.excludedItems, m.skipped,
      r.mode === 'spans' ? m.notSupportedCases : '–', pct(m.precision), pct(m.recallExact), pct(m.recallRelaxed),
      frac(m.valueAccuracy), r.mode === 'spans' ? pct(m.notSupportedRecallRelaxed) : '–', frac(m.negatives)];
  });
  console.log(table(header, body));
  console.log('  percentages; excl = excluded by review; skip = not scoreable (see notes); NS = cases flagged NotSupported upstream');
}

export function printDates(rows) {
  const dates = rows.filter((r) => r.mode === 'dates');
  if (!dates.length) return;
  console.log('\nDates read as counts (lower is better)');
  const header = ['source', 'lang', 'kind', 'cases', 'excl', 'skip', 'date spans', 'read as count', 'found as date/time'];
  console.log(table(header, dates.map((r) => {
    const m = r.metrics;
    return [r.source, r.lang, r.kind, m.cases, m.excludedCases, m.skipped, m.spans, frac(m.readAsCount), frac(m.foundAsDate)];
  })));
}

export const TARGETS = [
  { row: 'duckling/ar/number', metric: 'valueAccuracy', min: 95, label: 'Duckling Numeral-AR value accuracy' },
  { row: 'duckling/en/number', metric: 'valueAccuracy', min: 95, label: 'Duckling Numeral-EN value accuracy' },
  { row: 'rt/ar/number', metric: 'recallRelaxed', min: 90, label: 'RT Arabic NumberModel span recall (relaxed)' },
  { row: 'rt/en/number', metric: 'recallRelaxed', min: 95, label: 'RT English NumberModel span recall (relaxed)' },
];

export function checkTargets(rows) {
  return TARGETS.map((t) => {
    const row = rows.find((r) => r.id === t.row);
    const r = row?.metrics[t.metric];
    const status = !row ? 'SKIPPED' : r?.d && r.pct >= t.min ? 'PASS' : 'FAIL';
    return { ...t, status, value: r?.pct ?? null, n: r?.n ?? null, d: r?.d ?? null };
  });
}

export function printTargets(results) {
  console.log('\nHeadline targets');
  for (const t of results) {
    const got = t.value === null ? 'not run' : `${t.value.toFixed(1)}% (${t.n}/${t.d})`;
    console.log(`  ${t.status.padEnd(7)} ${t.label} ≥ ${t.min}%: ${got}`);
  }
}

export function printNotes(rows, exclusions, unused, engineStats) {
  const lines = [];
  for (const r of rows) {
    for (const [k, n] of Object.entries(r.notes)) lines.push(`  ${r.id}: ${k}: ${n}`);
  }
  if (lines.length) console.log(`\nNotes\n${lines.join('\n')}`);
  console.log(`\nexcluded by review: ${exclusions.length}` +
    (exclusions.length ? ` (${Object.entries(countBy(exclusions, (e) => e.suite)).map(([s, n]) => `${s} ${n}`).join(', ')})` : ''));
  for (const u of unused) console.log(`  warning: exception matched nothing: [${u.suite}] ${JSON.stringify(u.input)}`);
  const s = engineStats;
  console.log(`engine: ${s.calls} calls, ${s.threw} threw, ${s.contractViolations} mention(s) breaking the contract (text ≠ input.slice(start, end) or bad offsets)`);
}

function countBy(list, key) {
  const out = {};
  for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

const show = (m) => `${JSON.stringify(m.text)} ${m.kind} ${m.value}` +
  (m.low !== m.value || m.high !== m.value ? ` [${m.low}, ${m.high}]` : '');

export function printFailures(rows, limit = 25) {
  for (const r of rows) {
    const failed = r.cases.filter((c) => !c.excluded && !c.skipped && !c.pass);
    if (!failed.length) continue;
    console.log(`\n${r.id}: ${failed.length} failing case(s)${failed.length > limit ? `, first ${limit}` : ''}`);
    for (const c of failed.slice(0, limit)) {
      console.log(`  ✗ ${JSON.stringify(c.input)} — ${c.reason}`);
      if (r.mode === 'spans') {
        for (const e of c.expected) {
          const v = e.valueOk === null || e.status === 'missed' ? '' : e.valueOk ? ', value ok' : ', value wrong';
          console.log(`      want ${JSON.stringify(e.text)} = ${e.raw} (${e.status}${v}${e.inactive ? `: ${e.inactive}` : ''})`);
        }
        c.predictions.forEach((p, i) => console.log(`      got  ${show(p)} (${c.roles[i]})`));
      } else if (r.mode === 'whole') {
        console.log(`      want ${c.expected}; got ${c.predictions.length ? c.predictions.map(show).join(' | ') : 'nothing'}`);
      } else {
        for (const s of c.spans.filter((x) => x.readAsCount.length)) {
          console.log(`      date ${JSON.stringify(s.text)} read as ${s.readAsCount.map(show).join(' | ')}`);
        }
      }
    }
  }
}
