// The words naming a speaker next to a speech verb: a name ("Olga Stefanishyna"), a pronoun
// ("she") or a noun phrase ("the official", "a spokesperson for the camp"). Subjects are read in
// comma-separated chunks walking back from the verb, so that appositions and asides are passed
// over: "Ukraine’s ambassador to the U.S., Olga Stefanishyna, said" gives the name next to the
// verb; "Alexei Malashenko, a leading expert, said" gives the name before the role; "The official,
// who was granted anonymity, said" gives the noun phrase before the relative clause.
import { isGivenName } from '../entities/givenNames';
import { CALENDAR_WORDS, PLACES, PORTFOLIO_TITLES, POST_NOMINALS, STATE_ABBREVIATIONS } from '../entities/lexicon';
import { foldWord } from '../entities/normalize';
import { ROLE_MODIFIER, wordClass } from '../entities/wordClass';
import { articles, auxiliaryVerbs, determiners, documentNouns, groupNouns, irregularPasts, issuedParticiples, recordPlurals, objectGenders, partitiveWords, partyNouns, personalPronouns, quantityOpeners, relativeWords, isSentenceAdverb, speakerNouns, subjectPronouns, titleWords } from './lexicon';
import { hasAdverbEnding, isAgeNoun, isContractedVerb, isRoleNoun, nameParticles, nonNameWords, organisationNouns, personNouns, postnominalAdjectives, PRONOUN_CONTRACTION } from './lexicon';
import { ACRONYM, bareAt, isOrganisationWord, looksLikePersonName, nameRunEndingAt, nameRunStartingAt, personPart, runText } from './names';
import { capitalsAndMarks, closingBracket, endsSentence, endsWithApostropheS, isCapitalised, isNumberComma, isQuoteMarkToken, lowerAt, lowerOr, stripPossessive, TokenClass, type TokenStream } from './tokenStream';

// Hoisted: a bundled \p{…} literal inside a function is rebuilt (new RegExp) on every call.
const SHORT_ABBREVIATION = /^[\p{Lu}][\p{L}.]{0,3}\.$/u;
const AGENT_ENDING = /(?:er|ist|ian|or)$/;
/** A legislator's party and state or district: "R-Ohio", "D-N.Y.", "D-17". */
const PARTY_AND_STATE = /^[DRI]-[\p{Lu}\d]/u;
const ALL_CAPITALS = /^[\p{Lu}.'’-]{2,}$/u;

export type SpeakerKind = 'name' | 'pronoun' | 'phrase';

export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** Token indexes [from, to) in the stream. */
  from: number;
  to: number;
}

const chunkBreaks = new Set([',', '—', '–', '(', ')', ':', ';', '--']);
const prepositions = new Set(['to', 'of', 'for', 'at', 'in', 'on', 'from', 'with', 'by', 'about', 'over', 'into', 'under', 'near', 'than', 'as', 'regarding', 'concerning', 'amid', 'despite', 'during']);
/** Auxiliaries and adverbs between a subject and its speech verb ("Trump has recently said"). */
const preVerbWords = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'also', 'later', 'earlier',
  'recently', 'previously', 'then', 'again', 'once', 'often', 'further', 'famously', 'publicly',
  'privately', 'repeatedly', 'flatly', 'firmly', 'bluntly', 'only', 'still', 'never', 'frequently',
  'reportedly', 'since', 'already', 'long', 'first', 'initially', 'subsequently', 'finally', 'simply',
  'just', 'even', 'too', 'both', 'all', 'had', 'did', 'does', 'do', 'not', 'never', 'may', 'might',
  'could', 'should', 'can', 'must', 'been', 'being', 'quickly', 'openly', 'loudly', 'proudly', 'angrily',
  'now', 'currently', 'actually', 'personally',
  // ("The group did however point out that …": a sentence adverb between auxiliary and verb.)
  'however', 'indeed', 'nonetheless', 'nevertheless', 'instead',
]);
/** Words opening a clause inside a sentence: its subject comes after them (not "if": a condition reports nothing). */
const subordinators = new Set(['when', 'while', 'as', 'after', 'because', 'since', 'although', 'though', 'where', 'whereas']);
/** Words opening a relative clause about the subject, an aside whose own "as" or "when" opens nothing of the sentence's. */
const relativePronouns = new Set(['who', 'whose', 'whom', 'which']);
/** "a group known as Justice", "such as", "as well as": an "as" that opens no clause. */
const asBeforeName = new Set(['known', 'such', 'well', 'same', 'described', 'identified', 'named', 'listed', 'served', 'works', 'worked', 'working']);
const copulas = new Set(['is', 'was', 'are', 'were', "'s", '’s']);
const leadingJoiners = new Set(['and', 'but', 'so', 'then', 'yet', 'or', 'now', 'still', 'also']);
/** Participles naming where a speaker's words come from, in an aside before the verb ("citing unnamed sources"). */
const sourcingParticiples = new Set(['citing', 'quoting', 'echoing']);
/** Adverbs opening a clause before its subject without a comma ("however police said"). */
const openingAdverbs = new Set(['however', 'meanwhile', 'instead']);

/**
 * A subject ending just before token `verb`, not reaching before token `floor`. With
 * `inSubordinateClause`, a verb may be that of a clause inside the sentence ("... when a friend
 * wondered, “…”"): only the words after the subordinating word are read.
 */
export function speakerBeforeVerb(stream: TokenStream, floor: number, verb: number, inSubordinateClause = false): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  let end = verb;
  // ("Plante ironically called herself …": an adverb of manner, by its ending, too.)
  while (end - 1 >= floor && (preVerbWords.has(lowerAt(stream, end - 1)) || toks[end - 1].text === ',' || (end === verb && toks[end - 1].kind === 'word' && !isCapitalised(toks[end - 1]) && hasAdverbEnding(lowerAt(stream, end - 1))))) end--;
  // ("If no resolution is found she says …": a subject pronoun right before the verb is its subject,
  // whatever clause comes before it without a comma; not "I", the writer.)
  // ("heard the case in which he remarked that …": after a preposition's relative word too.)
  // ("accused of complacency after he insisted …": after a subordinator.)
  if (end - 1 > floor && end === verb && subjectPronouns.has(lowerAt(stream, end - 1)) && lowerAt(stream, end - 1) !== 'i' && toks[end - 2].kind === 'word' && !isCapitalised(toks[end - 2]) && (verbLikeBefore(stream, end - 2) || prepositionalRelative(stream, end - 2, floor) || subordinators.has(lowerAt(stream, end - 2)))) return { kind: 'pronoun', from: end - 1, to: end };
  // "Vijay Singhal, Additional Municipal Commissioner (Eastern Suburb) said": an aside in brackets
  // before the verb (an area, a party) is no speaker.
  if (end - 1 > floor && toks[end - 1].text === ')') {
    let open = end - 2;
    while (open > floor && end - open <= 8 && toks[open].text !== '(') open--;
    if (open > floor && toks[open].text === '(') {
      end = open;
      while (end - 1 >= floor && toks[end - 1].text === ',') end--;
    }
  }
  // "Dr. Hubert Dupuis, president of Egalite sante en francais – a group that lobbies for …
  // francophone New Brunswickers – said": an aside between dashes before the verb describes what
  // comes before it.
  if (end - 1 > floor && asideDashes.has(toks[end - 1].text)) {
    let open = end - 2;
    while (open > floor && end - open <= 30 && !asideDashes.has(toks[open].text)) open--;
    // (Or a participle's phrase: "— seen by Alberta as necessary relief … —".)
    const opener = lowerAt(stream, open + 1);
    if (open > floor && asideDashes.has(toks[open].text) && (dashAsideOpeners.has(opener) || (!isCapitalised(toks[open + 1]) && /[a-z](?:ed|en)$/.test(opener) && prepositions.has(lowerOr(stream, open + 2, open))))) {
      end = open;
      while (end - 1 >= floor && toks[end - 1].text === ',') end--;
    }
  }
  // "Keir Starmer on Monday said", "Baghel yesterday said": a time between subject and verb.
  const time = timeBefore(stream, floor, end);
  if (time < end) {
    end = time;
    while (end - 1 >= floor && (preVerbWords.has(lowerAt(stream, end - 1)) || toks[end - 1].text === ',')) end--;
  }
  // "Baloch in a press conference here at National Press Club highlighted", "He in a statement
  // said": where or how it was said, between subject and verb.
  const occasion = occasionBefore(stream, floor, end);
  if (occasion < end) {
    end = occasion;
    while (end - 1 >= floor && (preVerbWords.has(lowerAt(stream, end - 1)) || toks[end - 1].text === ',')) end--;
  }
  // "Dr. Anna Banerji of the University of Toronto’s Dalla Lana School of Public Health said": a
  // person's name first, then where they work, named in capitals, up to the verb.
  const worksAt = personThenWorkplace(stream, floor, end);
  if (worksAt) return worksAt;
  // "The National Directorate for Fire and Emergency Management has said": a body's whole name
  // after "the", which the chunks below would part at its "and".
  // (A body's word before its "for", "of" or "on": "The Minister for Fire and Emergency
  // Management" is a role.)
  for (let p = end - 4; p >= floor && end - p <= 9; p--) {
    if (lowerAt(stream, p) !== 'the') continue;
    // (Not an object: "a senior fellow at the Center for Strategic and International Studies".)
    if (p > floor && stream.tokens[p - 1].kind === 'word') break;
    const body = bodyName(stream, p + 1, end);
    if (body?.withAnd && isOrganisationWord(lowerAt(stream, body.joiner - 1))) return { kind: 'name', from: p + 1, to: end };
    break;
  }
  let near: SpeakerPhrase | undefined;
  let first = true;
  // The first chunk was cut at a subordinator: nothing before it is the verb's subject.
  let subordinated = false;
  let chunkEnd = end;
  let listItems = 0;
  while (chunkEnd > floor && end - chunkEnd <= 40) {
    let chunkStart = chunkOpening(stream, floor, chunkEnd, true);
    // "I was at a barbecue when a friend wondered": next to the verb, only the clause after the
    // last subordinating word holds its subject.
    // (Not inside a relative clause, an aside of its own: "Horwath, whose New Democrats are holding
    // their first caucus meeting as the official Opposition today, says".)
    if (first && inSubordinateClause && !relativePronouns.has(lowerAt(stream, chunkStart))) {
      for (let k = chunkEnd - 1; k >= chunkStart; k--) {
        // (Capitalised only where it opens the sentence: "While he said …, he declined".)
        if (subordinators.has(lowerAt(stream, k)) && (!isCapitalised(toks[k]) || k === floor) && !(k > floor && asBeforeName.has(lowerAt(stream, k - 1)))) {
          // "Majithia, while addressing a press conference with … Dhillon, said": a participle
          // after it makes an aside without a subject of its own, read as one.
          if (/ing$/.test(lowerOr(stream, k + 1, k))) break;
          // ("The owner of a … salmon farm where hundreds of litres of fuel spilled on the weekend
          // says": a place's relative clause with its own verb in the past; the speech verb is the
          // sentence's.)
          if (lowerAt(stream, k) === 'where' && k > floor && !isCapitalised(toks[k - 1]) && pastWithin(stream, k + 2, chunkEnd)) break;
          // "A renoviction is when a landlord tells a tenant …": a definition, not a report.
          if (lowerAt(stream, k) === 'when' && k > floor && copulas.has(lowerAt(stream, k - 1))) return undefined;
          chunkStart = k + 1;
          subordinated = true;
          break;
        }
      }
    }
    // "On Sunday Eskom said": a day opening the sentence without its comma, then the subject.
    if (first && chunkStart === floor && chunkEnd - chunkStart >= 3 && dayOpeners.has(lowerAt(stream, chunkStart)) && dayWords.has(lowerAt(stream, chunkStart + 1))) chunkStart += 2;
    // "In a statement the victim said": a phrase opening the sentence without its comma, then the
    // subject after its determiner.
    if (first && chunkStart === floor && prepositions.has(lowerAt(stream, chunkStart)) && isCapitalised(toks[chunkStart])) {
      for (let d = chunkEnd - 2; d > chunkStart + 1; d--) {
        if (!determiners.has(lowerAt(stream, d)) || isCapitalised(toks[d])) continue;
        const before = lowerAt(stream, d - 1);
        if (toks[d - 1].kind === 'word' && !prepositions.has(before) && !determiners.has(before) && !hasPrepositionIn(stream, d, chunkEnd)) chunkStart = d;
        break;
      }
    }
    const found = readChunk(stream, chunkStart, chunkEnd);
    // "… a need for affordable homes and Barrie Remblance, parish council chairman, said": a
    // person's full name after an "and" that joins a clause (a word in lower case before it),
    // then an apposition.
    const joined = !first && near && (found === undefined || found === 'aside') ? clauseJoinedName(stream, chunkStart, chunkEnd) : undefined;
    // ("one man, who identified himself as a 17-year employee named Clay, said": the name an aside
    // gives the speaker.)
    const namedInAside = found === 'aside' ? nameAfterNamed(stream, chunkStart, chunkEnd) : undefined;
    if (namedInAside) return namedInAside;
    if (chunkStart === chunkEnd) {
      // an empty chunk between two marks: nothing to read
    } else if (first && (found === undefined || (found !== 'aside' && found.kind === 'name')) && isStateAfterPlace(stream, floor, chunkStart, chunkEnd)) {
      // "an astrophysicist at NASA Ames near Mountain View, California, said": the state ends the
      // place, not the apposition; read on to the person.
    } else if (joined) {
      return joined;
    } else if (found !== 'aside') {
      if (first) {
        // The chunk next to the verb: a name or pronoun there is the speaker, unless it ends the
        // address of the person named before it.
        // ("Dr. Brian Goldman, an emergency room physician and host of CBC Radio's White Coat,
        // Black Art, says": a name ending the apposition of the person opening the sentence is no
        // speaker.)
        if (found && found.kind === 'name' && isPureName(stream, chunkStart, chunkEnd, found)) return personOpeningWithApposition(stream, floor, chunkStart) ?? addressOwner(stream, floor, chunkStart) ?? personBeforeBody(stream, floor, chunkStart, found) ?? found;
        // ("The election became a referendum on LRT and Eisenberger says …": a name right after the
        // "and" that joins a clause, next to the verb.)
        const joinedHere = found === undefined || found.kind === 'phrase' ? nameJoinedToClause(stream, chunkStart, chunkEnd) : undefined;
        if (joinedHere) return joinedHere;
        const person = found && found.kind === 'phrase' ? personBeforeBody(stream, floor, chunkStart, found) : undefined;
        if (person) return person;
        if (found && found.kind !== 'phrase') return found;
        // ("Much as the activists have claimed": not "Much".)
        if (subordinated) return found;
        near = found;
        first = false;
      } else {
        // Further back only a chunk that is nothing but a name is taken: the name an apposition
        // or a role describes ("Guenther Schuh, e.GO’s founder and ..., said").
        if (found && found.kind === 'pronoun') return found;
        if (found && found.kind === 'name' && isPureName(stream, chunkStart, chunkEnd, found)) return found;
        // "Controversy erupted after John McCallum, Canada’s ambassador to China, told ...": the
        // subject of a clause opened just before the name.
        if (found && found.kind === 'name' && found.to === chunkEnd && opensClauseBefore(stream, chunkStart, found.from)) return found;
        // "the lanky, bespectacled professor": a comma between adjectives, not an apposition.
        if (near && near.kind === 'phrase' && !determiners.has(lowerAt(stream, near.from)) && chunkEnd - chunkStart <= 2 && determiners.has(lowerAt(stream, chunkStart))) {
          return { kind: 'phrase', from: chunkStart, to: near.to };
        }
        // "Katrine Conroy, the province's minister for forests, lands, natural resource operations
        // and rural development, said": the items of a list inside the apposition are passed over,
        // as is a role held at a body ("Paul-Émile Cloutier, CEO of HealthCareCAN, an organization
        // that represents …, said").
        if ((near === undefined || near.kind === 'phrase') && listItems++ < 4 && (lowerCaseItem(stream, chunkStart, chunkEnd) || roleAtBody(stream, chunkStart, chunkEnd))) {
          chunkEnd = chunkStart - 1;
          continue;
        }
        break;
      }
    }
    chunkEnd = chunkStart - 1;
  }
  return near;
}

/** Token k is "which" or "whom" after a preposition ("in which", "during which", "to whom"). */
function prepositionalRelative(stream: TokenStream, k: number, floor: number): boolean {
  const w = lowerAt(stream, k);
  return (w === 'which' || w === 'whom') && k - 1 >= floor && prepositions.has(lowerAt(stream, k - 1));
}

/** Token k ends a clause of its own: a verb's form ("is found", "was over", "had left") or a past. */
function verbLikeBefore(stream: TokenStream, k: number): boolean {
  const w = lowerAt(stream, k);
  return /[a-z]ed$/.test(w) || auxiliaryVerbs.has(w) || auxiliaryVerbs.has(lowerOr(stream, k - 1, k));
}

/** A name closing [from, to) after "named" or "identified as" ("… an employee named Clay"). */
function nameAfterNamed(stream: TokenStream, from: number, to: number): SpeakerPhrase | undefined {
  for (let k = to - 2; k >= from; k--) {
    const w = lowerAt(stream, k);
    const introducer = w === 'named' || (w === 'as' && lowerOr(stream, k - 1, k) === 'identified');
    if (!introducer) continue;
    const run = nameRunStartingAt(stream, k + 1, to);
    return run && run[1] === to && isNameRun(stream, run[0], run[1]) ? { kind: 'name', from: run[0], to: run[1] } : undefined;
  }
  return undefined;
}

/** A title word among tokens [from, to) ("Commissioner", "minister"). */
function hasTitleWord(stream: TokenStream, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (titleWords.has(bareAt(stream, k))) return true;
  return false;
}

/** The words of tokens [from, to), for looksLikePersonName. */
const runWordsOf = (stream: TokenStream, from: number, to: number): string[] => runText(stream, from, to).split(' ');

/** Tokens [from, to) are capitalised words only (titles before a name), or none. */
/**
 * "Atmospheric physics professor Kent Moore at the University of Toronto": a person's name after a
 * role, then where they work ("at", "with", "of", "from" and the place's name).
 */
function personBeforeWorkplace(stream: TokenStream, from: number, to: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  for (let k = from + 1; k < to - 2; k++) {
    if (toks[k].kind !== 'word') return undefined;
    if (!isCapitalised(toks[k]) || isCapitalised(toks[k - 1])) continue;
    const before = bareAt(stream, k - 1);
    if (!isRoleNoun(before) && !titleWords.has(before)) return undefined;
    const run = nameRunStartingAt(stream, k, to);
    if (!run || run[1] - run[0] < 2 || run[1] + 1 >= to || !WORKPLACE.has(lowerAt(stream, run[1]))) return undefined;
    // (The workplace is named: "at the University of Toronto", "with Greenpeace".)
    if (!isCapitalised(toks[run[1] + 1]) && lowerAt(stream, run[1] + 1) !== 'the') return undefined;
    return looksLikePersonName(runWordsOf(stream, run[0], run[1])) ? { kind: 'name', from: run[0], to: run[1] } : undefined;
  }
  return undefined;
}

/** [from, to) is a person's name (titles allowed), "of"/"at"/"from"/"with", and a capitalised body's name: the person. */
function personThenWorkplace(stream: TokenStream, from: number, to: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  if (from >= to || !isCapitalised(toks[from])) return undefined;
  const run = nameRunStartingAt(stream, from, to);
  if (!run || run[1] + 2 >= to || !WORKPLACE.has(lowerAt(stream, run[1]))) return undefined;
  // ("Erick Thompson with the Emergency Operations Centre for the region said": what the body serves, in lower case.)
  if (to - 3 > run[1] + 2 && isCapitalised(toks[to - 4]) && (lowerAt(stream, to - 3) === 'for' || lowerAt(stream, to - 3) === 'in') && lowerAt(stream, to - 2) === 'the' && toks[to - 1].kind === 'word' && !isCapitalised(toks[to - 1])) to -= 3;
  for (let k = run[1] + 1; k < to; k++) {
    const w = lowerAt(stream, k);
    if (!(toks[k].kind === 'word' && (isCapitalised(toks[k]) || w === 'the' || w === 'of' || w === 'and' || w === 'for')) && toks[k].text !== '&' && !endsWithApostropheS(toks[k].text)) return undefined;
  }
  const [a, b] = personPart(stream, run[0], run[1]);
  // (Not a title: "Sports Minister of Sri Lanka …".)
  return b - a >= 2 && !titleWords.has(bareAt(stream, b - 1)) && isNameRun(stream, a, b) && looksLikePersonName(runWordsOf(stream, a, b)) ? { kind: 'name', from: a, to: b } : undefined;
}

function onlyTitlesBefore(stream: TokenStream, from: number, to: number): boolean {
  // (Or roles in lower case and what they are of: "Atmospheric physics professor".)
  for (let i = from; i < to; i++) if (!isCapitalised(stream.tokens[i]) && !leadingJoiners.has(lowerAt(stream, i)) && !(i === to - 1 && isRoleNoun(lowerAt(stream, i)))) return false;
  return true;
}

function hasPrepositionIn(stream: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (prepositions.has(lowerAt(stream, i))) return true;
  return false;
}

const ORIGIN = new Set(['of', 'from']);
/** "Kent Moore at the University of Toronto", "Jane Doe with the Fraser Institute". */
const WORKPLACE = new Set(['at', 'of', 'from', 'with']);
const namingWords = new Set(['titled', 'entitled', 'called', 'named', 'dubbed']);

/** A subordinating word stands just before token `at`, with only capitalised words between ("after Sen. X"). */
function opensClauseBefore(stream: TokenStream, from: number, at: number): boolean {
  for (let i = at - 1; i >= from && at - i <= 4; i--) {
    if (subordinators.has(lowerAt(stream, i)) && !isCapitalised(stream.tokens[i])) return true;
    if (!isCapitalised(stream.tokens[i])) return false;
  }
  return false;
}

/** Tokens [from, to) are a few words in lower case, none a speech verb or a past: an item of a list ("lands", "natural resource operations"). */
function lowerCaseItem(stream: TokenStream, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  for (let k = from; k < to; k++) {
    if (stream.tokens[k].kind !== 'word' || isCapitalised(stream.tokens[k]) || (stream.classes[k] & TokenClass.speechVerb) !== 0 || lowerAt(stream, k).endsWith('ed')) return false;
  }
  return true;
}

/** Tokens [from, to) are a role, "of"/"at"/"for" and a body's name ("CEO of HealthCareCAN", "president of the Canadian Medical Association"). */
function roleAtBody(stream: TokenStream, from: number, to: number): boolean {
  if (to - from < 3 || to - from > 9) return false;
  const role = bareAt(stream, from);
  const link = lowerAt(stream, from + 1);
  return (titleWords.has(role) || isRoleNoun(role)) && (link === 'of' || link === 'at' || link === 'for') && isCapitalised(stream.tokens[to - 1]);
}

/** The person's name opening [from, to) before a comma and an apposition with its article ("Dr. Brian Goldman, an emergency room physician …"). */
function personOpeningWithApposition(stream: TokenStream, from: number, to: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  let a = from;
  while (a < to && leadingJoiners.has(lowerAt(stream, a))) a++;
  const run = nameRunStartingAt(stream, a, to);
  if (!run || run[1] + 3 >= to || toks[run[1]].text !== ',' || !articles.has(lowerAt(stream, run[1] + 1))) return undefined;
  const [pa, pb] = personPart(stream, run[0], run[1]);
  return pb - pa >= 2 && pb === run[1] && isNameRun(stream, pa, pb) && looksLikePersonName(runWordsOf(stream, pa, pb)) ? { kind: 'name', from: pa, to: pb } : undefined;
}

/**
 * Token `a` follows an "and"/"but" that joins a clause: a word in lower case before the joiner
 * ("… affordable homes and Barrie …"), not "Smith and Jones". (The caller has tokens a - 2 and a - 1.)
 */
export function afterClauseJoiner(stream: TokenStream, a: number): boolean {
  const joiner = lowerAt(stream, a - 1);
  const beforeJoiner = stream.tokens[a - 2];
  return (joiner === 'and' || joiner === 'but') && beforeJoiner.kind === 'word' && !isCapitalised(beforeJoiner);
}

/** A name of two words or more ending tokens [from, to) after a lower-case word and "and"/"but". */
function clauseJoinedName(stream: TokenStream, from: number, to: number): SpeakerPhrase | undefined {
  const run = nameRunEndingAt(stream, to - 1, from);
  if (!run || run[0] - 2 < from || run[1] - run[0] < 2 || !afterClauseJoiner(stream, run[0])) return undefined;
  return isNameRun(stream, run[0], run[1]) && looksLikePersonName(runWordsOf(stream, run[0], run[1])) ? { kind: 'name', from: run[0], to: run[1] } : undefined;
}

/**
 * A name ending tokens [from, to) after "and"/"but" that follows a word in lower case, or an
 * acronym after one ("on LRT and Eisenberger"): of two words or more as a person's name reads, or
 * one word written as a surname is ("Eisenberger", not "Conservatives").
 */
function nameJoinedToClause(stream: TokenStream, from: number, to: number): SpeakerPhrase | undefined {
  const run = nameRunEndingAt(stream, to - 1, from);
  if (!run || run[1] !== to || run[0] - 2 < from || !isNameRun(stream, run[0], run[1])) return undefined;
  const joiner = lowerAt(stream, run[0] - 1);
  const acronymAfterWord = (joiner === 'and' || joiner === 'but') && ACRONYM.test(stream.tokens[run[0] - 2].text) && run[0] - 3 >= from && stream.tokens[run[0] - 3].kind === 'word' && !isCapitalised(stream.tokens[run[0] - 3]);
  if (!afterClauseJoiner(stream, run[0]) && !acronymAfterWord) return undefined;
  const words = runWordsOf(stream, run[0], run[1]);
  const single = run[1] - run[0] === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(stream.tokens[run[0]].text) && !/s$/.test(stream.tokens[run[0]].text) && !nonNameWords.has(lowerAt(stream, run[0]));
  return single || (run[1] - run[0] >= 2 && looksLikePersonName(words)) ? { kind: 'name', from: run[0], to: run[1] } : undefined;
}

/** The chunk holds the name and nothing else but titles and joiners. */
function isPureName(stream: TokenStream, from: number, to: number, name: SpeakerPhrase): boolean {
  // (A place of origin may follow: "Sen. Richard Shelby of Alabama".)
  if (name.to !== to && !(ORIGIN.has(lowerAt(stream, name.to)) && onlyTitlesBefore(stream, name.to + 1, to) && to > name.to + 1)) return false;
  return onlyTitlesBefore(stream, from, name.from);
}

/**
 * The person whose address the comma-separated chunks before token `chunkStart` spell, ending with
 * the name next to the verb: "Liam Walsh of Mariano, Curraheen Road, Cork, said", "Mary Byrne, of
 * Main Street, Ballina, said". Each chunk back is capitalised words (after an "of"/"from") until
 * one names the person; one "of"/"from" must show it is an address.
 */
function addressOwner(stream: TokenStream, floor: number, chunkStart: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  let end = chunkStart - 1;
  let origin = false;
  for (let hops = 0; hops < 4 && end > floor && toks[end].text === ','; hops++) {
    const start = chunkOpening(stream, floor, end);
    if (start === end) return undefined;
    const found = readChunk(stream, start, end);
    if (found && found !== 'aside' && found.kind === 'name' && isPureName(stream, start, end, found)) {
      const ownOrigin = found.to < end && ORIGIN.has(lowerAt(stream, found.to));
      if (origin || ownOrigin) return hops === 0 && !ownOrigin ? undefined : found;
    }
    const of = ORIGIN.has(lowerAt(stream, start)) ? 1 : 0;
    if (start + of >= end || !onlyTitlesBefore(stream, start + of, end)) return undefined;
    if (of) origin = true;
    end = start - 1;
  }
  return undefined;
}

/**
 * "Dwikorita Karnawati, head of Indonesia’s Meteorology, Climatology and Geophysical Agency, said":
 * a body's name next to the verb ends the role of the person named a few chunks before it.
 */
function personBeforeBody(stream: TokenStream, floor: number, chunkStart: number, body: SpeakerPhrase): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  if (!isOrganisationWord(toks[body.to - 1].text)) return undefined;
  let end = chunkStart - 1;
  for (let hops = 0; hops < 3 && end > floor && toks[end].text === ','; hops++) {
    const start = chunkOpening(stream, floor, end);
    const found = start < end ? readChunk(stream, start, end) : undefined;
    if (found && found !== 'aside' && found.kind === 'name' && found.to - found.from >= 2 && isPureName(stream, start, end, found) && looksLikePersonName(runWordsOf(stream, found.from, found.to))) return found;
    end = start - 1;
  }
  return undefined;
}

/**
 * Where the chunk ending before token `end` opens: just after the nearest chunk break, not before
 * `floor`. With `titleColons`, a title's colon ("Collabra: Psychology,") is no break.
 */
function chunkOpening(stream: TokenStream, floor: number, end: number, titleColons = false): number {
  const toks = stream.tokens;
  let start = end;
  while (start - 1 >= floor && (!chunkBreaks.has(toks[start - 1].text) || (titleColons && isTitleColon(stream, start - 1)) || isNumberComma(stream, start - 1))) start--;
  // (A quotation closing after its comma, “… disturbing,” she said the province …, ends the phrase
  // before; the chunk opens after its mark.)
  while (start < end && start - 1 >= floor && isQuoteMarkToken(toks[start].text) && (toks[start - 1].text === ',' || isQuoteMarkToken(toks[start - 1].text))) start++;
  return dashedInsideRelative(stream, floor, start) ?? start;
}

/** Dashes that open and close an aside (a hyphen joins words). */
export const asideDashes = new Set(['—', '–', '--']);
/** Words opening an aside between dashes that describes the words before it ("– a group that …"). */
const dashAsideOpeners = new Set(['a', 'an', 'the', 'which', 'who', 'whose', 'one']);

/**
 * "Ondrej Pavelec, who made 27 saves—many of them difficult—against the Penguins, said": where a
 * chunk opens after a dash that closes an aside inside a relative clause, the opening of that
 * clause (its relative word), so that the clause is passed over whole.
 */
function dashedInsideRelative(stream: TokenStream, floor: number, start: number): number | undefined {
  const toks = stream.tokens;
  if (start - 1 < floor || !asideDashes.has(toks[start - 1].text)) return undefined;
  let k = start - 2;
  while (k >= floor && !asideDashes.has(toks[k].text) && !chunkBreaks.has(toks[k].text)) k--;
  if (k < floor || !asideDashes.has(toks[k].text)) return undefined;
  let open = k;
  while (open - 1 >= floor && !chunkBreaks.has(toks[open - 1].text)) open--;
  return open < k && relativeWords.has(lowerAt(stream, open)) && !isCapitalised(toks[open]) ? open : undefined;
}

/** The chunk [from, to) is a known state, province or country after a comma and a capitalised place ("Mountain View, California", "Oshawa, Ont."). */
function isStateAfterPlace(stream: TokenStream, floor: number, from: number, to: number): boolean {
  // (Not after a day or a month: "On Monday, Beijing said", "In October, Quebec announced".)
  if (from - 2 < floor || stream.tokens[from - 1].text !== ',' || !isCapitalised(stream.tokens[from - 2]) || dayWords.has(lowerAt(stream, from - 2)) || CALENDAR_WORDS.has(lowerAt(stream, from - 2))) return false;
  if (to - from === 1 && STATE_ABBREVIATIONS.has(stream.tokens[from].text)) return true;
  let words = '';
  for (let i = from; i < to; i++) words += (i > from ? ' ' : '') + lowerAt(stream, i);
  return PLACES.has(words);
}

/** The comma inside a number ("1,000"): no break between phrases. */

/** A colon between capitalised words inside a chunk: a title and its subtitle ("the study in Collabra: Psychology"), no break. */
function isTitleColon(stream: TokenStream, i: number): boolean {
  const toks = stream.tokens;
  return toks[i].text === ':' && i > 0 && toks[i - 1].kind === 'word' && isCapitalised(toks[i - 1]) && toks[i + 1] !== undefined && isCapitalised(toks[i + 1]) && toks[i + 2] !== undefined && toks[i + 2].text === ',';
}

/** The chunk opens with an owner's name in the possessive: "Cisco’s", "Cisco System’s Talos unit". */
function opensWithOwner(stream: TokenStream, from: number, to: number): boolean {
  const toks = stream.tokens;
  for (let k = from; k < to - 1 && k - from < 4 && isCapitalised(toks[k]); k++) if (endsWithApostropheS(toks[k].text)) return true;
  return false;
}

/** A verb in the past in [from, to), not after a determiner ("fuel spilled", "the fight happened"). */
function pastWithin(stream: TokenStream, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lowerAt(stream, k);
    if ((/^[a-z]{3,}ed$/.test(w) || irregularPasts.has(w)) && !determiners.has(lowerAt(stream, k - 1))) return true;
  }
  return false;
}

/** Reads one chunk as a speaker phrase; 'aside' for a relative clause to pass over. */
function readChunk(stream: TokenStream, from: number, to: number): SpeakerPhrase | 'aside' | undefined {
  const toks = stream.tokens;
  while (from < to && leadingJoiners.has(lowerAt(stream, from))) from++;
  // ("…; however police said at the scene that …": not ", however," alone, an aside.)
  if (to - from >= 2 && openingAdverbs.has(lowerAt(stream, from))) from++;
  // ("“…,” said the premier, who acknowledged “…”": an inverted tag's verb is none of its subject.)
  if (to - from >= 2 && (stream.classes[from] & TokenClass.speechVerb) !== 0 && !isCapitalised(toks[from]) && from > 0 && isQuoteMarkToken(toks[from - 1].text)) from++;
  if (from >= to) return undefined;
  const first = lowerAt(stream, from);
  if (relativeWords.has(first) && !isCapitalised(toks[from])) return 'aside';
  // So is a participle's phrase ("The study, conducted by researchers at NORC, estimated").
  // ("The officials …, commenting on the matters raised by the defence, stated": an -ing one too.)
  if (to - from >= 2 && !isCapitalised(toks[from]) && /[a-z](?:ed|ing)$/.test(first) && prepositions.has(lowerAt(stream, from + 1))) return 'aside';
  // ("The reports, citing unnamed sources close to the matter, said": whom the words are from.)
  if (to - from >= 2 && sourcingParticiples.has(first)) return 'aside';
  // An age between commas ("Teresa Galati, 56, says") is passed over like a relative clause.
  if (to - from === 1 && /^\d{1,3}$/.test(first)) return 'aside';
  // So is an adverb ("Minister Tiong King Sing, however, denied").
  if (to - from === 1 && isSentenceAdverb(toks[from].text)) return 'aside';
  // So is a party and state ("Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman ...").
  if (to - from <= 4 && PARTY_AND_STATE.test(toks[from].text)) return 'aside';
  if (to - from === 1 && personalPronouns[first]) return { kind: 'pronoun', from, to };
  // ("Some suggested that …", as "Many said": a group the text spoke of, read as a description.)
  if (to - from === 1 && isCapitalised(toks[from]) && (first === 'some' || first === 'several')) return { kind: 'phrase', from, to };
  // "— I'm feeling …": a pronoun and its verb, no speaker phrase.
  if (to - from === 1 && PRONOUN_CONTRACTION.test(first)) return undefined;
  // A name at the chunk's end, preceded only by role words ("Rogers spokesperson Andrea Goldstein").
  const worker = personBeforeWorkplace(stream, from, to);
  if (worker) return worker;
  const run = nameRunEndingAt(stream, to - 1, from);
  if (run && isNameRun(stream, run[0], run[1])) {
    // The run names the speaker when it follows a role word ("political scientist Hamish
    // Telford") or opens the chunk, not when it is the object of a preposition ("ambassador to
    // the U.S.", "a fellow at the Center for Strategic and International Studies").
    const before = run[0] > from ? lowerAt(stream, run[0] - 1) : '';
    // "Tore Sohlberg and Lehla Abreder said": two names together, read as one phrase.
    const left = before === 'and' ? nameRunEndingAt(stream, run[0] - 2, from) : undefined;
    // ("Bridgwater and West Somerset MP Ian Liddell-Grainger": two places of a constituency, then
    // the title and the person.)
    const titled = left ? personPart(stream, run[0], run[1]) : undefined;
    // ("Agriculture and Livestock Development Cabinet Secretary Mutahi Kagwe": two halves of a
    // portfolio, then the title and the person; not "Borgen and Finance Director Lisa Matthews".)
    const titleBefore = titled && titled[0] - 1 > run[0] ? bareAt(stream, titled[0] - 1) : '';
    const portfolio = left !== undefined && titleWords.has(titleBefore) && runWordsOf(stream, left[0], left[1]).every((w) => (wordClass(foldWord(w.toLowerCase())) & ROLE_MODIFIER) !== 0);
    if (titled && titled[0] - 1 > run[0] && titled[1] === run[1] && titled[1] - titled[0] >= 2 && (constituencyTitles.has(titleBefore) || portfolio) && looksLikePersonName(runWordsOf(stream, titled[0], titled[1]))) {
      return { kind: 'name', from: titled[0], to: titled[1] };
    }
    if (left && isNameRun(stream, left[0], left[1]) && !prepositions.has(left[0] > from ? lowerAt(stream, left[0] - 1) : '')) {
      return { kind: 'phrase', from: left[0], to: run[1] };
    }
    // "Court of Queen’s Bench Justice Denny Thomas": a body's name in capitals, a title, then the
    // person (the run starts after the possessive).
    const [ta, tb] = personPart(stream, run[0], run[1]);
    if (ta > run[0] && tb === run[1] && tb - ta >= 2 && titleWords.has(bareAt(stream, ta - 1)) && bodyNameInCapitals(stream, from, run[0]) && looksLikePersonName(runWordsOf(stream, ta, tb))) return { kind: 'name', from: ta, to: tb };
    // "… hoped to finish by June but Bennett confirmed …": after "but", a name next to the verb
    // opens a clause of its own, whatever phrase came before.
    if (before === 'but' && run[1] === to && !titleWords.has(stripPossessive(lowerAt(stream, run[1] - 1)))) {
      const [a, b] = personPart(stream, run[0], run[1]);
      return { kind: 'name', from: a, to: b };
    }
    // "a former member of the Bank of England's Monetary Policy Committee": a body inside a
    // prepositional phrase describes the speaker's place, and is not the speaker.
    // (A lone word there is a place or a body as often as a surname: "a home in rural Manitoba".)
    const insidePhrase = run[0] > from && hasPrepositionIn(stream, from, run[0]) && !(run[1] - run[0] >= 2 && looksLikePersonName(runWordsOf(stream, run[0], run[1])));
    // "In Tampa, police said": a capitalised preposition opening the sentence heads a place.
    const afterOpeningPreposition = prepositions.has(lowerAt(stream, run[0])) && isCapitalised(toks[run[0]]);
    // (After a colon inside the chunk, a name is a title's second half: "in Collabra: Psychology".)
    // ("The newspaper's publisher and CEO Phillip Crawley": two roles joined, then the titled name.)
    const joinedRoles = before === 'and' && run[0] - 2 >= from && isRoleNoun(lowerAt(stream, run[0] - 2)) && personPart(stream, run[0], run[1])[0] > run[0];
    const objectOf = prepositions.has(before) || determiners.has(before) || (before === 'and' && !joinedRoles) || before === '&' || before === ':' || insidePhrase || afterOpeningPreposition;
    // "Sen. Richard Shelby of Alabama": the person before where they come from ("professor Kent
    // Moore at the University of Toronto": where they work).
    const originAt = ORIGIN.has(before) ? run[0] - 1 : before === 'the' && run[0] - 2 > from && WORKPLACE.has(lowerAt(stream, run[0] - 2)) ? run[0] - 2 : -1;
    if (originAt > from) {
      const origin = nameRunEndingAt(stream, originAt - 1, from);
      if (origin && onlyTitlesBefore(stream, from, origin[0])) {
        const [a, b] = personPart(stream, origin[0], origin[1]);
        // (Not a title: "Sports Minister of Sri Lanka Dayasriri Jayasekera" is the minister named after it.)
        if (b - a >= 2 && !titleWords.has(bareAt(stream, b - 1)) && isNameRun(stream, a, b) && looksLikePersonName(runWordsOf(stream, a, b))) return { kind: 'name', from: a, to: b };
      }
    }
    // "Vice President of External Affairs Samer Naji": the department, then the person.
    // ("Former vice-president of the Australian Medical Association Stephen Parnis": "of the" too.)
    // ("Minister for the Public Service Judith Collins": "for the" after a minister's title too;
    // not "a spokesman for Taoiseach Leo Varadkar", "a reporter for The Daily Monitor".)
    // ("Minister of State for Harare Metropolitan Province Oliver Chidawu": "of State for" too.)
    const portfolioFor = (k: number) => k - 1 >= from && (PORTFOLIO_TITLES.has(bareAt(stream, k - 1)) || (k - 3 >= from && lowerAt(stream, k - 1) === 'state' && lowerAt(stream, k - 2) === 'of' && PORTFOLIO_TITLES.has(bareAt(stream, k - 3))));
    const ofWord = (k: number) => lowerAt(stream, k) === 'of' || (lowerAt(stream, k) === 'for' && portfolioFor(k));
    if ((run[0] - 1 >= from && ofWord(run[0] - 1)) || (before === 'the' && run[0] - 2 > from && ofWord(run[0] - 2) && run[1] - run[0] >= 3)) {
      let [a, b] = personPart(stream, run[0], run[1]);
      // "Minister of Education Thomas Lukaszuk": the department ends where a given name begins.
      if (a === run[0] && !isGivenName(foldWord(lowerAt(stream, a)))) {
        for (let k = a + 1; k < b - 1; k++) {
          if (isGivenName(foldWord(lowerAt(stream, k)))) {
            a = k;
            break;
          }
        }
        // ("Superintendent of Police Eish Singhal": a body's one word, then a name no list knows;
        // "Sports Minister of Sri Lanka Dayasriri Jayasekera": a country's.)
        if (a === run[0] && b - a === 3 && organisationNouns.has(lowerAt(stream, a))) a++;
        else if (a === run[0] && b - a >= 3) a += placePrefix(stream, a, b - 2);
      }
      if (a > run[0] && b === run[1] && b - a >= 2 && looksLikePersonName(runWordsOf(stream, a, b))) return { kind: 'name', from: a, to: b };
    }
    // "the borough's Labour MP": a title, not a name.
    const lastWord = stripPossessive(lowerAt(stream, run[1] - 1)).replace(/\.$/, '');
    // (A party's word alone opening the chunk is a surname: "“…,” Tory said".)
    const surnameAlone = run[1] - run[0] === 1 && run[0] === from && partyNouns.has(lastWord);
    // (After a given name it is a surname too: "Mayor John Tory said", unlike "the Ellisville
    // Republican"; so is a title's word: "Elliot Dean, …, said", "John Major said".)
    const surnameAfterGiven = run[1] - run[0] >= 2 && isGivenName(foldWord(lowerAt(stream, run[1] - 2)));
    // ("Jane Smith MP said": letters after a person's name are no title; ", Blaenau Gwent MP," is one.)
    const lettersAfterName = run[1] - run[0] >= 3 && toks[run[0] - 1]?.text !== ',' && POST_NOMINALS.has(toks[run[1] - 1].text) && looksLikePersonName(runWordsOf(stream, run[0], run[1] - 1));
    // (A title's modifier last is no title: "Unity Health said", "the White House said".)
    const title = (titleWords.has(lastWord) && !titleModifiers.has(lastWord) && !lettersAfterName && !surnameAfterGiven) || (partyNouns.has(lastWord) && !surnameAlone && !surnameAfterGiven);
    // ("Official says industry not to blame for dead fish": a speaker's role alone opening the
    // sentence, capitalised as a headline's words are, is a description too; no surname.)
    const roleAlone = run[1] - run[0] === 1 && run[0] === from && speakerNouns.has(lastWord) && isRoleNoun(lastWord) && !partitiveWords.has(lastWord) && (from === 0 || endsSentence(stream, from - 1));
    if (roleAlone && !objectOf) return { kind: 'phrase', from, to };
    if (!objectOf && !title) {
      const [a, b] = personPart(stream, run[0], run[1]);
      return { kind: 'name', from: a, to: b };
    }
    // "NDMA Chairman said that …": a capitalised title alone as the subject, without a name, is a
    // description of the one holding it (whom a "he" after it means).
    if (title && !objectOf && run[0] === from && run[1] === to && titleWords.has(lastWord)) return { kind: 'phrase', from, to };
    // "the National Weather Service warned": a body's name of several words after "the", the whole
    // chunk ("the NFL protests" is no speaker and verb).
    // ("which the SHA says": an acronym after "the" too.)
    if (before === 'the' && run[0] === from + 1 && (run[1] - run[0] >= 2 || allCapitals(toks[run[0]].text)) && !title) return { kind: 'name', from: run[0], to: run[1] };
  }
  // "The Buses of Somerset have announced": a body's name joined by "of", capitalised throughout
  // after "the" (the name run above ends at "of").
  // (Not a title: "The Minister of Finance" is a role, read below.)
  if (lowerAt(stream, from) === 'the' && to - from >= 4 && to - from <= 8 && !isRoleNoun(lowerAt(stream, from + 1)) && !titleWords.has(lowerAt(stream, from + 1)) && bodyName(stream, from + 1, to) !== undefined) {
    return { kind: 'name', from: from + 1, to };
  }
  // "Several people who live in the area said": a phrase that speaks, then its relative clause.
  // ("A former UEA student who suffered life-threatening brain injuries after being knocked
  // unconscious said": a longer clause with "who" leaves the phrase before it.)
  for (let r = from + 1; r < to - 1; r++) {
    if (!relativeWords.has(lowerAt(stream, r)) || isCapitalised(toks[r])) continue;
    const head = readChunk(stream, from, r);
    // ("Others who live in the area said": a speaker's noun alone, read as a capitalised name.)
    // ("but those who wanted the deferral insist …": "those" alone, with its clause.)
    const phraseHead = (head && head !== 'aside' && (head.kind === 'phrase' || (r - from === 1 && speakerNouns.has(lowerAt(stream, from))))) || (r - from === 1 && lowerAt(stream, from) === 'those' && lowerAt(stream, r) === 'who');
    if (!phraseHead) return undefined;
    if (to - from <= 12) return { kind: 'phrase', from, to };
    // ("The prosecutor handling the case against a man who killed four people and injured seven
    // others in a shooting spree in northern Saskatchewan said": a participle's longer phrase.)
    const acting = r - from <= 10 && to - from <= 32 && headBeforeParticiple(stream, from, r) >= 0;
    // ("The owner of a British Columbia salmon farm where hundreds of litres of fuel spilled on the
    // weekend says": a place's clause after who it is.)
    const where = lowerAt(stream, r) === 'where' && r - from <= 10 && to - from <= 24;
    if (where) return { kind: 'phrase', from, to: r };
    return (r - from <= 6 && to - from <= 24) || acting ? (lowerAt(stream, r) === 'who' ? { kind: 'phrase', from, to: r } : undefined) : undefined;
  }
  // "A release sent to media from UFCW Local 832 late Friday said", "A report released Tuesday by
  // Statistics Canada says": a document and how it came out, whoever issued it named inside.
  if (to - from >= 3 && to - from <= 14 && determiners.has(first) && documentNouns.has(lowerAt(stream, from + 1)) && issuedParticiples.has(lowerAt(stream, from + 2))) return { kind: 'phrase', from, to };
  // ("The weather was bad and officials said": a clause with its own verb, then "and" and the
  // subject of the speech verb.)
  const joinedAt = clauseJoinedSubject(stream, from, to);
  if (joinedAt > 0) return readChunk(stream, joinedAt, to);
  // A noun phrase: short, opening with a determiner or a lower-case or capitalised word.
  if (to - from > 14) return undefined;
  for (let i = from; i < to; i++) if (toks[i].kind !== 'word' && !["'", '’', '-', '&'].includes(toks[i].text) && !isNumberComma(stream, i)) return undefined;
  // ("About 100 people gathered …": a quantity, then who they are.)
  const quantity = quantityOpeners.has(first) && /^\d/.test(toks[from + 1]?.text ?? '') && isPluralSpeaker(lowerAt(stream, to - 1));
  if (prepositions.has(first) && !quantity) return undefined;
  // "city staff said", "police said": a short bare phrase whose head can speak ("Union members
  // said", "Bway workers said": after a capitalised word, a head naming several people).
  const lastWord = lowerAt(stream, to - 1);
  const bareSpeaker = (to - from <= 3 && canSpeak(lastWord) && (!isCapitalised(toks[from]) || (to - from >= 2 && !isCapitalised(toks[to - 1]) && isPluralSpeaker(lastWord)))) || pluralSubject(stream, from, to);
  // "Officials in Rakhine said", "Witnesses at the scene said": a plural opening the sentence, then
  // where they are.
  // ("Harassed officials at St Pancras claimed": an adjective before the plural too.)
  const adjectiveFirst = to - from >= 3 && !isPluralSpeaker(first) && isPluralSpeaker(lowerAt(stream, from + 1)) && prepositions.has(lowerAt(stream, from + 2));
  // ("Experts at the University of Saskatchewan’s Toxicology Centre said": where they are may be a
  // long body's name.)
  const whereLength = to - from <= 7 || (to - from <= 14 && prepositions.has(lowerAt(stream, from + 1)) && bodyNameInCapitals(stream, from + 2, to));
  const pluralOpener = whereLength && (to - from === 1 || prepositions.has(lowerAt(stream, from + 1)) || adjectiveFirst) && (isPluralSpeaker(first) || adjectiveFirst) && (from === 0 || endsSentence(stream, from - 1));
  // "sources familiar with the negotiations", "people close to the talks", anywhere in a sentence.
  // ("people arrested last week": a participle after the plural.)
  // ("Those living in mega townships and high rise buildings say", "residents living near the
  // plant say": "those" and a present participle too.)
  // ("Liberal cabinet ministers meeting in the midst of the Rocky Mountains said": a modifier or two
  // before the plural, its participle before a preposition.)
  const participle = lowerAt(stream, from + 1);
  const modified = to - from <= 14 && pluralAfterModifiers(stream, from, to);
  const pluralParticiple = modified || (to - from <= 10 && ((isPluralSpeaker(first) && /[a-z](?:ed|ing)$/.test(participle)) || (first === 'those' && /[a-z]ing$/.test(participle) && prepositions.has(lowerOr(stream, from + 2, from)))));
  const describedPlural = pluralParticiple || (to - from <= 8 && isPluralSpeaker(first) && postnominalAdjectives.has(lowerAt(stream, from + 1)) && prepositions.has(lowerAt(stream, from + 2)));
  const opensNp = quantity || determiners.has(first) || opensWithOwner(stream, from, to) || speakerNouns.has(lowerAt(stream, to - 1)) || bareSpeaker || pluralOpener || describedPlural;
  if (!opensNp) return undefined;
  // Only a phrase headed by someone who can speak: a person, a role or a body ("the official",
  // "the security firm", "the memo"), not "the above chart" or "the Georgia Tech product".
  let head = lowerAt(stream, to - 1);
  for (let i = from + 1; i < to; i++) {
    if (prepositions.has(lowerAt(stream, i))) {
      // "sources familiar with the negotiations", "people close to the talks": the noun before the adjective.
      // ("An expert cited in the report": before the participle.)
      head = lowerAt(stream, i - 1);
      // (Not a verb and its infinitive: "Alberta’s Opposition leader continued to".)
      if (i - 2 >= from && (postnominalAdjectives.has(head) || (/[a-z]ed$/.test(head) && !canSpeak(head) && lowerAt(stream, i) !== 'to'))) head = lowerAt(stream, i - 2);
      // ("Most of the members alleged", "a couple of the operators said": a part of the group the phrase ends with.)
      if ((i - 1 === from || (i - 2 === from && determiners.has(first))) && (partitiveWords.has(head) || groupNouns.has(head)) && lowerAt(stream, i) === 'of') head = lowerAt(stream, to - 1);
      break;
    }
  }
  // ("people arrested last week": the plural, whatever the participle's phrase holds, and its time.)
  if (pluralParticiple) return { kind: 'phrase', from, to };
  // "The prosecutor handling the case said", "the lawyer representing the family said": a head
  // that can speak, then what they are doing, a present participle and its object.
  const acting = headBeforeParticiple(stream, from, to);
  if (acting >= 0) return { kind: 'phrase', from, to };
  if (!canSpeak(head)) return undefined;
  // "Sources in the party on Friday said": the time is no part of who they are.
  let end = to;
  while (end - 1 > from + 1 && timeWords.has(lowerAt(stream, end - 1))) end--;
  if (end < to && end - 1 > from + 1 && timeLeads.has(lowerAt(stream, end - 1))) end--;
  return { kind: 'phrase', from, to: end };
}

/**
 * Where the subject after "and"/"but" starts when tokens [from, to) are a clause with a finite
 * "be", "have" or modal of its own, the joiner after a word in lower case, then a few words; else -1.
 */
function clauseJoinedSubject(stream: TokenStream, from: number, to: number): number {
  for (let k = to - 2; k > from + 2 && to - k <= 5; k--) {
    const w = lowerAt(stream, k);
    // (A name after the joiner is clauseJoinedName's, with its apposition.)
    if ((w !== 'and' && w !== 'but') || stream.tokens[k - 1].kind !== 'word' || isCapitalised(stream.tokens[k - 1]) || isCapitalised(stream.tokens[k + 1])) continue;
    // ("Gardaí maintained a presence at the school but the principal has stressed": after "but",
    // a verb in the past will do.)
    for (let v = from + 1; v < k - 1; v++) if (auxiliaryVerbs.has(lowerAt(stream, v))) return k + 1;
    return w === 'but' && pastWithin(stream, from + 1, k - 1) ? k + 1 : -1;
  }
  return -1;
}

/** Tokens [from, to) are a name in capitals, after its "the", with its "of", "and", "for" ("the University of Saskatchewan’s Toxicology Centre"). */
function bodyNameInCapitals(stream: TokenStream, from: number, to: number): boolean {
  if (from < to && lowerAt(stream, from) === 'the') from++;
  if (from >= to || !isCapitalised(stream.tokens[from]) || !isCapitalised(stream.tokens[to - 1])) return false;
  for (let i = from; i < to; i++) {
    const w = lowerAt(stream, i);
    if (!(stream.tokens[i].kind === 'word' && isCapitalised(stream.tokens[i])) && w !== 'of' && w !== 'and' && w !== 'for' && w !== 'the' && w !== "'s" && w !== '’s') return false;
  }
  return true;
}

/**
 * The token of a head that can speak, after a determiner and a modifier or two, before its present
 * participle and the participle's object ("The prosecutor handling the case", "the lawyer
 * representing the family"); -1 when tokens [from, to) are no such phrase. No preposition comes
 * before the participle ("the head of the team leading …" is read elsewhere), and a determiner or a
 * name opens its object ("the winter railroading report" is a report).
 */
function headBeforeParticiple(stream: TokenStream, from: number, to: number): number {
  if (!determiners.has(lowerAt(stream, from))) return -1;
  for (let p = from + 1; p <= from + 3 && p + 2 < to; p++) {
    const w = lowerAt(stream, p);
    if (stream.tokens[p].kind !== 'word' || prepositions.has(w)) return -1;
    if (canSpeak(w) && /^[a-z]{3,}ing$/.test(lowerAt(stream, p + 1)) && (determiners.has(lowerAt(stream, p + 2)) || isCapitalised(stream.tokens[p + 2]))) return p;
  }
  return -1;
}

/** Tokens from `from`: one or two modifiers, a plural that can speak, a participle, then a preposition ("Liberal cabinet ministers meeting in …"). */
function pluralAfterModifiers(stream: TokenStream, from: number, to: number): boolean {
  for (let p = from + 1; p <= from + 2 && p + 2 < to; p++) {
    if (!isPluralSpeaker(lowerAt(stream, p)) || !/[a-z](?:ed|ing)$/.test(lowerAt(stream, p + 1)) || !prepositions.has(lowerAt(stream, p + 2))) continue;
    for (let k = from; k < p; k++) if (stream.tokens[k].kind !== 'word' || determiners.has(lowerAt(stream, k)) || prepositions.has(lowerAt(stream, k))) return false;
    return true;
  }
  return false;
}

/**
 * "State and territory health ministers said", "Federal and provincial officials said": a plural
 * that can speak, after words in lower case, opening the sentence.
 */
function pluralSubject(stream: TokenStream, from: number, to: number): boolean {
  if (from > 0 && !endsSentence(stream, from - 1)) return false;
  // ("University and college students in Windsor say": where they are after the plural.)
  let head = to - 1;
  for (let p = Math.max(from + 3, to - 4); p < to - 1; p++) {
    if (placePrepositions.has(lowerAt(stream, p)) && !isCapitalised(stream.tokens[p])) {
      head = p - 1;
      break;
    }
  }
  if (head - from < 3 || head - from > 5 || !isPluralSpeaker(lowerAt(stream, head))) return false;
  for (let i = from + 1; i <= head; i++) if (isCapitalised(stream.tokens[i])) return false;
  return true;
}

/** Prepositions of where a group is ("students in Windsor", "officials across the province"). */
const placePrepositions = new Set(['in', 'at', 'from', 'across', 'throughout']);

/** Words before a day that open a sentence's time: "On Sunday", "Last Monday". */
const dayOpeners = new Set(['on', 'last', 'this', 'late', 'early']);
const dayWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);

/** Where a time ending at token `end` starts ("on Monday night", "last week", "yesterday"), or `end` when none does. */
function timeBefore(stream: TokenStream, floor: number, end: number): number {
  let t = end;
  while (t - 1 > floor && timeWords.has(lowerAt(stream, t - 1))) t--;
  if (t === end) return end;
  const lead = t - 1 > floor && timeLeads.has(lowerAt(stream, t - 1)) ? t - 1 : t;
  // ("People arrested last week said": the participle's time, part of who they are.)
  if (lead - 1 >= floor && /[a-z]ed$/.test(lowerAt(stream, lead - 1)) && !isCapitalised(stream.tokens[lead - 1])) return end;
  if (lead < t) return lead;
  // A day alone ("Baghel Monday said"); "earlier", "later" alone are adverbs, left to preVerbWords.
  return dayWords.has(lowerAt(stream, t)) ? t : end;
}

/**
 * Where a phrase of the occasion or medium of a speech ("in a statement", "at a press conference",
 * "during a meeting with reporters", "on Twitter") starts, when one stands right before `end` after
 * a subject's word; else `end`. The phrase is words only, a dozen at most, and holds an occasion noun.
 */
function occasionBefore(stream: TokenStream, floor: number, end: number): number {
  const toks = stream.tokens;
  let start = end;
  let occasion = false;
  for (let k = end - 1; k > floor && end - k <= 12; k--) {
    const t = toks[k];
    if (t.kind !== 'word' && t.text !== "'s" && t.text !== '’s') break;
    const w = lowerAt(stream, k);
    // (No clause: "Hua told reporters at a daily briefing in Beijing that China expresses".)
    if (w === 'that' || relativeWords.has(w)) break;
    if (occasionNouns.has(w)) occasion = true;
    if (occasion && occasionPrepositions.has(w) && !isCapitalised(t) && toks[k - 1].kind === 'word') start = k;
    // ("Kinew later speaking to media said": a participle of speaking, with no commas.)
    if (speakingParticiples.has(w) && toks[k - 1].kind === 'word') start = laterWords.has(lowerAt(stream, k - 1)) && k - 1 > floor ? k - 1 : k;
  }
  return start;
}
const speakingParticiples = new Set(['speaking', 'talking', 'addressing', 'responding']);
const laterWords = new Set(['later', 'also', 'then', 'again', 'earlier']);

/**
 * [from, to) as capitalised words joined by one "of", "for" or "on" ("Buses of Somerset", "Friends
 * of the Earth"), with any "and" after it ("National Directorate for Fire and Emergency
 * Management"): where the joiner stands and whether an "and" came; undefined when it is none.
 */
function bodyName(stream: TokenStream, from: number, to: number): { joiner: number; withAnd: boolean } | undefined {
  const toks = stream.tokens;
  let of = -1;
  let withAnd = false;
  for (let k = from; k < to; k++) {
    const w = lowerAt(stream, k);
    if (w === 'of' || w === 'for' || w === 'on') {
      if (of >= 0 || k === from || k + 1 >= to) return undefined;
      of = k;
    } else if ((w === 'and' || w === '&') && of >= 0 && k > of + 1 && k + 1 < to) withAnd = true;
    else if (!(toks[k].kind === 'word' && isCapitalised(toks[k])) && !(w === 'the' && k === of + 1)) return undefined;
  }
  return of > from && isCapitalised(toks[to - 1]) ? { joiner: of, withAnd } : undefined;
}

/** How many words (1 or 2) of a known place open [from, limit): "Sri Lanka" in "Sri Lanka Dayasriri Jayasekera"; 0 when none. */
function placePrefix(stream: TokenStream, from: number, limit: number): number {
  if (from + 1 < limit && PLACES.has(`${lowerAt(stream, from)} ${lowerAt(stream, from + 1)}`)) return 2;
  return from < limit && PLACES.has(lowerAt(stream, from)) ? 1 : 0;
}

/** Title words that modify a title and end none ("Health Minister", but "Unity Health"). */
const titleModifiers = new Set(['foreign', 'defence', 'defense', 'finance', 'health', 'treasury', 'state', 'house', 'senate', 'majority', 'minority', 'opposition', 'former', 'late', 'acting', 'interim', 'federal', 'provincial', 'national', 'executive', 'first', 'crown', 'vice', 'prime']);

/** Titles of members elected for a constituency, written after its name ("West Somerset MP"). */
const constituencyTitles = new Set(['mp', 'mla', 'mpp', 'msp', 'mna', 'td', 'mep', 'ms']);

const occasionPrepositions = new Set(['in', 'at', 'during', 'via', 'through', 'on']);
const occasionNouns = new Set([
  'statement', 'statements', 'conference', 'interview', 'briefing', 'meeting', 'address', 'speech', 'post', 'tweet', 'letter',
  'release', 'hearing', 'session', 'rally', 'event', 'ceremony', 'video', 'message', 'gathering', 'seminar', 'webinar',
  'broadcast', 'podcast', 'remarks', 'appearance', 'twitter', 'facebook', 'instagram', 'radio', 'television',
  // ("The prosecution on its part urged …".)
  'part',
]);

export const timeWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'earlier', 'later', 'recently']);
export const timeLeads = new Set(['on', 'last', 'this', 'late', 'early', 'next']);

/** "the former …", "a onetime …": what someone used to be. */
const formerWords = new Set(['former', 'onetime', 'one-time', 'ex', 'erstwhile']);

/** The speaker right after a speech verb ("said Lorne Fitch", "says the affable proprietor",
 * "says Cambridge cartoonist Andre Campbell", "says Campbell’s partner, Jason Louth"). */
export function speakerAfterVerb(stream: TokenStream, verb: number, ceiling: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  const i = verb + 1;
  if (i >= ceiling) return undefined;
  const w = lowerAt(stream, i);
  if (personalPronouns[w] && w !== 'i') return { kind: 'pronoun', from: i, to: i + 1 };
  // ("According to him, his release was …": an object pronoun after "according to".)
  if (objectGenders[w] !== undefined && lowerAt(stream, verb) === 'to') return { kind: 'pronoun', from: i, to: i + 1 };
  // "said in a statement": circumstances, not a speaker; "said that he …", "said she's glad to
  // see Mounties", "said there's a growing awareness of …": the clause said.
  if (prepositions.has(w) || w === 'that' || PRONOUN_CONTRACTION.test(w) || isContractedVerb(w)) return undefined;
  // The phrase runs to the first comma, stop or relative word.
  let to = i;
  // (Nor past how or when it was said: "said Costa Rica coach Amelia Valverde through an interpreter".)
  // (Nor past a participle after the name: "said … MPP David Piccini speaking to Today’s Northumberland".)
  while (to < ceiling && to - i < 12 && (toks[to].kind === 'word' || ["'", '’', '-', '&'].includes(toks[to].text)) && !(to > i && (relativeWords.has(lowerAt(stream, to)) || mannerLeads.has(lowerAt(stream, to)) || (speakingParticiples.has(lowerAt(stream, to)) && isCapitalised(toks[to - 1]))) && !isCapitalised(toks[to]))) to++;
  if (to === i) return undefined;
  // "said Acting Officer-In-Charge (A/OIC) Supt. Sanjaya Wijayakoon": a title, its abbreviation in
  // brackets, then the person.
  if (toks[to]?.text === '(') {
    const close = closingBracket(stream, to, ceiling, 6);
    let titles = true;
    for (let k = i; k < to && titles; k++) titles = toks[k].kind !== 'word' || titleWords.has(bareAt(stream, k)) || canSpeak(lowerAt(stream, k));
    if (titles && close >= 0 && close + 1 < ceiling && isCapitalised(toks[close + 1])) {
      const after = speakerAfterVerb(stream, close, ceiling);
      if (after?.kind === 'name') return after;
    }
  }
  // An apposition after a role: "says Campbell’s partner, Jason Louth".
  // (Or after a capitalised title and where it is held, when a person's name follows: "said the
  // Acting Provincial Commissioner of the police in Gauteng, Major General Tommy Mthombeni".)
  const roleOnly = !isCapitalised(toks[to - 1]);
  const titledRole = !roleOnly && determiners.has(w) && hasTitleWord(stream, i + 1, to);
  if ((roleOnly || titledRole) && to < ceiling && toks[to].text === ',' && to + 1 < ceiling && isCapitalised(toks[to + 1])) {
    const run = nameRunStartingAt(stream, to + 1, ceiling);
    if (run && isNameRun(stream, run[0], run[1]) && (run[1] >= ceiling || [',', '.', '—', ';'].includes(toks[run[1]].text))) {
      const [a, b] = personPart(stream, run[0], run[1]);
      if (roleOnly || (b - a >= 2 && looksLikePersonName(runWordsOf(stream, a, b)))) return { kind: 'name', from: a, to: b };
    }
  }
  // The last name run in the phrase that is not the object of a preposition.
  for (let k = i; k < to; k++) {
    const run = nameRunStartingAt(stream, k, to);
    if (!run) continue;
    const before = k > i ? lowerAt(stream, k - 1) : '';
    // ("said AFP Counter Terrorism and Special Investigations Command Assistant Commissioner
    // Stephen Nutt": after "and" inside a long title, the run that ends the phrase names the person.)
    const namesAfterTitle = before === 'and' && run[1] === to && personPart(stream, run[0], run[1])[0] > run[0];
    // ("a document titled White Paper": a title, not a speaker.)
    // ("said the former Maple Leaf": what the person once was, no name; "the former Prime Minister
    // Stephen Harper" names him after his title.)
    const formerly = formerWords.has(before) && k - 2 >= i && determiners.has(lowerAt(stream, k - 2)) && personPart(stream, run[0], run[1])[0] === run[0];
    const objectOf = prepositions.has(before) || before === 'the' || (before === 'and' && !namesAfterTitle) || namingWords.has(before) || formerly;
    // "said Oilers head coach Ken Hitchcock": a capitalised employer then a role; keep looking.
    const after = run[1] < to ? lowerAt(stream, run[1]) : '';
    const roleFollows = after !== '' && !isCapitalised(toks[run[1]]) && !prepositions.has(after) && !relativeWords.has(after);
    // ("Added Greenpeace Australia Pacific’s Shani Tager": an owner, then the person.)
    const ownerOfNext = endsWithApostropheS(toks[run[1] - 1].text) && run[1] < to && isCapitalised(toks[run[1]]);
    if (!objectOf && !roleFollows && !ownerOfNext && isNameRun(stream, run[0], run[1])) {
      const [a, b] = personPart(stream, run[0], run[1]);
      return { kind: 'name', from: a, to: b };
    }
    k = run[1] - 1;
  }
  // "according to sources familiar with the situation", "according to administration officials
  // unauthorized to speak publicly": a plural that can speak, after a modifier or none, then what
  // says who they are, the whole phrase.
  const plural = qualifiedPlural(stream, i, to);
  if (plural) return plural;
  // ("according to court documents", "according to recent surveys": records with a modifier or two.)
  if (lowerAt(stream, verb) === 'to' && to - i <= 3 && recordPlurals.has(lowerAt(stream, to - 1))) return { kind: 'phrase', from: i, to };
  // ("according to local leaders": a plural that speaks, after a modifier or two in lower case;
  // after a verb such a plural may be its object, "tried to reassure nurses, saying …".)
  if (determiners.has(w) || endsWithApostropheS(toks[i].text) || speakerNouns.has(lowerAt(stream, to - 1)) || (lowerAt(stream, verb) === 'to' && to - i <= 3 && isPluralSpeaker(lowerAt(stream, to - 1)) && !isCapitalised(toks[i]))) {
    let end = to;
    // Keep the head of the phrase: "a statement released by the office" → "a statement".
    // (Not after an adjective that qualifies a person by the phrase: "a person familiar with the talks".)
    for (let k = i + 1; k < to; k++) {
      const next = lowerOr(stream, k + 1, k);
      if (prepositions.has(lowerAt(stream, k)) && postnominalAdjectives.has(lowerAt(stream, k - 1))) break;
      // ("according to one of the caretakers": a part of a group is named with the group.)
      if (k === i + 1 && lowerAt(stream, k) === 'of' && partitiveWords.has(w)) continue;
      if (prepositions.has(lowerAt(stream, k)) || (/ed$/.test(lowerAt(stream, k)) && prepositions.has(next))) { end = k; break; }
    }
    // "says the program has helped her": a clause, not an inverted speaker.
    for (let k = i + 1; k < end; k++) if (auxiliaryVerbs.has(lowerAt(stream, k))) return undefined;
    return { kind: 'phrase', from: i, to: end };
  }
  return undefined;
}


/**
 * [from, to) is a plural that speaks as a group, after at most two modifiers, then a postnominal
 * adjective or a participle qualifying it ("sources familiar with the matter", "administration
 * officials unauthorized to speak publicly"): that whole phrase.
 */
function qualifiedPlural(stream: TokenStream, from: number, to: number): SpeakerPhrase | undefined {
  for (let k = from; k < to - 1 && k - from <= 2; k++) {
    if (stream.tokens[k].kind !== 'word' || isCapitalised(stream.tokens[k])) return undefined;
    const w = lowerAt(stream, k);
    if (!isPluralSpeaker(w)) continue;
    const next = lowerAt(stream, k + 1);
    return postnominalAdjectives.has(next) || /^un[a-z]+ed$/.test(next) ? { kind: 'phrase', from, to } : undefined;
  }
  return undefined;
}

/** A run that can name someone: not only sentence words ("A", "The") and not a lone initial. */
export function isNameRun(stream: TokenStream, from: number, to: number): boolean {
  // Abbreviations of places are no names ("Mo.", "N.B.", "B.C.").
  if (to - from === 1 && endsWithStop(stream.tokens[from].text) && SHORT_ABBREVIATION.test(stream.tokens[from].text)) return false;
  // Datelines in capitals ("NEW YORK (Reuters) —") are places; a given name opens a person's
  // name some house styles write in capitals ("JEREMY HUNT admitted").
  if (to - from >= 2 && allInCapitals(stream, from, to) && !(stream.tokens[from].text.length >= 4 && isGivenName(foldWord(lowerAt(stream, from))))) return false;
  for (let i = from; i < to; i++) {
    const w = withoutFinalMark(lowerAt(stream, i));
    if (!nonNameWords.has(w) && !nameParticles.has(w) && w.length > 1) return true;
  }
  return false;
}

function allInCapitals(stream: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!allCapitals(stream.tokens[i].text)) return false;
  return true;
}

const endsWithStop = (w: string): boolean => w.charCodeAt(w.length - 1) === 46;

/** ALL_CAPITALS.test(w). */
const allCapitals = (w: string): boolean => capitalsAndMarks(w, isDotApostropheOrHyphen, ALL_CAPITALS);
const isDotApostropheOrHyphen = (c: number): boolean => c === 46 || c === 39 || c === 45;

const isFinalMark = (c: number): boolean => c === 46 || c === 39 || c === 0x2019;

/** The word without a final stop or apostrophe, or one before a final "s" (/[.’']s?$/): "jr.", "o’", "u.s". */
function withoutFinalMark(w: string): string {
  const n = w.length;
  if (n >= 1 && isFinalMark(w.charCodeAt(n - 1))) return w.slice(0, -1);
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && isFinalMark(w.charCodeAt(n - 2))) return w.slice(0, -2);
  return w;
}

/** A plural head that speaks as a group ("officials", "witnesses", "police"). */
export function isPluralSpeaker(w: string): boolean {
  return w === 'police' || w === 'staff' || w === 'people' || w === 'media' || w === 'enforcement' || (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && canSpeak(w));
}

/** Bodies whose plural speaks ("Rights organizations said", "agencies say"); documents' plurals do not ("city documents say"). */
const bodyNouns = new Set(['organization', 'organisation', 'agency', 'company', 'firm', 'union', 'government', 'department', 'ministry', 'council', 'committee', 'party', 'association', 'charity', 'institution', 'bank', 'school', 'university', 'hospital', 'club', 'team', 'league']);

/** A head noun that can name someone who speaks: a person, a role or a body. */
export function canSpeak(head: string): boolean {
  const h = stripPossessive(head);
  // "sergeant-at-arms", "editor-in-chief": the first part names the role.
  if (/^[a-z]+-(at|in|of)-[a-z]+$/.test(h)) return canSpeak(h.slice(0, h.indexOf('-')));
  if (speakerNouns.has(h) || personNouns.has(h) || organisationNouns.has(h) || isRoleNoun(h) || isAgeNoun(h) || /(people|men|women|members|workers|staff|residents|officials|users|groups|leaders|experts|unit|witnesses|neighbours|neighbors|victims|families|parents|students|nurses|fans|locals|villagers|critics|lawmakers|legislators|authorities|representatives|executives|detectives|relatives|employees|opponents|mps|msps|mlas|meps|tds|body|media|enforcement|agents|brokers|realtors|homeowners|landlords|tenants|consumers|voters|trustees|trustee|bosses|boss)$/.test(h)) return true;
  // Plurals of roles: "protesters say", "economists warned".
  // (Agents only: "documents say", "reports indicated" are sources, not speakers.)
  const one = h.slice(0, -1);
  return h.endsWith('s') && ((AGENT_ENDING.test(one) && isRoleNoun(one)) || personNouns.has(one) || bodyNouns.has(one) || (h.endsWith('ies') && bodyNouns.has(h.slice(0, -3) + 'y')));
}

/** A plural that can speak just before "who" at token `who`, past one comma, with its modifiers. */
export function pluralBeforeWho(stream: TokenStream, s: number, who: number): SpeakerPhrase | undefined {
  const last = stream.tokens[who - 1]?.text === ',' ? who - 2 : who - 1;
  if (last <= s || !isPluralSpeaker(lowerAt(stream, last)) || isCapitalised(stream.tokens[last])) return undefined;
  // (Its modifiers in lower case, up to two, after a preposition or a determiner: "drew reaction
  // from opposition politicians, who said …".)
  let from = last;
  while (from - 1 > s && last - from < 2 && stream.tokens[from - 1].kind === 'word' && !isCapitalised(stream.tokens[from - 1]) && !prepositions.has(lowerAt(stream, from - 1)) && !determiners.has(lowerAt(stream, from - 1)) && !verbLike(lowerAt(stream, from - 1)) && !JOINERS.has(lowerAt(stream, from - 1))) from--;
  return { kind: 'phrase', from, to: last + 1 };
}

const JOINERS = new Set(['and', 'or', 'but']);

/** A word that reads as a verb's form rather than a modifier: in -ed, or a finite "be"/"have". */
function verbLike(w: string): boolean {
  return /[a-z]ed$/.test(w) || copulas.has(w) || w === 'has' || w === 'have' || w === 'had';
}

/** Words after an inverted tag's speaker that say how or when it was said, not who said it. */
const mannerLeads = new Set(['through', 'via', 'during', 'while']);

/** The name (a surname after a title will do) just before "who" at token `who`, past one comma. */
export function nameBeforeWho(stream: TokenStream, s: number, who: number): SpeakerPhrase | undefined {
  const last = stream.tokens[who - 1]?.text === ',' ? who - 2 : who - 1;
  if (last <= s || !isCapitalised(stream.tokens[last])) return undefined;
  const run = nameRunEndingAt(stream, last, s);
  if (!run || run[1] !== last + 1) return undefined;
  const [a, b] = personPart(stream, run[0], run[1]);
  return b > a && isNameRun(stream, a, b) ? { kind: 'name', from: a, to: b } : undefined;
}
