// Inline suppression of one occurrence. Two spellings, accepted in every draft:
//   <!-- provenance-ignore quote-unsourced -->     (Markdown: an HTML comment, invisible when rendered)
//   provenance-ignore: quote-unsourced              (plain text: a line of its own)
// Several codes may be listed (spaces or commas between them); no code means every code.
// A comment on a line of its own applies to the next non-blank line; an HTML comment sharing its
// line with text applies to that line. A diagnostic is suppressed when its first line is covered.
import { LineIndex } from './lineIndex';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './types';

export interface Suppressions {
  /** Line → codes suppressed there ('all' for every code). */
  lines: Map<number, Set<DiagnosticCode> | 'all'>;
  /** Spans of the directives themselves (blanked before analysis, so they are never prose). */
  directives: Array<{ start: number; end: number }>;
}

const htmlDirective = /<!--\s*provenance-ignore\b([\s\S]*?)-->/g;
const lineDirective = /^[ \t]*provenance-ignore\b[ \t]*:?([^\r\n]*)$/gm;

function parseCodes(list: string): Set<DiagnosticCode> | 'all' {
  const words = list.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return 'all';
  const known = new Set<string>(DIAGNOSTIC_CODES);
  return new Set(words.filter((w): w is DiagnosticCode => known.has(w)));
}

export function findSuppressions(text: string): Suppressions {
  const lines = new Map<number, Set<DiagnosticCode> | 'all'>();
  const directives: Suppressions['directives'] = [];
  if (!text.includes('provenance-ignore')) return { lines, directives };
  const index = new LineIndex(text);
  const lineCount = index.positionAt(text.length).line + 1;
  const lineStart = (n: number) => index.offsetAt({ line: n, character: 0 });
  const lineText = (n: number) => text.slice(lineStart(n), n + 1 < lineCount ? lineStart(n + 1) : text.length);
  const add = (line: number, codes: Set<DiagnosticCode> | 'all') => {
    const had = lines.get(line);
    if (had === 'all' || codes === 'all') lines.set(line, 'all');
    else lines.set(line, new Set([...(had ?? []), ...codes]));
  };
  const nextProseLine = (after: number): number | undefined => {
    for (let n = after + 1; n < lineCount; n++) if (lineText(n).trim() !== '') return n;
    return undefined;
  };
  const apply = (start: number, end: number, codes: Set<DiagnosticCode> | 'all') => {
    directives.push({ start, end });
    const first = index.positionAt(start).line;
    const last = index.positionAt(end).line;
    const before = text.slice(lineStart(first), start).trim();
    const after = lineText(last).slice(end - lineStart(last)).trim();
    if (before || after) add(first, codes);
    else {
      const target = nextProseLine(last);
      if (target !== undefined) add(target, codes);
    }
  };
  for (const m of text.matchAll(htmlDirective)) apply(m.index ?? 0, (m.index ?? 0) + m[0].length, parseCodes(m[1]));
  for (const m of text.matchAll(lineDirective)) {
    const start = m.index ?? 0;
    // Inside an HTML directive already handled.
    if (directives.some((d) => start >= d.start && start < d.end)) continue;
    apply(start, start + m[0].length, parseCodes(m[1]));
  }
  return { lines, directives };
}

export function isSuppressed(s: Suppressions, line: number, code: DiagnosticCode): boolean {
  const codes = s.lines.get(line);
  return codes === 'all' || (codes !== undefined && codes.has(code));
}

/** The text with every directive replaced by spaces (same length), for analysis. */
export function blankDirectives(text: string, s: Suppressions): string {
  if (s.directives.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of [...s.directives].sort((a, b) => a.start - b.start)) {
    if (d.start < at) continue;
    out += text.slice(at, d.start) + text.slice(d.start, d.end).replace(/[^\r\n]/g, ' ');
    at = d.end;
  }
  return out + text.slice(at);
}
