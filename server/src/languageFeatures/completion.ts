// Completion of names in the sources' spelling: typing "Zel" offers "Volodymyr Zelenskyy" and
// "Zelenskyy", "Ush" offers "Yuri Ushakov". Only after a capital letter, so ordinary words are
// left alone.
import type { CorpusEntity } from '../core/entities/corpusEntities';
import type { DocumentContext } from './context';
import { CompletionItemKind, type CompletionList, type Position } from './types';

const maxItems = 50;
const kindOf: Record<string, CompletionItemKind> = { person: CompletionItemKind.Reference, organization: CompletionItemKind.Module, place: CompletionItemKind.EnumMember, other: CompletionItemKind.Text };

export function provideCompletion(ctx: DocumentContext, position: Position): CompletionList {
  const offset = ctx.doc.offsetAt(position);
  const text = ctx.doc.getText();
  let start = offset;
  while (start > 0 && /[\p{L}\p{M}'’.-]/u.test(text[start - 1])) start--;
  const prefix = text.slice(start, offset);
  if (!/^\p{Lu}/u.test(prefix)) return { isIncomplete: false, items: [] };
  const lower = prefix.toLowerCase();
  const { entities } = ctx.view.index.entities();
  const seen = new Set<string>();
  const items: CompletionList['items'] = [];
  const range = { start: ctx.doc.positionAt(start), end: position };
  const offer = (label: string, entity: CorpusEntity, rank: number) => {
    if (seen.has(label)) return;
    seen.add(label);
    const roles = entity.roles.slice(0, 2).join('; ');
    items.push({
      label,
      kind: kindOf[entity.type] ?? CompletionItemKind.Text,
      detail: `${entity.name}${roles ? ` — ${roles}` : ''} (${entity.documents} source${entity.documents === 1 ? '' : 's'})`,
      filterText: label,
      sortText: `${rank}${String(100000 - entity.documents).padStart(6, '0')}${label}`,
      textEdit: { range, newText: label },
    });
  };
  for (const entity of entities) {
    const house = ctx.view.lookup.houseSpelling(entity.id) ?? entity.name;
    const houseWords = house.split(/\s+/);
    // The full name when the prefix starts it; the surname alone when the prefix starts that.
    if (house.toLowerCase().startsWith(lower)) offer(house, entity, 0);
    const surname = houseWords[houseWords.length - 1];
    if (houseWords.length > 1 && surname.toLowerCase().startsWith(lower)) offer(surname, entity, 1);
    // A variant spelling being typed completes to the house spelling.
    if (entity.variants.some((v) => v !== house && v.toLowerCase().startsWith(lower))) offer(house, entity, 2);
  }
  items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  return { isIncomplete: items.length > maxItems, items: items.slice(0, maxItems) };
}
