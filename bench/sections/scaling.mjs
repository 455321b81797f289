// Section "scaling": the stress inputs of test/unit/robustness.test.ts, each timed at n and 8n.
// A linear recogniser gives a ratio near 8; PASS below 16. Each generator runs in its own worker
// thread with a deadline, so a quadratic blow-up is reported as FAIL (timeout) instead of hanging.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { STRESS } from '../lib/stress.mjs';
import { fmt, median } from '../lib/measure.mjs';
import { table } from '../lib/table.mjs';

export const name = 'scaling';
export const LIMIT = 16;

const WORKER = fileURLToPath(new URL('./scaling-worker.mjs', import.meta.url));

function runGenerator(ctx, gen) {
  return new Promise((resolve) => {
    const w = new Worker(WORKER, {
      workerData: { corePath: ctx.corePath, name: gen.name, reps: ctx.scalingReps, minSeconds: 0.05, maxChars: 32_000_000 },
    });
    let n = null;
    let tn = null;
    const timer = setTimeout(() => {
      w.terminate();
      resolve({ generator: gen.name, what: gen.what, n, error: `timeout after ${ctx.scalingTimeout} s${tn !== null ? ` (one run at n took ${fmt(tn * 1000, 0)} ms)` : ''}`, pass: false });
    }, ctx.scalingTimeout * 1000);
    w.on('message', (m) => {
      if (!m.done) { n = m.n; tn = m.tn; return; }
      clearTimeout(timer);
      const a = median(m.secondsN);
      const b = median(m.seconds8N);
      const ratio = b / a;
      resolve({ generator: gen.name, what: gen.what, n: m.n, chars: m.chars, secondsN: m.secondsN, seconds8N: m.seconds8N, medianN: a, median8N: b, ratio, mentions: m.mentions, pass: ratio < LIMIT });
      w.terminate();
    });
    w.on('error', (e) => {
      clearTimeout(timer);
      resolve({ generator: gen.name, what: gen.what, n, error: `threw: ${e?.message ?? e}`, pass: false });
    });
  });
}

export async function run(ctx) {
  const results = [];
  for (const gen of STRESS) {
    ctx.progress(`scaling: ${gen.name}`);
    results.push(await runGenerator(ctx, gen));
  }
  const rows = results.map((r) =>
    r.error
      ? [r.generator, r.n ?? '–', '–', '–', '–', '–', '–', `FAIL (${r.error})`]
      : [
          r.generator,
          r.n,
          `${r.chars[0]}→${r.chars[1]}`,
          fmt(r.medianN * 1000, 2),
          fmt(r.median8N * 1000, 2),
          fmt(r.ratio, 2),
          `${r.mentions[0]}→${r.mentions[1]}`,
          r.pass ? 'PASS' : 'FAIL',
        ],
  );
  const text = [
    `scaling — each stress input at n and 8n (median of ${ctx.scalingReps}, interleaved, own worker, ${ctx.scalingTimeout} s deadline); linear ≈ 8, PASS < ${LIMIT}`,
    table(['generator', 'n', 'UTF-16 chars', 't(n) ms', 't(8n) ms', 'ratio', 'mentions', `< ${LIMIT}`], rows),
    '  n starts at the test size / 8 and doubles until one run at n takes ≥ 50 ms (fastest of three runs; 8n ≤ 32 M chars).',
  ].join('\n');
  return { name, text, pass: results.every((r) => r.pass), data: { limit: LIMIT, generators: results } };
}
