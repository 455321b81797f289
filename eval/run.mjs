#!/usr/bin/env node
// `npm run eval`: scores the recogniser (dist/core.js, or $CORPUS_REVIEW_CORE) against the
// external suites in ../shared/external. Usage: node eval/run.mjs [--suite NAME]… [--verbose]
// NAME is a suite (recognizers-text|rt, duckling, nemo, n2words, dates) or a row prefix such as
// rt/ar or duckling/en/number. Exit 0 after a measurement (whether or not targets are met),
// 2 on harness or usage errors.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError, externalDir } from './load.mjs';
import { loadEngine } from './engine.mjs';
import { loadExceptions } from './exceptions.mjs';
import { rowMetrics } from './metrics.mjs';
import { METHOD, printScores, printDates, checkTargets, printTargets, printNotes, printFailures } from './report.mjs';
import * as recognizersText from './suites/recognizers-text.mjs';
import * as duckling from './suites/duckling.mjs';
import * as nemo from './suites/nemo.mjs';
import * as n2words from './suites/n2words.mjs';
import * as dates from './suites/dates.mjs';

const SUITES = [recognizersText, duckling, nemo, n2words, dates];
const evalDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(evalDir, '..');

function parseArgs(argv) {
  const opts = { verbose: false, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--suite') {
      if (!argv[i + 1]) throw new HarnessError('--suite needs a NAME');
      opts.filters.push(...argv[++i].split(',').filter(Boolean));
    } else if (a.startsWith('--suite=')) opts.filters.push(...a.slice(8).split(',').filter(Boolean));
    else if (a === '--help' || a === '-h') {
      console.log('usage: node eval/run.mjs [--suite NAME]… [--verbose]\n' +
        `  NAME: ${SUITES.map((s) => [s.name, ...s.aliases].join('|')).join(', ')}, or a row prefix like rt/ar`);
      process.exit(0);
    } else throw new HarnessError(`unknown argument ${a} (try --help)`);
  }
  return opts;
}

/** Which suites run, and which of their rows are kept. Row ids start with the suite's id
 * prefix (rt/, duckling/, nemo/, n2words/, dates/); names and aliases map onto it. */
function selection(filters) {
  const prefixOf = (s) => s.rowPrefix;
  const normalise = (f) => {
    for (const s of SUITES) {
      for (const n of [s.name, ...s.aliases]) {
        if (f === n) return prefixOf(s);
        if (f.startsWith(`${n}/`)) return prefixOf(s) + f.slice(n.length);
      }
    }
    return null;
  };
  const wanted = filters.map((f) => {
    const n = normalise(f);
    if (!n) throw new HarnessError(`unknown suite ${f} (try --help)`);
    return n;
  });
  return SUITES
    .filter((s) => !wanted.length || wanted.some((w) => w.split('/')[0] === prefixOf(s)))
    .map((suite) => ({
      suite,
      keepRow: (id) => !wanted.length || wanted.some((w) => id === w || id.startsWith(`${w}/`) ||
        (w.includes('/') && id.startsWith(w))),
    }));
}

function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const picked = selection(opts.filters);
  const externalRoot = externalDir(repoRoot);
  if (!fs.existsSync(externalRoot)) {
    throw new HarnessError(`the external suites are not there: ${externalRoot} is missing ` +
      '(expected ../shared/external next to the repository)');
  }
  const engine = loadEngine();
  const exceptions = loadExceptions(path.join(evalDir, 'exceptions.yaml'));
  const ctx = { externalRoot, recognize: engine.recognize, exceptions };

  const rows = [];
  for (const { suite, keepRow } of picked) {
    for (const row of suite.run(ctx)) if (keepRow(row.id)) rows.push({ ...row, metrics: null });
  }
  for (const row of rows) row.metrics = rowMetrics(row);

  const exclusions = rows.flatMap((r) => r.cases.flatMap((c) => [
    ...(c.excluded ? [{ suite: r.id, input: c.input, reason: c.excluded }] : []),
    ...(c.expected && Array.isArray(c.expected) ? c.expected.filter((e) => e.excludedByReview)
      .map((e) => ({ suite: r.id, input: c.input, expected: e.text, reason: e.inactive })) : []),
  ]));
  const ran = (suiteId) => rows.some((r) => r.id === suiteId || r.id.startsWith(`${suiteId}/`));
  const unused = exceptions.unused(ran);
  const targets = checkTargets(rows);

  console.log(`Corpus Review eval — engine ${engine.target}\n`);
  console.log(METHOD);
  console.log('');
  printScores(rows);
  printDates(rows);
  printTargets(targets);
  printNotes(rows, exclusions, unused, engine.stats);
  if (opts.verbose) printFailures(rows);

  const elapsedMs = Date.now() - started;
  const out = path.join(evalDir, 'results', 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({
    version: 1,
    generatedAt: new Date().toISOString(),
    engine: engine.target,
    elapsedMs,
    method: METHOD,
    filters: opts.filters,
    targets,
    engineStats: engine.stats,
    excludedByReview: exclusions,
    unusedExceptions: unused.map(({ suite, input, expected, reason }) => ({ suite, input, expected, reason })),
    rows: rows.map((r) => ({
      id: r.id, source: r.source, lang: r.lang, kind: r.kind, mode: r.mode, file: r.file,
      metrics: r.metrics, notes: r.notes,
      failures: r.cases.filter((c) => !c.excluded && !c.skipped && !c.pass).map((c) => c.input),
      cases: r.cases,
    })),
  }, null, 1));
  console.log(`\nfull results: ${path.relative(process.cwd(), out)} (${(elapsedMs / 1000).toFixed(1)} s)` +
    (opts.verbose ? '' : '; --verbose lists the first 25 failures per suite'));
}

try {
  main();
} catch (err) {
  if (err instanceof HarnessError) {
    console.error(`eval: ${err.message}`);
  } else {
    console.error(`eval: harness error: ${err && err.stack ? err.stack : err}`);
  }
  process.exit(2);
}
