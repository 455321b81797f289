/**
 * The report formats of `corpus-review check` (src/core/report) on a hand-built CheckResult:
 * Arabic and English claims, an Arabic file name, reviewed findings, and corpus text that tries
 * to break each format (quotes, commas, line breaks, spreadsheet formulas, Markdown and HTML,
 * terminal escapes, bidi overrides). Oracles are written apart from the formatters: an RFC 4180
 * parser, the official SARIF 2.1.0 schema (from @microsoft/jest-sarif), WHATWG URL parsing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { RULES, type CheckResult, type Claim, type Finding, type Severity } from '../../src/core/consistency/types';
import { formatClaimsCsv } from '../../src/core/report/csv';
import { formatJson } from '../../src/core/report/json';
import { formatMarkdown } from '../../src/core/report/markdown';
import { formatSarif } from '../../src/core/report/sarif';
import { formatText } from '../../src/core/report/text';

const ROOT = path.resolve(__dirname, '../../..');
const SARIF_SCHEMA = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const AR_PATH = 'أخبار/وكالة الساحل 1.txt';
const EN_PATH = 'en-01 landfall#1.md';
const EN2_PATH = 'reports/en-02.txt';
const CORPUS_ROOT = path.resolve('/srv', 'مدونة الأخبار', 'storm%2025');

function claim(fields: Partial<Claim> & Pick<Claim, 'path' | 'start' | 'text' | 'line' | 'character'>): Claim {
  return {
    id: `${fields.path}#${fields.start}`,
    end: fields.start + fields.text.length,
    metric: 'killed',
    scope: null,
    location: null,
    part: false,
    value: 0,
    low: null,
    high: null,
    precision: 'exact',
    unit: null,
    date: null,
    source: null,
    status: 'reported',
    quoted: false,
    ...fields,
  };
}

const c1 = claim({
  path: AR_PATH, start: 120, line: 3, character: 14, text: 'نحو ٤٢', location: 'مرسى النور',
  value: 42, low: 37.8, high: 46.2, precision: 'approximate', date: '2025-03-12', source: 'وكالة أنباء الساحل', quoted: true,
});
const c2 = claim({
  path: EN_PATH, start: 300, line: 7, character: 0, text: '47', value: 47, low: 47, high: 47,
  date: '2025-03-12', source: 'The "Meridian" Post, online',
});
const c3 = claim({
  path: EN_PATH, start: 512, line: 12, character: 5, text: "=cmd|' /C calc'!A0", scope: 'civilians', location: '-Old Port',
  value: 12, low: 12, high: 12, source: '@attacker\ninjected line', status: 'unconfirmed',
});
const c4 = claim({
  path: EN2_PATH, start: 40, line: 1, character: 3, text: '5, "five"\nstill', metric: 'damage', location: 'line one\r\nline two',
  part: true, value: -5, low: -5.5, high: null, precision: 'atLeast', unit: 'USD', source: '\tTabbed', status: 'retracted',
});
const c5 = claim({
  path: AR_PATH, start: 700, line: 9, character: 2, text: '١٢', value: 12, low: 12, high: 12,
  date: '2025-03-12', source: 'قناة\u001b[31m الأفق\u202E',
});
const c6 = claim({
  path: EN2_PATH, start: 90, line: 4, character: 11, text: '*bold* _it_ `code` [x](javascript:alert(1)) <script>|pipe',
  value: 60, low: 60, high: 60, date: '2025-03-13', source: '+Harbour Ledger',
});

function finding(fields: Partial<Finding> & Pick<Finding, 'id' | 'rule' | 'severity' | 'claims'>): Finding {
  return { metric: 'killed', scope: null, location: null, message: `${fields.rule} message`, fingerprint: `fp-${fields.id}`, review: null, ...fields };
}

const RESULT: CheckResult = {
  version: 1,
  articles: [
    { path: AR_PATH, language: 'ar', title: 'عاصفة ياسمين: ٤٢ قتيلا', date: '2025-03-12', source: 'وكالة أنباء الساحل', url: null, claims: 2, quotes: 1 },
    { path: EN_PATH, language: 'en', title: 'Storm | *Yasmin*', date: '2025-03-12', source: 'The Meridian Post', url: 'https://example.org/a', claims: 2, quotes: 0 },
    { path: EN2_PATH, language: 'en', title: null, date: null, source: null, url: 'https://example.org/a_b?x=1&y=<2>', claims: 2, quotes: 0 },
  ],
  claims: [c1, c2, c3, c4, c5, c6],
  findings: [
    finding({ id: 'f1', rule: 'conflict', severity: 'warning', claims: [c1.id, c2.id, c3.id], message: '- not a list, <b>bold</b> [1] 42 vs 47 \\[2]' }),
    finding({
      id: 'f2', rule: 'internal-conflict', severity: 'warning', claims: [c1.id, c5.id], message: 'نحو ٤٢ مقابل ١٢ في المقال نفسه',
      review: { fingerprint: 'fp-f2', decision: 'dismissed', by: 'mona', note: 'different districts', at: '2025-03-15T10:00:00Z' },
    }),
    finding({ id: 'f3', rule: 'update', severity: 'information', claims: [c2.id, c6.id], review: { fingerprint: 'fp-f3', decision: 'update' } }),
    finding({
      id: 'f4', rule: 'conflict', severity: 'error', claims: [c6.id, 'gone.txt#1'],
      review: { fingerprint: 'fp-f4', decision: 'accepted', figure: 47, note: 'ministry figure', by: 'sami' },
    }),
  ],
  skipped: [{ path: 'صور/خريطة.png', reason: 'binary file (contains NUL bytes)' }],
};

const EMPTY: CheckResult = { version: 1, articles: [], claims: [], findings: [], skipped: [] };

/** Ids of the findings each claim takes part in, written out by hand. */
const FINDINGS_OF: Record<string, string> = {
  [c1.id]: 'f1;f2',
  [c2.id]: 'f1;f3',
  [c3.id]: 'f1',
  [c4.id]: '',
  [c5.id]: 'f2',
  [c6.id]: 'f3;f4',
};

const claimById = new Map(RESULT.claims.map((c) => [c.id, c]));
const claimsInFindings = RESULT.claims.filter((c) => RESULT.findings.some((f) => f.claims.includes(c.id)));

describe('json', () => {
  const out = formatJson(RESULT);

  test('round-trips the result, pretty-printed, with a trailing newline', () => {
    assert.deepEqual(JSON.parse(out), RESULT);
    assert.ok(out.endsWith('}\n') && !out.endsWith('\n\n'));
    assert.ok(out.startsWith('{\n  "version": 1,\n  "articles": [\n'));
  });

  test('key order is fixed, whatever the order or extra keys of the input objects', () => {
    const doc = JSON.parse(out) as CheckResult;
    assert.deepEqual(Object.keys(doc), ['version', 'articles', 'claims', 'findings', 'skipped']);
    assert.deepEqual(Object.keys(doc.claims[0]), [
      'id', 'path', 'start', 'end', 'line', 'character', 'text', 'metric', 'scope', 'location', 'part',
      'value', 'low', 'high', 'precision', 'unit', 'date', 'source', 'status', 'quoted',
    ]);
    assert.deepEqual(Object.keys(doc.findings[0]), ['id', 'rule', 'severity', 'metric', 'scope', 'location', 'message', 'claims', 'fingerprint', 'review']);
    assert.deepEqual(Object.keys(doc.findings[1].review ?? {}), ['fingerprint', 'decision', 'note', 'by', 'at']);
    assert.deepEqual(Object.keys(doc.articles[0]), ['path', 'language', 'title', 'date', 'source', 'url', 'claims', 'quotes']);

    const reversed = <T extends object>(o: T): T => Object.fromEntries([['extra', 1], ...Object.entries(o).reverse()]) as T;
    const shuffled: CheckResult = {
      skipped: RESULT.skipped.map(reversed),
      findings: RESULT.findings.map((f) => reversed({ ...f, review: f.review && reversed(f.review) })),
      claims: RESULT.claims.map(reversed),
      articles: RESULT.articles.map(reversed),
      version: 1,
    };
    assert.equal(formatJson(shuffled), out);
  });

  test('an empty result', () => {
    assert.equal(formatJson(EMPTY), '{\n  "version": 1,\n  "articles": [],\n  "claims": [],\n  "findings": [],\n  "skipped": []\n}\n');
  });
});

/** A strict RFC 4180 parser: records end with CRLF (the last one too), quoted fields double their quotes. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += s.slice(i, q);
        if (s[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      while (i < s.length && !',\r\n'.includes(s[i])) {
        if (s[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += s[i++];
      }
    }
    row.push(field);
    if (s[i] === ',') {
      i++;
      if (i === s.length) throw new Error('file ends after a comma');
    } else if (s.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(s.slice(i, i + 5))}`);
    }
  }
  if (row.length) throw new Error('last record has no CRLF');
  return rows;
}

const CSV_HEADER = ['id', 'path', 'line', 'column', 'text', 'metric', 'scope', 'location', 'part', 'value', 'low', 'high', 'precision', 'unit', 'date', 'source', 'status', 'quoted', 'findings'];
const NUMERIC = new Set(['line', 'column', 'value', 'low', 'high']);

describe('csv', () => {
  const out = formatClaimsCsv(RESULT);

  test('starts with a UTF-8 BOM and uses CRLF line ends only', () => {
    assert.ok(out.startsWith('\uFEFFid,path,line,'));
    assert.ok(out.endsWith('\r\n'));
    const outsideQuotes = out.replace(/"(?:[^"]|"")*"/g, '');
    assert.equal(outsideQuotes.replace(/\r\n/g, '').search(/[\r\n]/), -1);
  });

  test('parses back to one row per claim, fields equal to the claims', () => {
    const rows = parseCsv(out.slice(1));
    assert.deepEqual(rows[0], CSV_HEADER);
    assert.equal(rows.length, RESULT.claims.length + 1);
    rows.slice(1).forEach((row, i) => {
      const c = RESULT.claims[i];
      assert.equal(row.length, CSV_HEADER.length);
      const get = (name: string): string => row[CSV_HEADER.indexOf(name)];
      const text = (name: string): string => get(name).replace(/^'(?=[=+\-@\t\r])/, '');
      assert.equal(get('id'), c.id);
      assert.equal(get('path'), c.path);
      assert.equal(Number(get('line')), c.line + 1);
      assert.equal(Number(get('column')), c.character + 1);
      assert.equal(text('text'), c.text);
      assert.equal(get('metric'), c.metric);
      assert.equal(get('scope'), c.scope ?? '');
      assert.equal(text('location'), c.location ?? '');
      assert.equal(get('part'), String(c.part));
      assert.equal(Number(get('value')), c.value);
      assert.equal(get('low') === '' ? null : Number(get('low')), c.low);
      assert.equal(get('high') === '' ? null : Number(get('high')), c.high);
      assert.equal(get('precision'), c.precision);
      assert.equal(get('unit'), c.unit ?? '');
      assert.equal(get('date'), c.date ?? '');
      assert.equal(text('source'), c.source ?? '');
      assert.equal(get('status'), c.status);
      assert.equal(get('quoted'), String(c.quoted));
      assert.equal(get('findings'), FINDINGS_OF[c.id]);
    });
  });

  test('formula injection: text fields defused with a leading quote, numbers left alone', () => {
    const rows = parseCsv(out.slice(1)).slice(1);
    const byId = new Map(rows.map((r) => [r[0], r]));
    const col = (id: string, name: string): string => (byId.get(id) ?? [])[CSV_HEADER.indexOf(name)];
    assert.equal(col(c3.id, 'text'), "'=cmd|' /C calc'!A0");
    assert.equal(col(c3.id, 'location'), "'-Old Port");
    assert.equal(col(c3.id, 'source'), "'@attacker\ninjected line");
    assert.equal(col(c4.id, 'source'), "'\tTabbed");
    assert.equal(col(c6.id, 'source'), "'+Harbour Ledger");
    assert.equal(col(c4.id, 'value'), '-5');
    assert.equal(col(c4.id, 'low'), '-5.5');
    assert.equal(col(c4.id, 'text'), '5, "five"\nstill');
    for (const row of rows) {
      row.forEach((field, i) => {
        if (NUMERIC.has(CSV_HEADER[i])) assert.ok(field === '' || Number.isFinite(Number(field)), `${CSV_HEADER[i]}: ${field}`);
        else assert.doesNotMatch(field, /^[=+\-@\t\r]/, `${CSV_HEADER[i]}: ${field}`);
      });
    }
  });

  test('an empty result is the BOM and the header', () => {
    assert.equal(formatClaimsCsv(EMPTY), '\uFEFF' + CSV_HEADER.join(',') + '\r\n');
  });
});

/** Percent-encodes UTF-8 bytes outside the unreserved set, keeping `/`: written apart from the formatter. */
function encodePath(p: string): string {
  let out = '';
  for (const byte of Buffer.from(p, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~/]/.test(ch) ? ch : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Undoes SARIF 3.11.6 escaping: `\\[`, `\\]` and `\\\\` before a bracket. */
function unescapeSarif(s: string): string {
  return s.replace(/\\([\\[\]])/g, '$1');
}

function sarifValidator(): (doc: unknown) => string | null {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s) && URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(s));
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as object);
  return (doc) => (validate(doc) ? null : ajv.errorsText(validate.errors, { separator: '\n' }));
}

describe('sarif', () => {
  const options = { root: CORPUS_ROOT, toolVersion: '0.1.0' };
  const out = formatSarif(RESULT, options);
  const log = JSON.parse(out) as Sarif.Log;
  const run = log.runs[0];
  let validator: ((doc: unknown) => string | null) | undefined;
  const validate = (doc: unknown): string | null => (validator ??= sarifValidator())(doc);

  test('valid against the official SARIF 2.1.0 schema', () => {
    assert.equal(validate(log), null);
    assert.equal(validate(JSON.parse(formatSarif(EMPTY, options))), null);
    assert.ok(out.endsWith('}\n'));
  });

  test('the validator does reject a broken log', () => {
    const broken = JSON.parse(out) as { runs: Array<{ results: Array<{ level: string }>; columnKind: string }> };
    broken.runs[0].results[0].level = 'information';
    broken.runs[0].columnKind = 'bytes';
    assert.notEqual(validate(broken), null);
  });

  test('one run, the driver and a rule for every rule id', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const driver = run.tool.driver;
    assert.equal(driver.name, 'Corpus Review');
    assert.equal(driver.version, '0.1.0');
    assert.ok(driver.informationUri && new URL(driver.informationUri).protocol === 'https:');
    assert.deepEqual(driver.rules?.map((r) => r.id), [...RULES]);
    const defaults: Record<string, string> = { conflict: 'warning', 'internal-conflict': 'warning', update: 'note' };
    for (const r of driver.rules ?? []) {
      assert.ok(r.shortDescription?.text && r.fullDescription?.text && r.fullDescription.text.length > r.shortDescription.text.length);
      assert.equal(r.helpUri, `https://github.com/corpus-review/corpus-review/blob/main/docs/rules/${r.id}.md`);
      assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${r.id}.md`)), `docs/rules/${r.id}.md`);
      assert.equal(r.defaultConfiguration?.level, defaults[r.id]);
    }
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  test('one result per finding: rule, level, message, fingerprint, locations', () => {
    assert.equal(run.results?.length, RESULT.findings.length);
    RESULT.findings.forEach((f, i) => {
      const r = (run.results ?? [])[i];
      assert.equal(r.ruleId, f.rule);
      assert.equal(run.tool.driver.rules?.[r.ruleIndex ?? -1]?.id, f.rule);
      assert.equal(unescapeSarif(r.message.text ?? ''), f.message);
      assert.deepEqual(r.partialFingerprints, { 'corpusReview/v1': f.fingerprint });
      const present = f.claims.filter((id) => claimById.has(id));
      const located = [...(r.locations ?? []), ...(r.relatedLocations ?? [])];
      assert.equal(r.locations?.length, 1);
      assert.equal(located.length, present.length);
      located.forEach((loc, k) => {
        const c = claimById.get(present[k]) as Claim;
        const region = loc.physicalLocation?.region;
        assert.equal(loc.physicalLocation?.artifactLocation?.uri, encodePath(c.path));
        assert.equal(region?.startLine, c.line + 1);
        assert.equal(region?.startColumn, c.character + 1);
        assert.equal(region?.endLine, c.line + 1);
        assert.equal((region?.endColumn ?? 0) - (region?.startColumn ?? 0), c.end - c.start);
        assert.equal(region?.snippet?.text, c.text);
        const message = unescapeSarif(loc.message?.text ?? '');
        for (const part of [c.text, c.path, c.source ?? 'source unknown', c.date ?? 'date unknown']) assert.ok(message.includes(part), `${message} names ${part}`);
      });
      const ids = (r.relatedLocations ?? []).map((l) => l.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.ok(ids.every((id) => Number.isInteger(id) && (id ?? -1) >= 0));
    });
  });

  test('brackets in message text are escaped so viewers make no embedded links', () => {
    const results = run.results ?? [];
    assert.equal(results[0].message.text, '- not a list, <b>bold</b> \\[1\\] 42 vs 47 \\\\\\[2\\]');
    const c6Message = results[2].relatedLocations?.[0].message?.text ?? '';
    assert.ok(c6Message.includes('\\[x\\](javascript:alert(1))'), c6Message);
    assert.equal(results[2].relatedLocations?.[0].physicalLocation?.region?.snippet?.text, c6.text, 'snippets are artifact text, not messages');
    for (const r of results) {
      for (const text of [r.message.text ?? '', ...[...(r.locations ?? []), ...(r.relatedLocations ?? [])].map((l) => l.message?.text ?? '')]) {
        assert.doesNotMatch(text, /(?<!\\)(?:\\\\)*[[\]]/, text);
      }
    }
  });

  test('levels: error → error, warning → warning, information and hint → note', () => {
    const expected: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
    for (const severity of Object.keys(expected) as Severity[]) {
      const one: CheckResult = { ...RESULT, findings: [{ ...RESULT.findings[0], severity }] };
      const r = (JSON.parse(formatSarif(one, options)) as Sarif.Log).runs[0].results?.[0];
      assert.equal(r?.level, expected[severity], severity);
    }
  });

  test('reviewed findings are suppressed externally, with the note as justification', () => {
    RESULT.findings.forEach((f, i) => {
      const s = (run.results ?? [])[i].suppressions;
      if (!f.review) {
        assert.equal(s, undefined, f.id);
        return;
      }
      assert.equal(s?.length, 1);
      assert.equal(s?.[0].kind, 'external');
      assert.equal(s?.[0].status, 'accepted');
      assert.equal(s?.[0].justification, f.review.note);
    });
    assert.equal((run.results ?? [])[1].suppressions?.[0].justification, 'different districts');
  });

  test('every URI parses; artifact locations resolve against CORPUSROOT to the right files', () => {
    const base = run.originalUriBaseIds?.CORPUSROOT?.uri ?? '';
    assert.ok(base.startsWith('file:///') && base.endsWith('/'), base);
    assert.equal(fileURLToPath(base), CORPUS_ROOT + path.sep);
    const uris: string[] = [];
    const visit = (v: unknown, key: string): void => {
      if (typeof v === 'string' && /uri$/i.test(key)) uris.push(v);
      else if (Array.isArray(v)) v.forEach((x) => visit(x, ''));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
    };
    visit(log, '');
    assert.ok(uris.length > 10);
    for (const uri of uris) {
      assert.ok(URL.canParse(uri, base), uri);
      assert.match(uri, /^[\x21-\x7E]+$/, `${uri} is ASCII, percent-encoded`);
    }
    const artifacts = run.artifacts ?? [];
    assert.deepEqual(artifacts.map((a) => decodeURIComponent(a.location?.uri ?? '')), [AR_PATH, EN_PATH, EN2_PATH]);
    for (const a of artifacts) {
      assert.equal(a.encoding, 'utf-8');
      assert.equal(a.location?.uriBaseId, 'CORPUSROOT');
    }
    const expectedFile = (p: string): string => path.join(CORPUS_ROOT, ...p.split('/'));
    for (const r of run.results ?? []) {
      for (const loc of [...(r.locations ?? []), ...(r.relatedLocations ?? [])]) {
        const al = loc.physicalLocation?.artifactLocation;
        assert.equal(al?.uriBaseId, 'CORPUSROOT');
        const file = fileURLToPath(new URL(al?.uri ?? '', base));
        assert.equal(artifacts[al?.index ?? -1]?.location?.uri, al?.uri);
        assert.ok([AR_PATH, EN_PATH, EN2_PATH].map(expectedFile).includes(file), file);
      }
    }
    assert.equal(artifacts[0].location?.uri, encodePath(AR_PATH));
    assert.ok((artifacts[0].location?.uri ?? '').startsWith('%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/'));
    assert.ok((artifacts[1].location?.uri ?? '').endsWith('%231.md'), 'a # in a file name is not a fragment');
  });

  test('skipped files are tool notifications', () => {
    const notes = run.invocations?.[0].toolExecutionNotifications ?? [];
    assert.equal(notes.length, 1);
    assert.ok(notes[0].message.text?.includes('binary file'));
    assert.equal(decodeURIComponent(notes[0].locations?.[0].physicalLocation?.artifactLocation?.uri ?? ''), 'صور/خريطة.png');
  });
});

describe('text', () => {
  const out = formatText(RESULT);
  const lines = out.split('\n');

  test("every claim of a finding is listed as path:line:col (1-based) under its finding", () => {
    for (const f of RESULT.findings) {
      const header = lines.findIndex((l) => l.startsWith(`${f.severity} ${f.rule} (${f.id}): `));
      assert.ok(header >= 0, f.id);
      f.claims.forEach((id, k) => {
        const c = claimById.get(id);
        const line = lines[header + 1 + k];
        if (c) assert.ok(line.startsWith(`  ${c.path}:${c.line + 1}:${c.character + 1}  `), line);
        else assert.ok(line.includes(id), line);
      });
    }
    for (const c of claimsInFindings) assert.ok(out.includes(`${c.path}:${c.line + 1}:${c.character + 1}`), c.id);
    assert.ok(!out.includes(`${c4.path}:${c4.line + 1}:`), 'a claim in no finding is not listed');
  });

  test('claim lines: text, metric/scope, source · date · status', () => {
    const line = lines.find((l) => l.includes(`${c3.path}:13:6`)) ?? '';
    assert.equal(line, `  ${c3.path}:13:6  =cmd|' /C calc'!A0  killed/civilians (-Old Port)  @attacker injected line · unknown date · unconfirmed`);
    assert.ok(lines.some((l) => l === `  ${AR_PATH}:4:15  نحو ٤٢  killed (مرسى النور)  وكالة أنباء الساحل · 2025-03-12 · reported · quoted`));
  });

  test('summary, review marks and skipped files', () => {
    assert.ok(lines.includes('3 articles, 6 claims, 4 findings (1 error, 2 warnings, 1 information); 3 reviewed'));
    assert.ok(lines.some((l) => l.startsWith('warning internal-conflict (f2): ') && l.endsWith('  [dismissed by mona: different districts]')));
    assert.ok(lines.some((l) => l.startsWith('error conflict (f4): ') && l.endsWith('  [accepted 47 by sami: ministry figure]')));
    assert.ok(lines.some((l) => l.startsWith('information update (f3): ') && l.endsWith('  [update]')));
    assert.ok(lines.includes('  صور/خريطة.png: binary file (contains NUL bytes)'));
    assert.ok(out.endsWith('\n'));
    assert.equal(formatText(EMPTY), '0 articles, 0 claims, 0 findings (0 errors, 0 warnings, 0 information); 0 reviewed\n');
  });

  test('corpus text cannot add lines, escape sequences or bidi overrides', () => {
    assert.ok(!lines.some((l) => l.startsWith('injected line')));
    for (const ch of ['\u001B', '\u202E', '\r']) assert.ok(!out.includes(ch), `U+${ch.charCodeAt(0).toString(16)}`);
    assert.ok(out.includes('قناة\uFFFD[31m الأفق'));
  });
});

/** Cells of a Markdown table row: split at pipes not escaped by a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      cell += row[i] + (row[i + 1] ?? '');
      i++;
    } else if (row[i] === '|') {
      out.push(cell);
      cell = '';
    } else cell += row[i];
  }
  out.push(cell);
  return out;
}

describe('markdown', () => {
  const out = formatMarkdown(RESULT);
  const lines = out.split('\n');

  test('summary table, one section per finding, articles and skipped files', () => {
    for (const row of ['| Articles | 3 |', '| Claims | 6 |', '| Findings | 4 |', '| Errors | 1 |', '| Warnings | 2 |', '| Information | 1 |', '| Reviewed | 3 |', '| Skipped files | 1 |']) {
      assert.ok(lines.includes(row), row);
    }
    for (const f of RESULT.findings) assert.ok(lines.some((l) => l.startsWith(`### ${f.id} · ${f.severity} · ${f.rule}`)), f.id);
    assert.ok(lines.includes('## Articles') && lines.includes('## Skipped files'));
    assert.ok(lines.some((l) => l.startsWith('**Reviewed:** **dismissed** by mona') && l.endsWith(': different districts')));
    assert.ok(out.endsWith('|\n'));
    assert.match(formatMarkdown(EMPTY), /^No findings\.$/m);
  });

  test('every claim of a finding is in a table row with its 1-based position', () => {
    for (const c of claimsInFindings) {
      const where = `${c.path}:${c.line + 1}:${c.character + 1}`.replace(/[\\`*_[\]|~#!$]/g, '\\$&');
      assert.ok(lines.some((l) => l.startsWith('| ') && l.includes(where)), where);
    }
  });

  test('tables keep their shape: untrusted pipes and line breaks are escaped', () => {
    let width = 0;
    let rows = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      const n = cells(line).length;
      if (!width) width = n;
      assert.equal(n, width, line);
      rows++;
    }
    assert.ok(rows > 20);
  });

  test('corpus text is inert: no HTML, no emphasis, code, links or escapes', () => {
    assert.ok(!out.includes('<script') && !out.includes('<b>') && !out.includes('<2>'));
    assert.ok(out.includes('&lt;script&gt;\\|pipe'));
    assert.ok(out.includes('\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](javascript:alert(1))'));
    assert.ok(out.includes('Storm \\| \\*Yasmin\\*'));
    assert.ok(lines.includes('\\- not a list, &lt;b&gt;bold&lt;/b&gt; \\[1\\] 42 vs 47 \\\\\\[2\\]'));
    for (const ch of ['\u001B', '\u202E', '\r']) assert.ok(!out.includes(ch), `U+${ch.charCodeAt(0).toString(16)}`);
  });

  test('right-to-left text is isolated; paths read left to right', () => {
    assert.ok(out.includes('\u2068نحو ٤٢\u2069'), 'Arabic figure in a first-strong isolate');
    assert.ok(out.includes(`\u2066${AR_PATH}:4:15\u2069`), 'Arabic path in a left-to-right isolate');
    assert.ok(lines.includes('\u2068نحو ٤٢ مقابل ١٢ في المقال نفسه\u2069'), 'Arabic message isolated');
    const opens = (out.match(/[\u2066-\u2068]/g) ?? []).length;
    const closes = (out.match(/\u2069/g) ?? []).length;
    assert.equal(opens, closes);
  });
});
