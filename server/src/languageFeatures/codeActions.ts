// Quick fixes for Provenance diagnostics: the fixes each diagnostic carries (source wording, the
// sources' speaker, the house spelling, a citation), plus "suppress this occurrence", which writes
// the inline directive (see suppression.ts) for the diagnostic's line.
import type { DocumentContext } from './context';
import type { CodeAction, Diagnostic, FixData, Range } from './types';
import { DIAGNOSTIC_CODES } from './types';

function isFixData(data: unknown): data is FixData {
  return !!data && typeof data === 'object' && Array.isArray((data as FixData).fixes);
}

const knownCodes = new Set<string>(DIAGNOSTIC_CODES);

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** The edit that suppresses one diagnostic: an HTML comment at the end of its line (Markdown), or
 *  a directive line above it (plain text). */
function suppressEdit(ctx: DocumentContext, diagnostic: Diagnostic): { range: Range; newText: string } {
  const line = diagnostic.range.start.line;
  const text = ctx.doc.getText();
  const lineStart = ctx.doc.offsetAt({ line, character: 0 });
  if (ctx.draft?.format === 'markdown' || ctx.draft?.format === 'html') {
    let end = lineStart;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const at = ctx.doc.positionAt(end);
    return { range: { start: at, end: at }, newText: ` <!-- provenance-ignore ${diagnostic.code} -->` };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}provenance-ignore: ${diagnostic.code}\n` };
}

export function provideCodeActions(ctx: DocumentContext, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = ctx.doc.uri;
  for (const d of diagnostics) {
    if (d.source !== 'provenance' || !knownCodes.has(String(d.code)) || !overlaps(d.range, range)) continue;
    if (isFixData(d.data)) {
      for (const fix of d.data.fixes) {
        actions.push({ title: fix.title, kind: 'quickfix', diagnostics: [d], ...(fix.preferred ? { isPreferred: true } : {}), edit: { changes: { [uri]: fix.edits } } });
      }
    }
    actions.push({ title: `Suppress ${d.code} here`, kind: 'quickfix', diagnostics: [d], edit: { changes: { [uri]: [suppressEdit(ctx, d)] } } });
  }
  return actions;
}
