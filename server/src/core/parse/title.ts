// A document's title when its metadata gives none: its first heading, else its first
// headline-like block (a few words, no closing full stop, not a photo caption or byline).
import type { ParsedDocument } from '../types';

const caption = /\b(photo|photograph|image|file)\b.*\b(by|credit|via)\b|\(AP\)$|^By /i;

export function guessTitle(doc: ParsedDocument): string | undefined {
  const heading = doc.blocks.find((b) => b.kind === 'heading');
  if (heading) return clean(doc.text.slice(heading.start, heading.end));
  for (const block of doc.blocks.slice(0, 6)) {
    // Most blocks are paragraphs, far longer than a headline: ruled out before being cleaned.
    if (moreWordsThan(25, doc.text, block.start, block.end)) continue;
    const text = clean(doc.text.slice(block.start, block.end));
    const words = text.split(' ').length;
    if (words >= 3 && words <= 25 && !/[.:]$/.test(text) && !caption.test(text)) {
      // A headline and a standfirst on one line (no newline between) stay whole; cut at a sentence.
      const first = block.sentences[0];
      return first.end < block.end && words > 20 ? clean(doc.text.slice(first.start, first.end)) : text;
    }
  }
  return undefined;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/** Whether `clean(text.slice(start, end))` has more than `limit` words; reads only as far as it must. */
function moreWordsThan(limit: number, text: string, start: number, end: number): boolean {
  let i = start;
  // clean() drops leading '#' and white space.
  while (i < end && (text.charCodeAt(i) === 0x23 || isSpace(text.charCodeAt(i)))) i++;
  let words = 0;
  let inWord = false;
  for (; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

function clean(s: string): string {
  return s.replace(/^[#\s]+/, '').replace(/\s+/g, ' ').trim();
}
