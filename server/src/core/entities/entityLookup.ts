// Finds the corpus's entities in arbitrary text (a draft): full names, surnames, variant spellings,
// accent-less forms and possessives. One hash lookup per word and n-gram length (names are keyed by
// their folded word sequence), plus a same-sound bucket for spellings no source used.
import type { DocumentAnalysis } from '../types';
import type { CorpusEntity, MergedEntities } from './corpusEntities';
import { ALIASES, CALENDAR_WORDS, FUNCTION_WORDS } from './lexicon';
import { closeSpelling, foldWord, inCapitals, nameKey, phoneticKey, sameNameWord } from './normalize';
import { wordClass } from './wordClass';

export interface EntityHit {
  start: number;
  end: number;
  entityId: string;
  /** The words as written in the text, possessive suffix excluded. */
  surface: string;
}

export interface EntityLookup {
  find(text: string): EntityHit[];
  get(id: string): CorpusEntity | undefined;
  byName(name: string): CorpusEntity | undefined;
  /**
   * The spelling most sources use for the entity. With `surface` (a form seen in a draft), the most
   * used source form with the same number of words ("Zelenskiy" → "Zelenskyy").
   */
  houseSpelling(id: string, surface?: string): string | undefined;
}

interface Word {
  start: number;
  end: number;
  /** The word as written, possessive and sentence-final dot off. */
  raw: string;
  capital: boolean;
  /** Folded name key, made when a name lookup first reads it (most words never are). */
  folded?: string;
}

const foldedOf = (word: Word): string => (word.folded ??= nameKey(foldWord(word.raw)));

const MAX_WORDS = 6;
// Letters with inner apostrophes, dots (initials) and hyphen parts split apart: "Wilson-Raybould" is two words.
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}'’.]*[\p{L}\p{M}])?\.?/gu;
const POSSESSIVE = /['’]s?$/;
/** What may separate two words of one name: a space (one line break at most) or a hyphen. */
const NAME_GAP = /^(?:[ \t\u00a0]*\r?\n?[ \t\u00a0]*|-)$/;
const UPPER = /^\p{Lu}/u;

/** Entity ids by priority: more documents, then more mentions. */
function better(a: CorpusEntity, b: CorpusEntity): boolean {
  return a.documents > b.documents || (a.documents === b.documents && (a.mentions ?? 0) > (b.mentions ?? 0));
}

export interface EntityLookupOptions {
  /**
   * Whether some source writes this word (as written, or in lower case): such a word is an
   * ordinary word or another name ("Mayors", "Security", "German", "Luis"), never a misspelling of
   * a name it happens to sound like ("Myers", "Secord", "Germany", "Lewis").
   */
  sourcesWrite?: (word: string) => boolean;
}

export function createEntityLookup(merged: MergedEntities, docs: Iterable<DocumentAnalysis>, { sourcesWrite }: EntityLookupOptions = {}): EntityLookup {
  const byId = new Map<string, CorpusEntity>();
  for (const e of merged.entities) byId.set(e.id, e);

  const keys = new Map<string, CorpusEntity>();
  const add = (key: string, e: CorpusEntity) => {
    if (!key) return;
    const had = keys.get(key);
    if (!had || (had.id !== e.id && better(e, had))) keys.set(key, e);
  };
  // Full names and variants first, then surnames (which lose to a full name of the same key).
  for (const e of merged.entities) {
    add(nameKey(e.name), e);
    for (const v of e.variants) add(nameKey(v), e);
  }
  const surnames = new Map<string, CorpusEntity>();
  const sounds = new Map<string, Array<{ folded: string; entity: CorpusEntity }>>();
  for (const e of merged.entities) {
    if (e.type === 'other') continue;
    for (const v of [e.name, ...e.variants]) {
      const words = nameKey(v).split(' ');
      const last = words[words.length - 1];
      // A surname that is also a month or a function word ("May") is matched only with its first name.
      if (e.type === 'person' && words.length > 1 && !CALENDAR_WORDS.has(last) && !FUNCTION_WORDS.has(last)) {
        const had = surnames.get(last);
        if (!had || (had.id !== e.id && better(e, had))) surnames.set(last, e);
      }
      // A misspelling is matched only to a name several sources give, in their usual case: one
      // source's name, or a caption in capitals ("PARTIES"), is too thin a guess for a word that
      // merely sounds like it ("Paradise"; "Diane" for "Dion").
      if (last.length >= 4 && e.documents >= 2 && !inCapitals(v)) {
        const code = phoneticKey(last);
        const list = sounds.get(code) ?? [];
        if (!list.some((x) => x.folded === last && x.entity === e)) list.push({ folded: last, entity: e });
        sounds.set(code, list);
      }
    }
  }
  for (const [k, e] of surnames) if (!keys.has(k)) keys.set(k, e);
  for (const group of ALIASES) {
    const target = group.map((n) => keys.get(nameKey(n))).find((e) => e !== undefined);
    if (target) for (const n of group) if (!keys.has(nameKey(n))) keys.set(nameKey(n), target);
  }

  // How often the sources write each form, for the house spelling (counted by the merge; the
  // documents are only read when the merge did not count).
  const formDocs = new Map<string, Map<string, number>>();
  const countsFromDocs = merged.entities.some((e) => !e.variantDocuments);
  if (countsFromDocs) {
    for (const a of docs) {
      for (const de of a.entities) {
        const id = merged.idOf.get(a.doc.path, de.key);
        if (!id) continue;
        let forms = formDocs.get(id);
        if (!forms) formDocs.set(id, (forms = new Map()));
        for (const v of de.variants) forms.set(v, (forms.get(v) ?? 0) + 1);
      }
    }
  }
  const formsOf = (e: CorpusEntity): Map<string, number> | undefined => {
    if (!countsFromDocs && e.variantDocuments) {
      const counts = e.variantDocuments;
      return new Map(e.variants.map((v, i) => [v, counts[i] ?? 0]));
    }
    return formDocs.get(e.id);
  };

  function find(text: string): EntityHit[] {
    if (keys.size === 0 || !text) return [];
    const words = splitWords(text);
    const hits: EntityHit[] = [];
    let i = 0;
    while (i < words.length) {
      if (!words[i].capital) {
        i++;
        continue;
      }
      let matched = 0;
      let key = '';
      const keysAt: string[] = [];
      for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
        // Names do not run across a sentence end or a gap of other text.
        if (n > 0 && !NAME_GAP.test(text.slice(words[i + n - 1].end, words[i + n].start))) break;
        key = n === 0 ? foldedOf(words[i]) : `${key} ${foldedOf(words[i + n])}`;
        keysAt.push(key);
      }
      for (let n = keysAt.length; n >= 1 && !matched; n--) {
        const e = keys.get(keysAt[n - 1]);
        // "Us", "It", "Who" in a heading are words, not the acronyms "US", "IT", "WHO".
        if (e && n === 1 && !inCapitals(words[i].raw) && onlyAcronymsFor(e, keysAt[0])) continue;
        if (e) {
          pushHit(hits, text, words[i].start, words[i + n - 1].end, e.id);
          matched = n;
        }
      }
      if (!matched) {
        const e = bySound(foldedOf(words[i]), words[i].raw);
        if (e) {
          pushHit(hits, text, words[i].start, words[i].end, e.id);
          matched = 1;
        }
      }
      i += matched || 1;
    }
    return hits;
  }

  /** Whether every form of the entity with this key is written in capitals (an acronym). */
  function onlyAcronymsFor(e: CorpusEntity, key: string): boolean {
    let any = false;
    for (const form of [e.name, ...e.variants]) {
      if (nameKey(form) !== key) continue;
      if (!inCapitals(form)) return false;
      any = true;
    }
    return any;
  }

  /** A spelling no source used, but the same sound and a close spelling of a known name ("Zelenskyi"). */
  function bySound(folded: string, written: string): CorpusEntity | undefined {
    // An ordinary word opening a sentence ("Then") is no misspelt name ("Thune").
    if (folded.length < 4 || FUNCTION_WORDS.has(folded) || CALENDAR_WORDS.has(folded)) return undefined;
    // Nor is a word the word lists know: a nationality ("Indian", "Israeli"), a place, an
    // organisation word ("Laboratory"), a title; nor one the sources write.
    if (wordClass(folded) !== 0 || sourcesWrite?.(written)) return undefined;
    const list = sounds.get(phoneticKey(folded));
    if (!list) return undefined;
    let best: CorpusEntity | undefined;
    // Two letters changed at most, or a third of the word ("Brighton" is no "Britain").
    for (const x of list) if (sameNameWord(x.folded, folded) && closeSpelling(x.folded, folded, 2) && (!best || better(x.entity, best))) best = x.entity;
    return best;
  }

  return {
    find,
    get: (id) => byId.get(id),
    byName(name) {
      const k = nameKey(name);
      return keys.get(k) ?? (k.includes(' ') ? undefined : bySound(k, name.trim()));
    },
    houseSpelling(id, surface) {
      const e = byId.get(id);
      if (!e) return undefined;
      const forms = formsOf(e);
      if (!forms) return e.name;
      const want = surface ? nameKey(surface).split(' ').length : nameKey(e.name).split(' ').length;
      let best: string | undefined;
      let bestN = 0;
      for (const [form, n] of forms) {
        if (nameKey(form).split(' ').length !== want) continue;
        if (n > bestN || (n === bestN && best !== undefined && accents(form) > accents(best))) {
          best = form;
          bestN = n;
        }
      }
      return best ?? e.name;
    },
  };
}

function accents(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
  return n;
}

function pushHit(hits: EntityHit[], text: string, start: number, end: number, entityId: string): void {
  const surface = text.slice(start, end);
  hits.push({ start, end, entityId, surface });
}

// Regular expressions with \p{...} live in module constants: the bundler turns such a literal into
// `new RegExp(...)`, which inside a function would build the expression again on every call.
/** Initials and dotted abbreviations written as one word ("U.S.", "J."). */
const INITIALS = /^(?:\p{L}\.)+$/u;

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    let raw = m[0];
    const start = m.index;
    // "Putin's" → "Putin"; a final dot is a sentence end unless the word is an initial or "U.S.".
    const pos = POSSESSIVE.exec(raw);
    if (pos && raw.length > pos[0].length + 1) raw = raw.slice(0, raw.length - pos[0].length);
    if (raw.endsWith('.') && !INITIALS.test(raw) && !/^(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr)\.$/.test(raw)) raw = raw.slice(0, -1);
    words.push({ start, end: start + raw.length, raw, capital: UPPER.test(raw) });
  }
  return words;
}
