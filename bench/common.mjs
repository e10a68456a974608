// What every bench script shares: its options, the generated corpus, and the code under test
// bundled from the TypeScript sources with the server's own esbuild settings.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/esbuildOptions.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const argv = process.argv.slice(2);

/** `--name value` from the command line, else the fallback. */
export function option(name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
}

/** Generates the benchmark corpus (bench/make-corpus.mjs) when the folder is missing or empty. */
export function ensureCorpus(dir) {
  if (!existsSync(dir) || readdirSync(dir).length === 0) {
    execFileSync(process.execPath, [join(root, 'bench', 'make-corpus.mjs')], { stdio: 'inherit' });
  }
}

/** Bundles a bench entry (bench/*Entry.ts) and loads it. */
export async function loadEntry(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'provenance-bench-'));
  const outfile = join(outDir, 'entry.cjs');
  await build({ ...nodeBundle, entryPoints: [join(root, 'bench', entry)], outfile });
  const lib = createRequire(import.meta.url)(outfile);
  rmSync(outDir, { recursive: true, force: true });
  return lib;
}
