// Runs the integration suite (out/test/vscode/suite) inside a real VS Code extension host.
//   node test/vscode/run.mjs [workspace-folder]     (default: test/fixtures/vscode-corpus)
// Here: code-server from .vscode-test/ (scripts/install-code-server.sh) driven by Debian's Chromium,
// as in ../shared/recipes/vscode-tests.md. With CORPUS_REVIEW_VSCODE=electron: @vscode/test-electron,
// where VS Code can be downloaded. Needs `npm run build` and `npx tsc -p tsconfig.test.json` first.
// Exits 1 if a test failed, if no test ran, or on timeout (CORPUS_REVIEW_VSCODE_TIMEOUT_MS, 5 min).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const WORKSPACE = path.resolve(process.argv[2] ?? path.join(ROOT, 'test/fixtures/vscode-corpus'));
const SUITE = path.join(ROOT, 'out/test/vscode/suite/index.js');
const CACHE = path.join(ROOT, '.vscode-test');
const NODE24 = path.join(CACHE, 'node24/node_modules/node/bin/node');
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const SCREENSHOT = path.join(ROOT, 'test-results/screenshots/workbench.png');
const TIMEOUT_MS = Number(process.env.CORPUS_REVIEW_VSCODE_TIMEOUT_MS ?? 300_000);
// Workbench chatter that fails harmlessly offline, left out of the log shown on failure.
const NOISE = /\[(ChatModelSelection|AgentHost[^\]]*|AccountPolicyGate)\]/;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(pid) {
  if (!groupAlive(pid)) return;
  process.kill(-pid, 'SIGTERM');
  for (let i = 0; i < 100 && groupAlive(pid); i++) await sleep(100);
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

async function waitForHealth(url, server) {
  for (let deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

async function screenshot(page) {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`screenshot: ${path.relative(ROOT, SCREENSHOT)}`);
}

async function runInCodeServer(tmp, env) {
  for (const file of [NODE24, CODE_SERVER]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/install-code-server.sh`);
  }
  const { chromium } = await import('playwright-core');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const serverLog = path.join(tmp, 'code-server.log');
  writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = openSync(serverLog, 'w');
  const server = spawn(NODE24, [CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', path.join(tmp, 'data'), '--extensions-dir', path.join(tmp, 'exts'),
    '--vscode-option', 'enable-smoke-test-driver', WORKSPACE], { detached: true, stdio: ['ignore', log, log] });
  const onSignal = () => {
    process.kill(-server.pid, 'SIGKILL');
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const lines = [];
  let browser;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no exit code from the workbench after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  const drive = async () => {
    await waitForHealth(`${origin}/healthz`, server);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => lines.push(`[${type}] ${format(...args)}`));
    const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(SUITE)],
      ['extensionEnvironment', JSON.stringify(env)], ['skipWelcome', 'true']];
    await page.goto(`${origin}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const shot = screenshot(page).catch((err) => console.warn(`warning: no screenshot: ${err.message}`));
    const code = await exited;
    await shot;
    return code;
  };
  try {
    return await Promise.race([drive(), timeout]);
  } catch (err) {
    console.error(lines.filter((line) => !NOISE.test(line)).slice(-40).join('\n'));
    console.error(`code-server log: ${serverLog}`);
    throw err;
  } finally {
    clearTimeout(timer);
    if (process.env.CORPUS_REVIEW_VSCODE_VERBOSE) console.log(lines.join('\n'));
    await browser?.close();
    await stopGroup(server.pid);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

async function runInElectron(env) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    return await runTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: SUITE,
      extensionTestsEnv: env, launchArgs: [WORKSPACE, '--disable-extensions'] });
  } catch (err) {
    console.error(err.message);
    return 1;
  }
}

function summarise(resultsFile, exitCode) {
  if (!existsSync(resultsFile)) {
    console.error(`FAIL: the suite wrote no results (workbench exit code ${exitCode})`);
    return 1;
  }
  const { tests } = JSON.parse(readFileSync(resultsFile, 'utf8'));
  for (const t of tests) {
    const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[t.state];
    console.log(`${mark} ${t.title}${t.durationMs === undefined ? '' : ` (${t.durationMs} ms)`}`);
    if (t.error) console.log(t.error.replace(/^/gm, '       '));
  }
  const count = (state) => tests.filter((t) => t.state === state).length;
  const [passed, failed] = [count('passed'), count('failed')];
  console.log(`${passed} passed, ${failed} failed, ${count('pending')} skipped; workbench exit code ${exitCode}`);
  if (passed + failed === 0) console.error('FAIL: no test ran');
  return exitCode === 0 && failed === 0 && passed > 0 ? 0 : 1;
}

for (const [file, hint] of [[SUITE, 'npx tsc -p tsconfig.test.json'], [path.join(ROOT, 'dist/extension.js'), 'npm run build']]) {
  if (!existsSync(file)) {
    console.error(`${path.relative(ROOT, file)} is missing: run \`${hint}\` first`);
    process.exit(1);
  }
}
const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-review-vscode-'));
const resultsFile = path.join(tmp, 'results.json');
const env = { CORPUS_REVIEW_TEST_RESULTS: resultsFile, CORPUS_REVIEW_TEST_WORKSPACE: WORKSPACE };
const started = Date.now();
let status = 1;
try {
  const useElectron = process.env.CORPUS_REVIEW_VSCODE === 'electron';
  const exitCode = useElectron ? await runInElectron(env) : await runInCodeServer(tmp, env);
  status = summarise(resultsFile, exitCode);
} catch (err) {
  console.error(`FAIL: ${err.message}`);
}
console.log(`vscode suite: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (status === 0) rmSync(tmp, { recursive: true, force: true });
else console.error(`kept ${tmp}`);
process.exit(status);
