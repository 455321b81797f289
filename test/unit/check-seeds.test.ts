// The consistency checker on the five real seed reports (../shared/seeds): the disagreements the
// issue names must be found, and the figures it says agree (or count different people) must not be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkCorpus, findInconsistencies, settingsFrom, type Claim, type CorpusCheck } from '../../src/core';

const SEEDS = path.resolve(__dirname, '../../../../shared/seeds');

let result: Promise<CorpusCheck> | undefined;
const seeds = (): Promise<CorpusCheck> => (result ??= checkCorpus(SEEDS));

function claimsWhere(r: CorpusCheck, file: string, metric: string, scope: string | null, value: number): Claim[] {
  return r.claims.filter((c) => c.path.startsWith(file) && c.metric === metric && c.scope === scope && c.value === value);
}

function one(r: CorpusCheck, file: string, metric: string, scope: string | null, value: number, line?: number): Claim {
  const found = claimsWhere(r, file, metric, scope, value).filter((c) => line === undefined || c.line + 1 === line);
  assert.ok(found.length > 0, `no ${metric}/${scope} claim of ${value} in ${file}${line ? ` line ${line}` : ''}; claims: ${JSON.stringify(r.claims.map((c) => [c.path.slice(0, 4), c.line + 1, c.text, c.metric, c.scope]))}`);
  return found[0];
}

/** Whether some finding of the result lists both claims. */
function flaggedTogether(r: CorpusCheck, a: Claim, b: Claim, rule?: string): boolean {
  return r.findings.some((f) => (!rule || f.rule === rule) && f.claims.includes(a.id) && f.claims.includes(b.id));
}

/** The two claims alone, compared: no finding at all means they agree (or are not comparable). */
function conflictsAlone(a: Claim, b: Claim): boolean {
  return findInconsistencies([a, b], settingsFrom({}).consistency).some((f) => f.rule !== 'update');
}

const absent = fs.existsSync(SEEDS) ? false : `${SEEDS} is absent`;

test('the seeds are the five reports', { skip: absent }, () => {
  assert.equal(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length, 5);
});

test('flagged: the death toll, 160 against 164', { skip: absent }, async () => {
  const r = await seeds();
  const low = one(r, '000_', 'killed', null, 160);
  const high = one(r, '002_', 'killed', null, 164);
  assert.ok(flaggedTogether(r, low, high, 'conflict'), JSON.stringify(r.findings, null, 1));
  assert.ok(conflictsAlone(low, high));
});

test('flagged: security forces killed, 16 against 18', { skip: absent }, async () => {
  const r = await seeds();
  const sixteen = one(r, '000_', 'killed', 'security-forces', 16);
  const eighteen = one(r, '004_', 'killed', 'security-forces', 18);
  assert.ok(flaggedTogether(r, sixteen, eighteen, 'conflict'));
});

test('flagged: the headline detention figure of 000_ against its own body', { skip: absent }, async () => {
  const r = await seeds();
  const headline = r.claims.find((c) => c.path.startsWith('000_') && c.line === 0 && c.metric === 'detained');
  assert.ok(headline, 'no detention claim in the headline');
  assert.equal(headline.value, 60000);
  const body = one(r, '000_', 'detained', null, 6000, 3);
  assert.ok(flaggedTogether(r, headline, body, 'internal-conflict'));
});

test('not flagged: all injured (more than 2,000) against security forces injured (748)', { skip: absent }, async () => {
  const r = await seeds();
  const all = one(r, '000_', 'injured', null, 2000);
  const security = one(r, '004_', 'injured', 'security-forces', 748);
  assert.equal(flaggedTogether(r, all, security), false);
  assert.equal(conflictsAlone(all, security), false);
});

test('not flagged: "about 6,000" against 5,800', { skip: absent }, async () => {
  const r = await seeds();
  const about = one(r, '000_', 'detained', null, 6000, 3);
  const exact = one(r, '000_', 'detained', null, 5800);
  assert.equal(about.precision, 'approximate');
  assert.equal(conflictsAlone(about, exact), false);
});

test('not flagged: 7,939 against "about 8,000"', { skip: absent }, async () => {
  const r = await seeds();
  const exact = one(r, '001_', 'detained', null, 7939);
  const about = one(r, '003_', 'detained', null, 8000);
  assert.equal(about.precision, 'approximate');
  assert.equal(conflictsAlone(exact, about), false);
});

test('a retracted figure is listed but never raises a conflict', { skip: absent }, async () => {
  const r = await seeds();
  const retracted = r.claims.filter((c) => c.status === 'retracted');
  assert.ok(retracted.length > 0, 'no retracted claim found in 001_/003_');
  for (const c of retracted) {
    const alone = findInconsistencies([c, { ...c, id: 'other', path: 'other.txt', value: c.value * 10, low: c.value * 10, high: c.value * 10, precision: 'exact', status: 'reported' }], settingsFrom({}).consistency);
    assert.deepEqual(alone, [], `${c.id} raised ${JSON.stringify(alone)}`);
  }
});

test('every finding names existing claims and has a stable fingerprint', { skip: absent }, async () => {
  const r = await seeds();
  const ids = new Set(r.claims.map((c) => c.id));
  for (const f of r.findings) {
    for (const id of f.claims) assert.ok(ids.has(id), `${f.id} names unknown claim ${id}`);
    assert.match(f.fingerprint, /^(conflict|internal-conflict|update):[a-z-]+:[0-9a-f]{16}$/);
  }
  const again = await checkCorpus(SEEDS);
  assert.deepEqual(again.findings.map((f) => f.fingerprint), r.findings.map((f) => f.fingerprint));
});
