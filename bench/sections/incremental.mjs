// Section "incremental": what one edited article costs the extension, on ant-multisource (21,164
// Arabic articles). Set-up, timed but not a result: checkCorpus analyses every article once and a
// ConsistencyIndex is filled with every article's claims. Then, in the same interleaved rounds:
//   full         findInconsistencies(every claim): the whole corpus re-checked, what an editor
//                without incremental checking would do on every keystroke;
//   incremental  index.setArticle(path, its claims) + index.findings() for one of K articles
//                (seeded, among those with claims): re-setting the same claims still marks the
//                article's groups dirty, so this is one edit's cost to the index;
//   editor       analyzeArticle(text) + setArticle + findings(): the extension's whole path per edit;
//   findings()   with nothing dirty: the floor every update pays (sorting groups, numbering findings).
// Goal: incremental median ≥ 5× faster than full. Afterwards the index's findings must equal a
// full pass's; the section throws if they do not.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { MissingCorpusError, readText } from '../lib/corpus.mjs';
import { fmt, median, now, timePass } from '../lib/measure.mjs';
import { table } from '../lib/table.mjs';

export const name = 'incremental';
export const GOAL_SPEEDUP = 5;
const K = 100; // edited articles; an update that re-checks a large group takes seconds
const SEED = 0x5eed;
const FAST_MS = 50; // the times are bimodal: an update that touches no large group takes a few ms
const CORPUS = '../shared/corpora/ant-multisource'; // relative to the repository root

/** mulberry32: a small seeded generator, so that every run edits the same articles. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct items of `xs` (a partial Fisher–Yates shuffle). */
function sample(xs, k, rand) {
  const a = [...xs];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, k);
}

/** Nearest-rank quantile. */
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)];
}

export async function run(ctx) {
  const dir = path.resolve(ctx.root, CORPUS);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new MissingCorpusError(dir);
  const core = createRequire(import.meta.url)(ctx.corePath);
  const settings = core.settingsFrom({});
  const options = settings.consistency;

  ctx.progress('incremental: set-up, checkCorpus');
  let t0 = now();
  const { articles, claims } = await core.checkCorpus(dir);
  const checkSeconds = now() - t0;
  if (articles.length === 0) throw new MissingCorpusError(dir, 'no article in it');
  const byPath = new Map();
  for (const c of claims) {
    const own = byPath.get(c.path);
    if (own) own.push(c);
    else byPath.set(c.path, [c]);
  }
  t0 = now();
  const index = new core.ConsistencyIndex(options);
  for (const [p, own] of byPath) index.setArticle(p, own);
  index.findings();
  const indexSeconds = now() - t0;
  const reference = core.findInconsistencies(claims, options); // also the full pass's warm-up
  const edits = sample([...byPath.keys()], Math.min(K, byPath.size), random(SEED))
    .map((p) => ({ path: p, claims: byPath.get(p), text: readText(path.join(dir, p)).text }));

  const editorPath = (e) => {
    const out = core.analyzeArticle(e.path, e.text, settings);
    if (!out.ok) throw new Error(`incremental: ${e.path} skipped on re-analysis: ${out.skipped.reason}`);
    index.setArticle(e.path, out.file.claims);
    return index.findings();
  };
  const rounds = Math.min(ctx.rounds, edits.length);
  const s = { full: [], incremental: [], editor: [], floor: [] };
  for (let r = 0; r < rounds; r++) {
    ctx.progress(`incremental: round ${r + 1}/${rounds}, full`);
    s.full.push(timePass(() => core.findInconsistencies(claims, options)).seconds);
    s.floor.push(timePass(() => index.findings()).seconds);
    const mine = edits.filter((_, i) => i % rounds === r);
    for (const [i, e] of mine.entries()) {
      ctx.progress(`incremental: round ${r + 1}/${rounds}, edit ${i + 1}/${mine.length}`);
      s.incremental.push(timePass(() => { index.setArticle(e.path, e.claims); return index.findings(); }, 0).seconds);
      s.editor.push(timePass(() => editorPath(e), 0).seconds);
    }
  }
  if (!isDeepStrictEqual(index.findings(), reference)) {
    throw new Error(`incremental: after ${edits.length} updates the index's findings differ from a full pass's (${index.findings().length} vs ${reference.length})`);
  }

  const m = Object.fromEntries(Object.entries(s).map(([k, xs]) => [k, { seconds: xs, median: median(xs), p95: quantile(xs, 0.95), max: Math.max(...xs) }]));
  const speedup = m.full.median / m.incremental.median;
  const pass = speedup >= GOAL_SPEEDUP;
  const fast = m.incremental.seconds.filter((x) => x * 1000 < FAST_MS).length;
  const ms = (x) => fmt(x * 1000, 1);
  const rows = [
    ['full re-check', rounds, ms(m.full.median), ms(m.full.p95), ms(m.full.max), '1.0×'],
    ['incremental', m.incremental.seconds.length, ms(m.incremental.median), ms(m.incremental.p95), ms(m.incremental.max), `${fmt(speedup, 1)}×`],
    ['editor path', m.editor.seconds.length, ms(m.editor.median), ms(m.editor.p95), ms(m.editor.max), `${fmt(m.full.median / m.editor.median, 1)}×`],
    ['findings() alone', rounds, ms(m.floor.median), ms(m.floor.p95), ms(m.floor.max), `${fmt(m.full.median / m.floor.median, 0)}×`],
  ];
  const text = [
    `incremental — one edited article vs. the whole corpus re-checked, ${articles.length} articles, ${claims.length} claims, ${reference.length} findings (${CORPUS}); ${edits.length} seeded edits over ${rounds} interleaved round(s)`,
    `  set-up (not a result): checkCorpus ${fmt(checkSeconds, 1)} s, filling the index + first findings() ${fmt(indexSeconds, 2)} s`,
    table(['per call', 'samples', 'median ms', 'p95 ms', 'max ms', 'full ÷ this'], rows),
    `  incremental median ${ms(m.incremental.median)} ms, ${fmt(speedup, 1)}× faster than a full re-check (goal ≥ ${GOAL_SPEEDUP}×): ${pass ? 'PASS' : 'MISS'}; ${fast} of ${edits.length} updates under ${FAST_MS} ms`,
    '  incremental = setArticle(path, the same claims) + findings(); editor = analyzeArticle(text) + setArticle + findings();',
    '  findings() alone = nothing dirty, the sort and numbering every update pays. After the edits the index equals a full pass (checked).',
  ].join('\n');
  return {
    name,
    text,
    pass,
    data: {
      corpus: dir, articles: articles.length, claims: claims.length, findings: reference.length,
      edits: edits.length, seed: SEED, rounds, goalSpeedup: GOAL_SPEEDUP,
      setup: { checkSeconds, indexSeconds },
      ...m, speedup, fastUpdates: fast,
    },
  };
}
