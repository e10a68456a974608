// Scores the quote/speaker/people extraction on ../shared/eval (real annotated news) with its scorer.
//   node scripts/eval.mjs [--set=DIR] [--show=N]
// --set scores another annotated set laid out the same way (DIR/articles/<id>.txt, DIR/gold.jsonl),
// such as a held-out set annotated apart from the code; the scorer is still shared/eval's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const evalDir = resolve(process.env.PROVENANCE_EVAL_DIR ?? '../shared/eval');
const setArg = process.argv.find((a) => a.startsWith('--set='));
const setDir = setArg ? resolve(setArg.slice('--set='.length)) : join(evalDir, 'quotes-ggt-dev');
const articles = join(setDir, 'articles');
const gold = join(setDir, 'gold.jsonl');
const scorer = join(evalDir, 'score-quotes.mjs');
for (const [what, path] of [['articles', articles], ['gold', gold], ['scorer', scorer]]) {
  if (!existsSync(path)) {
    console.error(`eval ${what} not found at ${path} (set PROVENANCE_EVAL_DIR, or --set=DIR)`);
    process.exit(2);
  }
}
const out = join(mkdtempSync(join(tmpdir(), 'provenance-eval-')), 'export.json');
writeFileSync(out, execFileSync('node', ['server/out/cli.js', 'index', articles, '--json'], { maxBuffer: 1 << 30 }));
const extra = process.argv.slice(2).filter((a) => a !== setArg);
process.stdout.write(execFileSync('node', [scorer, gold, out, ...extra]));
