// Corpus-wide entities: the entities of every document merged across spelling variants
// (Zelenskyy / Zelenskiy / Zelensky, Sergei / Sergey Lavrov, Orban / Orbán, Kyiv / Kiev), without
// merging different people who share a surname (Donald vs Melania Trump). Surname-only entities of
// a document join the dominant person of that surname. Work is bucketed by sound, so it stays linear.
import type { DocEntity, DocumentAnalysis, EntityType } from '../types';
import { mentionCount } from '../compactAnalysis';
import { ALIASES } from './lexicon';
import { compatibleGivenName, nameKey, phoneticKey, sameNameWord } from './normalize';
import { dedupeRoles } from './roles';

export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  variants: string[];
  roles: string[];
  /** Number of documents that mention it. */
  documents: number;
  /** Grammatical gender when the documents agree on one. */
  gender?: 'male' | 'female';
  /** Mentions over all documents. */
  mentions?: number;
  /** For each of `variants` (most used first), how many documents write it. */
  variantDocuments?: number[];
}

export interface MergedEntities {
  entities: CorpusEntity[];
  /** The corpus entity id of each document's entities. */
  idOf: EntityIds;
}

/**
 * Corpus entity ids by document path and document-local entity key. Two levels of maps over the
 * strings the index keeps, not one map keyed by the two joined: on 10,000 articles a joined key
 * per document entity (~380,000) was ~23 MB of the merged entities' 38 MB, and a seventh of the
 * time to merge them.
 */
export class EntityIds {
  private readonly byPath = new Map<string, Map<string, string>>();

  get(path: string, key: string): string | undefined {
    return this.byPath.get(path)?.get(key);
  }

  set(path: string, key: string, id: string): void {
    let ids = this.byPath.get(path);
    if (!ids) this.byPath.set(path, (ids = new Map()));
    ids.set(key, id);
  }
}

interface Node {
  path: string;
  /** Index of the node's document (nodes come in document order). */
  doc: number;
  entity: DocEntity;
  /** Name key with aliases applied ("u s" → "united states"). */
  key: string;
  words: string[];
  person: boolean;
  parent: number;
  /** Joined its entity as another's variant or as a plural (step 1b): its name is not a candidate for the entity's name. */
  alias?: boolean;
}

const aliasKey = new Map<string, string>();
for (const group of ALIASES) for (const name of group) aliasKey.set(nameKey(name), nameKey(group[0]));

function canonicalKey(name: string): string {
  const k = nameKey(name);
  return aliasKey.get(k) ?? k;
}

export function mergeEntities(docs: Iterable<DocumentAnalysis>): MergedEntities {
  const nodes: Node[] = [];
  // Names repeat across thousands of documents: each spelling is split into words once.
  const wordsOf = new Map<string, string[]>();
  let docIndex = -1;
  for (const a of docs) {
    docIndex++;
    for (const e of a.entities) {
      const key = canonicalKey(e.name);
      if (!key) continue;
      let words = wordsOf.get(key);
      if (!words) wordsOf.set(key, (words = key.split(' ')));
      nodes.push({ path: a.doc.path, doc: docIndex, entity: e, key, words, person: e.type === 'person', parent: nodes.length });
    }
  }
  const find = (i: number): number => {
    while (nodes[i].parent !== i) {
      nodes[i].parent = nodes[nodes[i].parent].parent;
      i = nodes[i].parent;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) nodes[Math.max(ra, rb)].parent = Math.min(ra, rb);
  };

  // 1. Same name (accents, case, aliases ignored), people apart from the rest.
  const personByName = new Map<string, number>();
  const otherByName = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const map = nodes[i].person ? personByName : otherByName;
    const j = map.get(nodes[i].key);
    if (j === undefined) map.set(nodes[i].key, i);
    else union(i, j);
  }
  const byName = [...personByName.values(), ...otherByName.values()];

  // 1b. A name that another entity gives as its variant ("AP" alone, where another article wrote
  // "the Associated Press (AP)"), and the plural of a thing ("Tomahawks", "ERAMs"), join that
  // entity. Not people; not when two entities give the variant; plurals only of things (type
  // 'other'), as organisations and places end in -s of their own ("Hamas" is not two "Hama").
  // Every document's variants count (one article may spell the acronym out where others do not);
  // a variant list shared by documents of one name (the index interns them) is read once.
  const variantOwners = new Map<string, Set<number>>();
  const listsRead = new Map<readonly string[], string>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.person || listsRead.get(n.entity.variants) === n.key) continue;
    listsRead.set(n.entity.variants, n.key);
    for (const v of n.entity.variants) {
      const key = canonicalKey(v);
      if (!key || key === n.key) continue;
      let owners = variantOwners.get(key);
      if (!owners) variantOwners.set(key, (owners = new Set()));
      owners.add(find(i));
    }
  }
  const ownerOf = (key: string, self: number): number | undefined => {
    const named = otherByName.get(key);
    if (named !== undefined && find(named) !== find(self)) return named;
    const owners = [...(variantOwners.get(key) ?? [])].map(find).filter((o) => o !== find(self));
    return new Set(owners).size === 1 ? owners[0] : undefined;
  };
  const aliasKeys = new Set<string>();
  for (const i of otherByName.values()) {
    const n = nodes[i];
    if (n.words.length !== 1) continue;
    let owner = variantOwners.has(n.key) ? ownerOf(n.key, i) : undefined;
    // The plural of a one-word thing, "-s" after a letter other than s: "Tomahawks", "ERAMs".
    if (owner === undefined && n.entity.type === 'other' && /^[a-z]{3,}[a-rt-z]s$/.test(n.key)) owner = ownerOf(n.key.slice(0, -1), i);
    if (owner === undefined) continue;
    aliasKeys.add(n.key);
    union(i, owner);
  }
  for (const n of nodes) if (!n.person && aliasKeys.has(n.key)) n.alias = true;

  // 2. Spelling variants, compared only within a bucket of same-sounding last words.
  const buckets = new Map<string, number[]>();
  for (const i of byName) {
    const n = nodes[i];
    if (n.words.length === 1 && n.person) continue; // surname-only: step 3
    if (n.words.length > 1 && !n.person) continue; // multi-word bodies and places: exact names only
    const last = n.words[n.words.length - 1];
    // People also by the first letter of the given name (variants and initials share it), so a
    // common surname does not make one huge bucket of pairs.
    const bucketKey = `${n.person ? `p${n.words[0][0]}` : 'n'} ${phoneticKey(last) || last}`;
    const list = buckets.get(bucketKey);
    if (list) list.push(i);
    else buckets.set(bucketKey, [i]);
  }
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (sameEntityName(nodes[list[x]], nodes[list[y]])) union(list[x], list[y]);
      }
    }
  }

  // 3. Surname-only people join the dominant person with that surname (most documents).
  const clusterDocs = countDocuments(nodes, find);
  const bySurname = new Map<string, number[]>();
  for (const i of byName) {
    const n = nodes[i];
    if (!n.person || n.words.length < 2) continue;
    const last = n.words[n.words.length - 1];
    const list = bySurname.get(last);
    if (list) list.push(i);
    else bySurname.set(last, [i]);
  }
  for (const i of byName) {
    const n = nodes[i];
    if (!n.person || n.words.length !== 1) continue;
    const options = bySurname.get(n.words[0]);
    if (!options) continue;
    let best = -1;
    let bestDocs = -1;
    for (const o of options) {
      const docs = clusterDocs.get(find(o)) ?? 0;
      if (docs > bestDocs) {
        best = o;
        bestDocs = docs;
      }
    }
    if (best >= 0) union(i, best);
  }

  return buildCorpusEntities(nodes, find);
}

/** Two distinct names of one entity: people by given name + surname, one-word names by spelling. */
function sameEntityName(a: Node, b: Node): boolean {
  const la = a.words[a.words.length - 1];
  const lb = b.words[b.words.length - 1];
  if (!sameNameWord(la, lb)) return false;
  if (a.words.length === 1 || b.words.length === 1) {
    // Kyiv / Kiev: short words need the same start and sound (sameNameWord) and some length.
    return a.words.length === b.words.length && Math.min(la.length, lb.length) >= 4;
  }
  if (!compatibleGivenName(a.words[0], b.words[0])) return false;
  // Middle names: every middle word of the shorter must be in the longer ("Jason LeBlanc" ⊂ "Jason Marcel LeBlanc").
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  return short.slice(1, -1).every((w) => long.includes(w));
}

/** Documents per cluster root: nodes come in document order, so a document is counted when it changes. */
function countDocuments(nodes: Node[], find: (i: number) => number): Map<number, number> {
  const lastDoc = new Int32Array(nodes.length).fill(-1);
  const counts = new Map<number, number>();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    if (lastDoc[r] === nodes[i].doc) continue;
    lastDoc[r] = nodes[i].doc;
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return counts;
}

function buildCorpusEntities(nodes: Node[], find: (i: number) => number): MergedEntities {
  const members = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const entities: CorpusEntity[] = [];
  const idOf = new EntityIds();
  for (const list of members.values()) {
    const id = `e${entities.length + 1}`;
    const names = new Map<string, number>();
    const variantCount = new Map<string, number>();
    const typeVotes = new Map<EntityType, number>();
    let documents = 0;
    let lastDoc = -1;
    const roles: string[] = [];
    let male = 0;
    let female = 0;
    let mentions = 0;
    let longest = 0;
    for (const i of list) longest = Math.max(longest, nodes[i].words.length);
    for (const i of list) {
      const { entity, path } = nodes[i];
      idOf.set(path, entity.key, id);
      if (nodes[i].doc !== lastDoc) {
        documents++;
        lastDoc = nodes[i].doc;
      }
      const count = mentionCount(entity);
      mentions += count;
      typeVotes.set(entity.type, (typeVotes.get(entity.type) ?? 0) + count);
      // The name most documents write in full ("Volodymyr Zelenskyy" over "Volodymyr Zelenskiy").
      if (!nodes[i].alias && (nodes[i].words.length === longest || !nodes[i].person)) names.set(entity.name, (names.get(entity.name) ?? 0) + 1);
      for (const v of entity.variants) variantCount.set(v, (variantCount.get(v) ?? 0) + 1);
      roles.push(...entity.roles);
      if (entity.gender === 'male') male++;
      else if (entity.gender === 'female') female++;
    }
    const type = maxKey(typeVotes) ?? 'other';
    const name = bestSpelling(names) ?? nodes[list[0]].entity.name;
    const ranked = [...variantCount.entries()].sort((a, b) => b[1] - a[1]);
    const variants = ranked.map(([v]) => v);
    const variantDocuments = ranked.map(([, n]) => n);
    const entity: CorpusEntity = { id, name, type, variants, roles: dedupeRoles(roles), documents, mentions, variantDocuments };
    if (type === 'person' && male !== female) {
      const g = male > female ? 'male' : 'female';
      if (Math.min(male, female) * 3 <= Math.max(male, female)) entity.gender = g;
    }
    entities.push(entity);
  }
  return { entities, idOf };
}

/** The most written name; on a tie the one with accents ("Viktor Orbán" over "Viktor Orban"). */
function bestSpelling(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestN = -1;
  for (const [k, n] of counts) {
    if (n > bestN || (n === bestN && best !== undefined && nonAscii(k) > nonAscii(best))) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
  return n;
}

function maxKey<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestN = -1;
  for (const [k, n] of counts) {
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

/** Folded words of a name, as the merge and the lookup compare them. */
export function nameWords(name: string): string[] {
  return canonicalKey(name).split(' ').filter(Boolean);
}
