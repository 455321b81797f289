// Packages the extension as a .vsix, installs it into a fresh extensions folder of code-server and
// checks, in headless Chromium, what a person who installed it sees on the fixture corpus:
//   (a) the activity bar has the Corpus Review entry, (b) its Findings view lists findings,
//   (c) the extension host log records the activation of corpus-review.corpus-review.
//   node test/vscode/vsix.mjs          (needs `npm run build` first)
// Screenshot: test-results/screenshots/vsix-findings.png. Exits 1 if a check fails; every wait gives
// up after CORPUS_REVIEW_VSIX_WAIT_MS (60 s), and code-server's process group is always ended. On
// failure it prints the end of the logs and keeps its work folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QUIET_SETTINGS, ROOT, ensureCodeServer, installExtension, launchChromium, sleep, startCodeServer, tail } from './code-server.mjs';

const WORKSPACE = path.join(ROOT, 'test/fixtures/vscode-corpus');
const SCREENSHOT = path.join(ROOT, 'test-results/screenshots/vsix-findings.png');
const WAIT_MS = Number(process.env.CORPUS_REVIEW_VSIX_WAIT_MS ?? 60_000);
// code-server writes data/logs/<time>/exthost1/remoteexthost.log; a desktop VS Code, exthost.log.
const EXTHOST_LOG = /^(remote)?exthost\.log$/;
const { publisher, name } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${publisher}.${name}`;
// dist/ is self-contained (esbuild bundles the dependencies), so the package carries no node_modules.
const VSCE_FLAGS = ['--no-dependencies'];

function packageVsix(file) {
  const vsce = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package',
    ...VSCE_FLAGS, '-o', file], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (vsce.status !== 0) throw new Error(`vsce package failed:\n${vsce.stdout}${vsce.stderr}`);
  return `${(statSync(file).size / 1024).toFixed(0)} KB, ${vsce.stdout.match(/\((\d+ files)/)?.[1] ?? '? files'}`;
}

/** Every file under dir whose name matches re. */
function findFiles(dir, re) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).filter((f) => re.test(path.basename(f))).map((f) => path.join(dir, f));
}

/** Waits until the extension host log under userDataDir/logs records the activation of EXTENSION_ID. */
async function activationLogged(userDataDir) {
  // VS Code's own line, e.g. "ExtensionService#_doActivateExtension a.b, startup: true, activationEvent: '…'".
  const activated = `_doActivateExtension ${EXTENSION_ID},`;
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; await sleep(250)) {
    for (const file of findFiles(path.join(userDataDir, 'logs'), EXTHOST_LOG)) {
      const line = readFileSync(file, 'utf8').split('\n').find((l) => l.includes(activated));
      if (line) return `${path.relative(userDataDir, file)}: ${line.slice(line.indexOf(activated))}`;
    }
  }
  throw new Error(`no "${activated}" in ${findFiles(path.join(userDataDir, 'logs'), EXTHOST_LOG).join(', ') || 'any exthost*.log'}`);
}

async function check(title, fn) {
  try {
    const detail = await fn();
    console.log(`ok   ${title}${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (err) {
    console.log(`FAIL ${title}: ${err.message.split('\n')[0]}`);
    return false;
  }
}

/** Packages the extension and installs it into a fresh extensions folder, which it returns. */
function packageAndInstall(tmp) {
  const vsix = path.join(tmp, `${name}.vsix`);
  let t = Date.now();
  console.log(`packaged ${path.basename(vsix)} (${packageVsix(vsix)}) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const extensionsDir = path.join(tmp, 'exts');
  t = Date.now();
  console.log(`${installExtension(vsix, extensionsDir).split('\n').pop()} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return extensionsDir;
}

async function checkWorkbench(server, state) {
  state.browser = await launchChromium();
  const page = await state.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(WAIT_MS);
  page.on('console', (msg) => state.console.push(`[${msg.type()}] ${msg.text()}`));

  const entry = page.locator('.activitybar .action-item').filter({ has: page.locator('[aria-label^="Corpus Review"]') });
  const findings = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: 'Findings' }) })
    .locator('.monaco-list-row');
  const results = [await check('(a) the activity bar has the Corpus Review entry', async () => {
    await page.goto(server.url());
    await entry.waitFor();
  })];
  results.push(results[0] ? await check('(b) the Findings view lists findings', async () => {
    await entry.click();
    await findings.first().waitFor();
    return (await findings.allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim()).join(' | ');
  }) : (console.log('skip (b) the Findings view lists findings: needs (a)'), false));
  // Off the activity bar, whose hover would cover the view in the screenshot.
  await page.mouse.move(640, 780);
  await page.locator('.workbench-hover').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`screenshot: ${path.relative(ROOT, SCREENSHOT)}`);
  results.push(await check(`(c) the extension host log records the activation of ${EXTENSION_ID}`,
    () => activationLogged(server.userDataDir)));
  return results.every(Boolean) ? 0 : 1;
}

if (!existsSync(path.join(ROOT, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first');
  process.exit(1);
}
ensureCodeServer();
const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-review-vsix-'));
const state = { console: [] };
const started = Date.now();
let status = 1;
let server;
try {
  const extensionsDir = packageAndInstall(tmp);
  server = await startCodeServer({ workspace: WORKSPACE, dir: tmp, extensionsDir, settings: QUIET_SETTINGS });
  status = await checkWorkbench(server, state);
} catch (err) {
  console.error(`FAIL: ${err.message}`);
} finally {
  if (status !== 0) {
    const logs = [path.join(tmp, 'code-server.log'), ...findFiles(path.join(tmp, 'data/logs'), EXTHOST_LOG)];
    for (const file of logs) console.error(`--- the end of ${file}\n${tail(file, 20)}`);
    console.error(`--- the end of the browser console\n${state.console.slice(-20).join('\n')}`);
  }
  await state.browser?.close();
  await server?.stop();
}
console.log(`vsix: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (status === 0) rmSync(tmp, { recursive: true, force: true });
else console.error(`kept ${tmp}`);
process.exit(status);
