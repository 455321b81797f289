// Section "throughput": recogniser vs. a plain digit-regex floor over whole corpora, in memory,
// one core, interleaved rounds. Goal: recogniser ≥ 20 MB/s (MB = 10^6 UTF-8 bytes).
import path from 'node:path';
import { loadCorpus, MissingCorpusError } from '../lib/corpus.mjs';
import { fmt, gc, heapUsed, mb, median, peakRss, timePass } from '../lib/measure.mjs';
import { table } from '../lib/table.mjs';

export const name = 'throughput';
export const GOAL_MBPS = 20;

const CORPORA = [
  { id: 'ant-multisource-txt', language: 'ar', rel: '../shared/corpora/ant-multisource-txt', recursive: false, required: true },
  { id: 'bbc-news', language: 'en', rel: '../shared/corpora/bbc-news', recursive: true, required: false },
];

const FLOOR_RE = /[0-9\u0660-\u0669\u06F0-\u06F9]+/g;

function floorPass(texts) {
  let n = 0;
  for (const t of texts) {
    FLOOR_RE.lastIndex = 0;
    while (FLOOR_RE.exec(t) !== null) n++;
  }
  return n;
}

function recogniserPass(recognizeNumbers, texts, options) {
  let n = 0;
  for (const t of texts) n += recognizeNumbers(t, options).length;
  return n;
}

/** Untimed pass (doubles as the warm-up) sampling the heap after every article. */
function sampledPass(recognizeNumbers, texts, options) {
  let peak = heapUsed();
  let n = 0;
  for (const t of texts) {
    const r = recognizeNumbers(t, options);
    n += r.length;
    const h = heapUsed();
    if (h > peak) peak = h;
  }
  return { mentions: n, peakHeap: peak };
}

function measureCorpus(ctx, spec) {
  const dir = path.resolve(ctx.root, spec.rel);
  const corpus = loadCorpus(dir, { recursive: spec.recursive }); // throws MissingCorpusError
  const { texts, bytes } = corpus;
  const options = { language: spec.language };
  const rn = ctx.recognizeNumbers;

  gc();
  const heapBase = heapUsed();
  // Warm-up: one pass of each.
  const floorMatches = floorPass(texts);
  const warm = sampledPass(rn, texts, options);

  const floorS = [];
  const recS = [];
  let mentions = warm.mentions;
  for (let r = 0; r < ctx.rounds; r++) {
    const order = r % 2 === 0 ? ['floor', 'rec'] : ['rec', 'floor'];
    for (const which of order) {
      if (which === 'floor') {
        const p = timePass(() => floorPass(texts));
        floorS.push(p.seconds);
      } else {
        const p = timePass(() => recogniserPass(rn, texts, options));
        recS.push(p.seconds);
        if (p.result !== mentions) ctx.warn(`${spec.id}: mention count changed between passes (${mentions} → ${p.result})`);
        mentions = p.result;
      }
    }
  }
  const floorMBps = mb(bytes) / median(floorS);
  const recMBps = mb(bytes) / median(recS);
  const recRange = [mb(bytes) / Math.max(...recS), mb(bytes) / Math.min(...recS)];
  return {
    corpus: spec.id,
    dir,
    language: spec.language,
    files: corpus.files.length,
    latin1Files: corpus.latin1,
    bytes,
    chars: corpus.chars,
    rounds: ctx.rounds,
    floor: { mbps: floorMBps, secondsPerRound: floorS, digitRuns: floorMatches },
    recogniser: { mbps: recMBps, mbpsRange: recRange, secondsPerRound: recS, mentions },
    ratio: median(recS) / median(floorS), // recogniser time / floor time (× slower than the floor)
    memory: { heapBaseline: heapBase, heapPeakDuringRecognition: warm.peakHeap, peakRss: peakRss() },
    goalMBps: GOAL_MBPS,
    pass: recMBps >= GOAL_MBPS,
  };
}

export async function run(ctx) {
  const results = [];
  const notes = [];
  for (const spec of CORPORA) {
    try {
      results.push(measureCorpus(ctx, spec));
    } catch (e) {
      if (e instanceof MissingCorpusError && !spec.required) { notes.push(`${spec.id}: skipped, ${e.message}`); continue; }
      throw e;
    }
  }
  const rows = results.map((r) => [
    r.corpus,
    r.files,
    fmt(mb(r.bytes), 1),
    fmt(r.floor.mbps, 0),
    `${fmt(r.recogniser.mbps, 1)} (${fmt(r.recogniser.mbpsRange[0], 1)}–${fmt(r.recogniser.mbpsRange[1], 1)})`,
    `${fmt(r.ratio, 1)}×`,
    r.recogniser.mentions,
    r.floor.digitRuns,
    fmt(mb(r.memory.peakRss), 0),
    `${fmt(mb(r.memory.heapBaseline), 0)}/${fmt(mb(r.memory.heapPeakDuringRecognition), 0)}`,
    r.pass ? 'PASS' : 'FAIL',
  ]);
  const text = [
    `throughput — one core, in memory, median of ${ctx.rounds} interleaved rounds after 1 warm-up; MB = 10^6 UTF-8 bytes`,
    table(
      ['corpus', 'files', 'MB', 'floor MB/s', 'recogniser MB/s (min–max)', 'time ratio', 'mentions', 'digit runs', 'peak RSS MB', 'heap MB base/peak', `≥${GOAL_MBPS} MB/s`],
      rows,
    ),
    '  time ratio = recogniser time / floor time. floor = /[0-9\\u0660-\\u0669\\u06F0-\\u06F9]+/g counting matches.',
    '  peak RSS is the whole process so far; heap peak is sampled after every article in the warm-up pass.',
    ...results.filter((r) => r.latin1Files).map((r) => `  ${r.corpus}: ${r.latin1Files} file(s) not valid UTF-8, read as Latin-1.`),
    ...notes.map((n) => `  ${n}`),
  ].join('\n');
  return { name, text, pass: results.every((r) => r.pass), data: { goalMBps: GOAL_MBPS, corpora: results, notes } };
}
