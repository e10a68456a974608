// Scores the quote/speaker/people extraction on ../shared/eval (real annotated news) with its scorer.
//   node scripts/eval.mjs [--show=N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const evalDir = resolve(process.env.PROVENANCE_EVAL_DIR ?? '../shared/eval');
const articles = join(evalDir, 'quotes-ggt-dev/articles');
if (!existsSync(articles)) {
  console.error(`eval data not found at ${evalDir} (set PROVENANCE_EVAL_DIR)`);
  process.exit(2);
}
const out = join(mkdtempSync(join(tmpdir(), 'provenance-eval-')), 'export.json');
writeFileSync(out, execFileSync('node', ['server/out/cli.js', 'index', articles, '--json'], { maxBuffer: 1 << 30 }));
const extra = process.argv.slice(2);
process.stdout.write(execFileSync('node', [join(evalDir, 'score-quotes.mjs'), join(evalDir, 'quotes-ggt-dev/gold.jsonl'), out, ...extra]));
