// Completion of names in the sources' spelling: typing "Zel" offers "Volodymyr Zelenskyy" and
// "Zelenskyy", "Ush" offers "Yuri Ushakov". Only after a capital letter, so ordinary words are
// left alone. The candidates are sorted once per corpus version and found by binary search.
import type { CorpusEntity } from '../core/entities/corpusEntities';
import type { DocumentContext } from './context';
import type { CorpusView } from './corpusView';
import { CompletionItemKind, type CompletionList, type Position } from './types';

const maxItems = 50;
const kindOf: Record<string, CompletionItemKind> = { person: CompletionItemKind.Reference, organization: CompletionItemKind.Module, place: CompletionItemKind.EnumMember, other: CompletionItemKind.Text };

interface Candidate {
  /** What the typed prefix is compared with (lower case). */
  key: string;
  /** What is inserted: the house spelling, or its surname. */
  label: string;
  /** 0: full name, 1: surname, 2: the house spelling offered for a variant being typed. */
  rank: number;
  entity: CorpusEntity;
}

const tables = new WeakMap<CorpusView, Candidate[]>();

function candidates(view: CorpusView): Candidate[] {
  let table = tables.get(view);
  if (table) return table;
  table = [];
  for (const entity of view.index.entities().entities) {
    const house = view.lookup.houseSpelling(entity.id) ?? entity.name;
    const words = house.split(/\s+/);
    table.push({ key: house.toLowerCase(), label: house, rank: 0, entity });
    if (words.length > 1) table.push({ key: words[words.length - 1].toLowerCase(), label: words[words.length - 1], rank: 1, entity });
    for (const v of new Set(entity.variants)) if (v !== house) table.push({ key: v.toLowerCase(), label: house, rank: 2, entity });
  }
  table.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  tables.set(view, table);
  return table;
}

export function provideCompletion(ctx: DocumentContext, position: Position): CompletionList {
  const offset = ctx.doc.offsetAt(position);
  const text = ctx.doc.getText();
  let start = offset;
  while (start > 0 && /[\p{L}\p{M}'’.-]/u.test(text[start - 1])) start--;
  const prefix = text.slice(start, offset);
  if (!/^\p{Lu}/u.test(prefix)) return { isIncomplete: false, items: [] };
  const lower = prefix.toLowerCase();
  const table = candidates(ctx.view);
  // First candidate whose key is not below the prefix; the matches follow it.
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid].key < lower) lo = mid + 1;
    else hi = mid;
  }
  const range = { start: ctx.doc.positionAt(start), end: position };
  const items: CompletionList['items'] = [];
  const seen = new Set<string>();
  let incomplete = false;
  for (let i = lo; i < table.length && table[i].key.startsWith(lower); i++) {
    const { label, rank, entity } = table[i];
    if (seen.has(label)) continue;
    if (items.length >= maxItems) {
      incomplete = true;
      break;
    }
    seen.add(label);
    const roles = entity.roles.slice(0, 2).join('; ');
    items.push({
      label,
      kind: kindOf[entity.type] ?? CompletionItemKind.Text,
      detail: `${entity.name}${roles ? ` — ${roles}` : ''} (${entity.documents} source${entity.documents === 1 ? '' : 's'})`,
      filterText: prefix,
      sortText: `${rank}${String(1_000_000 - Math.min(entity.documents, 999_999)).padStart(7, '0')}${label}`,
      textEdit: { range, newText: label },
    });
  }
  items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  return { isIncomplete: incomplete, items };
}
