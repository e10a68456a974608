// STUB, replaced by the entity recogniser: capitalised word runs as 'other' entities.
import type { DocEntity, ParsedDocument } from '../types';

export function extractEntities(doc: ParsedDocument): DocEntity[] {
  void doc;
  return [];
}
