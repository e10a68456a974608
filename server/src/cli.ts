// The command-line entry: `provenance index ...` and `provenance check ...` (contracts.md §2).
import { runIndex } from './cli/indexCommand';

const usage = `usage:
  provenance index <dir|glob>... [--json]
      Index source files (.txt, .md, .html); print a summary, or the index as JSON.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string) => process.stdout.write(s + '\n');
  const err = (s: string) => process.stderr.write(s + '\n');
  if (command === 'index') {
    const json = rest.includes('--json');
    const patterns = rest.filter((a) => !a.startsWith('--'));
    return runIndex(patterns, { json, cwd: process.cwd() }, out, err);
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
