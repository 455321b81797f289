// corpus-review.yaml: parseConfig against the JSON Schema (they must agree), positions,
// partial application, garbage that must never throw, and loadConfig on real folders.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import { closest, editDistance } from '../../src/core/config/closest';
import { loadConfig } from '../../src/core/config/load-config';
import { parseConfig } from '../../src/core/config/parse-config';
import type { FileProblem } from '../../src/core/config/types';
import { CUE_PATTERN, DATE_PATTERN, GLOB_PATTERN, ID_PATTERN, URL_PATTERN } from '../../src/core/config/values';
import { seededRandom } from './helpers/random';

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMA_FILE = path.join(ROOT, 'schemas', 'corpus-review.schema.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** What ajv says of the file, read as plain YAML (an empty file is an empty configuration). */
function schemaAccepts(text: string): boolean {
  const data: unknown = parseDocument(text).toJS() ?? {};
  return validate(data) === true;
}

const parse = (text: string) => parseConfig(text, 'corpus-review.yaml');
const messages = (problems: FileProblem[]) => problems.map((p) => p.message);
const at = (p: FileProblem) => [p.line, p.column, p.endLine, p.endColumn];

// ---------------------------------------------------------------------------------------------
// The JSON Schema and the validator agree

/** [config, valid]: every key, valid and invalid. */
const TABLE: Array<[string, boolean]> = [
  ['', true],
  ['# only a comment\n', true],
  ['include: ["**/*.md", "news/*.txt"]\nexclude: [drafts/**]\n', true],
  ['include: "**/*.md"\n', false],
  ['include: []\n', false],
  ['exclude: []\n', true],
  ['exclude: [""]\n', false],
  ['exclude: ["   "]\n', false],
  ['include: [12]\n', false],
  ['languages: [ar]\n', true],
  ['languages: [ar, fr]\n', false],
  ['languages: []\n', false],
  ['languages: en\n', false],
  ['tolerance: 0\n', true],
  ['tolerance: 0.15\n', true],
  ['tolerance: 1\n', false],
  ['tolerance: -0.1\n', false],
  ['tolerance: "0.1"\n', false],
  ['tolerance: .inf\n', false],
  ['tolerance:\n', false],
  ['metrics:\n  killed:\n    cues: {ar: [قتلى, لقوا حتفهم], en: [dead, lost their lives]}\n    replace: false\n    cumulative: true\n    kind: quantity\n    enabled: true\n', true],
  ['metrics:\n  losses:\n    kind: money\n', true],
  ['metrics:\n  killed:\n    cumulative: "yes please"\n', false],
  ['metrics:\n  killed:\n    kind: people\n', false],
  ['metrics:\n  Killed: {}\n', false],
  ['metrics:\n  1st: {}\n', false],
  ['metrics:\n  killed:\n    cues: {fr: [morts]}\n', false],
  ['metrics:\n  killed:\n    cues: {en: ["a b c d e"]}\n', true],
  ['metrics:\n  killed:\n    cues: {en: ["a b c d e f"]}\n', false],
  ['metrics:\n  killed:\n    cues: {en: [" dead"]}\n', false],
  ['metrics:\n  killed:\n    cues: {en: [""]}\n', false],
  ['metrics:\n  killed:\n    cues: {en: dead}\n', false],
  ['metrics:\n  killed:\n    colour: red\n', false],
  ['metrics: [killed]\n', false],
  ['scopes:\n  children:\n    cues: {ar: [أطفال]}\n    replace: true\n    enabled: false\n', true],
  ['scopes:\n  civilians:\n    cumulative: true\n', false],
  ['scopes:\n  under_18: {}\n', false],
  ['severities:\n  conflict: error\n  internal-conflict: hint\n  update: "off"\n', true],
  ['severities:\n  update: off\n', true],
  ['severities:\n  conflict: warn\n', false],
  ['severities:\n  conflicts: error\n', false],
  ['files:\n  - match: "reuters/*.md"\n    date: "2024-02-29"\n    source: Reuters\n    url: https://example.com/a?b=1\n    language: en\n', true],
  ['files:\n  - match: a.md\n    date: 2023-12-31\n', true],
  ['files:\n  - match: a.md\n    date: 2023-02-29\n', false],
  ['files:\n  - match: a.md\n    date: 2024-1-5\n', false],
  ['files:\n  - date: 2024-01-05\n', false],
  ['files:\n  - match: ""\n', false],
  ['files:\n  - match: a.md\n    url: ftp://example.com/a\n', false],
  ['files:\n  - match: a.md\n    url: example.com\n', false],
  ['files:\n  - match: a.md\n    source: 24\n', false],
  ['files:\n  - match: a.md\n    language: fr\n', false],
  ['files:\n  - match: a.md\n    author: me\n', false],
  ['files:\n  match: a.md\n', false],
  ['tolerence: 0.1\n', false],
  ['- include\n', false],
  ['just text\n', false],
  ['include: &md ["*.md"]\nexclude: *md\n', true],
];

describe('the JSON Schema and parseConfig agree', () => {
  test('on a table of configurations covering every key', () => {
    assert.ok(TABLE.length >= 25);
    for (const [text, valid] of TABLE) {
      const problems = parse(text).problems;
      assert.equal(problems.length === 0, valid, `parseConfig on ${JSON.stringify(text)}: ${messages(problems).join('; ')}`);
      assert.equal(schemaAccepts(text), valid, `schema on ${JSON.stringify(text)}: ${JSON.stringify(validate.errors)}`);
    }
  });

  test('on every day of the calendar, leap years included, and on impossible days', () => {
    for (const year of ['1900', '2000', '2023', '2024', '2100', '0000']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const text = `files:\n  - match: a.md\n    date: "${iso}"\n`;
          const real = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000 + (Number(year) % 400), month, 0)).getUTCDate();
          assert.equal(parse(text).problems.length === 0, real, `parseConfig on ${iso}`);
          assert.equal(schemaAccepts(text), real, `schema on ${iso}`);
        }
      }
    }
  });

  test('the schema uses the same patterns as the validator', () => {
    const text = fs.readFileSync(SCHEMA_FILE, 'utf8');
    for (const pattern of [GLOB_PATTERN, CUE_PATTERN, ID_PATTERN, URL_PATTERN, DATE_PATTERN]) {
      assert.ok(text.includes(JSON.stringify(pattern)), `schema lacks the pattern ${pattern}`);
    }
  });

  test('every property has a description and a markdownDescription; no object allows other keys', () => {
    const seen: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.type === 'object') assert.equal(o.additionalProperties, false, `${where}: additionalProperties`);
      for (const group of ['properties', 'patternProperties', 'definitions']) {
        const children = o[group] as Record<string, Record<string, unknown>> | undefined;
        for (const [name, child] of Object.entries(children ?? {})) {
          const here = `${where}/${group}/${name}`;
          seen.push(here);
          assert.equal(typeof child.description, 'string', `${here}: description`);
          assert.equal(typeof child.markdownDescription, 'string', `${here}: markdownDescription`);
          visit(child, here);
        }
      }
      if (o.items) visit(o.items, `${where}/items`);
    };
    visit(schema, '#');
    assert.ok(seen.length > 30, `only ${seen.length} properties seen`);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  test('what parseConfig keeps is always valid by the schema, whatever it was given', () => {
    for (const [text] of TABLE) {
      const { config } = parse(text);
      assert.ok(validate(config), `${JSON.stringify(text)} kept ${JSON.stringify(config)}: ${JSON.stringify(validate.errors)}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Messages and positions

const ARABIC_FILE = [
  '# إعدادات المدونة: تقارير الضحايا', // 1
  'languages: [ar, en]   # العربية والإنجليزية', // 2
  'metrics:', // 3
  '  killed:', // 4
  '    cues:', // 5
  '      ar: [قتلى, "  ضحايا", لقوا حتفهم]  # «قتلى»', // 6
  '    cumulative: نعم', // 7
  '    cumulatve: true', // 8
  'tolerence: 0.2', // 9
  'files:', // 10
  '  - match: "akhbar/*.md"', // 11
  '    date: 2022-02-30', // 12
  '',
].join('\n');

describe('problems name the key path and point at the offending node', () => {
  const { config, problems } = parse(ARABIC_FILE);

  test('in a file with comments and Arabic text, every position is exact', () => {
    assert.deepEqual(
      problems.map((p) => [...at(p), p.message]),
      [
        [6, 18, 6, 27, 'metrics.killed.cues.ar[1]: expected a cue of 1 to 5 words, got "  ضحايا" (remove the spaces at its ends)'],
        [7, 17, 7, 20, 'metrics.killed.cumulative: expected true or false, got "نعم"'],
        [8, 5, 8, 14, 'metrics.killed: unknown key "cumulatve" (did you mean "cumulative"?)'],
        [9, 1, 9, 10, 'unknown key "tolerence" (did you mean "tolerance"?)'],
        [12, 11, 12, 21, 'files[0].date: expected a date YYYY-MM-DD, got "2022-02-30" (there is no such day)'],
      ],
    );
    assert.ok(problems.every((p) => p.path === 'corpus-review.yaml' && p.severity === 'error'));
  });

  test('the positions slice exactly the offending text', () => {
    const lines = ARABIC_FILE.split('\n');
    const slice = (p: FileProblem) => lines[p.line - 1].slice(p.column - 1, (p.endColumn ?? 0) - 1);
    assert.deepEqual(problems.map(slice), ['"  ضحايا"', 'نعم', 'cumulatve', 'tolerence', '2022-02-30']);
  });

  test('the rest of the file still applies', () => {
    assert.deepEqual(config, {
      languages: ['ar', 'en'],
      metrics: { killed: { cues: { ar: ['قتلى', 'لقوا حتفهم'] } } },
      files: [{ match: 'akhbar/*.md' }],
    });
  });

  test('the example messages', () => {
    assert.deepEqual(messages(parse('metrics:\n  killed:\n    cumulative: yes please\n').problems), [
      'metrics.killed.cumulative: expected true or false, got "yes please"',
    ]);
    assert.deepEqual(messages(parse('tolerence: 0.1\n').problems), ['unknown key "tolerence" (did you mean "tolerance"?)']);
    assert.deepEqual(messages(parse('include: "**/*.md"\n').problems), [
      'include: expected a list of glob patterns, got "**/*.md" (write a list even for one item: ["**/*.md"])',
    ]);
    assert.deepEqual(messages(parse('severities:\n  conflicts: error\n').problems), ['severities: unknown key "conflicts" (did you mean "conflict"?)']);
    assert.deepEqual(messages(parse('metrics:\n  killed:\n    kind: monney\n').problems), [
      'metrics.killed.kind: expected one of "quantity", "money", got "monney" (did you mean "money"?)',
    ]);
    assert.deepEqual(messages(parse('tolerance: 10%\n').problems), [
      'tolerance: expected a number from 0 up to but not including 1 (0.1 means ±10%), got "10%" (write 10% as 0.1)',
    ]);
    assert.deepEqual(messages(parse('files:\n  - match: a.md\n    source: 2024\n').problems), [
      'files[0].source: expected a string, got 2024 (put it in quotes to make it text: "2024")',
    ]);
    assert.deepEqual(messages(parse('colour: red\n').problems), ['unknown key "colour"'], 'no suggestion when nothing is near');
    assert.deepEqual(messages(parse('languages: [fr]\n').problems), ['languages[0]: expected one of "ar", "en", got "fr"'], '"fr" is not a typo of "ar"');
  });

  test('an empty value points at its key; a missing required key at the entry', () => {
    const p = parse('tolerance:\nfiles:\n  - source: AFP\n    date: 2024-01-02\n').problems;
    assert.deepEqual(
      p.map((x) => [...at(x), x.message]),
      [
        [1, 1, 1, 10, 'tolerance: expected a number from 0 up to but not including 1 (0.1 means ±10%), got nothing'],
        [3, 5, 3, 16, 'files[0]: missing required key "match"'],
      ],
    );
  });

  test('a top level that is not a mapping is one problem', () => {
    for (const text of ['- a\n- b\n', 'hello\n', '42\n', '[include]\n']) {
      const r = parse(text);
      assert.deepEqual(r.config, {});
      assert.equal(r.problems.length, 1, text);
      assert.match(r.problems[0].message, /^expected a mapping of settings \(include, .*\), got /);
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [1, 1]);
    }
  });

  test('an empty file, only comments, or an empty document are the defaults without problems', () => {
    for (const text of ['', '\n\n', '# a\n   # b\n', '---\n', '\uFEFF', '~\n']) assert.deepEqual(parse(text), { config: {}, problems: [], path: 'corpus-review.yaml' }, JSON.stringify(text));
  });

  test('a BOM does not shift columns', () => {
    assert.deepEqual(parse('\uFEFFtolerence: 0.1\n').problems.map(at), [[1, 1, 1, 10]]);
  });

  test('CRLF line ends give the same positions', () => {
    const crlf = ARABIC_FILE.replace(/\n/g, '\r\n');
    assert.deepEqual(parse(crlf).problems.map(at), parse(ARABIC_FILE).problems.map(at));
  });
});

describe('YAML errors void the file; warnings do not', () => {
  const cases: Array<[string, string, number, number]> = [
    ['duplicate key', 'tolerance: 0.1\nmetrics: {}\ntolerance: 0.2\n', 3, 1],
    ['tab indentation', 'metrics:\n\tkilled: {}\n', 2, 1],
    ['unclosed flow list', 'include: ["*.md"\nexclude: []\n', 2, 1],
    ['unclosed quote (reported where the file ends)', 'tolerance: 0.1\ninclude: ["*.md]\n', 3, 1],
    ['two documents', 'tolerance: 0.1\n---\ntolerance: 0.2\n', 2, 1],
  ];
  for (const [name, text, line, column] of cases) {
    test(name, () => {
      const r = parse(text);
      assert.deepEqual(r.config, {}, 'nothing applies from a broken file');
      assert.ok(r.problems.length >= 1);
      assert.ok(r.problems.every((p) => p.severity === 'error' && p.message.startsWith('YAML: ')));
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [line, column], JSON.stringify(r.problems));
    });
  }

  test('a duplicate key says so', () => {
    assert.deepEqual(messages(parse('a: 1\na: 2\n').problems), ['YAML: Map keys must be unique']);
  });

  test('a warning is reported and the configuration still applies', () => {
    const r = parse('tolerance: 0.2\nlanguages: !custom [ar]\n');
    assert.deepEqual(r.config, { tolerance: 0.2, languages: ['ar'] });
    assert.deepEqual(
      r.problems.map((p) => [p.severity, p.line, p.column, p.message]),
      [['warning', 2, 12, 'YAML: Unresolved tag: !custom']],
    );
  });
});

describe('partial application: an invalid entry is dropped alone', () => {
  test('a bad tolerance is dropped, metrics stay', () => {
    const r = parse('tolerance: 5\nmetrics:\n  killed: {cumulative: false}\n');
    assert.deepEqual(r.config, { metrics: { killed: { cumulative: false } } });
    assert.equal(r.problems.length, 1);
  });

  test('one bad cue drops that cue only; a list left empty is dropped', () => {
    const r = parse('scopes:\n  children:\n    cues:\n      en: [kids, "", minors]\n      ar: ["   "]\n    replace: true\n');
    assert.deepEqual(r.config, { scopes: { children: { cues: { en: ['kids', 'minors'] }, replace: true } } });
    assert.equal(r.problems.length, 2);
  });

  test('a files entry without match is dropped alone; a bad field drops that field', () => {
    const r = parse(
      'files:\n  - match: a/*.md\n    source: AFP\n  - source: Reuters\n  - match: b/*.md\n    url: not a url\n    language: ar\n  - 17\n',
    );
    assert.deepEqual(r.config, {
      files: [
        { match: 'a/*.md', source: 'AFP' },
        { match: 'b/*.md', language: 'ar' },
      ],
    });
    assert.deepEqual(messages(r.problems), [
      'files[1]: missing required key "match"',
      'files[2].url: expected an http:// or https:// URL, got "not a url" (only http and https URLs, written in full)',
      'files[3]: expected a mapping of file metadata, got 17',
    ]);
  });

  test('a bad metric id drops that metric; a bad severity drops that rule', () => {
    const r = parse('metrics:\n  Killed: {enabled: false}\n  injured: {enabled: false}\nseverities: {update: loud, conflict: warning}\n');
    assert.deepEqual(r.config, { metrics: { injured: { enabled: false } }, severities: { conflict: 'warning' } });
    assert.deepEqual(messages(r.problems), [
      'metrics: "Killed" is not a valid metric id: use lowercase letters, digits and "-", starting with a letter (did you mean "killed"?)',
      'severities.update: expected one of "error", "warning", "information", "hint", "off", got "loud"',
    ]);
  });

  test('a list whose items are all invalid is dropped, not kept empty', () => {
    assert.deepEqual(parse('languages: [fr, de]\ninclude: [""]\n').config, {});
  });
});

describe('dates, aliases and odd YAML', () => {
  test('an unquoted date, a quoted one and a YAML 1.1 timestamp all give the string', () => {
    for (const text of [
      'files:\n  - {match: a, date: 2024-03-01}\n',
      'files:\n  - {match: a, date: "2024-03-01"}\n',
      'files:\n  - {match: a, date: !!timestamp 2024-03-01}\n',
      '%YAML 1.1\n---\nfiles:\n  - {match: a, date: 2024-03-01}\n',
    ]) {
      const r = parse(text);
      assert.deepEqual(r.problems, [], text);
      assert.deepEqual(r.config, { files: [{ match: 'a', date: '2024-03-01' }] }, text);
    }
  });

  test('a timestamp with a time of day is not a date', () => {
    const r = parse('files:\n  - {match: a, date: !!timestamp 2024-03-01T10:00:00Z}\n');
    assert.deepEqual(r.config, { files: [{ match: 'a' }] });
    assert.match(r.problems[0].message, /^files\[0\]\.date: expected a date YYYY-MM-DD, got the timestamp 2024-03-01T10:00:00.000Z/);
  });

  test('YAML 1.1 booleans are booleans there, strings in YAML 1.2', () => {
    assert.deepEqual(parse('%YAML 1.1\n---\nmetrics: {killed: {cumulative: yes}}\n').config, { metrics: { killed: { cumulative: true } } });
    assert.equal(parse('metrics: {killed: {cumulative: yes}}\n').problems.length, 1);
  });

  test('anchors and aliases are followed; unknown and self-referring aliases are problems', () => {
    const shared = parse('metrics:\n  killed: {cues: &cues {en: [dead]}}\nscopes:\n  civilians: {cues: *cues}\n');
    assert.deepEqual(shared.config, { metrics: { killed: { cues: { en: ['dead'] } } }, scopes: { civilians: { cues: { en: ['dead'] } } } });
    const unknown = parse('include: *nothing\ntolerance: 0.3\n');
    assert.deepEqual(unknown.config, { tolerance: 0.3 });
    assert.deepEqual(unknown.problems.map((p) => [...at(p), p.message]), [[1, 10, 1, 18, 'include: unknown alias *nothing (an anchor &nothing must come before it)']]);
    const cycle = parse('include: &x ["*.md", *x]\n');
    assert.deepEqual(cycle.config, { include: ['*.md'] });
    assert.deepEqual(messages(cycle.problems), ['include[1]: alias refers to a collection that contains it']);
  });

  test('aliases that expand to too many values stop with one problem', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(', ');
    const metrics = Array.from({ length: 1000 }, (_, i) => `  m${i}: {cues: *c}`).join('\n');
    const text = `scopes:\n  s: {cues: &c {en: [${words}]}}\nmetrics:\n${metrics}\n`;
    const start = Date.now();
    const r = parse(text);
    assert.ok(Date.now() - start < 5000, 'bounded time');
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /^metrics\.m\d+\.cues\.en\[\d+\]: too many values \(aliases expand beyond what a configuration can hold\)$/);
    const kept = Object.keys(r.config.metrics ?? {}).length;
    assert.ok(kept > 50 && kept < 100, `what was read before the limit applies (${kept} metrics)`);
  });

  test('keys that are not plain names are problems, not crashes', () => {
    const r = parse('? [a, b]\n: 1\nnull: 2\n1: 3\ntolerance: 0.5\n');
    assert.deepEqual(r.config, { tolerance: 0.5 });
    assert.deepEqual(messages(r.problems), ['keys must be plain names, not a list', 'unknown key ""', 'unknown key "1"']);
  });
});

// ---------------------------------------------------------------------------------------------
// Garbage never throws


const VALID = [
  ARABIC_FILE,
  TABLE.filter(([, valid]) => valid).map(([text]) => text).join(''),
  'include: ["**/*.md"]\nmetrics:\n  killed: {cues: {ar: [قتلى], en: [dead]}, cumulative: true}\nfiles:\n  - {match: a.md, date: 2024-01-02, url: "https://x.y/z"}\n',
];
const PIECES = ['\n', ' ', '  ', '\t', ':', '- ', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '!!', '?', '|', '>', '%', '---', '...', '\uFEFF', '\r', 'قتلى', '\u0000', '\uD800', 'tolerance', 'files', 'match', '2024-02-30'];

function checkResult(text: string): void {
  let result;
  try {
    result = parse(text);
  } catch (e) {
    assert.fail(`parseConfig threw on ${JSON.stringify(text)}: ${(e as Error).stack}`);
  }
  const lines = text.replace(/^\uFEFF/, '').split('\n').length;
  for (const p of result.problems) {
    const ok =
      Number.isInteger(p.line) && p.line >= 1 && p.line <= lines && Number.isInteger(p.column) && p.column >= 1 &&
      (p.endLine === undefined || p.endLine >= p.line) && (p.severity === 'error' || p.severity === 'warning') &&
      p.message.length > 0 && !p.message.startsWith('internal error');
    assert.ok(ok, `bad problem ${JSON.stringify(p)} for ${JSON.stringify(text)}`);
  }
  assert.ok(validate(result.config), `kept an invalid config ${JSON.stringify(result.config)} from ${JSON.stringify(text)}`);
  if (result.problems.length === 0 && !/%YAML|!!timestamp/.test(text)) {
    assert.ok(schemaAccepts(text), `no problems but the schema refuses ${JSON.stringify(text)}: ${JSON.stringify(validate.errors)}`);
  }
}

describe('garbage never throws', () => {
  test('random byte strings', () => {
    const next = seededRandom(20240229);
    for (let i = 0; i < 400; i++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 256)));
      checkResult(bytes.toString(next() < 0.5 ? 'utf8' : 'latin1'));
    }
  });

  test('mutated valid configurations', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 600; i++) {
      let text = VALID[i % VALID.length];
      for (let edits = 1 + Math.floor(next() * 4); edits > 0; edits--) {
        const pos = Math.floor(next() * (text.length + 1));
        const cut = Math.floor(next() * 6);
        const piece = next() < 0.5 ? PIECES[Math.floor(next() * PIECES.length)] : '';
        text = text.slice(0, pos) + piece + text.slice(pos + (piece === '' || next() < 0.5 ? cut : 0));
      }
      checkResult(text);
    }
  });

  test('huge and deeply nested inputs', () => {
    checkResult(`include: ${'['.repeat(2000)}${']'.repeat(2000)}\n`);
    checkResult(`metrics:\n${Array.from({ length: 2000 }, (_, i) => `  m${i}: {kind: quantity}`).join('\n')}\n`);
    checkResult(`include: ["${'*'.repeat(100000)}"]\n`);
  });
});

// ---------------------------------------------------------------------------------------------
// closest and editDistance

test('editDistance counts a swap of neighbours as one edit; closest suggests only near names', () => {
  assert.equal(editDistance('tolerence', 'tolerance'), 1);
  assert.equal(editDistance('cumualtive', 'cumulative'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(closest('Tolerance', ['include', 'tolerance']), 'tolerance');
  assert.equal(closest('severity', ['severities', 'scopes']), 'severities');
  assert.equal(closest('colour', ['include', 'exclude', 'scopes']), undefined);
  assert.equal(closest('EN', ['ar', 'en']), 'en');
  assert.equal(closest('fr', ['ar', 'en']), undefined);
});

// ---------------------------------------------------------------------------------------------
// loadConfig on real folders

function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-config-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('loadConfig', () => {
  test('no file: the defaults', async () => {
    assert.deepEqual(await loadConfig(tempDir()), { config: {}, problems: [], path: null });
  });

  test('corpus-review.yaml, with a BOM stripped', async () => {
    const dir = tempDir({ 'corpus-review.yaml': '\uFEFFtolerence: 0.3\nlanguages: [ar]\n' });
    const r = await loadConfig(dir);
    assert.equal(r.path, path.join(dir, 'corpus-review.yaml'));
    assert.deepEqual(r.config, { languages: ['ar'] });
    assert.deepEqual(r.problems.map((p) => [p.path, ...at(p)]), [[path.join(dir, 'corpus-review.yaml'), 1, 1, 1, 10]]);
  });

  test('corpus-review.yml when there is no .yaml; a .yml beside a .yaml is ignored with a warning', async () => {
    const yml = tempDir({ 'corpus-review.yml': 'tolerance: 0.2\n' });
    assert.deepEqual(await loadConfig(yml), { config: { tolerance: 0.2 }, problems: [], path: path.join(yml, 'corpus-review.yml') });
    const both = tempDir({ 'corpus-review.yaml': 'tolerance: 0.3\n', 'corpus-review.yml': 'tolerance: 0.2\n' });
    const r = await loadConfig(both);
    assert.deepEqual(r.config, { tolerance: 0.3 });
    assert.deepEqual(r.problems.map((p) => [p.path, p.severity]), [[path.join(both, 'corpus-review.yml'), 'warning']]);
  });

  test('an explicit path, relative to the root or absolute', async () => {
    const dir = tempDir({ 'conf/review.yaml': 'exclude: [drafts/**]\n' });
    const abs = path.join(dir, 'conf', 'review.yaml');
    assert.deepEqual(await loadConfig(dir, 'conf/review.yaml'), { config: { exclude: ['drafts/**'] }, problems: [], path: abs });
    assert.deepEqual((await loadConfig(os.tmpdir(), abs)).config, { exclude: ['drafts/**'] });
  });

  test('an explicit path that is missing or a folder is a problem at 1:1, not a throw', async () => {
    const dir = tempDir({ 'sub/x.txt': '' });
    for (const [name, why] of [['missing.yaml', 'the file does not exist'], ['sub', 'it is a directory, not a file']]) {
      const r = await loadConfig(dir, name);
      assert.deepEqual(r.config, {});
      assert.equal(r.path, path.join(dir, name));
      assert.deepEqual(r.problems, [{ path: path.join(dir, name), line: 1, column: 1, message: `cannot read the configuration: ${why}`, severity: 'error' }]);
    }
  });

  test('a corpus-review.yaml that is a folder is a problem', async () => {
    const dir = tempDir({ 'corpus-review.yaml/x': '' });
    const r = await loadConfig(dir);
    assert.deepEqual(r.config, {});
    assert.deepEqual(messages(r.problems), ['cannot read the configuration: it is a directory, not a file']);
  });

  test('invalid UTF-8 is a warning at the first bad byte; the rest is read', async () => {
    const bytes = Buffer.concat([Buffer.from('tolerance: 0.2\nfiles:\n  - match: "a'), Buffer.from([0xff, 0xfe]), Buffer.from('.md"\n')]);
    const dir = tempDir({ 'corpus-review.yaml': bytes });
    const r = await loadConfig(dir);
    assert.deepEqual(r.config, { tolerance: 0.2, files: [{ match: 'a\uFFFD\uFFFD.md' }] });
    assert.deepEqual(r.problems.map((p) => [p.severity, p.line, p.column]), [['warning', 3, 14]]);
  });

  test('a syntax error in the file voids it', async () => {
    const dir = tempDir({ 'corpus-review.yaml': 'tolerance: 0.2\ntolerance: 0.3\n' });
    const r = await loadConfig(dir);
    assert.deepEqual(r.config, {});
    assert.deepEqual(r.problems.map((p) => [p.line, p.column, p.message]), [[2, 1, 'YAML: Map keys must be unique']]);
  });
});
