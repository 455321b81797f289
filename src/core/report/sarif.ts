import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, type CheckResult, type Claim, type Finding, type RuleId, type Severity } from '../consistency/types';

export interface SarifOptions {
  /** The corpus root, a folder path (a relative one is resolved against the working folder). */
  root: string;
  toolVersion: string;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/corpus-review/corpus-review';
const HELP_BASE = 'https://github.com/corpus-review/corpus-review/blob/main/docs/rules/';
const ROOT_ID = 'CORPUSROOT';
const FINGERPRINT_KEY = 'corpusReview/v1';

interface RuleText {
  name: string;
  short: string;
  full: string;
  level: Sarif.ReportingConfiguration.level;
}

const RULE_TEXT: Record<RuleId, RuleText> = {
  conflict: {
    name: 'Conflict',
    short: 'Two articles give figures that cannot both be true.',
    full:
      'Two claims in different articles about the same metric, scope and location give intervals that do not overlap ' +
      '(after hedges such as "at least" or "about", ±10% by default), and they speak of the same date or a date is unknown. ' +
      'For a cumulative metric, a smaller figure on a later date is also a conflict. Retracted claims never conflict.',
    level: 'warning',
  },
  'internal-conflict': {
    name: 'InternalConflict',
    short: 'An article disagrees with itself.',
    full:
      'Two claims in the same article (for example its headline and its body) about the same metric, scope and location ' +
      'give intervals that do not overlap, for the same date or where a date is unknown.',
    level: 'warning',
  },
  update: {
    name: 'Update',
    short: 'A cumulative figure grew on a later date.',
    full:
      'For a cumulative metric (killed, injured, detained, missing) a larger figure on a later date is a change over time, ' +
      'not a disagreement: reported for information.',
    level: 'note',
  },
};

const LEVEL: Record<Severity, Sarif.Result.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * `corpus-review check --format sarif`: a SARIF 2.1.0 log with one run. Each finding is a result
 * located at its first claim, with every other claim as a related location; reviewed findings
 * carry an external, accepted suppression. Paths are URI references relative to `CORPUSROOT`,
 * columns are UTF-16 code units, lines and columns 1-based.
 */
export function formatSarif(result: CheckResult, options: SarifOptions): string {
  const claims = new Map(result.claims.map((c) => [c.id, c]));
  const artifacts = new Artifacts();
  for (const a of result.articles) artifacts.add(a.path, a.title);
  for (const c of result.claims) artifacts.add(c.path, null);

  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Corpus Review',
            version: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: RULES.map(rule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.skipped.map((s) => ({
              level: 'warning',
              message: { text: plain(`Skipped ${s.path}: ${s.reason}`) },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }],
            })),
          },
        ],
        originalUriBaseIds: { [ROOT_ID]: { uri: rootUri(options.root) } },
        artifacts: artifacts.list,
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((f) => findingResult(f, claims, artifacts)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function rule(id: RuleId): Sarif.ReportingDescriptor {
  const t = RULE_TEXT[id];
  return {
    id,
    name: t.name,
    shortDescription: { text: t.short },
    fullDescription: { text: t.full },
    helpUri: `${HELP_BASE}${id}.md`,
    defaultConfiguration: { level: t.level },
  };
}

function findingResult(f: Finding, claims: Map<string, Claim>, artifacts: Artifacts): Sarif.Result {
  const involved: Claim[] = [];
  for (const id of new Set(f.claims)) {
    const c = claims.get(id);
    if (c) involved.push(c);
  }
  const [first, ...others] = involved;
  const out: Sarif.Result = {
    ruleId: f.rule,
    ruleIndex: RULES.indexOf(f.rule),
    level: LEVEL[f.severity],
    message: { text: plain(f.message) },
    locations: first ? [claimLocation(first, artifacts)] : [],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  if (others.length) out.relatedLocations = others.map((c, i) => ({ id: i + 1, ...claimLocation(c, artifacts) }));
  if (f.review) {
    const r = f.review;
    const properties: Sarif.PropertyBag = { decision: r.decision };
    if (r.figure !== undefined) properties.figure = r.figure;
    if (r.by !== undefined) properties.by = r.by;
    if (r.at !== undefined) properties.at = r.at;
    const suppression: Sarif.Suppression = { kind: 'external', status: 'accepted' };
    if (r.note !== undefined) suppression.justification = r.note;
    suppression.properties = properties;
    out.suppressions = [suppression];
  }
  return out;
}

function claimLocation(c: Claim, artifacts: Artifacts): Sarif.Location {
  const startColumn = c.character + 1;
  return {
    physicalLocation: {
      artifactLocation: { ...artifactLocation(c.path), index: artifacts.indexOf(c.path) },
      region: {
        startLine: c.line + 1,
        startColumn,
        endLine: c.line + 1,
        endColumn: startColumn + Math.max(0, c.end - c.start),
        snippet: { text: c.text },
      },
    },
    message: { text: plain(describeClaim(c)) },
  };
}

/** `"120" (killed/civilians, Almaty) in en-01.md: Coastline Wire, 2025-03-12`. */
function describeClaim(c: Claim): string {
  const what = [c.scope ? `${c.metric}/${c.scope}` : c.metric];
  if (c.location) what.push(c.location);
  if (c.part) what.push('part of a total');
  if (c.status !== 'reported') what.push(c.status);
  if (c.quoted) what.push('quoted');
  return `"${c.text}" (${what.join(', ')}) in ${c.path}: ${c.source ?? 'source unknown'}, ${c.date ?? 'date unknown'}`;
}

/** The artifacts of the run, one per path, in first-seen order. */
class Artifacts {
  readonly list: Sarif.Artifact[] = [];
  private readonly index = new Map<string, number>();

  add(path: string, title: string | null): void {
    if (this.index.has(path)) return;
    this.index.set(path, this.list.length);
    const artifact: Sarif.Artifact = { location: artifactLocation(path), encoding: 'utf-8' };
    if (title) artifact.description = { text: plain(title) };
    this.list.push(artifact);
  }

  indexOf(path: string): number {
    return this.index.get(path) ?? -1;
  }
}

/**
 * SARIF message text with untrusted parts: a viewer reads `[text](target)` as an embedded link
 * (SARIF 3.11.6), so brackets are escaped with a backslash, as are backslashes just before them.
 */
function plain(s: string): string {
  return s.replace(/(\\*)([[\]])/g, (_m, backslashes: string, bracket: string) => backslashes.replace(/\\/g, '\\\\') + '\\' + bracket);
}

function artifactLocation(path: string): Sarif.ArtifactLocation {
  return { uri: relativeUri(path), uriBaseId: ROOT_ID };
}

/** A path relative to the root, forward slashes, as a URI reference: every segment percent-encoded (UTF-8). */
function relativeUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join('/');
}

/** The root as an absolute `file:` URL ending in `/`, as SARIF requires of a base URI. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : href + '/';
}

/** Lone surrogates (possible in Windows file names) become U+FFFD: encodeURIComponent throws on them. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
