// corpus-review.yaml: the shape of the file as a table of specs, and the pass that reads it.
// The same shape is written as a JSON Schema in schemas/corpus-review.schema.json.
import { isScalar, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { RULES, type RuleId } from '../consistency/types';
import { dict, list, problemAt, readAt, record, type Fields, type ReadContext, type Spec } from './spec';
import type { CorpusConfig, CueLists, FileMetadata, FileProblem, LoadedConfig, MetricConfig, ScopeConfig } from './types';
import { bool, cue, date, glob, ID_PATTERN, language, metricKind, severity, text, tolerance, url } from './values';

const ID = new RegExp(ID_PATTERN, 'u');

const cues: Spec<CueLists> = record<CueLists>({ ar: list(cue, 'Arabic cues'), en: list(cue, 'English cues') }, 'cue lists (ar, en)');

const metric = record<MetricConfig>({ cues, replace: bool, cumulative: bool, kind: metricKind, enabled: bool }, 'metric settings');

const scope = record<ScopeConfig>({ cues, replace: bool, enabled: bool }, 'scope settings');

type Severities = NonNullable<CorpusConfig['severities']>;
const severities = record<Severities>(
  Object.fromEntries(RULES.map((rule) => [rule, severity])) as Fields<Record<RuleId, Severities[RuleId]>>,
  'rule severities',
);

const fileMetadata = record<FileMetadata>({ match: glob, date, source: text, url, language }, 'file metadata', ['match']);

const corpusConfig = record<CorpusConfig>(
  {
    include: list(glob, 'glob patterns', true),
    exclude: list(glob, 'glob patterns'),
    languages: list(language, 'languages', true),
    tolerance,
    metrics: dict({ pattern: ID, what: 'metric id' }, metric, 'metrics'),
    scopes: dict({ pattern: ID, what: 'scope id' }, scope, 'scopes'),
    severities,
    files: list(fileMetadata, 'file metadata entries'),
  },
  'settings (include, exclude, languages, tolerance, metrics, scopes, severities, files)',
);

/** How many values a file may hold, aliases expanded. */
const MAX_VALUES = 100_000;

/**
 * Reads the text of `corpus-review.yaml` (`path` is only used in problems). A YAML error
 * makes the whole file void (`config` is `{}`); otherwise each invalid entry is dropped with a
 * problem and the rest applies. Problems are sorted by position; lines and columns are 1-based
 * (UTF-16 code units, a leading BOM not counted) and `endColumn` is exclusive.
 */
export function parseConfig(text: string, path: string): LoadedConfig {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  const problems: FileProblem[] = [];
  const cx = { text: source, lineCounter, path, problems, open: new Set<Node>(), budget: MAX_VALUES };
  let config: CorpusConfig = {};
  try {
    const doc = parseDocument(source, { lineCounter, prettyErrors: false });
    const yamlProblem = (e: YAMLError, level: FileProblem['severity']) =>
      problemAt(cx, Math.min(e.pos[0], source.length), Math.min(Math.max(e.pos[1], e.pos[0]), source.length), `YAML: ${e.message}`, level);
    problems.push(...doc.errors.map((e) => yamlProblem(e, 'error')), ...doc.warnings.map((e) => yamlProblem(e, 'warning')));
    if (doc.errors.length === 0) config = readDocument(doc, { ...cx, doc });
  } catch (e) {
    problems.push(problemAt(cx, 0, 0, `internal error while reading the configuration: ${(e as Error).message}`, 'error'));
    config = {};
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config, problems, path };
}

function readDocument(doc: Document.Parsed, cx: ReadContext): CorpusConfig {
  const top = doc.contents;
  if (top === null || (isScalar(top) && top.value === null)) return {};
  return readAt(corpusConfig, '', top, null, cx) ?? {};
}
