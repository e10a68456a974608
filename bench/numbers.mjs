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

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['../shared/eval/quotes-ggt-dev/articles', 'seeds'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md|html?)$/.test(f)).map((f) => join(d, f)));
const texts = files.map((f) => [f, readFileSync(f, 'utf8')]);
const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);

const docs = texts.map(([f, t]) => parseDocument(f, t));
let claims = 0;
for (const d of docs) claims += extractNumbers(d).length; // warm-up

// Best of several rounds: the steady state of a warm language server, not JIT warm-up or GC pauses.
// CPU time (process.cpuUsage) as well as wall time, since a shared machine's load skews the latter.
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
function best(rounds, fn) {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = cpuNow();
    fn();
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e9);
    cpu = Math.min(cpu, cpuNow() - c0);
  }
  return { wall, cpu };
}
const rounds = 30;
const extract = best(rounds, () => { for (const d of docs) extractNumbers(d); });
const full = best(5, () => { for (const [f, t] of texts) extractNumbers(parseDocument(f, t)); });

const mb = bytes / 1e6;
console.log(`${files.length} files, ${mb.toFixed(2)} MB, ${claims} claims`);
const rate = (sec) => (sec > 0 ? (mb / sec).toFixed(1) : 'n/a');
console.log(`extractNumbers only: ${rate(extract.wall)} MB/s wall, ${rate(extract.cpu)} MB/s CPU (best of ${rounds} rounds)`);
console.log(`parse + extractNumbers: ${rate(full.wall)} MB/s wall, ${rate(full.cpu)} MB/s CPU (best of 5)`);

// Linearity: one document made of every text four times over should run at the same rate.
const big = parseDocument('big.txt', Array.from({ length: 4 }, () => texts.map(([, t]) => t).join('\n\n')).join('\n\n'));
const bigRun = best(5, () => extractNumbers(big));
console.log(`one ${((mb * 4)).toFixed(2)} MB document: ${((mb * 4) / bigRun.cpu).toFixed(1)} MB/s CPU`);
