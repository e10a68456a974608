// The command-line entry: `provenance index ...` and `provenance check ...` (contracts.md §2).
import * as nodePath from 'node:path';
import { parseIndexArgs, runIndex } from './cli/indexCommand';
import { parseCheckArgs, runCheck, type CheckFormat } from './cli/checkCommand';

const usage = `usage:
  provenance index <dir|glob>... [--json] [--cache <dir>]
      Index source files (.txt, .md, .html); print a summary, or the index as JSON.
  provenance check <draft>... [--sources <dir|glob>...] [--format text|json|sarif] [--cache <dir>]
      Check drafts against the sources (default: the bundled seeds). Exit code 1 when any
      warning or error is found.
  --cache <dir> keeps the sources' analyses in <dir> between runs: the next run analyses only
      the files that changed.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string) => process.stdout.write(s + '\n');
  const err = (s: string) => process.stderr.write(s + '\n');
  if (command === 'index') {
    const parsed = parseIndexArgs(rest);
    if ('error' in parsed) {
      err(`provenance index: ${parsed.error}`);
      err(usage);
      return 2;
    }
    return runIndex(parsed, { cwd: process.cwd() }, out, err);
  }
  if (command === 'check') {
    const parsed = parseCheckArgs(rest);
    if ('error' in parsed) {
      err(`provenance check: ${parsed.error}`);
      err(usage);
      return 2;
    }
    // The seeds ship next to the bundle: server/out/cli.js → ../../seeds.
    const bundledSeeds = nodePath.resolve(__dirname, '..', '..', 'seeds');
    return runCheck({ ...parsed, format: parsed.format as CheckFormat, cwd: process.cwd(), bundledSeeds }, out, err);
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    out(usage);
    return 0;
  }
  err(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`provenance: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
