// code-server from .vscode-test/ (scripts/install-code-server.sh) driven by Debian's Chromium, as in
// ../shared/recipes/vscode-tests.md; shared by run.mjs (the mocha suite) and vsix.mjs (the packaged
// extension). The server runs in its own process group so that stop() ends its children too.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const CACHE = path.join(ROOT, '.vscode-test');
const NODE24 = path.join(CACHE, 'node24/node_modules/node/bin/node');
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// A quieter workbench for screenshots: no chat side bar, no offer to open the repository around
// the workspace folder, no welcome page.
export const QUIET_SETTINGS = { 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'git.openRepositoryInParentFolders': 'never' };

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Installs Node 24, code-server and Chromium unless present (the script skips what is there). */
export function ensureCodeServer() {
  const { status } = spawnSync('bash', [path.join(ROOT, 'scripts/install-code-server.sh')], { stdio: 'inherit' });
  if (status !== 0) throw new Error(`scripts/install-code-server.sh failed (exit code ${status})`);
}

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

function checkInstalled() {
  for (const file of [NODE24, CODE_SERVER]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/install-code-server.sh`);
  }
}

/** `code-server --install-extension`: a .vsix (or a gallery id) into extensionsDir; returns its output. */
export function installExtension(vsix, extensionsDir) {
  checkInstalled();
  const { status, stdout, stderr } = spawnSync(NODE24, [CODE_SERVER, '--extensions-dir', extensionsDir,
    '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  const output = `${stdout}${stderr}`.trim();
  if (status !== 0) throw new Error(`code-server --install-extension failed (exit code ${status}):\n${output}`);
  return output;
}

/**
 * Starts code-server on 127.0.0.1 and a free port with its state under `dir` (data/, exts/ unless
 * extensionsDir is given, code-server.log) and waits until it answers /healthz. smokeTestDriver is
 * needed for a development payload (extensionTestsPath) to be honoured at all; it also sends
 * notification toasts to the Notification Center. Ctrl-C kills the server's process group.
 */
export async function startCodeServer({ workspace, dir, extensionsDir = path.join(dir, 'exts'),
  smokeTestDriver = false, settings }) {
  checkInstalled();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const userDataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'code-server.log');
  if (settings) {
    mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
  }
  writeFileSync(path.join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = openSync(logFile, 'w');
  const server = spawn(NODE24, [CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--config', path.join(dir, 'config.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []), workspace],
  { detached: true, stdio: ['ignore', log, log] });
  const onSignal = () => {
    process.kill(-server.pid, 'SIGKILL');
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const stop = async () => {
    await stopGroup(server.pid);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  };
  try {
    await waitForHealth(`${origin}/healthz`, server);
  } catch (err) {
    await stop();
    throw new Error(`${err.message}; the end of ${logFile}:\n${tail(logFile, 20)}`);
  }
  return {
    port, origin, logFile, userDataDir, stop,
    /** The vscode-remote URI of a path on this server, for payload entries. */
    remote: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
    /** The workbench URL for `workspace`, with an optional development payload. */
    url: (payload) => `${origin}/?folder=${encodeURIComponent(workspace)}${
      payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`,
  };
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The last `count` lines of a text file, or '' if it does not exist. */
export function tail(file, count) {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n') : '';
}
