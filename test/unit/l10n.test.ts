// Localisation: every user-visible string in package.json is a %key% of package.nls.json and
// package.nls.ar.json, every vscode.l10n.t message in src/extension has an Arabic translation in
// l10n/bundle.l10n.ar.json, and translations keep the English's placeholders, code spans and links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const EXTENSION_SOURCES = path.join(ROOT, 'src', 'extension');

function readJson<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as T;
}

type Strings = Record<string, unknown>;

const manifest = readJson<Strings>('package.json');
const nlsEnglish = readJson<Strings>('package.nls.json');
const nlsArabic = readJson<Strings>('package.nls.ar.json');
const bundleArabic = readJson<Strings>('l10n/bundle.l10n.ar.json');

// ---- package.json -----------------------------------------------------------------------------

/** Every `%key%` placeholder anywhere in the manifest (VS Code substitutes them in any string). */
function manifestKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) manifestKeys(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) manifestKeys(v, out);
  }
  return out;
}

/** The manifest's user-visible strings, by where they are, for the check that none is left literal. */
function visibleStrings(pkg: Strings): Array<[string, unknown]> {
  const list = <T = Strings>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  const c = (pkg.contributes ?? {}) as Strings;
  const out: Array<[string, unknown]> = [
    ['displayName', pkg.displayName],
    ['description', pkg.description],
  ];
  const take = (where: string, item: Strings, fields: string[]): void => {
    for (const f of fields) if (item[f] !== undefined) out.push([`${where}.${f}`, item[f]]);
  };
  for (const cmd of list(c.commands)) take(`commands[${cmd.command}]`, cmd, ['title', 'shortTitle', 'category']);
  for (const [at, views] of Object.entries((c.viewsContainers ?? {}) as Strings)) for (const v of list(views)) take(`viewsContainers.${at}[${v.id}]`, v, ['title']);
  for (const [at, views] of Object.entries((c.views ?? {}) as Strings)) for (const v of list(views)) take(`views.${at}[${v.id}]`, v, ['name', 'contextualTitle']);
  list(c.viewsWelcome).forEach((w, i) => take(`viewsWelcome[${i}]`, w, ['contents']));
  const configurations = Array.isArray(c.configuration) ? list(c.configuration) : c.configuration ? [c.configuration as Strings] : [];
  configurations.forEach((conf, i) => {
    take(`configuration[${i}]`, conf, ['title']);
    for (const [id, prop] of Object.entries((conf.properties ?? {}) as Record<string, Strings>)) {
      take(id, prop, ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']);
      for (const f of ['enumDescriptions', 'markdownEnumDescriptions']) list<unknown>(prop[f]).forEach((d, j) => out.push([`${id}.${f}[${j}]`, d]));
    }
  });
  for (const col of list(c.colors)) take(`colors[${col.id}]`, col, ['description']);
  return out;
}

test('package.json: every user-visible string is a %key% placeholder', () => {
  const literal = visibleStrings(manifest).filter(([, v]) => typeof v === 'string' && !/^%.+%$/.test(v));
  assert.deepEqual(literal.map(([where]) => where), [], 'move these into package.nls.json and package.nls.ar.json');
});

test('package.json: every %key% is in package.nls.json and package.nls.ar.json, and neither has keys it does not use', () => {
  const used = manifestKeys(manifest);
  assert.ok(used.size > 0);
  for (const [name, nls] of [['package.nls.json', nlsEnglish], ['package.nls.ar.json', nlsArabic]] as const) {
    assert.deepEqual([...used].filter((k) => !(k in nls)), [], `keys missing from ${name}`);
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), [], `keys in ${name} that package.json does not use`);
  }
});

test('package.json: the l10n folder holds the runtime bundles', () => {
  assert.equal(manifest.l10n, './l10n');
  assert.ok(fs.existsSync(path.join(ROOT, 'l10n', 'bundle.l10n.ar.json')));
  // the English strings are the ones in the code; a bundle for them would only drift
  assert.ok(!fs.existsSync(path.join(ROOT, 'l10n', 'bundle.l10n.json')));
});

// ---- vscode.l10n.t in the code ----------------------------------------------------------------

interface Message {
  /** The bundle key: the message, plus `/comment` when the call gives a comment. */
  key: string;
  at: string;
}

/**
 * Every `l10n.t(…)` call in the sources: the key VS Code looks up, or a problem when the message is
 * not a string literal (neither this test nor `@vscode/l10n-dev` could find its translation).
 */
function scanL10nCalls(files: Array<{ name: string; text: string }>): { messages: Message[]; problems: string[] } {
  const messages: Message[] = [];
  const problems: string[] = [];
  const literal = (node: ts.Node | undefined): string | undefined => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);
  for (const { name, text } of files) {
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        const at = `${name}:${line + 1}`;
        const [first] = node.arguments;
        const message = literal(first);
        if (message !== undefined) messages.push({ key: message, at });
        else if (first && ts.isObjectLiteralExpression(first)) {
          const prop = (p: string): ts.Expression | undefined => first.properties.find((q): q is ts.PropertyAssignment => ts.isPropertyAssignment(q) && q.name.getText(source) === p)?.initializer;
          const comment = prop('comment');
          const comments = comment === undefined ? [] : ts.isArrayLiteralExpression(comment) ? comment.elements.map(literal) : [literal(comment)];
          const msg = literal(prop('message'));
          if (msg === undefined || comments.some((c) => c === undefined)) problems.push(`${at}: message or comment is not a string literal`);
          else messages.push({ key: comments.length ? `${msg}/${comments.join('')}` : msg, at });
        } else problems.push(`${at}: the message is not a string literal`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, problems };
}

function sourceFiles(dir: string): Array<{ name: string; text: string }> {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => ({ name: path.posix.join('src/extension', f.split(path.sep).join('/')), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Keys used but not translated, and translations no call uses. */
function compare(messages: readonly Message[], bundle: Strings): { missing: string[]; stale: string[] } {
  const used = new Set(messages.map((m) => m.key));
  return {
    missing: messages.filter((m) => !(m.key in bundle)).map((m) => `${m.at}: ${JSON.stringify(m.key)}`),
    stale: Object.keys(bundle).filter((k) => !used.has(k)),
  };
}

const scanned = scanL10nCalls(sourceFiles(EXTENSION_SOURCES));

test('src/extension: every vscode.l10n.t message is a literal with an Arabic translation, and the bundle has no stale entries', () => {
  assert.deepEqual(scanned.problems, []);
  assert.ok(scanned.messages.length > 20, `only ${scanned.messages.length} messages found: is the scanner still finding the calls?`);
  const { missing, stale } = compare(scanned.messages, bundleArabic);
  // missing: add them to l10n/bundle.l10n.ar.json; stale: no call uses them any more
  assert.deepEqual({ missing, stale }, { missing: [], stale: [] });
});

test('the scanner finds every form of call, and the check fails on a message without a translation', () => {
  const { messages, problems } = scanL10nCalls([
    {
      name: 'sample.ts',
      text: [
        "vscode.l10n.t('Open');",
        'vscode.l10n.t("Report written to {0}", file);',
        'l10n.t(`Not translated {0}`, x);',
        "vscode.l10n.t(\n  'Split over lines',\n);",
        "vscode.l10n.t({ message: 'With a comment', comment: ['for translators', ' only'] });",
        'vscode.l10n.t(message);',
        'vscode.l10n.t(`Template ${x}`);',
        "other.t('not a localisation call');",
      ].join('\n'),
    },
  ]);
  assert.deepEqual(
    messages.map((m) => m.key),
    ['Open', 'Report written to {0}', 'Not translated {0}', 'Split over lines', 'With a comment/for translators only'],
  );
  assert.deepEqual(problems, ['sample.ts:8: the message is not a string literal', 'sample.ts:9: the message is not a string literal']);
  const { missing, stale } = compare(messages, { Open: 'فتح', 'Report written to {0}': 'كُتب التقرير في {0}', Unused: 'غير مستخدم' });
  assert.deepEqual(missing, ['sample.ts:3: "Not translated {0}"', 'sample.ts:4: "Split over lines"', 'sample.ts:7: "With a comment/for translators only"']);
  assert.deepEqual(stale, ['Unused']);
});

// ---- the translations themselves --------------------------------------------------------------

const ARABIC_LETTER = /[\u0621-\u064a]/;

/** What a translation must carry over unchanged: `{n}` placeholders, `code` spans and command links. */
function invariants(text: string): { placeholders: string[]; code: string[]; links: string[] } {
  const all = (re: RegExp): string[] => [...new Set([...text.matchAll(re)].map((m) => m[0]))].sort();
  return { placeholders: all(/\{\w+\}/g), code: all(/`[^`]+`/g), links: all(/\]\([^)]+\)/g) };
}

/** Each problem of a translation file measured against its English. */
function translationProblems(english: Strings, arabic: Strings): string[] {
  const problems: string[] = [];
  for (const [key, ar] of Object.entries(arabic)) {
    const en = english[key];
    if (typeof ar !== 'string' || typeof en !== 'string') {
      problems.push(`${key}: not a string`);
      continue;
    }
    if (ar.trim() === '') problems.push(`${key}: empty`);
    else if (ar === en) problems.push(`${key}: same as the English`);
    else if (!ARABIC_LETTER.test(ar)) problems.push(`${key}: no Arabic in ${JSON.stringify(ar)}`);
    const [e, a] = [invariants(en), invariants(ar)];
    for (const part of ['placeholders', 'code', 'links'] as const) {
      if (e[part].join('\n') !== a[part].join('\n')) problems.push(`${key}: ${part} ${JSON.stringify(e[part])} became ${JSON.stringify(a[part])}`);
    }
  }
  return problems;
}

test('package.nls.ar.json: every translation is Arabic, not empty, and keeps placeholders, code spans and links', () => {
  assert.deepEqual(translationProblems(nlsEnglish, nlsArabic), []);
});

test('l10n/bundle.l10n.ar.json: every translation is Arabic, not empty, and keeps placeholders, code spans and links', () => {
  // the bundle's keys are the English messages themselves
  const english = Object.fromEntries(Object.keys(bundleArabic).map((k) => [k, k]));
  assert.deepEqual(translationProblems(english, bundleArabic), []);
});

test('the translation check catches a lost placeholder, an untranslated string and an empty one', () => {
  const english = { a: 'Report written to {0}', b: 'Open', c: 'Shade quoted speech (`x`).', d: 'Rescan' };
  const arabic = { a: 'كُتب التقرير', b: 'Open', c: 'تظليل الكلام المقتبس (x).', d: ' ' };
  assert.deepEqual(translationProblems(english, arabic), [
    'a: placeholders ["{0}"] became []',
    'b: same as the English',
    'c: code ["`x`"] became []',
    'd: empty',
  ]);
});
