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

/**
 * Why an analysis failed, for the problem list: the error's message, or for a stack overflow in a
 * parser (thousands of nested HTML elements) what the file is like.
 */
export function analysisFailure(err: unknown): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'nested too deeply to parse (a stack overflow in the parser)';
  return (err as Error)?.message ?? String(err);
}
