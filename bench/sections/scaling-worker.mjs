// Worker for the "scaling" section: times one stress generator at n and 8n so that a
// super-linear recogniser can be stopped (worker.terminate) instead of hanging the bench.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { STRESS, makeStress } from '../lib/stress.mjs';
import { gc, now } from '../lib/measure.mjs';

const { corePath, name, reps, minSeconds, maxChars } = workerData;
const { recognizeNumbers } = createRequire(import.meta.url)(corePath);
const gen = STRESS.find((g) => g.name === name);

/** A flat string: String.prototype.repeat builds a rope that the first reader would pay to flatten. */
function build(n) {
  const s = makeStress(gen, n);
  s.indexOf('\u0000');
  return s;
}

function timeOnce(s) {
  gc();
  const t0 = now();
  let r;
  try {
    r = recognizeNumbers(s);
  } catch (e) {
    throw new Error(`${e?.message ?? e} (input of ${s.length} chars)`);
  }
  return { seconds: now() - t0, mentions: r.length };
}

/** The fastest of three runs: the first ones can pay for compilation (regexp tier-up, JIT) and fresh pages. */
function probe(s) {
  let best = timeOnce(s);
  for (let i = 0; i < 2 && best.seconds < 2; i++) {
    const r = timeOnce(s);
    if (r.seconds < best.seconds) best = r;
  }
  return best;
}

// Warm up on a small input, then grow n from fullN/8 until a run at n takes ≥ minSeconds.
probe(build(Math.max(1, Math.floor(gen.fullN / 64))));
let n = Math.max(1, Math.floor(gen.fullN / 8));
let s = build(n);
let p = probe(s);
while (p.seconds < minSeconds && s.length * 16 <= maxChars) {
  n *= 2;
  s = build(n);
  p = probe(s);
}
parentPort.postMessage({ n, tn: p.seconds });
const big = build(8 * n);

const tn = [];
const t8n = [];
const mentions = [p.mentions, null];
for (let r = 0; r < reps; r++) {
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) {
    const m = timeOnce(k === 0 ? s : big);
    (k === 0 ? tn : t8n).push(m.seconds);
    mentions[k] = m.mentions;
  }
}
parentPort.postMessage({
  done: true,
  n,
  chars: [s.length, big.length],
  secondsN: tn,
  seconds8N: t8n,
  mentions,
});
