// The words naming a speaker next to a speech verb: a name ("Olga Stefanishyna"), a pronoun
// ("she") or a noun phrase ("the official", "a spokesperson for the camp"). Subjects are read in
// comma-separated chunks walking back from the verb, so that appositions and asides are passed
// over: "Ukraine’s ambassador to the U.S., Olga Stefanishyna, said" gives the name next to the
// verb; "Alexei Malashenko, a leading expert, said" gives the name before the role; "The official,
// who was granted anonymity, said" gives the noun phrase before the relative clause.
import { determiners, personalPronouns, relativeWords, speakerNouns } from './lexicon';
import { nameParticles, nonNameWords } from './lexicon';
import { nameRunEndingAt, nameRunStartingAt, personPart } from './names';
import { isCapitalised, lower, type TokenStream } from './tokenStream';

export type SpeakerKind = 'name' | 'pronoun' | 'phrase';

export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** Token indexes [from, to) in the stream. */
  from: number;
  to: number;
}

const chunkBreaks = new Set([',', '—', '–', '(', ')', ':', ';', '--']);
const prepositions = new Set(['to', 'of', 'for', 'at', 'in', 'on', 'from', 'with', 'by', 'about', 'over', 'into', 'under', 'near', 'than', 'as']);
/** Auxiliaries and adverbs between a subject and its speech verb ("Trump has recently said"). */
const preVerbWords = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'also', 'later', 'earlier',
  'recently', 'previously', 'then', 'again', 'once', 'often', 'further', 'famously', 'publicly',
  'privately', 'repeatedly', 'flatly', 'firmly', 'bluntly', 'only', 'still', 'never', 'frequently',
  'reportedly', 'since', 'already', 'long', 'first', 'initially', 'subsequently', 'finally', 'simply',
  'just', 'even', 'too', 'both', 'all', 'had', 'did', 'does', 'do', 'not', 'never', 'may', 'might',
  'could', 'should', 'can', 'must', 'been', 'being', 'quickly', 'openly', 'loudly', 'proudly', 'angrily',
]);
const leadingJoiners = new Set(['and', 'but', 'so', 'then', 'yet', 'or', 'now', 'still', 'also']);

/** A subject ending just before token `verb`, not reaching before token `floor`. */
export function speakerBeforeVerb(stream: TokenStream, floor: number, verb: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  let end = verb;
  while (end - 1 >= floor && (preVerbWords.has(lower(toks[end - 1])) || toks[end - 1].text === ',')) end--;
  let near: SpeakerPhrase | undefined;
  let first = true;
  let chunkEnd = end;
  while (chunkEnd > floor && end - chunkEnd <= 40) {
    let chunkStart = chunkEnd;
    while (chunkStart - 1 >= floor && !chunkBreaks.has(toks[chunkStart - 1].text)) chunkStart--;
    const found = readChunk(stream, chunkStart, chunkEnd);
    if (chunkStart === chunkEnd) {
      // an empty chunk between two marks: nothing to read
    } else if (found !== 'aside') {
      if (first) {
        // The chunk next to the verb: a name or pronoun there is the speaker.
        if (found && found.kind !== 'phrase') return found;
        near = found;
        first = false;
      } else {
        // Further back only a chunk that is nothing but a name is taken: the name an apposition
        // or a role describes ("Guenther Schuh, e.GO’s founder and ..., said").
        if (found && found.kind === 'pronoun') return found;
        if (found && found.kind === 'name' && isPureName(stream, chunkStart, chunkEnd, found)) return found;
        break;
      }
    }
    chunkEnd = chunkStart - 1;
  }
  return near;
}

/** The chunk holds the name and nothing else but titles and joiners. */
function isPureName(stream: TokenStream, from: number, to: number, name: SpeakerPhrase): boolean {
  if (name.to !== to) return false;
  for (let i = from; i < name.from; i++) {
    const t = stream.tokens[i];
    if (!isCapitalised(t) && !leadingJoiners.has(lower(t))) return false;
  }
  return true;
}

/** Reads one chunk as a speaker phrase; 'aside' for a relative clause to pass over. */
function readChunk(stream: TokenStream, from: number, to: number): SpeakerPhrase | 'aside' | undefined {
  const toks = stream.tokens;
  while (from < to && leadingJoiners.has(lower(toks[from]))) from++;
  if (from >= to) return undefined;
  const first = lower(toks[from]);
  if (relativeWords.has(first) && !isCapitalised(toks[from])) return 'aside';
  if (to - from === 1 && personalPronouns[first]) return { kind: 'pronoun', from, to };
  // A name at the chunk's end, preceded only by role words ("Rogers spokesperson Andrea Goldstein").
  const run = nameRunEndingAt(stream, to - 1, from);
  if (run && isNameRun(stream, run[0], run[1])) {
    // The run names the speaker when it follows a role word ("political scientist Hamish
    // Telford") or opens the chunk, not when it is the object of a preposition ("ambassador to
    // the U.S.", "a fellow at the Center for Strategic and International Studies").
    const before = run[0] > from ? lower(toks[run[0] - 1]) : '';
    const objectOf = prepositions.has(before) || determiners.has(before) || before === 'and' || before === '&';
    if (!objectOf) {
      const [a, b] = personPart(stream, run[0], run[1]);
      return { kind: 'name', from: a, to: b };
    }
  }
  // A noun phrase: short, opening with a determiner or a lower-case or capitalised word.
  if (to - from > 14) return undefined;
  for (let i = from; i < to; i++) if (toks[i].kind !== 'word' && !["'", '’', '-', '&'].includes(toks[i].text)) return undefined;
  if (prepositions.has(first)) return undefined;
  const head = lower(toks[to - 1]);
  const opensNp = determiners.has(first) || /['’]s$/u.test(toks[from].text) || speakerNouns.has(head);
  if (!opensNp) return undefined;
  return { kind: 'phrase', from, to };
}

/** The speaker right after a speech verb ("said Lorne Fitch", "says the affable proprietor"). */
export function speakerAfterVerb(stream: TokenStream, verb: number, ceiling: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  const i = verb + 1;
  if (i >= ceiling) return undefined;
  const w = lower(toks[i]);
  if (personalPronouns[w] && w !== 'it' && w !== 'i') return { kind: 'pronoun', from: i, to: i + 1 };
  if (isCapitalised(toks[i]) && !determiners.has(w)) {
    const run = nameRunStartingAt(stream, i, ceiling);
    if (!run || !isNameRun(stream, run[0], run[1])) return undefined;
    const [a, b] = personPart(stream, run[0], run[1]);
    return { kind: 'name', from: a, to: b };
  }
  if (determiners.has(w)) {
    let to = i + 1;
    while (to < ceiling && to - i < 10 && toks[to].kind === 'word' && !relativeWords.has(lower(toks[to]))) to++;
    // "said the group’s leader, Jane Doe" → the name after the role
    if (to < ceiling && toks[to].text === ',' && to + 1 < ceiling && isCapitalised(toks[to + 1])) {
      const run = nameRunStartingAt(stream, to + 1, ceiling);
      if (run && (run[1] >= ceiling || [',', '.', '—'].includes(toks[run[1]].text))) {
        const [a, b] = personPart(stream, run[0], run[1]);
        return { kind: 'name', from: a, to: b };
      }
    }
    // A name inside the phrase after a role ("said the Russian president, Vladimir Putin").
    return { kind: 'phrase', from: i, to };
  }
  return undefined;
}

/** A run that can name someone: not only sentence words ("A", "The") and not a lone initial. */
export function isNameRun(stream: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = lower(stream.tokens[i]).replace(/[.’']s?$/u, '');
    if (!nonNameWords.has(w) && !nameParticles.has(w) && w.length > 1) return true;
  }
  return false;
}
