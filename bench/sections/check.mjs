// Section "check": the whole-corpus command over ant-multisource (21,164 Arabic articles) as a
// child process, `corpus-review check <corpus> --format json --fail-on never`, beside two
// baselines timed in the same rounds: extraction alone (`extract --format jsonl` to /dev/null)
// and a Node child that only reads every file. Goal: check under 10 s and 1 GB peak RSS.
// The ratios to the baselines are steadier than the absolute times on a noisy machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles, MissingCorpusError } from '../lib/corpus.mjs';
import { fmt, mb, median, now } from '../lib/measure.mjs';
import { table } from '../lib/table.mjs';

export const name = 'check';
export const GOAL_SECONDS = 10;
export const GOAL_RSS = 1e9; // bytes
const MAX_ROUNDS = 3; // one check run takes ~10 s
const CORPUS = '../shared/corpora/ant-multisource'; // relative to the repository root
const GNU_TIME = '/usr/bin/time';
const RSS_BY_TIME = fs.existsSync(GNU_TIME);
// The read baseline: reads every file named in the list file argv[1], prints the bytes read.
const READER = "const fs = require('node:fs'); let n = 0; for (const f of fs.readFileSync(process.argv[1], 'utf8').split('\\n')) n += fs.readFileSync(f).length; process.stdout.write(String(n));";

/** The files `check` takes from a folder (src/core/corpus/discover.ts: **\/*.txt and **\/*.md). */
function corpusFiles(dir) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new MissingCorpusError(dir);
  const files = listFiles(dir, { recursive: true, pattern: /\.(txt|md)$/ });
  if (files.length === 0) throw new MissingCorpusError(dir, 'no .txt or .md file in it');
  return files;
}

function vmHwmKb(pid) {
  try { return Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0); } catch { return 0; }
}

/**
 * Runs `node ...args` in the repository root with stdout written to the file `out`. Resolves
 * { seconds (wall), peakRss (bytes) }: the child's maximum resident set, all threads included, from
 * GNU time (wait4 rusage, exact) when /usr/bin/time exists, else /proc/<pid>/status VmHWM polled
 * every 50 ms (may miss a peak in the last 50 ms).
 */
function runChild(ctx, tmp, args, out) {
  const rssFile = path.join(tmp, 'maxrss');
  const [cmd, argv] = RSS_BY_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args];
  const fd = fs.openSync(out, 'w');
  return new Promise((resolve, reject) => {
    const t0 = now();
    const child = spawn(cmd, argv, { cwd: ctx.root, stdio: ['ignore', fd, 'pipe'] });
    let hwmKb = 0;
    const poll = RSS_BY_TIME ? null : setInterval(() => { hwmKb = Math.max(hwmKb, vmHwmKb(child.pid)); }, 50);
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const seconds = now() - t0;
      clearInterval(poll);
      fs.closeSync(fd);
      if (code !== 0) { reject(new Error(`node ${args.join(' ').slice(0, 200)} exited with ${code ?? signal}: ${stderr.trim().slice(-500)}`)); return; }
      const kb = RSS_BY_TIME ? Number(fs.readFileSync(rssFile, 'utf8').trim()) : hwmKb;
      resolve({ seconds, peakRss: kb * 1024 });
    });
  });
}

export async function run(ctx) {
  const dir = path.resolve(ctx.root, CORPUS);
  const files = corpusFiles(dir);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const rounds = Math.min(ctx.rounds, MAX_ROUNDS);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-bench-check-'));
  const listFile = path.join(tmp, 'files.txt');
  fs.writeFileSync(listFile, files.join('\n'));
  const jobs = {
    read: { args: ['-e', READER, listFile], out: path.join(tmp, 'read.out') },
    extract: { args: ['dist/cli.js', 'extract', '--format', 'jsonl', CORPUS], out: '/dev/null' },
    check: { args: ['dist/cli.js', 'check', CORPUS, '--format', 'json', '--fail-on', 'never'], out: path.join(tmp, 'check.json') },
  };
  const names = Object.keys(jobs);
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  let counts = null;
  try {
    ctx.progress('check: warm-up read');
    await runChild(ctx, tmp, jobs.read.args, jobs.read.out); // untimed: fills the page cache
    for (let r = 0; r < rounds; r++) {
      for (const n of r % 2 ? [...names].reverse() : names) {
        ctx.progress(`check: round ${r + 1}/${rounds}, ${n}`);
        runs[n].push(await runChild(ctx, tmp, jobs[n].args, jobs[n].out));
        if (n === 'read') {
          const read = Number(fs.readFileSync(jobs.read.out, 'utf8'));
          if (read !== bytes) ctx.warn(`check: the read baseline read ${read} bytes, the corpus has ${bytes}`);
        } else if (n === 'check') {
          const j = JSON.parse(fs.readFileSync(jobs.check.out, 'utf8'));
          const c = { articles: j.articles.length, claims: j.claims.length, findings: j.findings.length, skipped: j.skipped.length };
          if (counts && JSON.stringify(c) !== JSON.stringify(counts)) ctx.warn(`check: counts changed between runs (${JSON.stringify(counts)} → ${JSON.stringify(c)})`);
          counts = c;
        }
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const m = Object.fromEntries(names.map((n) => {
    const seconds = runs[n].map((x) => x.seconds);
    const peakRss = Math.max(...runs[n].map((x) => x.peakRss));
    return [n, { seconds, median: median(seconds), mbps: mb(bytes) / median(seconds), peakRss }];
  }));
  const ratios = {
    checkToExtractTime: m.check.median / m.extract.median,
    checkToExtractRss: m.check.peakRss / m.extract.peakRss,
    checkToReadTime: m.check.median / m.read.median,
  };
  const timeOk = m.check.median < GOAL_SECONDS;
  const rssOk = m.check.peakRss > 0 && m.check.peakRss < GOAL_RSS;
  const pass = timeOk && rssOk;

  const rows = names.map((n) => [
    n,
    m[n].seconds.map((s) => fmt(s, 2)).join(' '),
    fmt(m[n].median, 2),
    fmt(m[n].mbps, 1),
    fmt(mb(m[n].peakRss), 0),
    `${fmt(m[n].median / m.read.median, 1)}×`,
    `${fmt(m[n].median / m.extract.median, 2)}×`,
  ]);
  const text = [
    `check — whole corpus as a child process, ${files.length} files, ${fmt(mb(bytes), 1)} MB (${CORPUS}); ${rounds} interleaved round(s) after an untimed read; MB = 10^6 bytes`,
    table(['command', 'wall s per run', 'median s', 'MB/s', 'peak RSS MB', 'time × read', 'time × extract'], rows),
    `  check: median ${fmt(m.check.median, 2)} s (goal < ${GOAL_SECONDS} s ${timeOk ? 'met' : 'MISSED'}), peak RSS ${fmt(mb(m.check.peakRss), 0)} MB (goal < ${fmt(mb(GOAL_RSS), 0)} MB ${rssOk ? 'met' : 'MISSED'}): ${pass ? 'PASS' : 'FAIL'}`,
    `  check / extract: ${fmt(ratios.checkToExtractTime, 2)}× the time, ${fmt(ratios.checkToExtractRss, 2)}× the peak RSS. JSON: ${counts.articles} articles, ${counts.claims} claims, ${counts.findings} findings, ${counts.skipped} skipped.`,
    `  check  = node dist/cli.js check ${CORPUS} --format json --fail-on never (stdout to a file)`,
    `  extract = node dist/cli.js extract --format jsonl ${CORPUS} > /dev/null;  read = node -e: fs.readFileSync of every file`,
    `  peak RSS: the child's max resident set, worker threads included (${RSS_BY_TIME ? 'GNU time %M' : '/proc/<pid>/status VmHWM polled every 50 ms'}), the maximum over the runs.`,
  ].join('\n');
  return {
    name,
    text,
    pass,
    data: {
      corpus: dir, files: files.length, bytes, rounds,
      goal: { seconds: GOAL_SECONDS, rssBytes: GOAL_RSS },
      rssMethod: RSS_BY_TIME ? 'gnu-time' : 'vmhwm-poll',
      ...m, ratios, counts,
    },
  };
}
