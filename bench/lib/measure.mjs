// Timing and memory helpers. Everything runs on the main thread: one core.
import v8 from 'node:v8';

export const hasGc = typeof globalThis.gc === 'function';
export function gc() { if (hasGc) globalThis.gc(); }

export function now() { return Number(process.hrtime.bigint()) / 1e9; }

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Seconds per call of `fn`, repeating it until at least `minSeconds` have passed (so that a
 * pass of a few milliseconds is not timer noise). Collects garbage first.
 */
export function timePass(fn, minSeconds = 0.2) {
  gc();
  let reps = 0;
  let result;
  const t0 = now();
  let t;
  do { result = fn(); reps++; t = now() - t0; } while (t < minSeconds);
  return { seconds: t / reps, reps, result };
}

export function heapUsed() { return v8.getHeapStatistics().used_heap_size; }
/** Peak resident set size of the process so far, bytes. */
export function peakRss() { return process.resourceUsage().maxRSS * 1024; }

export const MB = 1e6;
export const mb = (bytes) => bytes / MB;
export const fmt = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
