// Clicks through the extension in code-server with headless Chromium, as a person would, on a
// scratch copy of the fixture corpus, and checks what the page shows at each step:
//   1 the Corpus Review side bar with its three views, 2 a claim in Findings opens its article with
//   the figure selected and decorated, and the Articles view reveals it, 3 the same for the Arabic
//   article, 4 the Problems panel lists the extension's warnings, 5 the hover on a figure, 6 the
//   status bar's open-findings count.
//   node test/vscode/ui.mjs          (needs `npm run build` first)
// The extension is loaded from ROOT as a development extension: dist/ as built, without packaging it
// (vsix.mjs checks the package). Screenshots: test-results/screenshots/ui-*.png; look at them.
// Exits 1 if a check fails; every wait gives up after CORPUS_REVIEW_UI_WAIT_MS (30 s), and
// code-server's process group is always ended. On failure it prints the end of the logs and keeps
// its work folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QUIET_SETTINGS, ROOT, ensureCodeServer, launchChromium, startCodeServer, tail } from './code-server.mjs';

const FIXTURE = path.join(ROOT, 'test/fixtures/vscode-corpus');
const SHOTS = path.join(ROOT, 'test-results/screenshots');
const WAIT_MS = Number(process.env.CORPUS_REVIEW_UI_WAIT_MS ?? 30_000);
const SETTINGS = { ...QUIET_SETTINGS, 'files.autoSave': 'off' };
// An extension's status bar item has the id `<publisher>.<name>.<item id>`.
const STATUS_ITEM = '[id="corpus-review.corpus-review.corpusReview.findings"]';
const EDITOR = '.part.editor .monaco-editor';

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of an element with runs of white space made one space. */
const flat = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

function ui(page, workspace) {
  const pane = (name) => page.locator('.pane').filter({ has: page.locator('.pane-header .title', { hasText: new RegExp(`^${name}$`) }) });
  const findings = pane('Findings').locator('.monaco-list-row');
  return {
    pane,
    findings,
    /** The first claim row in Findings whose label matches `label` and whose description names `file`. */
    claimRow: (label, file) => findings.filter({ has: page.locator('.label-name', { hasText: label }) })
      .filter({ has: page.locator('.label-description', { hasText: file }) }).first(),

    /** Waits until `file` is the active tab and the status bar puts the selection on `figure`; returns its text. */
    async selected(file, figure) {
      await page.locator(`.tabs-container .tab.active[data-resource-name="${file}"]`).waitFor();
      // the cursor is at the end of the selection; the status bar may still show the previous editor's
      const ends = readFileSync(path.join(workspace, file), 'utf8').split('\n').flatMap((line, i) =>
        [...line.matchAll(new RegExp(escapeRegExp(figure), 'g'))].map((m) => `Ln ${i + 1}, Col ${m.index + figure.length + 1} (${figure.length} selected)`));
      const status = page.locator('[id="status.editor.selection"]');
      await status.filter({ hasText: new RegExp(`^(${ends.map(escapeRegExp).join('|')})$`) }).waitFor();
      return flat(status);
    },

    /** Waits until the Articles view has revealed and selected the claim labelled `label`. */
    async revealed(label) {
      await pane('Articles').locator('.monaco-list-row[aria-selected="true"]')
        .filter({ has: page.locator('.label-name').getByText(label, { exact: true }) }).waitFor();
    },

    /**
     * Waits until every token `figure` drawn in the editor lies within at least `layers` of the
     * extension's decorations (VS Code draws them as `.cdr.ced-…` boxes in `.view-overlays`, apart
     * from the text); returns how many lie on each occurrence.
     */
    async decorated(figure, layers) {
      const handle = await page.waitForFunction(([selector, figure, layers]) => {
        const editor = globalThis.document.querySelector(selector); // in the page
        const boxes = [...editor.querySelectorAll('.view-overlays [class*="ced-"]')].map((d) => d.getBoundingClientRect());
        const counts = [...editor.querySelectorAll('.view-line span span')].filter((s) => s.textContent === figure).map((s) => {
          const r = s.getBoundingClientRect();
          const middle = (r.top + r.bottom) / 2;
          return boxes.filter((b) => b.left <= r.left + 1 && r.right <= b.right + 1 && b.top < middle && middle < b.bottom).length;
        });
        return counts.length > 0 && counts.every((n) => n >= layers) && counts;
      }, [EDITOR, figure, layers], { timeout: WAIT_MS });
      return handle.jsonValue();
    },

    /** Moves the mouse to an empty part of the editor, so that no hover covers the screenshot. */
    async calm() {
      await page.mouse.move(900, 400);
      await page.locator('.workbench-hover').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
    },
  };
}

const STEPS = [
  ['1 the Corpus Review side bar shows Articles, Figures and Findings', 'ui-1-sidebar.png', async (page, u, server) => {
    await page.goto(server.url([['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.locator('.activitybar .action-item').filter({ has: page.locator('[aria-label^="Corpus Review"]') }).click();
    for (const name of ['Articles', 'Figures', 'Findings']) await u.pane(name).waitFor();
    await u.findings.first().waitFor();
    // the views show a progress bar while the corpus is scanned
    await page.locator('.sidebar .monaco-progress-container.active').first().waitFor({ state: 'hidden' });
    await u.calm();
    return `Findings: ${(await Promise.all((await u.findings.all()).map(flat))).join(' | ')}`;
  }],
  ['2 the claim "31 …" in Findings opens en-02 with 31 selected and decorated, and Articles reveals it', 'ui-2-claim-selected.png', async (page, u) => {
    const finding = u.findings.first();
    if ((await finding.getAttribute('aria-expanded')) !== 'true') await finding.click();
    const claim = u.claimRow(/^31 /, 'en-02-gazette-toll.txt');
    await claim.click();
    const label = await claim.locator('.label-name').innerText();
    const status = await u.selected('en-02-gazette-toll.txt', '31');
    const layers = await u.decorated('31', 2);
    await u.revealed(label);
    await u.calm();
    return `${label}; ${status}; decorations on each 31: ${layers}; revealed in Articles`;
  }],
  ['3 the claim in ar-01 opens the Arabic article with ٢٣ selected and decorated, and Articles reveals it', 'ui-3-arabic.png', async (page, u) => {
    const claim = u.claimRow(/./, 'ar-01-wire-toll.txt');
    await claim.click();
    const label = await claim.locator('.label-name').innerText();
    const status = await u.selected('ar-01-wire-toll.txt', '٢٣');
    const layers = await u.decorated('٢٣', 2);
    await u.revealed(label);
    await u.calm();
    return `${label}; ${status}; decorations on each ٢٣: ${layers}; revealed in Articles`;
  }],
  ['4 the Problems panel lists Corpus Review warnings on 23 and 31', 'ui-4-problems.png', async (page, u) => {
    await page.keyboard.press('Control+Shift+M');
    const markers = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'Corpus Review' })
      .filter({ hasText: '23' }).filter({ hasText: '31' });
    await markers.first().waitFor();
    const warnings = await markers.filter({ has: page.locator('.codicon-warning') }).count();
    if (warnings === 0) throw new Error('no Corpus Review row has a warning icon');
    await u.calm();
    return `${await markers.count()} rows, ${warnings} with a warning icon; first: ${await flat(markers.first())}`;
  }],
  ['5 the hover on 31 in en-02 names the metric and links the other articles', 'ui-5-hover.png', async (page, u) => {
    await u.claimRow(/^31 /, 'en-02-gazette-toll.txt').click();
    await u.selected('en-02-gazette-toll.txt', '31');
    await page.locator(`${EDITOR} .view-line span span`, { hasText: /^31$/ }).first().hover();
    const hover = page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: 'Other articles' });
    await hover.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'ui-5-hover-opened.png'), animations: 'disabled' });
    const text = await flat(hover);
    const missing = ['31 = 31', 'Counts: killed'].filter((s) => !text.includes(s));
    if (missing.length) throw new Error(`the hover lacks ${missing.join(', ')}: ${text}`);
    if (text.includes('\\')) throw new Error(`the hover shows a backslash: ${text}`);
    // The hover is at most 250 px high and the diagnostics come first: scroll to the figure's part.
    const others = hover.locator('ul').last();
    await others.evaluate((list) => list.scrollIntoView({ block: 'end' }));
    const [box, list] = [await hover.boundingBox(), await others.boundingBox()];
    if (list.y < box.y || list.y + list.height > box.y + box.height + 1) throw new Error('the list of other articles cannot be scrolled into the hover');
    const links = await others.locator('a').allInnerTexts();
    if (!links.some((l) => /\.txt:\d+$/.test(l))) throw new Error(`the hover links no other article: ${links.join(', ')}`);
    return `links: ${links.join(', ')}`;
  }],
  ['6 the status bar names the corpus review and its open findings', 'ui-6-status-bar.png', async (page, u) => {
    await u.calm();
    const shown = await u.pane('Findings').locator('.monaco-list-row[aria-level="1"]').count();
    const item = page.locator(STATUS_ITEM);
    await item.filter({ has: page.locator('.codicon-report') }).filter({ hasText: new RegExp(`^\\s*Corpus Review: ${shown}\\s*$`) }).waitFor();
    return `"${await flat(item)}", as many as the findings in the view; ${await item.locator('a').getAttribute('aria-label')}`;
  }],
];

async function runSteps(server, workspace, state) {
  state.browser = await launchChromium();
  const page = await state.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(WAIT_MS);
  page.on('console', (msg) => state.console.push(`[${msg.type()}] ${msg.text()}`));
  const u = ui(page, workspace);
  mkdirSync(SHOTS, { recursive: true });
  let failed = false;
  for (const [title, shot, step] of STEPS) {
    if (failed) {
      console.log(`skip ${title}`);
      continue;
    }
    const started = Date.now();
    try {
      const detail = await step(page, u, server);
      console.log(`ok   ${title} (${((Date.now() - started) / 1000).toFixed(1)} s): ${detail}`);
    } catch (err) {
      console.log(`FAIL ${title}: ${err.message.split('\n')[0]}`);
      failed = true;
    }
    const target = shot === 'ui-6-status-bar.png' ? page.locator('.part.statusbar') : page;
    // `animations: 'disabled'` ends the hover's fade-in
    await target.screenshot({ path: path.join(SHOTS, shot), animations: 'disabled' });
  }
  console.log(`screenshots: ${path.relative(ROOT, SHOTS)}/ui-*.png`);
  return failed ? 1 : 0;
}

if (!existsSync(path.join(ROOT, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first');
  process.exit(1);
}
ensureCodeServer();
const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-review-ui-'));
const workspace = path.join(tmp, 'workspace');
cpSync(FIXTURE, workspace, { recursive: true });
const state = { console: [] };
const started = Date.now();
let status = 1;
let server;
try {
  // without the smoke-test driver the workbench ignores the development payload
  server = await startCodeServer({ workspace, dir: tmp, smokeTestDriver: true, settings: SETTINGS });
  status = await runSteps(server, workspace, state);
} catch (err) {
  console.error(`FAIL: ${err.message}`);
} finally {
  if (status !== 0) {
    const log = path.join(tmp, 'code-server.log');
    console.error(`--- the end of ${log}\n${tail(log, 20)}`);
    console.error(`--- the end of the browser console\n${state.console.slice(-20).join('\n')}`);
  }
  await state.browser?.close();
  await server?.stop();
}
console.log(`ui: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (status === 0) rmSync(tmp, { recursive: true, force: true });
else console.error(`kept ${tmp}`);
process.exit(status);
