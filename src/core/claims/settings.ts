import type { CorpusConfig, CueLists } from '../config/types';
import { CueSet, cueSet } from './cues';
import * as lex from './lexicon';

export interface MetricInfo {
  cumulative: boolean;
  kind: 'quantity' | 'money';
}

/** Everything claim binding needs, compiled once per corpus from the defaults and the configuration. */
export interface ClaimLexicon {
  metrics: Map<string, MetricInfo>;
  /** Finds a metric cue's first word in folded text (see `CueSet.hint`). */
  metricHint: RegExp;
  quantityMetrics: CueSet;
  moneyMetrics: CueSet;
  victims: CueSet;
  scopes: CueSet;
  people: CueSet;
  things: CueSet;
  functionWords: CueSet;
  modifiers: CueSet;
  partAfter: CueSet;
  partBefore: CueSet;
  places: CueSet;
  fillers: CueSet;
  conjunctions: CueSet;
  scopeLinks: CueSet;
  status: CueSet;
  retractingVerbs: CueSet;
  statements: CueSet;
  sourceCues: CueSet;
  dataNouns: CueSet;
  since: CueSet;
  increments: CueSet;
  times: CueSet;
  sourceStops: CueSet;
}

function merged(defaults: CueLists, override?: { cues?: CueLists; replace?: boolean }): CueLists {
  if (!override?.cues) return defaults;
  if (override.replace) return override.cues;
  return { ar: [...(defaults.ar ?? []), ...(override.cues.ar ?? [])], en: [...(defaults.en ?? []), ...(override.cues.en ?? [])] };
}

/** Compiles the default lexicons with the corpus configuration's additions and overrides. */
export function buildLexicon(config: CorpusConfig = {}): ClaimLexicon {
  const metrics = new Map<string, MetricInfo>();
  const quantityMetrics = new CueSet();
  const moneyMetrics = new CueSet();
  const victims = new CueSet();
  const ids = new Set([...Object.keys(lex.DEFAULT_METRICS), ...Object.keys(config.metrics ?? {})]);
  for (const id of ids) {
    const base = lex.DEFAULT_METRICS[id];
    const own = config.metrics?.[id];
    if (own?.enabled === false) continue;
    const info: MetricInfo = {
      cumulative: own?.cumulative ?? base?.cumulative ?? false,
      kind: own?.kind ?? base?.kind ?? 'quantity',
    };
    const cues = merged(base?.cues ?? {}, own);
    metrics.set(id, info);
    (info.kind === 'money' ? moneyMetrics : quantityMetrics).add(id, cues);
    if (base && !own?.replace) victims.add(id, base.victims);
  }
  const scopes = new CueSet();
  const scopeIds = new Set([...Object.keys(lex.DEFAULT_SCOPES), ...Object.keys(config.scopes ?? {})]);
  for (const id of scopeIds) {
    const own = config.scopes?.[id];
    if (own?.enabled === false) continue;
    scopes.add(id, merged(lex.DEFAULT_SCOPES[id] ?? {}, own));
  }
  return {
    metrics,
    metricHint: new RegExp(`${quantityMetrics.hint().source}|${moneyMetrics.hint().source}`),
    quantityMetrics,
    moneyMetrics,
    victims,
    scopes,
    people: cueSet(lex.PEOPLE),
    things: cueSet(lex.THINGS),
    functionWords: cueSet(lex.FUNCTION_WORDS),
    modifiers: cueSet(lex.MODIFIERS),
    partAfter: cueSet(lex.PART_AFTER),
    partBefore: cueSet(lex.PART_BEFORE),
    places: cueSet(lex.PLACE_NOUNS),
    fillers: cueSet(lex.FILLERS),
    conjunctions: cueSet(lex.CONJUNCTIONS),
    scopeLinks: cueSet(lex.SCOPE_LINKS),
    status: new CueSet().add('retracted', lex.STATUS_CUES.retracted).add('unconfirmed', lex.STATUS_CUES.unconfirmed),
    retractingVerbs: cueSet(lex.RETRACTING_VERBS),
    statements: cueSet(lex.STATEMENTS),
    sourceCues: cueSet(lex.SOURCE_CUES),
    dataNouns: cueSet(lex.DATA_NOUNS),
    since: cueSet(lex.SINCE),
    increments: cueSet(lex.INCREMENTS),
    times: cueSet(lex.TIMES_WORDS),
    sourceStops: cueSet(lex.SOURCE_STOPS),
  };
}
