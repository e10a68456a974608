// Hover cards for quotations: in a draft, which sources carry the words and who said them there,
// or the source wording with the differences marked; in a source, the same quote in the other
// articles. Source text is escaped; only the marks added here are Markdown.
import type { Quote } from '../core/types';
import type { QuoteAlignment } from '../core/clusters/alignQuote';
import type { CorpusView } from './corpusView';
import { sourceRef } from './entityCard';
import { clip, escapeMarkdown } from './markdownEscape';
import type { QuoteAssessment, QuoteEvidence } from './quoteAssessment';

const maxSources = 6;

function speakerOf(view: CorpusView, path: string, quote: Quote): string {
  const id = view.speakerIdOf(path, quote);
  const name = (id && view.entity(id)?.name) || quote.speaker?.name;
  if (name) return escapeMarkdown(name);
  // "a spokesperson", "a justice official": unnamed, but not unknown.
  const description = quote.speaker?.description;
  return description ? `*${escapeMarkdown(description)}* (not named)` : '*speaker not named*';
}

/** The source wording of an aligned stretch, with what the draft changed or dropped in bold and
 *  what the draft added struck through. */
export function markedSourceWording(alignment: QuoteAlignment): string {
  const out: string[] = [];
  for (const op of alignment.ops) {
    if (op.kind === 'equal' && op.sourceText) out.push(escapeMarkdown(op.sourceText));
    else if (op.kind === 'changed') out.push(`~~${escapeMarkdown(op.draftText ?? '')}~~ **${escapeMarkdown(op.sourceText ?? '')}**`);
    else if (op.kind === 'dropped' && op.sourceText) out.push(`**${escapeMarkdown(op.sourceText)}**`);
    else if (op.kind === 'added') out.push(`~~${escapeMarkdown(op.draftText ?? '')}~~`);
    else if (op.kind === 'elided') out.push('…');
    else if (op.kind === 'editorial') out.push(escapeMarkdown(op.draftText ?? ''));
  }
  return out.join(' ');
}

function evidenceLine(view: CorpusView, e: QuoteEvidence, sourceUri: (path: string) => string): string {
  return `- ${speakerOf(view, e.path, e.quote)} — ${sourceRef(view, e.path, e.quote.start, sourceUri)}`;
}

/** How many sources carry a sourced quotation: the index returns the best matches, the quote's
 *  cluster knows every article that reports it. */
export function sourcesCarrying(view: CorpusView, assessment: QuoteAssessment): number {
  const carriers = new Set(assessment.evidence.map((e) => e.path));
  for (const e of assessment.evidence.slice(0, 3)) for (const m of view.clusterOf(e.quote)?.members ?? []) carriers.add(m.path);
  return carriers.size;
}

export function draftQuoteCard(view: CorpusView, assessment: QuoteAssessment | undefined, sourceUri: (path: string) => string): string {
  if (!assessment) return 'Not checked against the sources (scare quotes, a single word or reported speech).';
  const lines: string[] = [];
  const listed = assessment.evidence.slice(0, maxSources);
  const more = assessment.evidence.length - listed.length;
  if (assessment.status === 'sourced') {
    const n = sourcesCarrying(view, assessment);
    lines.push(`**Quotation found in ${n} source${n === 1 ? '' : 's'}**`, '');
    for (const e of listed) lines.push(evidenceLine(view, e, sourceUri));
  } else if (assessment.status === 'mismatch') {
    const best = assessment.evidence[0];
    lines.push('**The sources word this quotation differently**', '');
    lines.push(`> “${markedSourceWording(best.alignment)}”`, '');
    lines.push('*Bold: the source’s words; struck through: the draft’s.*', '');
    for (const e of listed) lines.push(evidenceLine(view, e, sourceUri));
  } else {
    lines.push('**No source carries this quotation.**');
  }
  if (more > 0) lines.push(`- … and ${more} more`);
  return lines.join('\n');
}

export function sourceQuoteCard(view: CorpusView, path: string, quote: Quote, sourceUri: (path: string) => string): string {
  const cluster = view.clusterOf(quote);
  const others = (cluster?.members ?? []).filter((m) => !(m.path === path && m.quote.start === quote.start));
  const lines: string[] = [`**${quote.kind === 'direct' ? 'Quotation' : 'Reported speech'}** — ${speakerOf(view, path, quote)}`, ''];
  if (others.length === 0) {
    lines.push('No other source carries this quotation.');
    return lines.join('\n');
  }
  lines.push(`**Also in ${others.length} other source${others.length === 1 ? '' : 's'}**`, '');
  for (const m of others.slice(0, maxSources)) {
    const wording = m.quote.content.trim() === quote.content.trim() ? '' : `: “${escapeMarkdown(clip(m.quote.content, 140))}”`;
    lines.push(`- ${speakerOf(view, m.path, m.quote)}${wording} — ${sourceRef(view, m.path, m.quote.start, sourceUri)}`);
  }
  if (others.length > maxSources) lines.push(`- … and ${others.length - maxSources} more`);
  return lines.join('\n');
}
