// number-conflict: a number in the draft that every source giving the same quantity contradicts
// (beyond the hedges, units converted). One agreeing source is enough: sources may disagree among
// themselves, and the draft may follow any of them.
import { compareClaims, sameQuantity } from '../../core/numbers/compareClaims';
import type { CorpusView, SourceNumber } from '../corpusView';
import type { DraftChunk } from '../draftAnalysis';
import { sentenceEnd } from './quoteRules';
import { quoted, type Finding } from './finding';

/** Past this many comparable source claims the verdict is the majority's, not a full read. */
const maxCompared = 200;

function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function numberFindings(chunk: DraftChunk, view: CorpusView): Finding[] {
  const out: Finding[] = [];
  const quoteSpans = chunk.analysis.quotes.filter((q) => q.kind === 'direct');
  for (const claim of chunk.analysis.numbers) {
    // Numbers inside a quotation are the quote's wording, checked as such.
    if (quoteSpans.some((q) => claim.start >= q.start && claim.end <= q.end)) continue;
    const comparable: SourceNumber[] = [];
    for (const s of view.numberCandidates(claim)) {
      if (sameQuantity(claim, s.claim)) comparable.push(s);
      if (comparable.length >= maxCompared) break;
    }
    if (comparable.length === 0) continue;
    const verdicts = comparable.map((s) => ({ s, result: compareClaims(claim, s.claim) }));
    if (verdicts.some((v) => v.result.verdict === 'consistent')) continue;
    // The closest source figure explains the conflict best.
    verdicts.sort((a, b) => Math.abs(a.s.claim.baseValue - claim.baseValue) - Math.abs(b.s.claim.baseValue - claim.baseValue));
    const best = verdicts[0];
    const sourceText = view.analysis(best.s.path)?.doc.text.slice(best.s.claim.start, best.s.claim.end) ?? best.s.claim.text;
    const sources = new Set(comparable.map((c) => c.path)).size;
    out.push({
      code: 'number-conflict',
      start: claim.start,
      end: claim.end,
      message: `${best.result.explanation || `The sources give ${quoted(sourceText)}, not ${quoted(claim.text)}.`}${sources > 1 ? ` (${sources} sources give this quantity; none agrees.)` : ` (${view.title(best.s.path)})`}`,
      related: verdicts.slice(0, 5).map((v) => ({ path: v.s.path, span: { start: v.s.claim.start, end: v.s.claim.end }, message: `Source: ${quoted(v.s.claim.text)} (${formatValue(v.s.claim.value)} ${v.s.claim.unit})`.trim() })),
      fixes: [{ title: `Use the source figure ${quoted(sourceText)}`, edits: [{ start: claim.start, end: claim.end, newText: sourceText }] }],
      cite: { path: best.s.path, at: sentenceEnd(chunk, claim) },
    });
  }
  return out;
}
