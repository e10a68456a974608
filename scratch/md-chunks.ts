// CPU time of parsing a ~5,000-word Markdown draft as the language server does on a cold check:
// chunk by chunk (DraftAnalyzer's chunkSpans), each chunk through parseDocument.
import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { chunkSpans } from '../server/src/languageFeatures/draftAnalysis';
const docs = readdirSync('bench/corpus').sort().slice(0, 400).map((n) => readFileSync('bench/corpus/' + n, 'utf8'));
const paragraphs = docs.flatMap((t) => t.split(/\n+/).filter((p) => p.trim()));
let draft = '---\ntitle: Draft\n---\n# A draft\n\n';
let words = 0;
for (let i = 0; words < 5000; i++) {
  const p = paragraphs[i];
  words += p.split(/\s+/).length;
  draft += (i % 7 === 3 ? '## Section ' + i + '\n\n' : '') + (i % 4 === 1 ? `*${p}* [a link](http://example.com/x) \`code\`` : p) + '\n\n';
}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
const chunks = chunkSpans(draft, 'markdown').map((s) => draft.slice(s.start, s.end));
const run = (path: string) => { for (const c of chunks) parseDocument(path, c); };
for (const path of ['draft.md', 'draft.txt']) {
  for (let k = 0; k < 10; k++) run(path);
  const s: number[] = [];
  for (let k = 0; k < Number(process.env.CALLS ?? 40); k++) { const t0 = cpu(); run(path); s.push(cpu() - t0); }
  s.sort((a, b) => a - b);
  console.log(`${chunks.length} chunks as ${path}: median ${s[s.length >> 1].toFixed(2)} ms, best ${s[0].toFixed(2)} ms CPU per draft`);
}
const empty = (n: number) => { const t0 = cpu(); for (let k = 0; k < n; k++) parseDocument('x.md', 'Hi.'); return (cpu() - t0) / n; };
empty(2000);
console.log(`parseDocument('x.md', 'Hi.'): ${empty(5000).toFixed(3)} ms CPU per call`);
