#!/usr/bin/env node
// The quote index on distinct quotations (the recombined corpus repeats ~900 wordings, which
// flatters it): memory per quote, indexing, clustering and lookup times. Quotes are windows of
// real article text (the eval articles and seeds); overlapping windows are true excerpts of one
// another, so clustering has real work to do.
//
//   node bench/quote-index.mjs [--quotes 20000]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { argv, loadEntry, root } from './common.mjs';

const at = argv.indexOf('--quotes');
const count = at >= 0 ? Number(argv[at + 1]) : 20000;

const { QuoteIndex } = await loadEntry('benchEntry.ts');
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const dirs = [join(root, 'seeds'), join(root, '..', 'shared', 'eval', 'quotes-ggt-dev', 'articles')].filter(existsSync);
const words = dirs.flatMap((d) => readdirSync(d).flatMap((f) => readFileSync(join(d, f), 'utf8').split(/\s+/))).filter(Boolean);
let state = 1;
const rand = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const docs = [];
for (let d = 0; d < count / 20; d++) {
  const quotes = [];
  let text = '';
  for (let k = 0; k < 20; k++) {
    const n = 8 + Math.floor(rand() * 25);
    const from = Math.floor(rand() * (words.length - n));
    const content = words.slice(from, from + n).join(' ');
    const start = text.length;
    text += `"${content}" someone said. `;
    quotes.push({ start, end: start + content.length + 2, text: `"${content}"`, kind: 'direct', content, parts: [{ start: start + 1, end: start + 1 + content.length }], speaker: null });
  }
  docs.push({ doc: { path: `d${d}.txt`, text, format: 'text', meta: {}, blocks: [] }, entities: [], quotes, numbers: [] });
}

gc();
const before = process.memoryUsage().heapUsed;
const index = new QuoteIndex();
let t = performance.now();
for (const d of docs) index.addDocument(d);
const addSeconds = (performance.now() - t) / 1000;
gc();
const bytes = process.memoryUsage().heapUsed - before;
t = performance.now();
const clusters = index.clusters();
const clusterSeconds = (performance.now() - t) / 1000;
const latencies = [];
for (let i = 0; i < 1000; i++) {
  const q = docs[(i * 7) % docs.length].quotes[i % 20].content.split(' ');
  const query = i % 2 ? q.slice(1, -1).join(' ') : q.map((w, j) => (j === 3 ? 'changed' : w)).join(' ');
  const t2 = performance.now();
  index.match(query, { limit: 24 });
  latencies.push(performance.now() - t2);
}
latencies.sort((a, b) => a - b);
console.log(`distinct quotes ${count} (${index.wordingCount} wordings)`);
console.log(`memory          ${(bytes / 2 ** 20).toFixed(1)} MB (${Math.round(bytes / count)} B a quote)`);
console.log(`indexing        ${addSeconds.toFixed(2)} s; clustering ${clusterSeconds.toFixed(2)} s (${clusters.length} clusters)`);
console.log(`lookups         p50 ${latencies[500].toFixed(2)} ms, p99 ${latencies[990].toFixed(2)} ms (limit 24)`);
