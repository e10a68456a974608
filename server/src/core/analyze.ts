// One file's whole analysis: parse, then entities, quotes (which need entities for speakers)
// and number claims. Pure: text in, plain data out.
import type { DocumentAnalysis } from './types';
import { parseDocument } from './parse/parseDocument';
import { extractEntities } from './entities/extractEntities';
import { extractQuotes } from './quotes/extractQuotes';
import { extractNumbers } from './numbers/extractNumbers';

export function analyzeDocument(path: string, text: string): DocumentAnalysis {
  const doc = parseDocument(path, text);
  const entities = extractEntities(doc);
  const quotes = extractQuotes(doc, entities);
  const numbers = extractNumbers(doc);
  return { doc, entities, quotes, numbers };
}
