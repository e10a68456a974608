// Compares englishSentences with ParseEnglish on many texts (lines of articles, line breaks masked).
// Usage: N=2000 npx tsx scratch/rules-compare.ts
import { readFileSync, readdirSync } from 'node:fs';
import { ParseEnglish } from 'parse-english';
import type { Root, Paragraph, Sentence } from 'nlcst';
import { englishSentences } from '../server/src/core/parse/englishRules';
import { WHITE, WORD } from '../server/src/core/parse/englishParser';

const library = new ParseEnglish();
const kinds = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
function expected(text: string): string {
  const root = library.parse(text) as Root;
  const out: string[] = [];
  for (const p of root.children) {
    if (p.type !== 'ParagraphNode') continue;
    for (const s of (p as Paragraph).children) {
      if (s.type !== 'SentenceNode') continue;
      const toks = (s as Sentence).children.filter((c) => c.type !== 'WhiteSpaceNode').map((c) => `${c.type[0]}${c.position!.start.offset}-${c.position!.end.offset}` + ('children' in c && c.children.length > 1 ? '[' + c.children.map((k) => k.position!.start.offset).join(',') + ']' : ''));
      if (toks.length) out.push(toks.join(' '));
    }
  }
  return out.join('\n');
}
function actual(text: string): string {
  const out: string[] = [];
  for (const s of englishSentences(text) ?? []) {
    const toks = s.filter((c) => c.kind !== WHITE).map((c) => `${kinds[c.kind][0]}${c.start}-${c.end}` + (c.kind === WORD && c.parts ? '[' + c.parts.join(',') + ']' : ''));
    if (toks.length) out.push(toks.join(' '));
  }
  return out.join('\n');
}
const texts: string[] = [];
const addFile = (f: string) => { for (const line of readFileSync(f, 'utf8').split(/\r?\n|\r/)) if (line.trim()) texts.push(line); };
for (const f of readdirSync('seeds')) addFile('seeds/' + f);
for (const f of readdirSync('../shared/eval/quotes-ggt-dev/articles')) addFile('../shared/eval/quotes-ggt-dev/articles/' + f);
for (const f of readdirSync('bench/corpus').sort().slice(0, Number(process.env.N ?? 2000))) addFile('bench/corpus/' + f);
// Whole articles with line breaks masked (long texts).
for (const f of readdirSync('seeds')) texts.push(readFileSync('seeds/' + f, 'utf8').replace(/[\r\n]/g, ' '));
// Varied real English: the Markdown files of node_modules (URLs, code, versions, abbreviations).
import { execSync } from 'node:child_process';
for (const f of execSync('find -L node_modules -name "*.md" | head -' + (process.env.MD ?? 700), { encoding: 'utf8' }).split('\n').filter(Boolean)) {
  const t = readFileSync(f, 'utf8');
  addFile(f);
  texts.push(t.replace(/[\r\n]/g, ' ').slice(0, 20000));
}
// Random text over pieces that the rules care about.
const pieces = ['a', 'Z', 'é', '5', '12', ' ', '  ', '\t', '.', '...', '. .', '!', '?', '?!', ',', ';', ':', "'", '’', '“', '”', '"', '-', '–', '—', '$', '%', '&', '/', '@', '#', '_', '__', '=', '·', '…', '‽', ')', '(', ']', '}', '»', '😀', '𝟙', '\ud800', 'ж', '中', '½', '²', '\u00a0', 'U.S.', 'Mr.', 'Inc.', 'etc.', 'e.g.', 'i.e.', 'a.m.', 'p.m.', 'Sept.', 'No.', 'St.', 'Dr. ', 'w/', 'w/o', 'km/h', 'and/or', "don't", "'tis", "'90s", "ol'", " 'n' ", 'rock', 'Roll', '3.5', '1,000', 'http://x.y/z?a=1', 'J. R. R.', 'A.B.C.', '1.2.3.', 'x.y.', ' said. ', ' He ', ' the ', ':-)', ';)', '<3', 'pre-', '-war'];
let state = Number(process.env.SEED ?? 7);
const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
for (let n = 0; n < Number(process.env.FUZZ ?? 100000); n++) {
  let text = '';
  const length = 1 + Math.floor(rand() * 30);
  for (let k = 0; k < length; k++) text += pieces[Math.floor(rand() * pieces.length)];
  texts.push(text);
}
let bad = 0;
const seen = new Set<string>();
for (const t of texts) {
  if (seen.has(t)) continue;
  seen.add(t);
  const e = expected(t), a = actual(t);
  if (e !== a) { if (bad++ < 5) console.log('DIFF', JSON.stringify(t.slice(0, 300)), '\nexp', e.slice(0, 400), '\nact', a.slice(0, 400)); }
}
console.log(seen.size, 'distinct texts,', bad, 'differ');
