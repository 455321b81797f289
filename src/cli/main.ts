import * as path from 'node:path';
import { parseArgs } from './args';
import { runCheck } from './check-command';
import { runExtract, type Io } from './extract-command';
import { UsageError } from './usage-error';

const USAGE = `usage: corpus-review check [<corpus folder>] [--format text|json|sarif|csv|markdown] [--config <file>]
                           [--fail-on error|warning|information|never]
       corpus-review extract [<files or folders>…] [--format json|jsonl|text]
       corpus-review extract --stdin-jsonl
       corpus-review --help

check exits 1 when an open finding reaches --fail-on (default warning), 2 on usage or configuration errors.`;

const FLAGS = new Set(['stdin-jsonl', 'help']);
const VALUED = new Set(['format', 'config', 'fail-on']);

/** Set by the bundler from package.json. */
declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

/** The samples/ folder shipped beside dist/. */
const BUNDLED_CORPUS = path.resolve(__dirname, '..', 'samples');

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv, FLAGS, VALUED);
    if (args.options.has('help') || args.command === 'help') {
      io.out(USAGE + '\n');
      return 0;
    }
    switch (args.command) {
      case 'extract':
        return await runExtract(args.positionals, args.options, io, BUNDLED_CORPUS);
      case 'check':
        return await runCheck(args.positionals, args.options, io, VERSION);
      case undefined:
        throw new UsageError('a command is needed (check or extract)');
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`corpus-review: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`corpus-review: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

if (require.main === module) {
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    stdin: process.stdin,
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
