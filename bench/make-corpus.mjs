#!/usr/bin/env node
// Writes a benchmark corpus of real-text articles to bench/corpus/ (gitignored): each article
// recombines paragraphs of the seeds and of the evaluation articles (never committed: their text
// belongs to the outlets). Deterministic: the same seed gives the same files.
//
//   node bench/make-corpus.mjs [--articles 10000] [--seed 42] [--out bench/corpus] [--vary]
//
// Recombined paragraphs repeat: 10,000 articles hold ~2,300 distinct sentences and ~900 distinct
// quote wordings, which flatters whatever is kept per distinct text. With --vary, every copy of a
// sentence has one of its longer lower-case words swapped for another word of the corpus, so that
// nearly every sentence (and quote) is distinct, as in a real corpus.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((a) => a.trim().split(/\s+/)),
);
const count = Number(args.articles ?? 10000);
const seed = Number(args.seed ?? 42);
const out = args.out ? join(process.cwd(), args.out) : join(root, 'bench', 'corpus');
const vary = 'vary' in args;

const sourceDirs = [join(root, 'seeds'), join(root, '..', 'shared', 'eval', 'quotes-ggt-dev', 'articles')];

/** mulberry32: small, fast, deterministic. */
function random(s) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const articles = [];
const seen = new Set();
for (const dir of sourceDirs) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt') || seen.has(f)) continue;
    seen.add(f);
    const paragraphs = readFileSync(join(dir, f), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (paragraphs.length >= 3) articles.push(paragraphs);
  }
}
if (articles.length === 0) throw new Error('no source articles found (seeds/ and the eval articles)');

const rand = random(seed);
// --vary: the corpus's longer lower-case words, and a paragraph with one of them swapped per sentence.
const vocabulary = [...new Set(articles.flat().join(' ').match(/\b[a-z]{5,}\b/g) ?? [])].sort();
function varied(paragraph) {
  return paragraph
    .split(/(?<=[.!?]["”’]?) /)
    .map((sentence) => {
      const words = [...sentence.matchAll(/\b[a-z]{5,}\b/g)];
      if (words.length === 0) return sentence;
      const m = words[Math.floor(rand() * words.length)];
      return sentence.slice(0, m.index) + vocabulary[Math.floor(rand() * vocabulary.length)] + sentence.slice(m.index + m[0].length);
    })
    .join(' ');
}
const pick = (list) => list[Math.floor(rand() * list.length)];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let bytes = 0;
for (let i = 0; i < count; i++) {
  // A headline and opening from one article, then runs of paragraphs from it and two others,
  // so quotes recur across articles as wire copy does.
  const base = pick(articles);
  const others = [pick(articles), pick(articles)];
  const lines = [base[0]];
  const target = 12 + Math.floor(rand() * 24);
  let from = 1;
  while (lines.length < target) {
    const src = rand() < 0.5 ? base : pick(others);
    const start = src === base ? from : 1 + Math.floor(rand() * (src.length - 1));
    const run = 1 + Math.floor(rand() * 4);
    for (let k = start; k < Math.min(src.length, start + run) && lines.length < target; k++) lines.push(src[k]);
    if (src === base) from = start + run >= base.length ? 1 : start + run;
  }
  const text = (vary ? lines.map(varied) : lines).join('\n\n') + '\n';
  bytes += Buffer.byteLength(text);
  writeFileSync(join(out, `${String(i).padStart(5, '0')}.txt`), text);
}
console.log(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB from ${articles.length} source articles → ${out}`);
