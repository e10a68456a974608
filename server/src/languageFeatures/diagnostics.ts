// Diagnostics of a draft: each chunk's findings (quotes, numbers, roles, claims), and the
// diagnostics made of them, are cached with the chunk's analysis, so a keystroke converts only the
// edited paragraph's; the draft-wide name findings are recomputed (cheap), then inline suppressions
// and the per-code severity settings apply. Written as steps (one paragraph each) so that the
// server can run it in slices and drop it when a newer edit arrives.
import { severityOf } from '../config';
import type { DocumentContext } from './context';
import type { DraftChunk } from './draftAnalysis';
import { docRange } from './context';
import { memoize } from './draftView';
import { escapeMarkdown } from './markdownEscape';
import { claimFindings } from './rules/claimRules';
import { shiftFinding, type Finding } from './rules/finding';
import { nameFindings } from './rules/nameRules';
import { numberFindings } from './rules/numberRules';
import { quoteFindings } from './rules/quoteRules';
import { roleFindings } from './rules/roleRules';
import { findSuppressions, isSuppressed } from './suppression';
import { drainUnlessCancelled, type Steps } from './steps';
import { DIAGNOSTIC_CODES, type CancellationToken, type Diagnostic, type DiagnosticCode, type FixData } from './types';

const chunkRules: Array<{ codes: DiagnosticCode[]; run: typeof quoteFindings }> = [
  { codes: ['quote-unsourced', 'quote-mismatch', 'quote-misattributed'], run: quoteFindings },
  { codes: ['number-conflict'], run: numberFindings },
  { codes: ['role-conflict'], run: roleFindings },
  { codes: ['claim-unsourced'], run: claimFindings },
];

/** A chunk's findings (chunk offsets) for the enabled rules: cached with the chunk's analysis. */
function chunkFindings(ctx: DocumentContext, chunk: DraftChunk, rules: typeof chunkRules): Finding[] {
  const key = `findings:${rules.map((r) => r.codes[0]).join(',')}`;
  return memoize(chunk.analysis, ctx.view, key, () => {
    const list: Finding[] = [];
    for (const rule of rules) {
      try {
        list.push(...rule.run(chunk, ctx.view));
      } catch (err) {
        // One rule failing on odd input must not silence the others.
        console.error(`provenance: ${rule.codes[0]} failed on a paragraph: ${(err as Error).stack ?? String(err)}`);
      }
    }
    return list;
  });
}

/** A diagnostic and the draft span it was made for (the order diagnostics are published in). */
interface Placed {
  start: number;
  end: number;
  diagnostic: Diagnostic;
}

/**
 * A chunk's diagnostics, ordered by span, spans relative to the chunk. Kept with the chunk while
 * its text, its first line, the settings and the format stay the same: a keystroke elsewhere in the
 * draft moves the chunk's offset but not its lines, and its diagnostics are reused as they are.
 */
interface ChunkDiagnostics {
  original: string;
  line: number;
  signature: string;
  placed: Placed[];
}

function chunkDiagnostics(ctx: DocumentContext, chunk: DraftChunk, findings: Finding[], enabled: Set<DiagnosticCode>, signature: string): Placed[] {
  const holder = memoize(chunk.analysis, ctx.view, 'diagnostics', (): { last?: ChunkDiagnostics } => ({}));
  const draftText = ctx.draft?.text ?? '';
  const line = ctx.doc.positionAt(chunk.offset).line;
  const last = holder.last;
  // The draft's own text is compared too: the analysed text may differ from it (blanked directives,
  // joined hard-wrapped lines) where positions do not.
  if (last && last.line === line && last.signature === signature && last.original.length === chunk.text.length && draftText.startsWith(last.original, chunk.offset)) return last.placed;
  const placed: Placed[] = [];
  for (const f of findings) {
    if (!enabled.has(f.code)) continue;
    const diagnostic = toDiagnostic(ctx, shiftFinding(f, chunk.offset));
    if (diagnostic) placed.push({ start: f.start, end: f.end, diagnostic });
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  holder.last = { original: draftText.slice(chunk.offset, chunk.offset + chunk.text.length), line, signature, placed };
  return placed;
}

function citation(ctx: DocumentContext, path: string): string {
  const title = ctx.view.title(path);
  const analysis = ctx.view.analysis(path);
  const file = path.split('/').pop() ?? path;
  if (ctx.draft?.format === 'markdown') {
    const target = analysis?.doc.meta.url ?? ctx.host.sourceUri(path);
    return ` ([${escapeMarkdown(title)}](<${target.replace(/[<>\s]/g, encodeURIComponent)}>))`;
  }
  return ` (Source: ${title.replace(/\s+/g, ' ')}, ${file})`;
}

/** A finding (draft offsets) as a diagnostic; undefined when its code is switched off. */
function toDiagnostic(ctx: DocumentContext, f: Finding): Diagnostic | undefined {
  const settings = ctx.host.settings();
  const severity = severityOf(settings.diagnostics[f.code]);
  if (severity === undefined) return undefined;
  const doc = ctx.doc;
  const fixes: FixData['fixes'] = (f.fixes ?? []).map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ range: docRange(doc, e), newText: e.newText })), ...(x.preferred ? { preferred: true } : {}) }));
  if (f.cite) {
    const at = doc.positionAt(f.cite.at);
    fixes.push({ title: `Insert a citation to ${ctx.view.title(f.cite.path)}`, edits: [{ range: { start: at, end: at }, newText: citation(ctx, f.cite.path) }] });
  }
  return {
    range: docRange(doc, f),
    severity,
    code: f.code,
    source: 'provenance',
    message: f.message,
    ...(f.related?.length ? { relatedInformation: f.related.map((r) => ({ location: { uri: ctx.host.sourceUri(r.path), range: ctx.view.lines(r.path).range(r.span.start, r.span.end) }, message: r.message })) } : {}),
    data: { fixes },
  };
}

/** The draft's diagnostics; undefined when cancelled before the end. */
export function computeDiagnostics(ctx: DocumentContext, token?: CancellationToken): Diagnostic[] | undefined {
  return drainUnlessCancelled(diagnosticSteps(ctx), token);
}

/** The same, one paragraph a step (for sliced runs). */
export function* diagnosticSteps(ctx: DocumentContext): Steps<Diagnostic[]> {
  const draft = ctx.draft;
  if (!draft) return [];
  const settings = ctx.host.settings();
  const enabled = new Set(DIAGNOSTIC_CODES.filter((c) => severityOf(settings.diagnostics[c]) !== undefined));
  if (enabled.size === 0) return [];
  const signature = `${draft.format}:${DIAGNOSTIC_CODES.map((c) => severityOf(settings.diagnostics[c]) ?? '-').join(',')}`;
  const rules = chunkRules.filter((r) => r.codes.some((c) => enabled.has(c)));
  // Chunks are disjoint and in order, so their ordered diagnostics, one chunk after another, are
  // the draft's in order; the draft-wide name findings are merged in after equal spans.
  const perChunk: Array<{ offset: number; placed: Placed[] }> = [];
  for (const chunk of draft.chunks) {
    yield;
    perChunk.push({ offset: chunk.offset, placed: chunkDiagnostics(ctx, chunk, chunkFindings(ctx, chunk, rules), enabled, signature) });
  }
  const names: Placed[] = [];
  if (enabled.has('name-variant')) {
    for (const f of nameFindings(draft, ctx.view)) {
      const diagnostic = enabled.has(f.code) ? toDiagnostic(ctx, f) : undefined;
      if (diagnostic) names.push({ start: f.start, end: f.end, diagnostic });
    }
    names.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  // A finding outside its own chunk would break the chunk order: then the plain stable sort.
  let ordered = true;
  let previous = { start: -1, end: -1 };
  for (const { offset, placed } of perChunk) {
    for (const p of placed) {
      const here = { start: p.start + offset, end: p.end + offset };
      if (here.start < previous.start || (here.start === previous.start && here.end < previous.end)) ordered = false;
      previous = here;
    }
  }
  if (!ordered) {
    const all = perChunk.flatMap(({ offset, placed }) => placed.map((p) => ({ ...p, start: p.start + offset, end: p.end + offset })));
    perChunk.length = 0;
    perChunk.push({ offset: 0, placed: all.sort((a, b) => a.start - b.start || a.end - b.end) });
  }
  const suppressions = findSuppressions(draft.text);
  const checkSuppressed = suppressions.lines.size > 0;
  const diagnostics: Diagnostic[] = [];
  const add = (p: Placed) => {
    if (!checkSuppressed || !isSuppressed(suppressions, p.diagnostic.range.start.line, p.diagnostic.code as DiagnosticCode)) diagnostics.push(p.diagnostic);
  };
  let n = 0;
  for (const { offset, placed } of perChunk) {
    for (const p of placed) {
      const start = p.start + offset;
      const end = p.end + offset;
      while (n < names.length && (names[n].start < start || (names[n].start === start && names[n].end < end))) add(names[n++]);
      add(p);
    }
  }
  while (n < names.length) add(names[n++]);
  return diagnostics;
}
