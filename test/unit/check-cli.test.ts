// `corpus-review check` as a process: formats, exit codes, configuration errors, review decisions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import type { CheckResult } from '../../src/core';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SAMPLES = path.join(ROOT, 'samples');
const SARIF_SCHEMA = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function run(args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function corpus(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-check-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const TWO_TOLLS = {
  'a.txt': 'The storm killed 40 people, the ministry said.\n',
  'b.txt': 'Rescuers said 52 people were killed in the storm.\n',
};

test('check --format json on the samples: the documented shape, every finding naming real claims', () => {
  const r = run(['check', 'samples', '--format', 'json', '--fail-on', 'never']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as CheckResult;
  assert.equal(doc.version, 1);
  assert.equal(doc.articles.length, fs.readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f)).length);
  assert.ok(doc.claims.length > 20);
  const keys = ['id', 'path', 'start', 'end', 'line', 'character', 'text', 'metric', 'scope', 'value', 'low', 'high', 'precision', 'date', 'source', 'status', 'quoted'];
  for (const c of doc.claims) {
    for (const k of keys) assert.ok(k in c, `claim ${c.id} lacks ${k}`);
    const text = fs.readFileSync(path.join(SAMPLES, c.path), 'utf8').replace(/^\ufeff/, '');
    assert.equal(text.slice(c.start, c.end), c.text, `${c.id} does not slice its file`);
  }
  const ids = new Set(doc.claims.map((c) => c.id));
  assert.ok(doc.findings.length > 0);
  for (const f of doc.findings) {
    for (const k of ['id', 'rule', 'severity', 'metric', 'scope', 'message', 'claims', 'fingerprint']) assert.ok(k in f, `finding ${f.id} lacks ${k}`);
    for (const id of f.claims) assert.ok(ids.has(id));
  }
});

test('exit codes: 1 when an open finding reaches --fail-on, 0 with never, 0 when nothing reaches it', () => {
  const dir = corpus(TWO_TOLLS);
  assert.equal(run(['check', dir]).code, 1);
  assert.equal(run(['check', dir, '--fail-on', 'never']).code, 0);
  assert.equal(run(['check', dir, '--fail-on', 'error']).code, 0);
  fs.writeFileSync(path.join(dir, 'corpus-review.yaml'), 'severities:\n  conflict: error\n');
  assert.equal(run(['check', dir, '--fail-on', 'error']).code, 1);
});

test('usage errors exit 2 with a reason', () => {
  for (const args of [['check', '--format', 'xml'], ['check', '--fail-on', 'sometimes'], ['check', 'no/such/folder'], ['check', 'a', 'b']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /corpus-review: /);
  }
});

test('a broken configuration is reported with file:line:column, the rest still applies, exit 2', () => {
  const dir = corpus({ ...TWO_TOLLS, 'corpus-review.yaml': '# settings\ntolerence: 0.2\nseverities:\n  conflict: error\n' });
  const r = run(['check', dir, '--format', 'json', '--fail-on', 'never']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /corpus-review\.yaml:2:1: error: .*tolerence.*tolerance/);
  const doc = JSON.parse(r.stdout) as CheckResult;
  assert.ok(doc.findings.some((f) => f.rule === 'conflict' && f.severity === 'error'), 'the valid severities key was not applied');
});

test('a dismissed finding in corpus-review.review.yaml is kept, marked, and no longer fails the run', () => {
  const dir = corpus(TWO_TOLLS);
  const first = JSON.parse(run(['check', dir, '--format', 'json', '--fail-on', 'never']).stdout) as CheckResult;
  const finding = first.findings.find((f) => f.rule === 'conflict');
  assert.ok(finding);
  fs.writeFileSync(path.join(dir, 'corpus-review.review.yaml'), `# decisions\ndecisions:\n  - fingerprint: "${finding.fingerprint}"\n    decision: dismissed\n    note: different storms\n`);
  const r = run(['check', dir, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const again = JSON.parse(r.stdout) as CheckResult;
  const same = again.findings.find((f) => f.fingerprint === finding.fingerprint);
  assert.equal(same?.review?.decision, 'dismissed');
  assert.equal(same?.review?.note, 'different storms');
});

test('fingerprints survive edits elsewhere in the articles', () => {
  const dir = corpus(TWO_TOLLS);
  const before = JSON.parse(run(['check', dir, '--format', 'json', '--fail-on', 'never']).stdout) as CheckResult;
  fs.writeFileSync(path.join(dir, 'a.txt'), 'A new first paragraph about the weather.\n\nThe storm killed 40 people, the ministry said.\n');
  const after = JSON.parse(run(['check', dir, '--format', 'json', '--fail-on', 'never']).stdout) as CheckResult;
  assert.deepEqual(after.findings.map((f) => f.fingerprint), before.findings.map((f) => f.fingerprint));
  assert.notDeepEqual(after.claims.map((c) => c.start), before.claims.map((c) => c.start));
});

test('check --format sarif validates against the SARIF 2.1.0 schema and points at the other reports', () => {
  const r = run(['check', 'samples', '--format', 'sarif', '--fail-on', 'never']);
  assert.equal(r.code, 0, r.stderr);
  const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ relatedLocations?: unknown[] }> }> };
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as object);
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
  assert.ok(log.runs[0].results.length > 0);
  assert.ok(log.runs[0].results.every((res) => (res.relatedLocations?.length ?? 0) > 0));
});

test('check --format csv: a BOM, CRLF rows, one row per claim', () => {
  const json = JSON.parse(run(['check', 'samples', '--format', 'json', '--fail-on', 'never']).stdout) as CheckResult;
  const r = run(['check', 'samples', '--format', 'csv', '--fail-on', 'never']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.charCodeAt(0), 0xfeff);
  const rows = r.stdout.slice(1).split('\r\n').filter(Boolean);
  assert.equal(rows.length, json.claims.length + 1);
});

test('check --format text lists each finding with clickable path:line:column', () => {
  const dir = corpus(TWO_TOLLS);
  const r = run(['check', dir]);
  assert.match(r.stdout, /a\.txt:1:18 {2}40 {2}killed/);
  assert.match(r.stdout, /b\.txt:1:/);
  assert.match(r.stdout, /2 articles, 2 claims, 1 finding/);
});

const SEEDS = path.resolve(ROOT, '../shared/seeds');

test('check on ../shared/seeds as a process: the death toll disagreement is reported, exit 1', { skip: fs.existsSync(SEEDS) ? false : `${SEEDS} is absent` }, () => {
  const r = run(['check', SEEDS, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const doc = JSON.parse(r.stdout) as CheckResult;
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  const toll = doc.findings.find((f) => f.rule === 'conflict' && f.metric === 'killed' && f.scope === null);
  assert.ok(toll, 'no killed conflict');
  const values = new Set(toll.claims.map((id) => byId.get(id)!.value));
  assert.ok(values.has(160) && values.has(164), `figures ${[...values].join(', ')}`);
});
