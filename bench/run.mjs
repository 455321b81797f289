#!/usr/bin/env node
// Corpus Review benchmark (not a test): `npm run bench` = build, then
// `node --expose-gc bench/run.mjs [--rounds N] [--only a,b] [--core path/to/core.js] [--strict]`.
//
// Sections run in order; each is a module under bench/sections/ exporting
//   name: string
//   run(ctx): Promise<{ name, text, pass: boolean, data: object }>
// `text` is printed, `data` goes into bench/results/latest.json under sections[name].
// To add a section, write bench/sections/<name>.mjs with that shape and append it to SECTIONS
// below; the shared helpers are in bench/lib/.
//
// Exit status: 0 (a benchmark reports, it does not fail), 1 with --strict when a goal is missed,
// 2 when a required corpus is absent or the arguments are wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MissingCorpusError } from './lib/corpus.mjs';
import { hasGc, mb, fmt, peakRss } from './lib/measure.mjs';
import * as throughput from './sections/throughput.mjs';
import * as scaling from './sections/scaling.mjs';
import * as check from './sections/check.mjs';
import * as incremental from './sections/incremental.mjs';

const SECTIONS = [throughput, scaling, check, incremental];

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

function usage(msg) {
  process.stderr.write(`bench: ${msg}\nusage: node --expose-gc bench/run.mjs [--rounds N] [--only ${SECTIONS.map((s) => s.name).join(',')}] [--core file] [--strict] [--scaling-timeout s]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { rounds: 5, only: null, core: path.join(root, 'dist/core.js'), strict: false, scalingReps: 5, scalingTimeout: 60 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--rounds') o.rounds = Number(val());
    else if (a === '--only') o.only = val().split(',');
    else if (a === '--core') o.core = path.resolve(val());
    else if (a === '--strict') o.strict = true;
    else if (a === '--scaling-timeout') o.scalingTimeout = Number(val());
    else usage(`unknown argument ${a}`);
  }
  if (!Number.isInteger(o.rounds) || o.rounds < 1) usage('--rounds must be a positive integer');
  if (!(o.scalingTimeout > 0)) usage('--scaling-timeout must be a positive number of seconds');
  for (const n of o.only ?? []) if (!SECTIONS.some((s) => s.name === n)) usage(`no section "${n}"`);
  return o;
}

const opts = parseArgs(process.argv.slice(2));
if (!fs.existsSync(opts.core)) usage(`${path.relative(process.cwd(), opts.core)} not found; run \`npm run build\` first`);
const { recognizeNumbers } = createRequire(import.meta.url)(opts.core);
if (typeof recognizeNumbers !== 'function') usage(`${opts.core} does not export recognizeNumbers`);

const cpus = os.cpus();
const header = `corpus-review bench — node ${process.version}, ${os.platform()}/${os.arch()}, ${cpus.length}× ${cpus[0]?.model?.trim() ?? '?'}, core ${path.relative(root, opts.core)}`;
console.log(header);
const loadStart = os.loadavg()[0];
if (loadStart > 0.5) console.log(`  note: load average ${loadStart.toFixed(2)} at start on ${cpus.length} cores: something else is running, expect slower and noisier numbers`);
if (!hasGc) console.log('  note: run with --expose-gc (npm run bench does) so garbage is collected between passes');

const ctx = {
  root,
  corePath: opts.core,
  recognizeNumbers,
  rounds: opts.rounds,
  scalingReps: opts.scalingReps,
  scalingTimeout: opts.scalingTimeout,
  warn: (m) => console.log(`  warning: ${m}`),
  progress: (m) => { if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${m}`); },
};

const report = {
  version: 1,
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()}/${os.arch()}`,
  cpus: cpus.length,
  cpuModel: cpus[0]?.model?.trim() ?? null,
  core: path.relative(root, opts.core),
  gcExposed: hasGc,
  loadAverage: { start: loadStart, end: null },
  sections: {},
  pass: true,
};

for (const section of SECTIONS) {
  if (opts.only && !opts.only.includes(section.name)) continue;
  let r;
  try {
    r = await section.run(ctx);
  } catch (e) {
    if (e instanceof MissingCorpusError) {
      ctx.progress('');
      process.stderr.write(`bench: ${e.message}\n  the ${section.name} section needs it; expected next to the repository (../shared/corpora/).\n`);
      process.exit(2);
    }
    throw e;
  }
  ctx.progress('');
  console.log(`\n${r.text}`);
  report.sections[r.name] = { pass: r.pass, ...r.data };
  report.pass &&= r.pass;
}

report.peakRss = peakRss();
report.loadAverage.end = os.loadavg()[0];
const outDir = path.join(here, 'results');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`\n${report.pass ? 'PASS' : 'FAIL'} — ${Object.entries(report.sections).map(([k, v]) => `${k} ${v.pass ? 'PASS' : 'FAIL'}`).join(', ')}; peak RSS ${fmt(mb(report.peakRss), 0)} MB; load ${fmt(loadStart, 2)} → ${fmt(report.loadAverage.end, 2)}; wrote ${path.relative(process.cwd(), path.join(outDir, 'latest.json'))}`);
if (opts.strict && !report.pass) process.exitCode = 1;
