// `provenance index <dir|glob>... [--json] [--cache <dir>]`
import { SourceIndex } from '../core/sourceIndex';
import { openCache, readCacheArgument, reportCache } from './cacheOption';
import { exportIndex } from '../core/exportJson';
import { NodeWorkspace } from '../node/nodeWorkspace';

export interface IndexArgs {
  patterns: string[];
  json: boolean;
  /** Where to keep analyses between runs (--cache). */
  cache?: string;
}

export function parseIndexArgs(args: string[]): IndexArgs | { error: string } {
  const parsed: IndexArgs = { patterns: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const cache = readCacheArgument(args, i);
    if (cache && 'error' in cache) return cache;
    if (cache) [parsed.cache, i] = [cache.dir, cache.last];
    else if (a === '--json') parsed.json = true;
    else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else parsed.patterns.push(a);
  }
  return parsed;
}

export async function runIndex(args: IndexArgs, options: { cwd: string }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { patterns } = args;
  if (patterns.length === 0) {
    err('provenance index: name at least one folder or glob of sources');
    return 2;
  }
  const index = new SourceIndex();
  const cache = openCache(args.cache, patterns, options.cwd, err);
  const started = performance.now();
  const problems = await index.load(new NodeWorkspace(options.cwd), patterns, cache ? { cache } : {});
  const seconds = (performance.now() - started) / 1000;
  reportCache(cache, index.cacheHits, index.analysed, err);
  for (const p of problems) err(`provenance: skipped ${p.path}: ${p.reason}`);
  if (args.json) {
    out(JSON.stringify(exportIndex(index), null, 1));
    return index.size > 0 ? 0 : 1;
  }
  out(summarize(index, seconds));
  return index.size > 0 ? 0 : 1;
}

function summarize(index: SourceIndex, seconds: number): string {
  const docs = index.documents();
  const quotes = docs.reduce((n, d) => n + d.quotes.length, 0);
  const direct = docs.reduce((n, d) => n + d.quotes.filter((q) => q.kind === 'direct').length, 0);
  const numbers = docs.reduce((n, d) => n + d.numbers.length, 0);
  const { entities } = index.entities();
  const clusters = index.quotes.clusters().filter((c) => c.members.length > 1);
  const lines: string[] = [];
  lines.push(`${docs.length} documents indexed in ${seconds.toFixed(2)} s, ${index.skipped().length} skipped`);
  lines.push(`${quotes} quotes (${direct} direct, ${quotes - direct} reported), ${entities.length} entities, ${numbers} number claims, ${clusters.length} quotes reported by several articles`);
  const top = [...entities].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name)).slice(0, 15);
  if (top.length) {
    lines.push('', 'Top entities:');
    for (const e of top) {
      const variants = e.variants.filter((v) => v !== e.name);
      const role = e.roles[0] ? ` — ${e.roles[0]}` : '';
      lines.push(`  ${e.name} (${e.type}, ${e.documents} doc${e.documents === 1 ? '' : 's'})${variants.length ? ` also: ${variants.join(', ')}` : ''}${role}`);
    }
  }
  if (clusters.length) {
    lines.push('', 'Quotes carried by several articles:');
    for (const c of clusters.slice(0, 15)) {
      const text = c.text.length > 90 ? `${c.text.slice(0, 87)}...` : c.text;
      lines.push(`  “${text}” — ${c.speaker ?? 'speaker unknown'} (${c.members.length} articles)`);
    }
  }
  return lines.join('\n');
}
