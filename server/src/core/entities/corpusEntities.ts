// Corpus-wide entities: the entities of every document merged across spelling variants
// (Zelenskyy / Zelenskiy / Zelensky, Sergei / Sergey Lavrov, Orban / Orbán, Kyiv / Kiev), without
// merging different people who share a surname (Donald vs Melania Trump). Surname-only entities of
// a document join the dominant person of that surname. Work is bucketed by sound, so it stays linear.
import type { DocEntity, DocumentAnalysis, EntityType } from '../types';
import { mentionCount, sharedProfile } from '../compactAnalysis';
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
 * Corpus entity ids by document path and document-local entity key: per document, its entities'
 * keys (numbered) and their ids in the same order. A document holds a few dozen entities, so a key
 * is found by a scan; a map per document (10,000 maps of ~38 keys on the bench corpus) cost most of
 * the time a merge spent recording ids.
 */
export class EntityIds {
  private readonly byPath = new Map<string, { keys: Int32Array; ids: Array<string | undefined> }>();

  /** `keyNumbers` numbers every entity key (MergeMemo): a document's keys are kept as those numbers. */
  constructor(private readonly keyNumbers: ReadonlyMap<string, number>) {}

  get(path: string, key: string): string | undefined {
    const doc = this.byPath.get(path);
    const number = this.keyNumbers.get(key);
    if (!doc || number === undefined) return undefined;
    // The last entity with the key (keys are unique within a document in practice). A quote check
    // asks for thousands of documents' speakers at a time: a few dozen integers are scanned.
    const { keys } = doc;
    for (let i = keys.length - 1; i >= 0; i--) if (keys[i] === number) return doc.ids[i];
    return undefined;
  }

  /** The ids of a document's entities by their key numbers, in its order (undefined: not merged, a name of no words). */
  setDocument(path: string, keys: Int32Array, ids: Array<string | undefined>): void {
    this.byPath.set(path, { keys, ids });
  }
}

/** A document's entities as a merge reads them: [profile number, mention count] pairs, and their keys. */
interface DocumentRow {
  pairs: Int32Array;
  /** Each entity's key, numbered (MergeMemo.keyNumbers). */
  keys: Int32Array;
}

type ProfileFields = Pick<DocEntity, 'name' | 'type' | 'variants' | 'roles' | 'gender'>;

/** What a merge reads of a profile (compactAnalysis's sharedProfile): the same for every entity sharing it. */
interface Profile {
  /**
   * What the profile says: name, type, variants, roles and gender (a copy of the fields, not the
   * entity, which would keep its document's text alive after the document is gone).
   */
  entity: ProfileFields;
  /** Name key with aliases applied ("u s" → "united states"). */
  key: string;
  words: string[];
  person: boolean;
  /** Number of the key among people's keys or among the others' (step 1 joins a key's nodes). */
  keyGroup: number;
}

/**
 * What merges keep between them, one per index: a merge follows every change to the index, and a
 * document's analysis never changes once indexed. Each profile (shared by the same entity in many
 * documents) is numbered once, and each document's entities are read once into a row of
 * [profile number, mention count] pairs and their keys; a merge then reads rows and profile tables instead of
 * ~380,000 entity objects all over the heap (on the bench corpus, 0.9 s → ~0.1 s a merge).
 * Profile numbers stay while the index lives (their fields are interned strings and lists).
 */
export class MergeMemo {
  readonly profiles: Profile[] = [];
  /** Weak: an entity not packed by the index is its own profile, and goes with its document. */
  private readonly numbers = new WeakMap<object, number>();
  private readonly keyGroups = new Map<string, number>();
  private readonly words = new Map<string, string[]>();
  private readonly rows = new WeakMap<DocumentAnalysis, DocumentRow>();
  /** Every document entity key seen, numbered (keys recur across documents: "vladimir putin"). */
  readonly keyNumbers = new Map<string, number>();

  rowsOf(analysis: DocumentAnalysis): DocumentRow {
    let row = this.rows.get(analysis);
    if (!row) {
      const entities = analysis.entities;
      const pairs = new Int32Array(2 * entities.length);
      const keys = new Int32Array(entities.length);
      for (let k = 0; k < entities.length; k++) {
        pairs[2 * k] = this.numberOf(entities[k]);
        pairs[2 * k + 1] = mentionCount(entities[k]);
        const key = entities[k].key;
        let number = this.keyNumbers.get(key);
        if (number === undefined) this.keyNumbers.set(key, (number = this.keyNumbers.size));
        keys[k] = number;
      }
      this.rows.set(analysis, (row = { pairs, keys }));
    }
    return row;
  }

  /** The profile's number; -1 for a name that folds to nothing (not merged). */
  private numberOf(entity: DocEntity): number {
    const shared = sharedProfile(entity);
    let number = this.numbers.get(shared);
    if (number === undefined) {
      const key = canonicalKey(entity.name);
      if (!key) number = -1;
      else {
        let words = this.words.get(key);
        if (!words) this.words.set(key, (words = key.split(' ')));
        const person = entity.type === 'person';
        const groupName = (person ? 'p ' : 'o ') + key;
        let keyGroup = this.keyGroups.get(groupName);
        if (keyGroup === undefined) this.keyGroups.set(groupName, (keyGroup = this.keyGroups.size));
        number = this.profiles.length;
        const { name, type, variants, roles, gender } = entity;
        this.profiles.push({ entity: { name, type, variants, roles, gender }, key, words, person, keyGroup });
      }
      this.numbers.set(shared, number);
    }
    return number;
  }

  get keyGroupCount(): number {
    return this.keyGroups.size;
  }
}

const aliasKey = new Map<string, string>();
for (const group of ALIASES) for (const name of group) aliasKey.set(nameKey(name), nameKey(group[0]));

function canonicalKey(name: string): string {
  const k = nameKey(name);
  return aliasKey.get(k) ?? k;
}

/**
 * The merge's nodes, one per document entity in document order, as parallel typed arrays
 * (~380,000 on the bench corpus).
 */
interface Nodes {
  length: number;
  /** Profile number (MergeMemo.profiles). */
  profile: Int32Array;
  doc: Int32Array;
  /** Index of the entity in its document's list. */
  entityAt: Int32Array;
  mentions: Int32Array;
  parent: Int32Array;
}

export function mergeEntities(docs: Iterable<DocumentAnalysis>, memo = new MergeMemo()): MergedEntities {
  const analyses = [...docs];
  const rows = analyses.map((a) => memo.rowsOf(a));
  let n = 0;
  for (const { pairs } of rows) for (let k = 0; k < pairs.length; k += 2) if (pairs[k] >= 0) n++;
  const nodes: Nodes = { length: n, profile: new Int32Array(n), doc: new Int32Array(n), entityAt: new Int32Array(n), mentions: new Int32Array(n), parent: new Int32Array(n) };
  for (let d = 0, i = 0; d < rows.length; d++) {
    const { pairs } = rows[d];
    for (let k = 0; k < pairs.length; k += 2) {
      if (pairs[k] < 0) continue;
      nodes.profile[i] = pairs[k];
      nodes.mentions[i] = pairs[k + 1];
      nodes.doc[i] = d;
      nodes.entityAt[i] = k >> 1;
      nodes.parent[i] = i;
      i++;
    }
  }
  const { profiles } = memo;
  const { parent, profile } = nodes;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const words = (i: number) => profiles[profile[i]].words;
  const isPerson = (i: number) => profiles[profile[i]].person;

  // 1. Same name (accents, case, aliases ignored), people apart from the rest: each node joins its
  // key's first node.
  const firstOfKey = new Int32Array(memo.keyGroupCount).fill(-1);
  const personByName: number[] = [];
  const otherByName = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = profiles[profile[i]];
    const first = firstOfKey[p.keyGroup];
    if (first >= 0) {
      union(i, first);
      continue;
    }
    firstOfKey[p.keyGroup] = i;
    if (p.person) personByName.push(i);
    else otherByName.set(p.key, i);
  }
  const byName = [...personByName, ...otherByName.values()];

  // 1b. A name that another entity gives as its variant ("AP" alone, where another article wrote
  // "the Associated Press (AP)"), and the plural of a thing ("Tomahawks", "ERAMs"), join that
  // entity. Not people; not when two entities give the variant; plurals only of things (type
  // 'other'), as organisations and places end in -s of their own ("Hamas" is not two "Hama").
  // Every document's variants count (one article may spell the acronym out where others do not);
  // each profile's variants are read once.
  const variantOwners = new Map<string, Set<number>>();
  const profileRead = new Uint8Array(profiles.length);
  for (let i = 0; i < n; i++) {
    const p = profiles[profile[i]];
    if (p.person || profileRead[profile[i]]) continue;
    profileRead[profile[i]] = 1;
    for (const v of p.entity.variants) {
      const key = canonicalKey(v);
      if (!key || key === p.key) continue;
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
  // Keys (of things, not people) that joined another entity as its variant or plural.
  const aliasKeys = new Set<string>();
  for (const i of otherByName.values()) {
    if (words(i).length !== 1) continue;
    const p = profiles[profile[i]];
    let owner = variantOwners.has(p.key) ? ownerOf(p.key, i) : undefined;
    // The plural of a one-word thing, "-s" after a letter other than s: "Tomahawks", "ERAMs".
    if (owner === undefined && p.entity.type === 'other' && /^[a-z]{3,}[a-rt-z]s$/.test(p.key)) owner = ownerOf(p.key.slice(0, -1), i);
    if (owner === undefined) continue;
    aliasKeys.add(p.key);
    union(i, owner);
  }

  // 2. Spelling variants, compared only within a bucket of same-sounding last words.
  const buckets = new Map<string, number[]>();
  for (const i of byName) {
    const w = words(i);
    const person = isPerson(i);
    if (w.length === 1 && person) continue; // surname-only: step 3
    if (w.length > 1 && !person) continue; // multi-word bodies and places: exact names only
    const last = w[w.length - 1];
    // People also by the first letter of the given name (variants and initials share it), so a
    // common surname does not make one huge bucket of pairs.
    const bucketKey = `${person ? `p${w[0][0]}` : 'n'} ${phoneticKey(last) || last}`;
    const list = buckets.get(bucketKey);
    if (list) list.push(i);
    else buckets.set(bucketKey, [i]);
  }
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (sameEntityName(words(list[x]), words(list[y]))) union(list[x], list[y]);
      }
    }
  }

  // 3. Surname-only people join the dominant person with that surname (most documents).
  const clusterDocs = countDocuments(nodes, find);
  const bySurname = new Map<string, number[]>();
  for (const i of byName) {
    const w = words(i);
    if (!isPerson(i) || w.length < 2) continue;
    const last = w[w.length - 1];
    const list = bySurname.get(last);
    if (list) list.push(i);
    else bySurname.set(last, [i]);
  }
  for (const i of byName) {
    if (!isPerson(i) || words(i).length !== 1) continue;
    const options = bySurname.get(words(i)[0]);
    if (!options) continue;
    let best = -1;
    let bestDocs = -1;
    for (const o of options) {
      const docs = clusterDocs[find(o)];
      if (docs > bestDocs) {
        best = o;
        bestDocs = docs;
      }
    }
    if (best >= 0) union(i, best);
  }

  return buildCorpusEntities(nodes, find, profiles, aliasKeys, analyses, rows, memo.keyNumbers);
}

/** Two distinct names of one entity (their words): people by given name + surname, one-word names by spelling. */
function sameEntityName(a: string[], b: string[]): boolean {
  const la = a[a.length - 1];
  const lb = b[b.length - 1];
  if (!sameNameWord(la, lb)) return false;
  if (a.length === 1 || b.length === 1) {
    // Kyiv / Kiev: short words need the same start and sound (sameNameWord) and some length; a
    // word that runs on by two letters or more is another one (Niger / Nigeria).
    const [short, long] = la.length <= lb.length ? [la, lb] : [lb, la];
    if (long.length - short.length >= 2 && long.startsWith(short)) return false;
    return a.length === b.length && Math.min(la.length, lb.length) >= 4;
  }
  if (!compatibleGivenName(a[0], b[0])) return false;
  // Middle names: every middle word of the shorter must be in the longer ("Jason LeBlanc" ⊂ "Jason Marcel LeBlanc").
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.slice(1, -1).every((w) => long.includes(w));
}

/** Documents per cluster root (0 for a node that is no root): nodes come in document order, so a document is counted when it changes. */
function countDocuments(nodes: Nodes, find: (i: number) => number): Int32Array {
  const lastDoc = new Int32Array(nodes.length).fill(-1);
  const counts = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    if (lastDoc[r] === nodes.doc[i]) continue;
    lastDoc[r] = nodes.doc[i];
    counts[r]++;
  }
  return counts;
}

function buildCorpusEntities(nodes: Nodes, find: (i: number) => number, profiles: Profile[], aliasKeys: Set<string>, analyses: DocumentAnalysis[], rows: DocumentRow[], keyNumbers: ReadonlyMap<string, number>): MergedEntities {
  // Each cluster's members in node order, clusters in the order of their roots (each root is its
  // cluster's first node): a counting sort by root into one array.
  const n = nodes.length;
  const roots = new Int32Array(n);
  const sizes = new Int32Array(n);
  for (let i = 0; i < n; i++) sizes[(roots[i] = find(i))]++;
  const firstAt = new Int32Array(n);
  for (let i = 0, at = 0; i < n; i++) {
    firstAt[i] = at;
    at += sizes[i];
  }
  const order = new Int32Array(n);
  const filled = firstAt.slice();
  for (let i = 0; i < n; i++) order[filled[roots[i]]++] = i;

  const { doc, profile } = nodes;
  const ids: string[] = new Array(n);
  const entities: CorpusEntity[] = [];
  // Per cluster, its nodes counted by profile (a profile's nodes share name, type, variants, roles
  // and gender), profiles in the order first seen: slotOf[p] is valid while stampOf[p] is the root.
  const stampOf = new Int32Array(profiles.length).fill(-1);
  const slotOf = new Int32Array(profiles.length);
  const seen: number[] = [];
  const nodeCount: number[] = [];
  const mentionSum: number[] = [];
  for (let root = 0; root < n; root++) {
    const size = sizes[root];
    if (size === 0) continue;
    const from = firstAt[root];
    const to = from + size;
    const id = `e${entities.length + 1}`;
    let documents = 0;
    let lastDoc = -1;
    let longest = 0;
    seen.length = nodeCount.length = mentionSum.length = 0;
    for (let k = from; k < to; k++) {
      const i = order[k];
      ids[i] = id;
      if (doc[i] !== lastDoc) {
        documents++;
        lastDoc = doc[i];
      }
      const p = profile[i];
      if (stampOf[p] !== root) {
        stampOf[p] = root;
        slotOf[p] = seen.length;
        seen.push(p);
        nodeCount.push(0);
        mentionSum.push(0);
        longest = Math.max(longest, profiles[p].words.length);
      }
      nodeCount[slotOf[p]]++;
      mentionSum[slotOf[p]] += nodes.mentions[i];
    }
    const names = new Map<string, number>();
    const typeVotes = new Map<EntityType, number>();
    // Variant and role lists are interned by the index (compactAnalysis.ts): each distinct list is
    // counted, then read once. Lists in the order first seen, each's strings in order: every
    // string is first met where it would be met reading node by node, so counts, ties and first
    // occurrences are the same.
    const variantLists = new Map<readonly string[], number>();
    const roleLists = new Set<readonly string[]>();
    let male = 0;
    let female = 0;
    let mentions = 0;
    for (let s = 0; s < seen.length; s++) {
      const p = profiles[seen[s]];
      const { entity } = p;
      const count = nodeCount[s];
      mentions += mentionSum[s];
      typeVotes.set(entity.type, (typeVotes.get(entity.type) ?? 0) + mentionSum[s]);
      // The name most documents write in full ("Volodymyr Zelenskyy" over "Volodymyr Zelenskiy"),
      // not a name that joined as another entity's variant or plural.
      const alias = !p.person && aliasKeys.has(p.key);
      if (!alias && (p.words.length === longest || !p.person)) names.set(entity.name, (names.get(entity.name) ?? 0) + count);
      variantLists.set(entity.variants, (variantLists.get(entity.variants) ?? 0) + count);
      if (entity.roles.length > 0) roleLists.add(entity.roles);
      if (entity.gender === 'male') male += count;
      else if (entity.gender === 'female') female += count;
    }
    const variantCount = new Map<string, number>();
    for (const [variantList, count] of variantLists) for (const v of variantList) variantCount.set(v, (variantCount.get(v) ?? 0) + count);
    const roles: string[] = [];
    for (const roleList of roleLists) for (const r of roleList) roles.push(r);
    const type = maxKey(typeVotes) ?? 'other';
    const name = bestSpelling(names) ?? profiles[profile[order[from]]].entity.name;
    const ranked = [...variantCount.entries()].sort((a, b) => b[1] - a[1]);
    const variants = ranked.map(([v]) => v);
    const variantDocuments = ranked.map(([, count]) => count);
    const entity: CorpusEntity = { id, name, type, variants, roles: dedupeRoles(roles), documents, mentions, variantDocuments };
    if (type === 'person' && male !== female) {
      const g = male > female ? 'male' : 'female';
      if (Math.min(male, female) * 3 <= Math.max(male, female)) entity.gender = g;
    }
    entities.push(entity);
  }
  // Ids recorded document by document (nodes are in document order).
  const idOf = new EntityIds(keyNumbers);
  for (let i = 0; i < n; ) {
    const d = doc[i];
    const a = analyses[d];
    const docIds: Array<string | undefined> = new Array(a.entities.length).fill(undefined);
    for (; i < n && doc[i] === d; i++) docIds[nodes.entityAt[i]] = ids[i];
    idOf.setDocument(a.doc.path, rows[d].keys, docIds);
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
