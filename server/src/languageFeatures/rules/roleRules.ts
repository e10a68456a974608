// role-conflict: the draft gives a person a title the sources contradict ("Defense Secretary Marco
// Rubio" where every source calls him Secretary of State). A role conflicts when none of the
// person's source roles is compatible with it, and either the sources give the person another
// title of the same kind (another "secretary") or give exactly this title to someone else.
// Different kinds of description ("top diplomat", "Ukrainian leader") are not contradictions.
import type { Token } from '../../core/types';
import { DEMONYMS, ROLE_HEADS } from '../../core/entities/lexicon';
import { foldWord } from '../../core/entities/normalize';
import type { CorpusView } from '../corpusView';
import type { DraftChunk } from '../draftAnalysis';
import { quoted, type Finding } from './finding';
import { sentenceEnd } from './quoteRules';

const filler = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'and', 'in', 'on', 'at', 's']);
/** Roles in the past or to come do not contradict the present one. */
const timeWords = new Set(['former', 'ex', 'then', 'late', 'outgoing', 'incoming', 'future', 'acting', 'interim', 'designate', 'elect']);
/** Heads too general to tell one title from another. */
const vagueHeads = new Set(['official', 'officials', 'member', 'members', 'head', 'leader', 'chief', 'general', 'deputy', 'partner', 'resident']);

/** A role word as compared: folded like names (case, accents), possessive and punctuation off. */
function fold(word: string): string {
  return foldWord(word).replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
}

export interface RoleShape {
  words: Set<string>;
  heads: Set<string>;
  timed: boolean;
}

export function roleShape(role: string): RoleShape {
  const words = new Set<string>();
  const heads = new Set<string>();
  let timed = false;
  for (const raw of role.split(/[\s,]+/)) {
    const w = fold(raw);
    if (!w || filler.has(w) || DEMONYMS.has(w) || DEMONYMS.has(raw.toLowerCase())) continue;
    if (timeWords.has(w) || w.startsWith('ex-') || w.startsWith('then-')) timed = true;
    words.add(w);
    if (ROLE_HEADS.has(w) && !vagueHeads.has(w)) heads.add(w.replace(/s$/, ''));
  }
  return { words, heads, timed };
}

export function compatible(a: RoleShape, b: RoleShape): boolean {
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  if (shared === a.words.size || shared === b.words.size) return true;
  return shared / (a.words.size + b.words.size - shared) >= 0.5;
}

/** Every word of `a` in `b`: "House Speaker" is in "Thune and House Speaker" (a role read too far). */
function within(a: RoleShape, b: RoleShape): boolean {
  return [...a.words].every((w) => b.words.has(w));
}

function sharesHead(a: RoleShape, b: RoleShape): boolean {
  for (const h of a.heads) if (b.heads.has(h)) return true;
  return false;
}

/** Distinct titles kept per entity: enough for every way the sources put it. */
const maxRolesPerEntity = 64;

/** Source roles of every entity, built once per corpus view. */
interface RoleBook {
  byEntity: Map<string, Array<{ role: string; shape: RoleShape; path: string; at: number }>>;
}

const books = new WeakMap<CorpusView, RoleBook>();

function roleBook(view: CorpusView): RoleBook {
  let book = books.get(view);
  if (book) return book;
  book = { byEntity: new Map() };
  for (const a of view.index.documents()) {
    for (const entity of a.entities) {
      if (entity.type !== 'person' || entity.roles.length === 0) continue;
      const id = view.entityIdOf(a.doc.path, entity.key);
      if (!id) continue;
      let list = book.byEntity.get(id);
      if (!list) book.byEntity.set(id, (list = []));
      // Each title once per entity (with where it was first read): articles repeat them.
      for (const role of entity.roles) {
        if (list.length < maxRolesPerEntity && !list.some((r) => r.role === role)) list.push({ role, shape: roleShape(role), path: a.doc.path, at: entity.mentions[0]?.start ?? 0 });
      }
    }
  }
  books.set(view, book);
  return book;
}

/** Where the role's words are written near a mention (tokens of its sentence), if found. */
function roleSpan(chunk: DraftChunk, role: string, mentionStart: number): { start: number; end: number } | undefined {
  // Abbreviations ("U.S.") are split by the tokenizer: the role is located by its other words.
  const wanted = role
    .split(/\s+/)
    .filter((raw) => !raw.includes('.'))
    .map(fold)
    .filter((w) => w.length >= 2);
  if (wanted.length === 0) return undefined;
  for (const block of chunk.analysis.doc.blocks) {
    for (const sentence of block.sentences) {
      if (mentionStart < sentence.start || mentionStart > sentence.end) continue;
      const words = sentence.tokens.filter((t) => t.kind === 'word' && fold(t.text).length >= 2);
      let best: { start: number; end: number } | undefined;
      for (let i = 0; i + wanted.length <= words.length; i++) {
        if (!wanted.every((w, k) => fold(words[i + k].text) === w)) continue;
        const span = { start: words[i].start, end: (words[i + wanted.length - 1] as Token).end };
        if (!best || Math.abs(span.start - mentionStart) < Math.abs(best.start - mentionStart)) best = span;
      }
      return best;
    }
  }
  return undefined;
}

export function roleFindings(chunk: DraftChunk, view: CorpusView): Finding[] {
  const out: Finding[] = [];
  const book = roleBook(view);
  for (const entity of chunk.analysis.entities) {
    if (entity.type !== 'person' || entity.roles.length === 0 || entity.mentions.length === 0) continue;
    const id = view.resolveName(entity.name);
    if (!id) continue;
    const own = book.byEntity.get(id) ?? [];
    if (own.length === 0) continue;
    for (const role of entity.roles) {
      const shape = roleShape(role);
      if (shape.timed || shape.heads.size === 0) continue;
      if (own.some((r) => compatible(shape, r.shape))) continue;
      const sameKind = own.filter((r) => !r.shape.timed && sharesHead(shape, r.shape));
      let holder: { id: string; role: string } | undefined;
      if (sameKind.length === 0 && shape.words.size >= 2) {
        for (const [other, roles] of book.byEntity) {
          if (other === id) continue;
          const r = roles.find((x) => !x.shape.timed && within(shape, x.shape));
          if (r) {
            holder = { id: other, role: r.role };
            break;
          }
        }
      }
      if (sameKind.length === 0 && !holder) continue;
      const name = view.entity(id)?.name ?? entity.name;
      const mention = entity.mentions[0];
      // The role's own words when found (the fix replaces them), else the name.
      const written = roleSpan(chunk, role, mention.start);
      const span = written ?? { start: mention.start, end: mention.end };
      const candidates = sameKind.length > 0 ? sameKind : own;
      // The title as most sources write it: the most common, then the shortest.
      const counts = new Map<string, number>();
      for (const r of candidates) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
      const evidence = candidates.find((r) => r.role === best) ?? candidates[0];
      // Each title once, however many ways the sources punctuate it ("U.S. Secretary of State").
      const byShape = new Map<string, string>();
      for (const r of own) {
        const key = [...r.shape.words].sort().join(' ');
        if (!byShape.has(key)) byShape.set(key, r.role);
      }
      const given = [...byShape.values()].slice(0, 3).map(quoted).join(', ');
      const holderText = holder ? ` The sources give that title to ${view.entity(holder.id)?.name ?? 'someone else'}.` : '';
      out.push({
        code: 'role-conflict',
        start: span.start,
        end: span.end,
        message: `The sources call ${name} ${given}, not ${quoted(role)}.${holderText}`,
        related: candidates.slice(0, 5).map((r) => ({ path: r.path, span: { start: r.at, end: r.at }, message: `${name}: ${quoted(r.role)}` })),
        ...(written ? { fixes: [{ title: `Use the sources' title ${quoted(best)}`, edits: [{ start: span.start, end: span.end, newText: best }], preferred: true }] } : {}),
        cite: { path: evidence.path, at: sentenceEnd(chunk, span) },
      });
    }
  }
  return out;
}
