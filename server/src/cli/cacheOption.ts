// `--cache <dir>` for both commands: keep analyses between runs (core/analysisCache.ts), so that a
// second run over the same sources only analyses the files that changed.
import * as nodePath from 'node:path';
import type { AnalysisStore } from '../core/analysisCache';
import { defaultWorkerScript } from '../core/analysisPool';
import { analyserVersion, cacheFolderFor, DiskAnalysisStore } from '../node/diskAnalysisStore';

/**
 * The store in `dir` for these sources (a folder per set of sources under `dir`, so that runs over
 * other sources keep their own entries), or undefined with a warning when this build cannot name
 * its analyser (run from sources).
 */
export function openCache(dir: string | undefined, patterns: string[], cwd: string, err: (s: string) => void): DiskAnalysisStore | undefined {
  if (dir === undefined) return undefined;
  const version = analyserVersion(defaultWorkerScript());
  if (!version) {
    err('provenance: --cache needs the built tool (server/out); analysing every source');
    return undefined;
  }
  const sources = JSON.stringify(patterns.map((p) => nodePath.resolve(cwd, p)).sort());
  return new DiskAnalysisStore(cacheFolderFor(nodePath.resolve(cwd, dir), sources), version);
}

/** After a load: what the cache did, for the summary (and why it stopped writing, if it did). */
export function reportCache(store: AnalysisStore | undefined, hits: number, analysed: number, err: (s: string) => void): void {
  if (!(store instanceof DiskAnalysisStore)) return;
  if (store.problem) err(`provenance: ${store.problem}`);
  err(`provenance: ${hits} source${hits === 1 ? '' : 's'} from the analysis cache, ${analysed} analysed`);
}
