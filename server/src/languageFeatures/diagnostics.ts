// Diagnostics of a draft: each chunk's findings (quotes, numbers, roles, claims) are cached with
// the chunk's analysis, the draft-wide name findings are recomputed (cheap), then inline
// suppressions and the per-code severity settings apply. Written as steps (one paragraph each) so
// that the server can run it in slices and drop it when a newer edit arrives.
import { severityOf } from '../config';
import type { DocumentContext } from './context';
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

/** Every finding of the draft, with draft offsets, for the enabled codes, one paragraph a step. */
function* draftFindings(ctx: DocumentContext, enabled: Set<DiagnosticCode>): Steps<Finding[]> {
  const draft = ctx.draft;
  if (!draft) return [];
  const rules = chunkRules.filter((r) => r.codes.some((c) => enabled.has(c)));
  const key = `findings:${rules.map((r) => r.codes[0]).join(',')}`;
  const out: Finding[] = [];
  for (const chunk of draft.chunks) {
    yield;
    const findings = memoize(chunk.analysis, ctx.view, key, () => {
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
    for (const f of findings) out.push(shiftFinding(f, chunk.offset));
  }
  if (enabled.has('name-variant')) out.push(...nameFindings(draft, ctx.view));
  return out.filter((f) => enabled.has(f.code));
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

/** The draft's diagnostics; undefined when cancelled before the end. */
export function computeDiagnostics(ctx: DocumentContext, token?: CancellationToken): Diagnostic[] | undefined {
  return drainUnlessCancelled(diagnosticSteps(ctx), token);
}

/** The same, one paragraph a step (for sliced runs). */
export function* diagnosticSteps(ctx: DocumentContext): Steps<Diagnostic[]> {
  if (!ctx.draft) return [];
  const settings = ctx.host.settings();
  const enabled = new Set(DIAGNOSTIC_CODES.filter((c) => severityOf(settings.diagnostics[c]) !== undefined));
  if (enabled.size === 0) return [];
  const findings = yield* draftFindings(ctx, enabled);
  const suppressions = findSuppressions(ctx.draft.text);
  const doc = ctx.doc;
  const diagnostics: Diagnostic[] = [];
  for (const f of findings.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const range = docRange(doc, f);
    if (isSuppressed(suppressions, range.start.line, f.code)) continue;
    const severity = severityOf(settings.diagnostics[f.code]);
    if (severity === undefined) continue;
    const fixes: FixData['fixes'] = (f.fixes ?? []).map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ range: docRange(doc, e), newText: e.newText })), ...(x.preferred ? { preferred: true } : {}) }));
    if (f.cite) {
      const at = doc.positionAt(f.cite.at);
      fixes.push({ title: `Insert a citation to ${ctx.view.title(f.cite.path)}`, edits: [{ range: { start: at, end: at }, newText: citation(ctx, f.cite.path) }] });
    }
    diagnostics.push({
      range,
      severity,
      code: f.code,
      source: 'provenance',
      message: f.message,
      ...(f.related?.length ? { relatedInformation: f.related.map((r) => ({ location: { uri: ctx.host.sourceUri(r.path), range: ctx.view.lines(r.path).range(r.span.start, r.span.end) }, message: r.message })) } : {}),
      data: { fixes },
    });
  }
  return diagnostics;
}
