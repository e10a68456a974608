// STUB: numbers as claims.
import type { NumberClaim, ParsedDocument } from '../types';

export function extractNumbers(doc: ParsedDocument): NumberClaim[] {
  void doc;
  return [];
}
