// Plain-text articles: one paragraph a line (as wire copy and saved articles are), or, for
// hard-wrapped text, paragraphs separated by blank lines with headline lines kept apart.
import type { Block, ParsedDocument } from '../types';
import { makeBlock } from './prose';
import { TokenTexts } from './tokenText';
import { guessTitle } from './title';

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines ended by '\r\n', '\r' or '\n'; a line break at the very end opens no empty line. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const length = text.length;
  // The next '\r' is looked up again only once passed: most texts have none, and are then
  // searched for it once, not once a line.
  let nextReturn = -1;
  let start = 0;
  while (start < length) {
    if (nextReturn !== length && nextReturn < start) {
      nextReturn = text.indexOf('\r', start);
      if (nextReturn < 0) nextReturn = length;
    }
    let end = text.indexOf('\n', start);
    if (end < 0 || nextReturn < end) end = nextReturn;
    lines.push({ start, end, text: text.slice(start, end) });
    if (end === length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/** Hard-wrapped: most non-empty lines short and blocks of several lines each. */
function isHardWrapped(lines: Line[]): boolean {
  const full = lines.filter((l) => l.text.trim() !== '');
  if (full.length < 6) return false;
  const short = full.filter((l) => l.text.length <= 100).length;
  const blanks = lines.length - full.length;
  return short / full.length > 0.9 && blanks < full.length / 2;
}

const endsSentence = /[.!?:;…"”’)\]]\s*$/;

/** Groups lines into paragraph spans. */
function paragraphSpans(lines: Line[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!isHardWrapped(lines)) {
    for (const l of lines) if (l.text.trim() !== '') spans.push([l.start, l.end]);
    return spans;
  }
  let current: [number, number] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.text.trim() === '') {
      if (current) spans.push(current);
      current = undefined;
      continue;
    }
    current = current ? [current[0], l.end] : [l.start, l.end];
    // A short line without closing punctuation, followed by a capitalised line, is a headline.
    const next = lines[i + 1];
    if (next && next.text.trim() !== '' && !endsSentence.test(l.text) && l.text.length < 60 && /^\s*[A-Z“"]/.test(next.text)) {
      spans.push(current);
      current = undefined;
    }
  }
  if (current) spans.push(current);
  return spans;
}

export function parsePlainText(path: string, text: string): ParsedDocument {
  const blocks: Block[] = [];
  const meta: ParsedDocument['meta'] = {};
  const texts = new TokenTexts(text);
  for (let [start, end] of paragraphSpans(splitLines(text))) {
    // Some saved articles carry a "date 2025-10-16" prefix on their first line.
    const prefix = blocks.length === 0 ? /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(text.slice(start, end)) : null;
    if (prefix) {
      meta.date = prefix[1];
      start += prefix[0].length;
    }
    // Only the paragraphs of hard-wrapped text hold line breaks.
    const raw = text.slice(start, end);
    const masked = raw.includes('\n') || raw.includes('\r') ? raw.replace(/[\r\n]/g, ' ') : raw;
    const block = makeBlock(texts, masked, start, end, 'paragraph');
    if (block) blocks.push(block);
  }
  const doc: ParsedDocument = { path, text, format: 'text', meta, blocks };
  const title = guessTitle(doc);
  if (title) meta.title = title;
  return doc;
}
