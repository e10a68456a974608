// A diagnostic as the rules produce it: offsets into the analysed text (a chunk, or the whole
// draft), so that a chunk's findings can be cached and shifted when the text before it changes.
import type { Span } from '../../core/types';
import type { DiagnosticCode, OffsetEdit } from '../types';

export interface FindingFix {
  title: string;
  edits: OffsetEdit[];
  preferred?: boolean;
}

export interface Finding extends Span {
  code: DiagnosticCode;
  message: string;
  /** Source spans behind the finding (shown as related information). */
  related?: Array<{ path: string; span: Span; message: string }>;
  fixes?: FindingFix[];
  /** The source to cite, for the "insert a citation" fix. */
  cite?: { path: string; at: number };
}

export function shiftFinding(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  const edit = (e: OffsetEdit): OffsetEdit => ({ start: e.start + delta, end: e.end + delta, newText: e.newText });
  return {
    ...f,
    start: f.start + delta,
    end: f.end + delta,
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map(edit) })) } : {}),
    ...(f.cite ? { cite: { path: f.cite.path, at: f.cite.at + delta } } : {}),
  };
}

/** Quotation marks around a wording for plain-text messages. */
export function quoted(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}
