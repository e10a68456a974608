// name-variant: a name written with another spelling than the sources' house spelling
// ("Zelensky" for "Zelenskyy", "Yury" for "Yuri"). A surname alone or a full name in the house
// spelling is fine; names inside quotations keep the quoted wording and are not checked.
import leven from 'leven';
import type { CorpusView } from '../corpusView';
import type { DraftAnalysis, DraftChunk } from '../draftAnalysis';
import { draftNames, memoize } from '../draftView';
import { quoted, type Finding } from './finding';
import { closeSpelling, foldWord, inCapitals, phoneticKey } from '../../core/entities/normalize';

function words(name: string): string[] {
  return name.split(/[\s\u00a0]+/).filter(Boolean);
}

const possessive = /['’][sS]?$/; // ("ALAN BROWNE’S" in capitals too)
/** A last word made of initials: "U.S.", "D.C." keep their final dot. */
const abbreviation = /(?:^|\s)(?:\p{L}\.){2,}$/u;

/** How many sources write each form of each entity's name (case folded, possessives dropped). */
const formCounts = new WeakMap<CorpusView, Map<string, Map<string, number>>>();

function sourcesWriting(view: CorpusView, id: string, form: string): number {
  let byEntity = formCounts.get(view);
  if (!byEntity) formCounts.set(view, (byEntity = new Map()));
  let forms = byEntity.get(id);
  if (!forms) {
    forms = new Map();
    for (const { entity } of view.inDocuments(id)) {
      const seen = new Set(entity.mentions.map((m) => m.text.replace(possessive, '').toLowerCase()));
      for (const f of seen) forms.set(f, (forms.get(f) ?? 0) + 1);
    }
    byEntity.set(id, forms);
  }
  return forms.get(form.toLowerCase()) ?? 0;
}

interface NameCandidate {
  start: number;
  end: number;
  text: string;
  entityId: string;
  house: string;
  replacement: string;
}

interface ChunkNames {
  /** Forms written in this chunk (outside quotations), as `entity id \0 form in lower case`. */
  forms: Set<string>;
  /** Names not in the house spelling (chunk offsets). */
  variants: NameCandidate[];
}

/** One chunk's names against the house spellings: memoised with the chunk. */
function chunkNames(chunk: DraftChunk, view: CorpusView): ChunkNames {
  return memoize(chunk.analysis, view, 'name-variants', () => {
    const result: ChunkNames = { forms: new Set(), variants: [] };
    const quotes = chunk.analysis.quotes.filter((q) => q.kind === 'direct');
    for (const name of draftNames(chunk, view)) {
      if (quotes.some((q) => name.start >= q.start && name.end <= q.end)) continue;
      // "X." at the end of a sentence: the full stop is not part of the name, unless the name is
      // an abbreviation ("U.S.").
      const text = name.text.replace(possessive, '').replace(/\.$/, (dot, at: number, all: string) => (/\.$/.test(view.entity(name.entityId)?.name ?? '') || abbreviation.test(all) ? dot : ''));
      const house = view.lookup.houseSpelling(name.entityId) ?? view.entity(name.entityId)?.name;
      if (!house) continue;
      // A person the draft names ("Lt. Rick Torres") is no misspelling of a body or place the
      // sources name ("Tories"), however alike they sound; nor the other way round.
      if (otherKindInDraft(chunk, name.start, name.end, view.entity(name.entityId)?.type)) continue;
      result.forms.add(formKey(name.entityId, text));
      // The house form with as many words as written ("Zelenskiy" → "Zelenskyy"), else word by word.
      const houseWords = words(house);
      const lowerHouse = new Set(houseWords.map((w) => w.toLowerCase()));
      const written = words(text);
      if (written.every((w) => lowerHouse.has(w.toLowerCase()))) continue;
      const sameLength = view.lookup.houseSpelling(name.entityId, text);
      const replacement =
        sameLength && words(sameLength).length === written.length
          ? sameLength
          : written
              .map((w) => {
                if (lowerHouse.has(w.toLowerCase())) return w;
                let best = houseWords[0];
                for (const h of houseWords) if (leven(w.toLowerCase(), h.toLowerCase()) < leven(w.toLowerCase(), best.toLowerCase())) best = h;
                return best;
              })
              .join(' ');
      // "Tomahawks" for the sources' "Tomahawk": a plural is not another spelling; nor is "Inc" for
      // "Inc.", "I've" for "I’ve", "Gardaí" for the sources' "Gardai" (the accent is right), nor
      // another name altogether ("U.K." for "Britain", an alias).
      if (replacement === text || sameUpToPlural(text, replacement) || sameButMarks(text, replacement) || !spelledAlike(written, words(replacement))) continue;
      result.variants.push({ start: name.start, end: name.start + text.length, text, entityId: name.entityId, house, replacement });
    }
    return result;
  });
}

/** The draft's own reading types the name at [start, end) as a person and the source entity as none, or the reverse. */
function otherKindInDraft(chunk: DraftChunk, start: number, end: number, sourceType: string | undefined): boolean {
  if (!sourceType || sourceType === 'other') return false;
  for (const e of chunk.analysis.entities) {
    if (e.type === 'other' || e.type === sourceType) continue;
    if (e.type !== 'person' && sourceType !== 'person') continue;
    if (e.mentions.some((m) => m.start <= start && m.end >= end)) return true;
  }
  return false;
}

function isAcronym(word: string): boolean {
  return word.length <= 5 && inCapitals(word);
}

/**
 * The same name but for dots, apostrophe style, or accents the draft has and the house spelling
 * lacks (a house spelling with accents the draft lacks is still worth a hint: "Orban", "Orbán").
 */
function sameButMarks(text: string, house: string): boolean {
  const bare = (name: string) => name.replace(/\./g, '').replace(/[’‘]/g, "'");
  if (bare(text) === bare(house)) return true;
  const plain = (name: string) => bare(name).normalize('NFD').replace(/\p{M}/gu, '');
  return plain(text) === plain(house) && plain(house) === bare(house);
}

/**
 * Each written word close to the house word in its place: the same sound ("Kiev", "Kyiv"; "Jodie",
 * "Jody") or at most a third of its letters changed ("Zelenskiy", "Zelenskyy").
 */
function spelledAlike(written: string[], house: string[]): boolean {
  if (written.length !== house.length) return true;
  return written.every((w, i) => {
    const a = w.toLowerCase();
    const b = house[i].toLowerCase();
    if (a === b) return true;
    // Acronyms are alike only when equal ("USA" is no spelling of "US").
    if (isAcronym(w) || isAcronym(house[i])) return false;
    const folded = [foldWord(a), foldWord(b)];
    return phoneticKey(folded[0]) === phoneticKey(folded[1]) || closeSpelling(a, b, 1);
  });
}

/** The same name but for an -s or -es plural ending of its last word, either way round. */
function sameUpToPlural(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  return longer === `${shorter}s` || longer === `${shorter}es`;
}

function formKey(entityId: string, text: string): string {
  return `${entityId}\u0000${text.toLowerCase()}`;
}

export function nameFindings(draft: DraftAnalysis, view: CorpusView): Finding[] {
  const out: Finding[] = [];
  // Runs on the whole draft at every edit: each chunk's forms are kept with the chunk, and only the
  // few forms the variants ask about are looked up across chunks.
  const chunkForms: Array<Set<string>> = [];
  const found: NameCandidate[] = [];
  for (const chunk of draft.chunks) {
    const names = chunkNames(chunk, view);
    chunkForms.push(names.forms);
    for (const v of names.variants) found.push({ ...v, start: v.start + chunk.offset, end: v.end + chunk.offset });
  }
  // Whether the draft itself writes a form of the entity anywhere.
  const written = new Map<string, boolean>();
  const draftWrites = (key: string): boolean => {
    let yes = written.get(key);
    if (yes === undefined) written.set(key, (yes = chunkForms.some((forms) => forms.has(key))));
    return yes;
  };
  for (const f of found) {
    const alsoHouse = draftWrites(formKey(f.entityId, f.replacement));
    // A spelling as common in the sources as the house one is a matter of style, unless the
    // draft itself mixes the two.
    if (!alsoHouse && sourcesWriting(view, f.entityId, f.text) >= sourcesWriting(view, f.entityId, f.replacement)) continue;
    const draftNote = alsoHouse ? ` The draft writes ${quoted(f.replacement)} elsewhere.` : '';
    out.push({
      code: 'name-variant',
      start: f.start,
      end: f.end,
      message: `${quoted(f.text)}: the sources spell this name ${quoted(f.replacement)}${f.replacement === f.house ? '' : ` (${f.house})`}.${draftNote}`,
      fixes: [{ title: `Use the house spelling ${quoted(f.replacement)}`, edits: [{ start: f.start, end: f.end, newText: f.replacement }], preferred: true }],
    });
  }
  return out;
}
