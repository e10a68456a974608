#!/usr/bin/env node
// Entity throughput: extractEntities alone (MB/s, parse excluded), the corpus merge, building the draft
// lookup, and find() on a 5,000-word draft, on the benchmark corpus (bench/make-corpus.mjs).
//
//   node bench/entities.mjs [--corpus bench/corpus] [--limit N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCorpus, loadEntry, option, root } from './common.mjs';

const corpus = join(root, option('corpus', 'bench/corpus'));
const limit = Number(option('limit', '100000'));
ensureCorpus(corpus);
const { parseDocument, extractEntities, mergeEntities, createEntityLookup } = await loadEntry('entitiesEntry.ts');

const files = readdirSync(corpus).filter((f) => /\.(txt|md|html?)$/.test(f)).sort().slice(0, limit);
const texts = files.map((f) => [f, readFileSync(join(corpus, f), 'utf8')]);
// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c0 = cpu();
let w0 = performance.now();
const parsed = texts.map(([f, text]) => parseDocument(f, text));
const parseCpuMs = cpu() - c0;
const parseWallMs = performance.now() - w0;
const bytes = parsed.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

// Warm up the JIT on a slice, then time the whole corpus.
for (const d of parsed.slice(0, 200)) extractEntities(d);
c0 = cpu();
let t = performance.now();
const analyses = parsed.map((doc) => ({ doc, entities: extractEntities(doc), quotes: [], numbers: [] }));
const extractMs = performance.now() - t;
const extractCpuMs = cpu() - c0;

c0 = cpu();
t = performance.now();
const merged = mergeEntities(analyses);
const mergeMs = performance.now() - t;
const mergeCpuMs = cpu() - c0;

t = performance.now();
const lookup = createEntityLookup(merged, analyses);
const lookupBuildMs = performance.now() - t;

// A 5,000-word draft made of corpus paragraphs.
const paragraphs = parsed.flatMap((d) => d.text.split(/\n+/)).filter((p) => p.length > 200);
let draft = '';
for (let i = 0; draft.split(/\s+/).length < 5000; i += 37) draft += paragraphs[i % paragraphs.length] + '\n\n';
const runs = [];
let hits = 0;
for (let i = 0; i < 21; i++) {
  t = performance.now();
  hits = lookup.find(draft).length;
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);

const people = merged.entities.filter((e) => e.type === 'person').length;
console.log(`documents ${parsed.length}, ${(bytes / 1e6).toFixed(1)} MB`);
const rate = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(`parseDocument (for scale): wall ${(parseWallMs / 1000).toFixed(2)} s = ${rate(parseWallMs)} MB/s, CPU ${(parseCpuMs / 1000).toFixed(2)} s = ${rate(parseCpuMs)} MB/s`);
console.log(`extractEntities: wall ${(extractMs / 1000).toFixed(2)} s = ${rate(extractMs)} MB/s, CPU ${(extractCpuMs / 1000).toFixed(2)} s = ${rate(extractCpuMs)} MB/s (parse excluded)`);
console.log(`mergeEntities: wall ${mergeMs.toFixed(0)} ms, CPU ${mergeCpuMs.toFixed(0)} ms → ${merged.entities.length} entities (${people} people)`);
console.log(`createEntityLookup: ${lookupBuildMs.toFixed(0)} ms`);
console.log(`find() on a ${draft.split(/\s+/).length}-word draft: median ${runs[10].toFixed(1)} ms, max ${runs[20].toFixed(1)} ms, ${hits} hits`);
