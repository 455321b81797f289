// Entry point of the integration suite inside VS Code's extension host (`extensionTestsPath`):
// loaded the same way by test/vscode/run.mjs (code-server) and @vscode/test-electron.
// Runs every *.test.js beside it with mocha (TDD ui) and writes a JSON result file to
// $CORPUS_REVIEW_TEST_RESULTS, because the exit code alone cannot tell "passed" from "never ran".
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000 });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  const results: TestResult[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: err.stack ?? String(err) }));
  });

  const out = process.env.CORPUS_REVIEW_TEST_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify({ files, failures, tests: results }, null, 2));
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
  if (results.length === 0) throw new Error(`no test ran (files: ${files.join(', ') || 'none'})`);
}
