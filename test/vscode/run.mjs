// Runs the integration suite (out/test/vscode/suite) inside a real VS Code extension host.
//   node test/vscode/run.mjs [workspace-folder]     (default: test/fixtures/vscode-corpus)
// The tests write to the workspace (review decisions, new files, edits): they get a scratch copy.
// CORPUS_REVIEW_VSCODE picks the runner: `electron` (@vscode/test-electron, which downloads VS Code),
// `code-server` (installed into .vscode-test/ by scripts/install-code-server.sh and driven by Debian's
// Chromium, as in ../shared/recipes/vscode-tests.md), or `auto` (the default): electron when VS Code's
// update server answers and there is a display, code-server otherwise.
// Needs `npm run build` and `npx tsc -p tsconfig.test.json` first.
// Exits 1 if a test failed, if no test ran, or on timeout (CORPUS_REVIEW_VSCODE_TIMEOUT_MS, 5 min).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { ROOT, ensureCodeServer, launchChromium, startCodeServer } from './code-server.mjs';

const SOURCE = path.resolve(process.argv[2] ?? path.join(ROOT, 'test/fixtures/vscode-corpus'));
const SUITE = path.join(ROOT, 'out/test/vscode/suite/index.js');
const SCREENSHOT = path.join(ROOT, 'test-results/screenshots/workbench.png');
const TIMEOUT_MS = Number(process.env.CORPUS_REVIEW_VSCODE_TIMEOUT_MS ?? 300_000);
const VSCODE_RELEASES = 'https://update.code.visualstudio.com/api/releases/stable';
// Workbench chatter that fails harmlessly offline, left out of the log shown on failure.
const NOISE = /\[(ChatModelSelection|AgentHost[^\]]*|AccountPolicyGate)\]/;

/** Which runner to use, and why. */
async function chooseRunner() {
  const wanted = process.env.CORPUS_REVIEW_VSCODE ?? 'auto';
  if (wanted === 'electron' || wanted === 'code-server') return [wanted, 'CORPUS_REVIEW_VSCODE'];
  if (wanted !== 'auto') throw new Error(`CORPUS_REVIEW_VSCODE=${wanted}: expected electron, code-server or auto`);
  // VS Code's Electron window needs an X display on Linux (e.g. under xvfb-run).
  if (process.platform === 'linux' && !process.env.DISPLAY) return ['code-server', 'auto: DISPLAY is not set'];
  try {
    const response = await fetch(VSCODE_RELEASES, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return ['code-server', `auto: ${VSCODE_RELEASES} answered ${response.status}`];
  } catch (err) {
    return ['code-server', `auto: ${VSCODE_RELEASES} unreachable (${err.cause?.code ?? err.message})`];
  }
  return ['electron', `auto: ${VSCODE_RELEASES} answered and there is a display`];
}

async function screenshot(page) {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`screenshot: ${path.relative(ROOT, SCREENSHOT)}`);
}

async function runInCodeServer(tmp, env) {
  ensureCodeServer();
  // Started outside the timeout race so that it is always stopped; it gives up after 60 s itself.
  const server = await startCodeServer({ workspace: WORKSPACE, dir: tmp, smokeTestDriver: true });
  const lines = [];
  let browser;
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no exit code from the workbench after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  const drive = async () => {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => lines.push(`[${type}] ${format(...args)}`));
    await page.goto(server.url([['extensionDevelopmentPath', server.remote(ROOT)],
      ['extensionTestsPath', server.remote(SUITE)], ['extensionEnvironment', JSON.stringify(env)],
      ['skipWelcome', 'true']]));
    const shot = screenshot(page).catch((err) => console.warn(`warning: no screenshot: ${err.message}`));
    const code = await exited;
    await shot;
    return code;
  };
  try {
    return await Promise.race([drive(), timeout]);
  } catch (err) {
    console.error(lines.filter((line) => !NOISE.test(line)).slice(-40).join('\n'));
    console.error(`code-server log: ${server.logFile}`);
    throw err;
  } finally {
    clearTimeout(timer);
    if (process.env.CORPUS_REVIEW_VSCODE_VERBOSE) console.log(lines.join('\n'));
    await browser?.close();
    await server.stop();
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
const [runner, why] = await chooseRunner().catch((err) => {
  console.error(`FAIL: ${err.message}`);
  process.exit(1);
});
console.log(`runner: ${runner} (${why})`);
const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-review-vscode-'));
const WORKSPACE = path.join(tmp, 'workspace');
cpSync(SOURCE, WORKSPACE, { recursive: true });
const resultsFile = path.join(tmp, 'results.json');
const env = { CORPUS_REVIEW_TEST_RESULTS: resultsFile, CORPUS_REVIEW_TEST_WORKSPACE: WORKSPACE };
const started = Date.now();
let status = 1;
try {
  const exitCode = runner === 'electron' ? await runInElectron(env) : await runInCodeServer(tmp, env);
  status = summarise(resultsFile, exitCode);
} catch (err) {
  console.error(`FAIL: ${err.message}`);
}
console.log(`vscode suite: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (status === 0) rmSync(tmp, { recursive: true, force: true });
else console.error(`kept ${tmp}`);
process.exit(status);
