import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkCorpus, isOpen, type FileProblem, type Severity } from '../core';
import { renderReport, REPORT_FORMATS } from '../core/report/render';
import type { Io } from './extract-command';
import { UsageError } from './usage-error';

const FAIL_ON = ['error', 'warning', 'information', 'never'] as const;
const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** `corpus-review check [folder]`: claims and findings; exit 1 when an open finding reaches --fail-on. */
export async function runCheck(paths: string[], options: Map<string, string | true>, io: Io, version: string): Promise<number> {
  if (paths.length > 1) throw new UsageError('check takes one corpus folder');
  const format = oneOf(options.get('format') ?? 'text', REPORT_FORMATS, '--format');
  const failOn = oneOf(options.get('fail-on') ?? 'warning', FAIL_ON, '--fail-on');
  const root = path.resolve(paths[0] ?? '.');
  const stat = await fs.stat(root).catch(() => null);
  if (!stat?.isDirectory()) throw new UsageError(`${paths[0] ?? '.'}: not a folder`);
  const configPath = options.get('config');
  const result = await checkCorpus(root, { configPath: typeof configPath === 'string' ? configPath : undefined });
  for (const p of result.problems) io.err(problemLine(p) + '\n');
  for (const s of result.skipped) io.err(`corpus-review: skipped ${s.path}: ${s.reason}\n`);
  io.out(renderReport(result, format, root, version));
  if (result.problems.some((p) => p.severity === 'error')) return 2;
  return failOn !== 'never' && result.findings.some((f) => isOpen(f) && RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

/** `corpus-review.yaml:3:5: error: …`, the form editors and terminals link. */
function problemLine(p: FileProblem): string {
  const shown = path.relative(process.cwd(), p.path) || p.path;
  return `${shown}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}

function oneOf<T extends string>(value: string | true, allowed: readonly T[], flag: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be ${allowed.join(', ')}; got ${value === true ? 'nothing' : `"${value}"`}`);
}
