// quote-unsourced, quote-mismatch and quote-misattributed for one draft chunk.
import type { Quote, Sentence } from '../../core/types';
import { genderedWords } from '../../core/quotes/lexicon';
import type { CorpusView } from '../corpusView';
import type { DraftChunk } from '../draftAnalysis';
import { draftQuotes } from '../draftView';
import { textOffset, wordCount, type QuoteAssessment, type QuoteEvidence } from '../quoteAssessment';
import type { OffsetEdit } from '../types';
import { clip } from '../markdownEscape';
import { quoted, type Finding } from './finding';

/** Quotations this short that match nothing are not reported: they are more often a phrase set
 *  off in quotation marks than a statement. */
const minUnsourcedWords = 3;

const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);
const ABBREVIATION = /^\p{Lu}{2,5}$/u;

export function quoteFindings(chunk: DraftChunk, view: CorpusView): Finding[] {
  const out: Finding[] = [];
  for (const { quote, assessment } of draftQuotes(chunk, view)) {
    if (!assessment) continue;
    if (assessment.status === 'unsourced') {
      // A few words woven into the writer's sentence are more often a phrase than a statement.
      if (wordCount(assessment.words) < minUnsourcedWords || (quote.fragment && wordCount(assessment.words) < 5)) continue;
      out.push({ code: 'quote-unsourced', start: quote.start, end: quote.end, message: `No source carries this quotation: ${quoted(clipWords(assessment.words))}.` });
      continue;
    }
    if (assessment.status === 'mismatch') {
      out.push(mismatch(chunk, quote, assessment, view));
      continue;
    }
    const misattributed = misattribution(chunk, quote, assessment, view);
    if (misattributed) out.push(misattributed);
  }
  return out;
}

/** A quotation for a message: trailing punctuation off, long ones shortened at a word. */
function clipWords(raw: string): string {
  return clip(raw.trim().replace(/[,;:]+$/, ''), 120);
}

function describeDifferences(e: QuoteEvidence): string {
  const parts: string[] = [];
  for (const op of e.alignment.ops) {
    if (op.kind === 'changed') parts.push(`${quoted(op.draftText ?? '')} for ${quoted(op.sourceText ?? '')}`);
    else if (op.kind === 'added') parts.push(`${quoted(op.draftText ?? '')} added`);
    else if (op.kind === 'dropped') parts.push(`${quoted(op.sourceText ?? '')} left out`);
  }
  return parts.slice(0, 4).join('; ') + (parts.length > 4 ? '; …' : '');
}

/** Word edits that turn the draft's wording into the source's, keeping the draft's marks. */
function wordingEdits(chunk: DraftChunk, assessment: QuoteAssessment, e: QuoteEvidence): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  const at = (o: number) => textOffset(assessment.pieces, o);
  let lastDraftEnd: number | undefined;
  const ops = e.alignment.ops;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.kind === 'changed' && op.draft) edits.push({ start: at(op.draft.start), end: at(op.draft.end), newText: op.sourceText ?? '' });
    else if (op.kind === 'added' && op.draft) {
      // Remove the word with the space before it (or after it, at the start of the quotation).
      let start = at(op.draft.start);
      let end = at(op.draft.end);
      if (lastDraftEnd !== undefined) while (start > 0 && chunk.text[start - 1] === ' ') start--;
      else while (end < chunk.text.length && chunk.text[end] === ' ') end++;
      edits.push({ start, end, newText: '' });
    } else if (op.kind === 'dropped' && op.sourceText) {
      if (lastDraftEnd !== undefined) edits.push({ start: lastDraftEnd, end: lastDraftEnd, newText: ` ${op.sourceText}` });
      else {
        const next = ops.slice(i + 1).find((o) => o.draft);
        if (next?.draft) edits.push({ start: at(next.draft.start), end: at(next.draft.start), newText: `${op.sourceText} ` });
      }
    }
    if (op.draft && op.kind !== 'added') lastDraftEnd = at(op.draft.end);
  }
  // Edits must not overlap: keep them in order, dropping any that would.
  edits.sort((a, b) => a.start - b.start);
  return edits.filter((edit, n) => n === 0 || edit.start >= edits[n - 1].end);
}

/**
 * The draft's words before and after a source quote it otherwise carries word for word ("I'm just
 * saying it may not be perfect timing" where the sources have "it may not be perfect timing"):
 * undefined when the wording differs anywhere else.
 */
function wordsAround(words: string, e: QuoteEvidence): string[] | undefined {
  const ops = e.alignment.ops;
  let first = 0;
  while (first < ops.length && ops[first].kind === 'added') first++;
  let last = ops.length - 1;
  while (last >= first && ops[last].kind === 'added') last--;
  if (last < first || (first === 0 && last === ops.length - 1)) return undefined;
  for (let i = first; i <= last; i++) if (ops[i].kind === 'changed' || ops[i].kind === 'added' || ops[i].kind === 'dropped') return undefined;
  const stretch = (from: number, to: number): string | undefined => {
    const start = ops[from]?.draft?.start;
    const end = ops[to]?.draft?.end;
    return from <= to && start !== undefined && end !== undefined ? clipWords(words.slice(start, end)) : undefined;
  };
  return [stretch(0, first - 1), stretch(last + 1, ops.length - 1)].filter((x): x is string => !!x);
}

function mismatch(chunk: DraftChunk, quote: Quote, assessment: QuoteAssessment, view: CorpusView): Finding {
  const best = assessment.evidence[0];
  const title = view.title(best.path);
  const around = wordsAround(assessment.words, best);
  const message = around
    ? `The sources carry only part of this quotation: ${quoted(clipWords(best.alignment.sourceExcerpt))} (${title}). No source has ${around.map(quoted).join(' or ')}.`
    : `The source words this quotation differently: ${quoted(clipWords(best.alignment.sourceExcerpt))} (${title}). ${describeDifferences(best)}.`;
  const edits = wordingEdits(chunk, assessment, best);
  return {
    code: 'quote-mismatch',
    start: quote.start,
    end: quote.end,
    message,
    related: assessment.evidence.slice(0, 5).map((e) => ({ path: e.path, span: { start: e.quote.start, end: e.quote.end }, message: `Source wording: ${quoted(clipWords(e.quote.content))}` })),
    ...(edits.length > 0 ? { fixes: [{ title: around ? 'Keep only the words the sources carry' : 'Replace with the source wording', edits, preferred: true }] } : {}),
    cite: { path: best.path, at: sentenceEnd(chunk, quote) },
  };
}

function misattribution(chunk: DraftChunk, quote: Quote, assessment: QuoteAssessment, view: CorpusView): Finding | undefined {
  const speaker = quote.speaker;
  if (!speaker?.name) return undefined;
  const written = chunk.text.slice(speaker.start, speaker.end);
  // A pronoun stands for the person the paragraph resolved it to ("He said" after "Putin ...").
  const pronoun = pronouns.has(written.trim().toLowerCase());
  const draftId = view.resolveName(speaker.name) ?? (pronoun ? undefined : view.resolveName(written));
  // Only a pronoun resolved to someone the sources know is checked: the resolver names no one when unsure.
  if (pronoun && !draftId) return undefined;
  // Nor one read as a person of the other gender: the paragraph before, all the draft analysis
  // reads with it, misled the resolver ("“…,” he said" after "said McLaughlin", where the sources
  // know the judge).
  const pronounGender = genderedWords.get(written.trim().toLowerCase());
  const knownGender = pronoun && draftId ? view.entity(draftId)?.gender : undefined;
  if (pronounGender && knownGender && knownGender !== pronounGender) return undefined;
  // Nor an abbreviation no source names a person by ("the IGP said"): a title, whose holder the
  // paragraph alone cannot tell.
  if (ABBREVIATION.test(written.trim()) && (!draftId || view.entity(draftId)?.type !== 'person')) return undefined;
  const sourceSpeakers = new Map<string, QuoteEvidence>();
  for (const e of assessment.evidence) {
    const id = view.speakerIdOf(e.path, e.quote);
    if (id && !sourceSpeakers.has(id)) sourceSpeakers.set(id, e);
  }
  // Only when the sources name the speaker, and none of them names the draft's.
  if (sourceSpeakers.size === 0 || (draftId && sourceSpeakers.has(draftId))) return undefined;
  // An unresolved draft name may still be a spelling of a source speaker the lookup missed; and a
  // bare surname is the person the draft introduced with it, whoever else the corpus calls so
  // ("Kim" after "Erin Kim", not the corpus's most-cited Kim).
  const surnameOnly = !pronoun && !/\s/.test(written.trim());
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  if (!draftId || surnameOnly) {
    const surname = norm(written).split(' ').pop() ?? '';
    for (const id of sourceSpeakers.keys()) {
      const e = view.entity(id);
      if (e && [e.name, ...e.variants].some((v) => norm(v).split(' ').includes(surname))) return undefined;
    }
  }
  // A source that names the speaker by surname alone ("Farinloye") names the draft's full name
  // ("Babatunji Farinloye") as well.
  const draftSurname = norm(view.entity(draftId ?? '')?.name ?? speaker.name).split(' ').pop() ?? '';
  for (const id of sourceSpeakers.keys()) {
    const name = norm(view.entity(id)?.name ?? '');
    if (name !== '' && !name.includes(' ') && name === draftSurname) return undefined;
  }
  const [firstId, evidence] = [...sourceSpeakers.entries()][0];
  const sourceName = view.entity(firstId)?.name ?? evidence.quote.speaker?.name ?? 'someone else';
  const names = [...sourceSpeakers.keys()].map((id) => view.entity(id)?.name).filter((n): n is string => !!n);
  // A surname for a surname; a pronoun gives way to the full name.
  const replacement = surnameOnly ? (view.lookup.houseSpelling(firstId) ?? sourceName).split(/\s+/).pop() ?? sourceName : view.lookup.houseSpelling(firstId) ?? sourceName;
  const draftSpeaker = pronoun ? `${view.entity(draftId!)?.name ?? speaker.name} (“${written.trim()}” here)` : written.trim();
  return {
    code: 'quote-misattributed',
    start: quote.start,
    end: quote.end,
    message: `The sources give these words to ${names.join(' or ')}, not ${draftSpeaker} (${view.title(evidence.path)}).`,
    related: [...sourceSpeakers.values()].slice(0, 5).map((e) => ({ path: e.path, span: { start: e.quote.start, end: e.quote.end }, message: `Said by ${view.entity(view.speakerIdOf(e.path, e.quote) ?? '')?.name ?? e.quote.speaker?.name ?? 'the speaker'}` })),
    fixes: [{ title: `Change the speaker to ${replacement}`, edits: [{ start: speaker.start, end: speaker.end, newText: replacement }], preferred: true }],
    cite: { path: evidence.path, at: sentenceEnd(chunk, quote) },
  };
}

/** End of the sentence holding a span: where a citation goes. */
export function sentenceEnd(chunk: DraftChunk, span: { start: number; end: number }): number {
  let found: Sentence | undefined;
  for (const block of chunk.analysis.doc.blocks) for (const s of block.sentences) if (s.end >= span.end && (!found || s.end < found.end) && s.start <= span.end) found = s;
  return Math.max(found?.end ?? span.end, span.end);
}
