// Throughput of number extraction: bundles the core with esbuild, parses the eval articles and the
// seeds once, then times extractNumbers alone (and parse + extract) over several rounds.
// Usage: node bench/numbers.mjs [dir...]
import { build } from 'esbuild';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const out = join(mkdtempSync(join(tmpdir(), 'numbers-bench-')), 'entry.cjs');
const entry = join(tmpdir(), `numbers-bench-entry-${process.pid}.ts`);
writeFileSync(entry, `export { parseDocument } from '${process.cwd()}/server/src/core/parse/parseDocument';\nexport { extractNumbers } from '${process.cwd()}/server/src/core/numbers/extractNumbers';\n`);
await build({
  entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});
const { parseDocument, extractNumbers } = createRequire(import.meta.url)(out);

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['/work/shared/eval/quotes-ggt-dev/articles', 'seeds'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md|html?)$/.test(f)).map((f) => join(d, f)));
const texts = files.map((f) => [f, readFileSync(f, 'utf8')]);
const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);

const docs = texts.map(([f, t]) => parseDocument(f, t));
let claims = 0;
for (const d of docs) claims += extractNumbers(d).length; // warm-up

// Best of several rounds: the steady state of a warm language server, not JIT warm-up or GC pauses.
const rounds = 30;
let extractSec = Infinity;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  for (const d of docs) extractNumbers(d);
  extractSec = Math.min(extractSec, Number(process.hrtime.bigint() - t0) / 1e9);
}
let fullSec = Infinity;
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  for (const [f, t] of texts) extractNumbers(parseDocument(f, t));
  fullSec = Math.min(fullSec, Number(process.hrtime.bigint() - t0) / 1e9);
}

const mb = bytes / 1e6;
console.log(`${files.length} files, ${mb.toFixed(2)} MB, ${claims} claims`);
console.log(`extractNumbers only: ${(mb / extractSec).toFixed(1)} MB/s (best of ${rounds} rounds)`);
console.log(`parse + extractNumbers: ${(mb / fullSec).toFixed(1)} MB/s (best of 5)`);
