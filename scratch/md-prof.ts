// Profiles parseDocument on a ~5,000-word Markdown draft (for node --cpu-prof on the bundle).
import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
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
const t0 = cpu();
for (let k = 0; k < Number(process.env.CALLS ?? 200); k++) parseDocument('draft.md', draft);
console.log(((cpu() - t0) / Number(process.env.CALLS ?? 200)).toFixed(2), 'ms per call');
