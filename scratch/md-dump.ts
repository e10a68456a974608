// Dumps parseDocument of every Markdown file under node_modules (and each as .html-less text) as JSON lines,
// to compare two versions of parse/ on varied real Markdown. Usage: node bundle.cjs out.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { parseDocument } from '../server/src/core/parse/parseDocument';
const files = execSync('find -L node_modules -name "*.md" | sort', { encoding: 'utf8' }).split('\n').filter(Boolean);
const out: string[] = [];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const doc = parseDocument(f, text);
  out.push(JSON.stringify({ f, meta: doc.meta, blocks: doc.blocks }));
}
writeFileSync(process.argv[2], out.join('\n'));
console.log(files.length, 'files');
