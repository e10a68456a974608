// claim-unsourced: a factual sentence of the draft (it names someone or something the sources
// know, or gives a number or a date) that no source passage supports. Support is word overlap,
// weighted by rarity, with a source sentence and its neighbours: a faithful paraphrase shares the
// names, numbers and rare words of its source and passes; a new fact brings words no source has.
// Quotations and the sentences framing a sourced one are left to the quote rules, headings to the
// writer.
import type { Block, Sentence } from '../../core/types';
import { CALENDAR_WORDS } from '../../core/entities/lexicon';
import { claimIndexOf, type ClaimIndex } from '../claimIndex';
import type { CorpusView, SourceQuote } from '../corpusView';
import type { DraftChunk } from '../draftAnalysis';
import { draftNames, draftQuotes } from '../draftView';
import type { Finding } from './finding';

// Hoisted: a bundled \p{…} literal inside a function is rebuilt (new RegExp) on every call.
const UPPER_START = /^\p{Lu}/u;

/** Share of the claim's weighted words a source passage must carry. */
export const minCoverage = 0.5;
/** Sentences with fewer content words outside quotations say too little to check. */
const minWords = 4;

/** Source quotations per draft quotation whose surroundings are read. */
const maxEvidence = 3;

/** Content words of the sentences holding each source quotation and of the sentences either side. */
function quotationSurroundings(evidence: readonly SourceQuote[], view: CorpusView, claims: ClaimIndex): Set<string> {
  const words = new Set<string>();
  for (const { path, quote } of evidence) {
    const blocks = view.analysis(path)?.doc.blocks ?? [];
    // An indexed block's sentences are built on read: only the last block before the quotation's is read.
    let blockBefore: Block | undefined;
    let previous: Sentence | undefined;
    const passage: Sentence[] = [];
    scan: for (const block of blocks) {
      if (block.kind === 'heading') continue;
      if (block.end <= quote.start) {
        blockBefore = block;
        continue;
      }
      for (const sentence of block.sentences) {
        if (sentence.end <= quote.start) previous = sentence;
        else {
          passage.push(sentence);
          // The first sentence after the quotation closes the passage.
          if (sentence.start >= quote.end) break scan;
        }
      }
    }
    previous ??= blockBefore?.sentences.at(-1);
    if (previous) passage.push(previous);
    for (const sentence of passage) for (const w of claims.wordsOf(sentence)) words.add(w);
  }
  return words;
}

function isFactual(sentence: Sentence, hasName: boolean, hasNumber: boolean): boolean {
  if (hasName || hasNumber) return true;
  return sentence.tokens.some((t, i) => t.kind === 'word' && (/\d/.test(t.text) || CALENDAR_WORDS.has(t.text.toLowerCase()) || (i > 0 && UPPER_START.test(t.text))));
}

export function claimFindings(chunk: DraftChunk, view: CorpusView): Finding[] {
  const out: Finding[] = [];
  const claims = claimIndexOf(view.index);
  const quotes = chunk.analysis.quotes.filter((q) => q.kind === 'direct').map((q) => ({ start: q.start, end: q.end }));
  const names = draftNames(chunk, view);
  // A sentence that frames a quotation the sources carry ("Ushakov, the Kremlin aide, said Putin
  // had warned that Tomahawks “…”") states who said it: the quote rules check that, and its
  // framing words need not match the source's own framing.
  const sourcedQuotes = draftQuotes(chunk, view).filter((d) => d.assessment && d.assessment.status !== 'unsourced');
  const framed = sourcedQuotes.map((d) => d.quote.start);
  // The paragraph's other sentences often paraphrase what the sources say around that quotation
  // ("had warned that the momentum was fading" before Ryabkov's words on the spent impetus): the
  // source passage around each quotation the paragraph carries counts towards their support.
  // Read only for a sentence the sources do not support otherwise.
  let around: Set<string> | undefined;
  const surroundings = () => (around ??= quotationSurroundings(sourcedQuotes.flatMap((d) => d.assessment!.evidence.slice(0, maxEvidence)), view, claims));
  for (const block of chunk.analysis.doc.blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of block.sentences) {
      if (framed.some((at) => at >= sentence.start && at < sentence.end)) continue;
      const outside = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end && !quotes.some((q) => s.start >= q.start && s.end <= q.end);
      const hasName = names.some(outside);
      const hasNumber = chunk.analysis.numbers.some(outside);
      if (!isFactual(sentence, hasName, hasNumber)) continue;
      // Figures are number-conflict's business: a wrong figure is not an unsupported sentence.
      const words = claims.wordsOf(sentence, quotes).filter((w) => !/^\d/.test(w));
      if (words.length < minWords) continue;
      // Support depends on the words alone (in order: coverage sums their weights in turn).
      const ask = () => claims.support(words);
      let support = chunk.queries ? chunk.queries.get(view, `claim\u0000${words.join(' ')}`, ask) : ask();
      if (support.coverage < minCoverage && sourcedQuotes.length > 0) support = claims.support(words, surroundings());
      if (support.coverage >= minCoverage) continue;
      out.push({
        code: 'claim-unsourced',
        start: sentence.start,
        end: sentence.end,
        message: `No source supports this sentence (the closest source passage shares ${Math.round(support.coverage * 100)}% of its key words).`,
        ...(support.path && support.span ? { related: [{ path: support.path, span: support.span, message: 'Closest source passage' }] } : {}),
      });
    }
  }
  return out;
}
