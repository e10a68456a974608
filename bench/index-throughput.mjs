#!/usr/bin/env node
// Index throughput, memory and quote-lookup latency on the benchmark corpus (bench/make-corpus.mjs).
// Runs on the built bundles: the main thread uses the index bundled exactly as the server is, and
// the workers run server/out/indexWorker.js (`npm run bench` builds first).
//
//   node bench/index-throughput.mjs [--workers N] [--corpus bench/corpus] [--queries 2000] [--cache DIR] [--json]
//
// With --cache DIR the load keeps its analyses in DIR (the language server's analysis cache): the
// first run writes them, a second run starts warm. Without it, every article is analysed.
// --warm does both in two fresh processes (each its own peak RSS) with a temporary cache, and
// prints them side by side.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { argv, ensureCorpus, loadEntry, option, root } from './common.mjs';

const corpus = option('corpus', 'bench/corpus');
const workersArg = option('workers', undefined);
const queryCount = Number(option('queries', '2000'));
const stageArticles = Number(option('stages', '200'));
const asJson = argv.includes('--json');
const cacheDir = option('cache', undefined);

if (argv.includes('--warm')) {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-cache-bench-'));
  const passOn = argv.filter((a) => a !== '--warm' && a !== '--json');
  const run = () => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...passOn, '--cache', dir, '--json', '--stages', '0'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  try {
    const cold = run();
    const warm = run();
    if (asJson) console.log(JSON.stringify({ cold, warm }));
    else {
      const row = (label, f) => console.log(`${label.padEnd(24)}${String(f(cold)).padStart(12)}${String(f(warm)).padStart(12)}`);
      console.log(`${''.padEnd(24)}${'cold'.padStart(12)}${'warm'.padStart(12)}   (${cold.articles} articles, ${cold.mb} MB)`);
      row('index time (s)', (r) => r.seconds);
      row('CPU (s)', (r) => r.cpuSeconds);
      row('analysed / from cache', (r) => `${r.analysed}/${r.fromCache}`);
      row('peak RSS, load (MB)', (r) => r.peakRssLoadMb);
      row('heap after GC (MB)', (r) => r.heapAfterGcMb);
      row('cache on disk (MB)', (r) => r.cacheMb);
      row('load average at end', (r) => r.loadAverage);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

const workerScript = join(root, 'server', 'out', 'indexWorker.js');
if (!existsSync(workerScript)) throw new Error('server/out/indexWorker.js is missing: run `npm run build` first');
ensureCorpus(join(root, corpus));

// The index, bundled with the server's esbuild settings (the server bundle exports nothing).
const { SourceIndex, NodeWorkspace, parseDocument, extractEntities, extractQuotes, extractNumbers, DiskAnalysisStore, analyserVersion } = await loadEntry('benchEntry.ts');
const cache = cacheDir ? new DiskAnalysisStore(cacheDir, analyserVersion(workerScript)) : undefined;

let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
const rssBefore = process.memoryUsage.rss();

const index = new SourceIndex();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const problems = await index.load(new NodeWorkspace(root), [corpus], {
  workerScript,
  ...(cache ? { cache } : {}),
  ...(workersArg !== undefined ? { workers: Number(workersArg) } : {}),
});
const loadSeconds = (performance.now() - t0) / 1000;
// Reading every text afterwards (below) allocates decoded strings: the load's own peak is kept apart.
const peakRssLoad = Math.max(peakRss, process.memoryUsage.rss());
const cpu = process.cpuUsage(cpu0);
// CPU time of the whole process (workers included): on a busy shared machine wall time overstates.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const docs = index.documents();
const chars = docs.reduce((n, d) => n + d.doc.text.length, 0);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.doc.text), 0);
const quotes = docs.reduce((n, d) => n + d.quotes.length, 0);

const t1 = performance.now();
const clusters = index.quotes.clusters();
const clusterSeconds = (performance.now() - t1) / 1000;
const rssAfterIndex = process.memoryUsage.rss();
// What the index itself holds: the heap after a full collection.
setFlagsFromString('--expose-gc');
runInNewContext('gc')();
const memoryAfterGc = process.memoryUsage();
const heapAfterGc = memoryAfterGc.heapUsed;
const rssAfterGc = process.memoryUsage.rss();

// Quote lookups as the language server makes them: exact quotes, excerpts, an ellipsis, a changed
// word, and sentences that are not quotes at all (misses). Chosen deterministically.
let state = 7;
const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(rand() * list.length)];
const allQuotes = docs.flatMap((d) => d.quotes.filter((q) => q.content.split(/\s+/).length >= 4));
const queries = [];
for (let i = 0; i < queryCount && allQuotes.length > 0; i++) {
  const words = pick(allQuotes).content.split(/\s+/);
  const kind = i % 5;
  if (kind === 0) queries.push(words.join(' '));
  else if (kind === 1) queries.push(words.slice(1, Math.max(3, Math.ceil(words.length * 0.7))).join(' '));
  else if (kind === 2) queries.push([...words.slice(0, 2), '…', ...words.slice(-2)].join(' '));
  else if (kind === 3) queries.push(words.map((w, j) => (j === Math.floor(words.length / 2) ? 'changed' : w)).join(' '));
  else {
    const d = pick(docs);
    const block = pick(d.doc.blocks);
    const s = pick(block.sentences);
    queries.push(d.doc.text.slice(s.start, s.end));
  }
}
const latencies = [];
let found = 0;
for (const q of queries) {
  const t = performance.now();
  const m = index.quotes.match(q);
  latencies.push(performance.now() - t);
  if (m.length > 0) found++;
}
latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024);

// Where analysis time goes: each stage timed on this thread over the first articles (after a
// warm-up pass, so that the JIT has compiled the code as it is during a long load). CPU time: the
// workers are gone by now, so the process's CPU is this thread's, and other users' load on the
// shared machine does not count.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stageTimes = { parse: 0, entities: 0, quotes: 0, numbers: 0 };
let stageChars = 0;
const sample = docs.slice(0, stageArticles);
for (let pass = 0; pass < 2; pass++) {
  for (const key of Object.keys(stageTimes)) stageTimes[key] = 0;
  stageChars = 0;
  for (const { doc } of sample) {
    let t = cpuMs();
    const parsed = parseDocument(doc.path, doc.text);
    stageTimes.parse += cpuMs() - t;
    t = cpuMs();
    const entities = extractEntities(parsed);
    stageTimes.entities += cpuMs() - t;
    t = cpuMs();
    extractQuotes(parsed, entities);
    stageTimes.quotes += cpuMs() - t;
    t = cpuMs();
    extractNumbers(parsed);
    stageTimes.numbers += cpuMs() - t;
    stageChars += doc.text.length;
  }
}
const stageTotal = Object.values(stageTimes).reduce((a, b) => a + b, 0);

const result = {
  articles: index.size,
  skipped: problems.length,
  mb: +(bytes / 1e6).toFixed(2),
  chars,
  seconds: +loadSeconds.toFixed(2),
  mbPerSecond: +(bytes / 1e6 / loadSeconds).toFixed(2),
  cpuSeconds: +cpuSeconds.toFixed(2),
  cores: availableParallelism(),
  loadAverage: +loadavg()[0].toFixed(2),
  workers: workersArg !== undefined ? Number(workersArg) : 'auto',
  analysed: index.analysed,
  fromCache: index.cacheHits,
  cacheMb: cacheDir ? +(directoryBytes(cacheDir) / 1e6).toFixed(1) : undefined,
  quotes,
  wordings: index.quotes.wordingCount,
  clusters: clusters.length,
  clusterSeconds: +clusterSeconds.toFixed(2),
  peakRssMb: Math.round(peakRss / 2 ** 20),
  peakRssLoadMb: Math.round(peakRssLoad / 2 ** 20),
  rssAfterIndexMb: Math.round(rssAfterIndex / 2 ** 20),
  heapAfterGcMb: Math.round(heapAfterGc / 2 ** 20),
  rssAfterGcMb: Math.round(rssAfterGc / 2 ** 20),
  heapTotalAfterGcMb: Math.round(memoryAfterGc.heapTotal / 2 ** 20),
  externalAfterGcMb: Math.round(memoryAfterGc.external / 2 ** 20),
  rssBeforeMb: Math.round(rssBefore / 2 ** 20),
  stages: Object.fromEntries(
    Object.entries(stageTimes).map(([k, ms]) => [k, { share: +(ms / stageTotal).toFixed(3), mbPerSecond: +(stageChars / 1e6 / (ms / 1000)).toFixed(2) }]),
  ),
  analysisMbPerSecondOneThread: +(stageChars / 1e6 / (stageTotal / 1000)).toFixed(2),
  lookups: queries.length,
  lookupsWithMatch: found,
  lookupP50Ms: +pct(50).toFixed(3),
  lookupP99Ms: +pct(99).toFixed(3),
};
if (asJson) console.log(JSON.stringify(result));
else {
  console.log(`articles        ${result.articles} (${result.skipped} skipped)`);
  console.log(`size            ${result.mb} MB (UTF-8)`);
  console.log(`index time      ${result.seconds} s with ${result.workers} workers → ${result.mbPerSecond} MB/s`);
  if (cacheDir) console.log(`cache           ${result.fromCache} articles from ${cacheDir} (${result.cacheMb} MB), ${result.analysed} analysed${cache.problem ? `; ${cache.problem}` : ''}`);
  console.log(`CPU time        ${result.cpuSeconds} s on ${result.cores} cores (load average at the end: ${result.loadAverage})`);
  console.log(`quotes          ${result.quotes} (${result.wordings} distinct wordings), ${result.clusters} clusters in ${result.clusterSeconds} s`);
  console.log(`peak RSS        ${result.peakRssMb} MB (during the load: ${result.peakRssLoadMb} MB; after indexing: ${result.rssAfterIndexMb} MB; at start: ${result.rssBeforeMb} MB)`);
  console.log(`index memory    ${result.heapAfterGcMb} MB heap after a full GC (heap reserved ${result.heapTotalAfterGcMb} MB, external ${result.externalAfterGcMb} MB, RSS ${result.rssAfterGcMb} MB)`);
  if (sample.length > 0) console.log(
    `analysis        ${result.analysisMbPerSecondOneThread} MB/s per CPU-second on one thread (${sample.length} articles): ` +
      Object.entries(result.stages)
        .map(([k, v]) => `${k} ${Math.round(v.share * 100)}% (${v.mbPerSecond} MB/s)`)
        .join(', '),
  );
  console.log(`quote lookups   ${result.lookups} (${result.lookupsWithMatch} matched): p50 ${result.lookupP50Ms} ms, p99 ${result.lookupP99Ms} ms`);
}

function directoryBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
  return total;
}
