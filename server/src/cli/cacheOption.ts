// `--cache <dir>` for both commands: keep analyses between runs (core/analysisCache.ts), so that a
// second run over the same sources only analyses the files that changed.
import * as nodePath from 'node:path';
import type { AnalysisStore } from '../core/analysisCache';
import { DiskAnalysisStore, openAnalysisStore } from '../node/diskAnalysisStore';

/**
 * `--cache <dir>` or `--cache=<dir>` at `args[at]`: the folder and the index of the argument it
 * ends at, an error when no folder follows, or undefined when `args[at]` is another argument.
 */
export function readCacheArgument(args: string[], at: number): { dir: string; last: number } | { error: string } | undefined {
  const a = args[at];
  if (a.startsWith('--cache=')) return { dir: a.slice('--cache='.length), last: at };
  if (a !== '--cache') return undefined;
  if (at + 1 >= args.length || args[at + 1].startsWith('--')) return { error: '--cache needs a folder' };
  return { dir: args[at + 1], last: at + 1 };
}

/**
 * The store in `dir` for these sources (a folder per set of sources under `dir`, so that runs over
 * other sources keep their own entries), or undefined with a warning when this build cannot name
 * its analyser (run from sources).
 */
export function openCache(dir: string | undefined, patterns: string[], cwd: string, err: (s: string) => void): DiskAnalysisStore | undefined {
  if (dir === undefined) return undefined;
  const sources = JSON.stringify(patterns.map((p) => nodePath.resolve(cwd, p)).sort());
  const store = openAnalysisStore(nodePath.resolve(cwd, dir), sources);
  if (!store) err('provenance: --cache needs the built tool (server/out); analysing every source');
  return store;
}

/** After a load: what the cache did, for the summary (and why it stopped writing, if it did). */
export function reportCache(store: AnalysisStore | undefined, hits: number, analysed: number, err: (s: string) => void): void {
  if (!(store instanceof DiskAnalysisStore)) return;
  if (store.problem) err(`provenance: ${store.problem}`);
  err(`provenance: ${hits} source${hits === 1 ? '' : 's'} from the analysis cache, ${analysed} analysed`);
}
