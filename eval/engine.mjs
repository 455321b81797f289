// Loads the recogniser (default ../dist/core.js, or $CORPUS_REVIEW_CORE) and wraps it so a
// throwing or contract-breaking engine is recorded per case instead of stopping the run.
import { createRequire } from 'node:module';
import path from 'node:path';
import { HarnessError } from './load.mjs';

const require = createRequire(import.meta.url);

export function loadEngine() {
  const override = process.env.CORPUS_REVIEW_CORE;
  const target = override ? path.resolve(override) : '../dist/core.js';
  let mod;
  try {
    mod = require(target);
  } catch (err) {
    throw new HarnessError(`cannot load the engine ${target}: ${err.message}` +
      (override ? '' : ' (run `npm run build` first)'));
  }
  if (typeof mod.recognizeNumbers !== 'function') {
    throw new HarnessError(`${target} does not export recognizeNumbers()`);
  }
  const stats = { calls: 0, threw: 0, contractViolations: 0, examples: [] };

  /** Returns { mentions, error }; never throws. */
  function recognize(text, language) {
    stats.calls++;
    let out;
    try {
      out = mod.recognizeNumbers(text, language ? { language } : {});
    } catch (err) {
      stats.threw++;
      return { mentions: [], error: `engine threw: ${err && err.message}` };
    }
    if (!Array.isArray(out)) {
      stats.threw++;
      return { mentions: [], error: 'engine returned a non-array' };
    }
    const mentions = [];
    for (const m of out) {
      const ok = m && Number.isInteger(m.start) && Number.isInteger(m.end) &&
        m.start >= 0 && m.end <= text.length && m.start <= m.end;
      if (!ok || m.text !== text.slice(m.start, m.end)) {
        stats.contractViolations++;
        if (stats.examples.length < 5) stats.examples.push({ input: text, mention: m });
        if (!ok) continue;
      }
      mentions.push(m);
    }
    return { mentions, error: null };
  }

  return { recognize, stats, target };
}

/** The fields of a mention worth keeping in the results file. */
export function compactMention(m) {
  const { text, start, end, value, low, high, precision, kind, unit } = m;
  return { text, start, end, value, low, high, precision, kind, unit };
}
