// STUB: direct quotes between double quotation marks, no speakers.
import type { DocEntity, ParsedDocument, Quote } from '../types';

export function extractQuotes(doc: ParsedDocument, entities: DocEntity[]): Quote[] {
  void entities;
  const quotes: Quote[] = [];
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    const re = /["“]([^"“”]+)["”]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = block.start + m.index;
      quotes.push({ start, end: start + m[0].length, text: m[0], kind: 'direct', content: m[1], parts: [{ start: start + 1, end: start + m[0].length - 1 }], speaker: null });
    }
  }
  return quotes;
}
