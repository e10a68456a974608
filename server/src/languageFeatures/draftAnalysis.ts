// A draft analysed paragraph by paragraph. Each chunk (a paragraph, or a fenced block in Markdown)
// is analysed on its own and cached by its text, so typing in one paragraph re-analyses only that
// paragraph: the other chunks' analyses (and everything derived from them) are reused. Offsets in
// a chunk's analysis are relative to the chunk; `offset` places it in the draft.
import type { DocumentAnalysis, Quote } from '../core/types';
import { analyzeDocument } from '../core/analyze';
import { QueryMemo } from './queryMemo';
import { drain, type Steps } from './steps';

export type DraftFormat = 'markdown' | 'text' | 'html';

export interface DraftChunk {
  /** Where the chunk starts in the draft. */
  offset: number;
  /** The chunk's text as analysed (same length as in the draft; hard wraps may be blanked). */
  text: string;
  analysis: DocumentAnalysis;
  /** Corpus answers by the words that asked them, shared by the analyzer's drafts (absent: none kept). */
  queries?: QueryMemo;
}

export interface DraftAnalysis {
  uri: string;
  version: number;
  text: string;
  format: DraftFormat;
  chunks: DraftChunk[];
}

export function draftFormat(uri: string): DraftFormat {
  const path = uri.toLowerCase().replace(/[?#].*$/, '');
  if (/\.(md|markdown|mdx)$/.test(path)) return 'markdown';
  if (/\.html?$/.test(path)) return 'html';
  return 'text';
}

const analysisPath: Record<DraftFormat, string> = { markdown: 'draft.md', text: 'draft.txt', html: 'draft.html' };

interface ChunkSpan {
  start: number;
  end: number;
  /** Hard-wrapped plain text: single line breaks inside the paragraph become spaces. */
  joinLines: boolean;
}

interface Line {
  start: number;
  end: number;
  blank: boolean;
}

/** True when text[start, end) is only white space (as `trim` sees it), without slicing ASCII lines. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128) return false;
    return text.slice(i, end).trim() === '';
  }
  return true;
}

// Runs on the whole draft at every edit: line ends found with indexOf, blank lines without slicing.
function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const i = newline < 0 ? text.length : newline;
    let end = i;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    out.push({ start, end, blank: isBlank(text, start, end) });
    if (newline < 0) return out;
    start = i + 1;
  }
}

const fence = /^ {0,3}(`{3,}|~{3,})/;

/** The fence marker opening a line, if any (the regex runs only on lines that can hold one). */
function fenceMarker(text: string, line: Line): string | undefined {
  let i = line.start;
  while (i < line.end && i - line.start < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (i >= line.end || (c !== 96 && c !== 126)) return undefined;
  return fence.exec(text.slice(line.start, line.end))?.[1];
}

function markdownChunks(text: string): ChunkSpan[] {
  const chunks: ChunkSpan[] = [];
  let current: ChunkSpan | undefined;
  let openFence: string | undefined;
  const all = lines(text);
  let i = 0;
  // Front matter is only front matter at the very start: keep it whole in the first chunk.
  if (/^---\r?\n/.test(text)) {
    const close = all.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(text.slice(l.start, l.end)));
    if (close > 0) {
      chunks.push({ start: 0, end: all[close].end, joinLines: false });
      i = close + 1;
    }
  }
  for (; i < all.length; i++) {
    const line = all[i];
    const marker = fenceMarker(text, line);
    if (openFence) {
      if (marker && marker[0] === openFence[0] && marker.length >= openFence.length) openFence = undefined;
    } else if (marker) {
      openFence = marker;
    } else if (line.blank) {
      if (current) chunks.push(current);
      current = undefined;
      continue;
    }
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end, joinLines: false };
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Hard-wrapped text: paragraphs of several short lines between blank lines. */
function isHardWrapped(all: Line[]): boolean {
  const full = all.filter((l) => !l.blank);
  if (full.length < 2) return false;
  const short = full.filter((l) => l.end - l.start <= 100).length;
  let multiLine = 0;
  for (let i = 1; i < all.length; i++) if (!all[i].blank && !all[i - 1].blank) multiLine++;
  return short / full.length > 0.9 && multiLine > 0 && full.length - multiLine <= full.length / 2;
}

function textChunks(text: string): ChunkSpan[] {
  const all = lines(text);
  const wrapped = isHardWrapped(all);
  const chunks: ChunkSpan[] = [];
  let current: ChunkSpan | undefined;
  for (const line of all) {
    if (line.blank) {
      if (current) chunks.push(current);
      current = undefined;
      continue;
    }
    if (!wrapped) {
      chunks.push({ start: line.start, end: line.end, joinLines: false });
      continue;
    }
    current = current ? { ...current, end: line.end } : { start: line.start, end: line.end, joinLines: true };
  }
  if (current) chunks.push(current);
  return chunks;
}

export function chunkSpans(text: string, format: DraftFormat): ChunkSpan[] {
  if (text.trim() === '') return [];
  if (format === 'markdown') return markdownChunks(text);
  // HTML is parsed whole: its structure does not follow blank lines.
  if (format === 'html') return [{ start: 0, end: text.length, joinLines: false }];
  return textChunks(text);
}

/** Analyses drafts chunk by chunk, reusing the analyses of unchanged chunks. */
export class DraftAnalyzer {
  private readonly cache = new Map<string, DocumentAnalysis>();
  /** What the rules asked the corpus, by the words asked: one memo for every draft analysed here. */
  readonly queries = new QueryMemo();

  /** ~12 KB a paragraph (tokens included), more with what the rules keep with it: 4,000 paragraphs are
   *  several long drafts and their recent versions, where 20,000 let a long editing session grow by
   *  every version of every paragraph typed. */
  constructor(private readonly capacity = 4_000) {}

  analyze(uri: string, version: number, text: string): DraftAnalysis {
    return drain(this.analyzeSteps(uri, version, text));
  }

  /** The same, one paragraph a step. */
  *analyzeSteps(uri: string, version: number, text: string): Steps<DraftAnalysis> {
    const format = draftFormat(uri);
    const chunks: DraftChunk[] = [];
    for (const span of chunkSpans(text, format)) {
      let chunkText = text.slice(span.start, span.end);
      if (span.joinLines) chunkText = chunkText.replace(/\r?\n|\r/g, (m) => ' '.repeat(m.length));
      const own = this.analyzeChunk(format, chunkText);
      const previous = chunks.at(-1);
      const analysis = previous && hasUnresolvedPronoun(own) ? this.withContext(format, previous.text, chunkText, own) : own;
      chunks.push({ offset: span.start, text: chunkText, analysis, queries: this.queries });
      yield;
    }
    return { uri, version, text, format, chunks };
  }

  /**
   * "Trump spoke on Thursday.\n\n“…,” he said.": a pronoun speaker the paragraph alone leaves
   * unnamed is read with the paragraph before it, as a source's is with its whole text. The
   * paragraph's own analysis, with those speakers named (kept, so it stays the same object while
   * neither paragraph changes).
   */
  private withContext(format: DraftFormat, previousText: string, text: string, own: DocumentAnalysis): DocumentAnalysis {
    const key = `${format}\u0000context\u0000${previousText}\u0000${text}`;
    const cached = this.remember(key);
    if (cached) return cached;
    const separator = '\n\n';
    const shift = previousText.length + separator.length;
    const joined = this.analyzeChunk(format, previousText + separator + text);
    const named = new Map<number, NonNullable<Quote['speaker']>>();
    for (const q of joined.quotes) if (q.start >= shift && q.speaker?.name) named.set(q.start - shift, q.speaker);
    // Only where the paragraph names no one itself before the quotation: "that Foster pieced …
    // “…,” he remarks" is about a Foster the paragraph alone could not place, not about whoever
    // the paragraph before named.
    const namesBefore = (at: number) => own.entities.some((e) => e.type !== 'place' && e.type !== 'organization' && e.mentions.some((m) => m.start < at));
    const quotes = own.quotes.map((q) => {
      const found = isUnresolvedPronoun(q, text) && !namesBefore(q.start) ? named.get(q.start) : undefined;
      // Only the name is taken: the speaker's words stay where the paragraph has them.
      return found && q.speaker ? { ...q, speaker: { ...q.speaker, name: found.name, ...(found.key ? { key: found.key } : {}) } } : q;
    });
    return this.store(key, { ...own, quotes });
  }

  private remember(key: string): DocumentAnalysis | undefined {
    const cached = this.cache.get(key);
    if (cached) {
      // Re-insert: the map's order is the eviction order (least recently used first).
      this.cache.delete(key);
      this.cache.set(key, cached);
    }
    return cached;
  }

  private store(key: string, analysis: DocumentAnalysis): DocumentAnalysis {
    this.cache.set(key, analysis);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value as string);
    return analysis;
  }

  private analyzeChunk(format: DraftFormat, text: string): DocumentAnalysis {
    const key = `${format}\u0000${text}`;
    const cached = this.remember(key);
    if (cached) return cached;
    let analysis: DocumentAnalysis;
    try {
      analysis = analyzeDocument(analysisPath[format], text);
    } catch {
      // An extractor failing on odd input must not cost the writer the rest of the draft.
      analysis = { doc: { path: analysisPath[format], text, format: format === 'html' ? 'html' : format, meta: {}, blocks: [] }, entities: [], quotes: [], numbers: [] };
    }
    return this.store(key, analysis);
  }
}

const speakerPronouns = new Set(['he', 'she']);

/** A quotation whose speaker is a he/she (in `text`) the analysis named no one for. */
function isUnresolvedPronoun(q: Quote, text: string): boolean {
  return !!q.speaker && !q.speaker.name && !q.speaker.description && speakerPronouns.has(text.slice(q.speaker.start, q.speaker.end).toLowerCase());
}

function hasUnresolvedPronoun(analysis: DocumentAnalysis): boolean {
  return analysis.quotes.some((q) => isUnresolvedPronoun(q, analysis.doc.text));
}

/** The chunk holding a draft offset (a position between chunks belongs to neither). */
export function chunkAt(draft: DraftAnalysis, offset: number): DraftChunk | undefined {
  let lo = 0;
  let hi = draft.chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = draft.chunks[mid];
    if (offset < c.offset) hi = mid - 1;
    else if (offset > c.offset + c.text.length) lo = mid + 1;
    else return c;
  }
  return undefined;
}
