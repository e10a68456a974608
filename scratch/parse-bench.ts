// CPU MB/s of parseDocument over the first 400 bench articles (best of several passes), and the
// per-call CPU time of parseDocument on a ~5,000-word Markdown draft.
// Usage: npx tsx scratch/parse-bench.ts   (or bundle with scratch/golden/bundle.mjs and run with node)
import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';

const names = readdirSync('bench/corpus').sort().slice(0, 400);
const docs = names.map((n) => [n, readFileSync('bench/corpus/' + n, 'utf8')] as const);
let chars = 0;
for (const [, t] of docs) chars += t.length;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

const passes = Number(process.env.PASSES ?? 6);
let best = 0;
for (let pass = 0; pass < passes; pass++) {
  const t0 = cpu();
  for (const [p, t] of docs) parseDocument(p, t);
  const mbs = chars / 1e6 / (cpu() - t0);
  best = Math.max(best, mbs);
  console.log(`pass ${pass}: ${mbs.toFixed(2)} MB/s`);
}
console.log(`parseDocument, ${docs.length} articles, ${(chars / 1e6).toFixed(1)} MB: best ${best.toFixed(2)} MB/s CPU`);

if (process.env.DRAFT === '0') process.exit(0);
// A Markdown draft of about 5,000 words: bench paragraphs with some emphasis, links, code and headings.
const paragraphs = docs.flatMap(([, t]) => t.split(/\n+/).filter((p) => p.trim()));
let draft = '---\ntitle: Draft\n---\n# A draft\n\n';
let words = 0;
for (let i = 0; words < 5000; i++) {
  const p = paragraphs[i];
  words += p.split(/\s+/).length;
  draft += (i % 7 === 3 ? '## Section ' + i + '\n\n' : '') + (i % 4 === 1 ? `*${p}* [a link](http://example.com/x) \`code\`` : p) + '\n\n';
}
for (let k = 0; k < 20; k++) parseDocument('draft.md', draft); // warm-up
const calls = 60;
const samples: number[] = [];
for (let k = 0; k < calls; k++) {
  const t0 = cpu();
  parseDocument('draft.md', draft);
  samples.push((cpu() - t0) * 1000);
}
samples.sort((a, b) => a - b);
console.log(`Markdown draft (${words} words, ${draft.length} chars): median ${samples[calls >> 1].toFixed(2)} ms, best ${samples[0].toFixed(2)} ms CPU per call`);
// The same draft as plain text: what is Markdown's own cost.
const plain = draft.replace(/^---[\s\S]*?---\n/, '');
const ps: number[] = [];
for (let k = 0; k < calls; k++) {
  const t0 = cpu();
  parseDocument('draft.txt', plain);
  ps.push((cpu() - t0) * 1000);
}
ps.sort((a, b) => a - b);
console.log(`same draft as .txt: median ${ps[calls >> 1].toFixed(2)} ms CPU per call`);
