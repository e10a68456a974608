// Finds who a direct quote is attributed to: a speech verb with its subject after the quote
// (“...,” Bessent said / “...,” said Lorne Fitch / “...,” according to the memo) or before it
// (Trump said: “...” / Orban welcomed the news, saying, “...”).
import { auxiliaryVerbs, documentNouns, irregularPasts, isBeliefVerb, isContractedVerb, isReportingVerb, isRoleNoun, isWhOnlyVerb, partyNouns, personalPronouns, quantityOpeners, isSentenceAdverb, speechVerbStem } from './lexicon';
import { looksLikePersonName, nameRunStartingAt, personPart } from './names';
import { afterClauseJoiner, isNameRun, nameBeforeWho, speakerAfterVerb, speakerBeforeVerb, type SpeakerPhrase } from './speakerPhrase';
import { endsSentence, endsWithApostropheS, isAccordingTo, isCapitalised, isQuoteMarkToken, lowerAt, lowerOr, TokenClass, type TokenStream } from './tokenStream';

export interface Attribution {
  speaker: SpeakerPhrase;
  /** Token index of the speech verb (or of "according"). */
  verb: number;
  /** Token index just after the attribution's last word. */
  end: number;
}

/** A lower-case speech verb at token i ("said", "posted"), by its stem. */
export function verbAt(stream: TokenStream, i: number): string | undefined {
  // The stem was read with the token's classes: most words are no speech verb.
  if ((stream.classes[i] & TokenClass.speechVerb) === 0) return undefined;
  // "a claim", "the call", "his post": nouns, not verbs
  const prev = stream.tokens[i - 1];
  // ("Some said that …": after "some", a past is the verb.)
  // (A pronoun's "'s" is its verb: "she’s reminding people …".)
  if (prev && ((nounMarkers.has(lowerAt(stream, i - 1)) && !(lowerAt(stream, i - 1) === 'some' && PAST_FORM.test(lowerAt(stream, i)))) || (endsWithApostropheS(prev.text) && !isContractedVerb(lowerAt(stream, i - 1))))) return undefined;
  // "New York state Senate leader", "Rakhine state": after a name, "state" is the noun; so is a
  // plural after "the" and a name ("the NFL protests", "the RCMP reports").
  if (prev && isCapitalised(prev) && (lowerAt(stream, i) === 'state' || (i >= 2 && lowerAt(stream, i - 2) === 'the' && pluralNouns.has(lowerAt(stream, i))))) return undefined;
  const stem = stream.verbStems?.[i];
  // ("questioned whether …", "discussed how …": these report only a question's clause.)
  if (stem !== undefined && isWhOnlyVerb(stem) && !WH_OPENERS.has(lowerOr(stream, i + 1, i))) return undefined;
  return stem === 'comment' && commentsOnTopic(stream, i) ? undefined : stem;
}
const WH_OPENERS = new Set(['how', 'why', 'what', 'whether', 'where', 'when']);

/**
 * "has not commented on the summit", "Commenting on his lack of power": a comment at `i` on a
 * topic, which reports nothing ("commented on Twitter", "on Monday" still say where and when).
 */
export function commentsOnTopic(stream: TokenStream, i: number): boolean {
  return topicMarkers.has(lowerOr(stream, i + 1, i)) && stream.tokens[i + 2] !== undefined && !isCapitalised(stream.tokens[i + 2]);
}
const topicMarkers = new Set(['on', 'upon', 'about']);

/** Speech-verb forms that are plural nouns after "the" and a name ("the NFL protests"); "the U.S. alleges" is a verb. */
const pluralNouns = new Set(['protests', 'reports', 'claims', 'calls', 'posts', 'tweets', 'comments', 'statements', 'releases', 'updates', 'warnings', 'replies', 'answers', 'responses', 'demands', 'charges', 'promises', 'pledges', 'offers', 'messages', 'texts', 'emails', 'quotes', 'signals']);

/** First token of the sentence holding token i, not before floor. */
export function sentenceStart(stream: TokenStream, i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && !endsSentence(stream, k)) k--;
  return k + 1;
}

/** Index of the token ending the sentence from token i on (or ceiling). */
export function sentenceEnd(stream: TokenStream, i: number, ceiling: number): number {
  let k = i;
  while (k < ceiling && !endsSentence(stream, k)) k++;
  return k;
}

const embedding = new Set(['that', 'as', 'if', 'whether', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'of', 'to', 'for', 'by', 'with', 'from', 'about', 'than', 'be', 'is', 'was', 'are', 'were', 'been', 'being', 'and', 'or']);
// ("in charge", "in reply", "in response", "in protest": a word right after "in" is a noun.)
/** A speech verb's past form ("noted", "said", "told", "wrote"). */
export const PAST_FORM = /^(?:[a-z]+ed|said|told|wrote)$/;
const nounMarkers = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'every', 'each', 'any', 'some', 'one', 'whose', 'in']);

/** Words that may stand between a speech verb and the quote it introduces. */
const introTail = new Set([
  'on', 'in', 'at', 'to', 'during', 'via', 'over', 'with', 'from', 'a', 'an', 'the', 'his', 'her', 'its',
  'their', 'statement', 'interview', 'news', 'conference', 'release', 'email', 'e-mail', 'emailed',
  'written', 'post', 'tweet', 'video', 'speech', 'letter', 'message', 'reporters', 'journalists',
  'media', 'social', 'platform', 'him', 'her', 'them', 'us', 'me', 'later', 'earlier', 'then', 'also',
  'again', 'simply', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'last', 'this', 'week', 'morning', 'afternoon', 'evening', 'night', 'yesterday', 'today',
  'once', 'repeatedly', 'publicly', 'bluntly', 'flatly', 'simply', 'firmly', 'audience', 'crowd',
  'supporters', 'host', 'reply', 'response', 'answer', 'briefing', 'account', 'website', 'page',
]);

/** "according to X", "as per X": the speaker after "to". */
function accordingTo(stream: TokenStream, i: number, ceiling: number): Attribution | undefined {
  if (!isAccordingTo(stream, i)) return undefined;
  const sp = speakerAfterVerb(stream, i + 1, ceiling);
  if (!sp) return undefined;
  // "according to the Director General of the Nigeria Centre for Disease Control and Prevention
  // (NCDC), Jide Idris.": a role, then the person's name after its comma, closing the sentence.
  const named = sp.kind === 'phrase' ? nameClosingRole(stream, sp.to, ceiling) : undefined;
  return named ? { speaker: named, verb: i, end: named.to } : { speaker: sp, verb: i, end: sp.to };
}

/** A person's full name after the last comma in [from, ceiling), with nothing but the sentence's end after it. */
function nameClosingRole(stream: TokenStream, from: number, ceiling: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  let end = ceiling;
  while (end > from && (toks[end - 1].kind !== 'word' || endsSentence(stream, end - 1)) && toks[end - 1].text !== ',') end--;
  let comma = end - 1;
  while (comma >= from && end - comma <= 5 && toks[comma].text !== ',') comma--;
  if (comma < from || end - comma <= 2 || comma - from > 16) return undefined;
  const run = nameRunStartingAt(stream, comma + 1, end);
  if (!run || run[1] !== end || !isNameRun(stream, run[0], run[1])) return undefined;
  const words: string[] = [];
  for (let k = run[0]; k < run[1]; k++) words.push(toks[k].text);
  return looksLikePersonName(words) ? { kind: 'name', from: run[0], to: run[1] } : undefined;
}

/** A capitalised participle opening a sentence ("Dismissing", "Speaking", "Asked"). */
export const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u;

/** Words opening a phrase before a sentence's subject ("In the hot seat …, Premier … dug in"). */
const openingPrepositions = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'despite', 'amid', 'with', 'without', 'for', 'from', 'under', 'following', 'since', 'unlike', 'like', 'by', 'as', 'while', 'when']);

const leadingConjunctions = new Set(['but', 'and', 'yet', 'so']);

/** Words that join a role to what follows it ("spokesman for", "head of"), so no name follows the role. */
const roleJoiners = new Set(['for', 'of', 'at', 'with', 'and', 'in', 'on', 'to', 'from', 'by', 'the', 'a', 'an']);

/** The subject at the start of a sentence: a name, a pronoun or a short noun phrase. */
export function sentenceSubject(stream: TokenStream, start: number, ceiling: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  if (start >= ceiling) return undefined;
  // "But on the eve of the announcement, Coun. Mike Layton questioned …": a conjunction first.
  const joined = start + 1 < ceiling && isCapitalised(toks[start]) && leadingConjunctions.has(lowerAt(stream, start));
  if (joined) start++;
  // "Dismissing concerns about the slowdown, Prasad cited ...": an opening participle's clause
  // ends at its comma; the subject follows.
  // "In the hot seat for comparing …, Premier François Legault dug in": so does an opening
  // prepositional phrase's.
  if (OPENING_PARTICIPLE.test(toks[start].text) || ((joined || isCapitalised(toks[start])) && openingPrepositions.has(lowerAt(stream, start)))) {
    let c = start + 1;
    while (c < ceiling && toks[c].text !== ',' && !verbAt(stream, c)) c++;
    if (c < ceiling && toks[c].text === ',') start = c + 1;
  }
  // "Besides, they were said to have shut the school, ... saying ...": the subject follows the adverb.
  if (start + 2 < ceiling && toks[start + 1].text === ',' && isSentenceAdverb(toks[start].text)) start += 2;
  const w = lowerAt(stream, start);
  if (personalPronouns[w]) return { kind: 'pronoun', from: start, to: start + 1 };
  // The subject ends at the first verb-like word: find the first speech verb, verb in the past
  // ("The office published a notice saying that …") or comma.
  let k = start;
  // (Or an auxiliary: "The vice-chancellor of the varsity has taken notice … adding that".)
  while (k < ceiling && toks[k].text !== ',' && !verbAt(stream, k) && !pastVerbAt(stream, k, start) && !(k > start && auxiliaryVerbs.has(lowerAt(stream, k)))) k++;
  // ("About 100 people gathered …, calling for …": a quantity opening the sentence is no name.)
  let run = quantityOpens(stream, start, k) ? undefined : nameRunStartingAt(stream, start, k);
  // "Bolton manager Owen Coyle was ...": an employer, a role, then the person the role describes.
  // ("Alliance Party education spokesperson Nick Mathison": the role's modifier too.)
  if (run) {
    // (Not "A spokesman for Spitfire Bespoke Homes": no preposition between, and a role last.)
    let r = run[1];
    // ("PNP officer in charge Police Lt. General Archie Gamboa": "in charge" is the role's.)
    let roleLast = -1;
    while (r < k && r - run[1] < 4 && toks[r].kind === 'word' && !isCapitalised(toks[r])) {
      const inCharge = lowerAt(stream, r) === 'in' && lowerOr(stream, r + 1, r) === 'charge';
      if (roleJoiners.has(lowerAt(stream, r)) && !inCharge) break;
      if (!inCharge) roleLast = r;
      r += inCharge ? 2 : 1;
    }
    const named = roleLast >= 0 && isRoleNoun(lowerAt(stream, roleLast)) ? nameRunStartingAt(stream, r, k) : undefined;
    // (Its titles aside: "Police Lt. General Archie Gamboa".)
    const person = named ? personPart(stream, named[0], named[1]) : undefined;
    if (named && person && isNameRun(stream, person[0], person[1]) && looksLikePersonName(toks.slice(person[0], person[1]).map((t) => t.text))) run = named;
  }
  // "Manitoba's health minister tried to quell fears …, saying": an owner's name in the possessive
  // before a role in lower case is no subject; the role it owns is.
  if (run && run[1] < k && endsWithApostropheS(toks[run[1] - 1].text) && toks[run[1]].kind === 'word' && !isCapitalised(toks[run[1]]) && isRoleNoun(lowerAt(stream, k - 1))) return { kind: 'phrase', from: start, to: k };
  // "The Ellisville Republican took the stage": a party member described, not named. (A party's
  // word alone is a surname: "“…,” Tory said" is Toronto's mayor John Tory.)
  if (run && partyNouns.has(lowerAt(stream, run[1] - 1)) && (run[1] - start >= 2)) return { kind: 'phrase', from: start, to: run[1] };
  // The run is the subject when the clause's verb follows it ("Viktor Orbán welcomed the news").
  // (A title "of" a place or body, then the person: "Sports Minister of Sri Lanka Dayasriri
  // Jayasekera called …" is read as a whole below.)
  const titleOf = run !== undefined && (lowerOr(stream, run[1], k) === 'of' || lowerOr(stream, run[1], k) === 'for') && run[1] + 1 < k && isCapitalised(toks[run[1] + 1]);
  if (run && !titleOf && (run[1] === k || (toks[run[1]].kind === 'word' && !isCapitalised(toks[run[1]])))) {
    const [a, b] = personPart(stream, run[0], run[1]);
    if (isNameRun(stream, run[0], run[1]) || isNameRun(stream, a, b)) return { kind: 'name', from: a, to: b };
  }
  return speakerBeforeVerb(stream, start, k);
}

/** Tokens [start, k) open with a quantity: an approximator, then a number. */
function quantityOpens(stream: TokenStream, start: number, k: number): boolean {
  return start + 1 < k && quantityOpeners.has(lowerAt(stream, start)) && /^\d/.test(stream.tokens[start + 1].text);
}

/** A word in the past tense after the subject's first word, not after an article ("the detained man"). */
export function pastVerbAt(stream: TokenStream, k: number, start: number): boolean {
  if (k <= start) return false;
  const t = stream.tokens[k];
  if (t.kind !== 'word' || isCapitalised(t) || !(PAST_TENSE.test(lowerAt(stream, k)) || irregularPasts.has(lowerAt(stream, k)))) return false;
  const before = lowerAt(stream, k - 1);
  return before !== 'the' && before !== 'a' && before !== 'an';
}
const PAST_TENSE = /^[a-z]{3,}ed$/;

/** Verbs whose object follows them ("denied the reports", "expressed concern"): no tag after words. */
const objectFirstVerbs = new Set(['deny', 'dispute', 'accuse', 'demand', 'express', 'offer', 'share', 'charge', 'call', 'describe']);

/** A speech verb at token i that may tag words before it (“…,” she said / Trudeau said). */
function tagVerbAt(stream: TokenStream, i: number): string | undefined {
  const stem = verbAt(stream, i);
  if (stem === undefined) return readsDocument(stream, i) || documentReads(stream, i) ? 'say' : undefined;
  return objectFirstVerbs.has(stem) ? undefined : stem;
}

/** "“…,” read the statement", "reads a notice": a document's words, inverted after the quote. */
function readsDocument(stream: TokenStream, i: number): boolean {
  const w = lowerAt(stream, i);
  if ((w !== 'read' && w !== 'reads') || !documentOpeners.has(lowerAt(stream, i + 1))) return false;
  for (let k = i + 2; k <= i + 4 && k < stream.tokens.length; k++) if (documentNouns.has(lowerAt(stream, k)) || writtenNouns.has(lowerAt(stream, k))) return true;
  return false;
}
/** "“…,” a statement read", "the victim impact statement reads": a document, then "read". */
function documentReads(stream: TokenStream, i: number): boolean {
  const w = lowerAt(stream, i);
  if ((w !== 'read' && w !== 'reads') || i < 2 || !(documentNouns.has(lowerAt(stream, i - 1)) || writtenNouns.has(lowerAt(stream, i - 1)))) return false;
  for (let k = i - 2; k >= i - 4 && k >= 0; k--) {
    if (documentOpeners.has(lowerAt(stream, k))) return true;
    if (stream.tokens[k].kind !== 'word') return false;
  }
  return false;
}
const documentOpeners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Things with words on them beyond `documentNouns`, which "read" ("read a sign outside"). */
const writtenNouns = new Set(['note', 'sign', 'caption', 'banner', 'placard', 'text', 'citation', 'order', 'judgment', 'ruling']);

/**
 * An attribution after a closing mark, from token `from` up to `ceiling` (the next quote or the
 * block's end). `strict` (the quote closed a full sentence) accepts only a short tag like
 * “...” Trump said. — a following sentence of its own is not an attribution.
 */
export function attributionAfter(stream: TokenStream, from: number, ceiling: number, strict: boolean): Attribution | undefined {
  const toks = stream.tokens;
  let i = from;
  while (i < ceiling && (toks[i].text === ',' || toks[i].text === '—' || /^[”’"']+$/u.test(toks[i].text))) i++;
  if (i >= ceiling) return undefined;
  const end = sentenceEnd(stream, i, ceiling);
  const limit = Math.min(end, i + 40);
  // The sentence's own end, past any quoted phrase inside it ("While critics say ... a “middle
  // man” ..."), measures whether it is a short tag.
  const sentenceStop = strict ? sentenceEnd(stream, i, toks.length) : end;
  const acc = accordingTo(stream, i, limit);
  if (acc) return acc;
  // ("told X" names whom it was told to, and ", saying that ..." goes on with the clause: never
  // an inverted tag.)
  const first = /ing$/.test(lowerAt(stream, i)) ? undefined : tagVerbAt(stream, i);
  if (first && first !== 'tell') {
    const sp = speakerAfterVerb(stream, i, limit);
    if (sp) return { speaker: sp, verb: i, end: sp.to };
  }
  for (let j = i; j < limit; j++) {
    if (isAccordingTo(stream, j)) {
      const a = accordingTo(stream, j, limit);
      if (a) return a;
    }
    const tagStem = tagVerbAt(stream, j);
    if (!tagStem) continue;
    if (strict && sentenceStop - j > 10) return undefined;
    // "…, MLAs were told": the subject of a passive "told" is who heard it, not who said it.
    if (j > i && passiveAuxiliaries.has(lowerAt(stream, j - 1)) && heardStems.has(tagStem)) return undefined;
    const sp = speakerBeforeVerb(stream, i, j) ?? (j === i && first !== undefined && first !== 'tell' ? speakerAfterVerb(stream, j, limit) : undefined);
    // After a quote ending its sentence (“... trusting.”), “Zelenskyy said nothing.” is a sentence
    // of its own: a tag there has nothing after its verb but a time, a medium or a name.
    if (sp && strict && !onlyTagWords(stream, j + 1, sentenceStop)) return undefined;
    if (sp) return { speaker: sp, verb: j, end: j + 1 };
    // A verb whose subject is no speaker ("it could take years, said X" is handled above)
    if (j - i > 3) return undefined;
  }
  return undefined;
}

/**
 * Verbs by which a speaker characterises something in their own words, and what stands right
 * before the quoted words: the object ("called the plan “bold”"), "as" ("described it as “…”",
 * "dismissed it as a “…”") or "of" ("accusing him of “…”").
 */
const characterising = new Map<string, 'object' | 'as' | 'of'>();
for (const [joint, forms] of [
  ['object', 'call called calls calling term termed terms terming dub dubbed dubs dubbing label labelled labeled labels labelling labeling brand branded brands branding'],
  ['as', 'refer referred refers referring describe described describes describing characterize characterise characterized characterised characterizes characterises characterizing characterising dismiss dismissed dismisses dismissing portray portrayed portrays portraying hail hailed hails hailing decry decried decries decrying denounce denounced denounces denouncing'],
  ['of', 'accuse accused accuses accusing'],
] as const) for (const form of forms.split(' ')) characterising.set(form, joint);

/** Words opening a relative clause as a subject ("What the commission described ..."); lexicon's relativeWords are the joints after a noun. */
const relativeOpeners = new Set(['what', 'which', 'whatever', 'who', 'whom', 'that']);

/** Verbs whose passive subject heard the words: "were told", "was warned", "were informed". */
const heardStems = new Set(['tell', 'inform', 'warn', 'advise', 'assure', 'remind', 'notify', 'brief']);

/** "was described as", "were called": a passive verb's subject is no speaker. */
const passiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't"]);

const modals = new Set(['would', 'could', 'should', 'might', 'may', 'can', 'will', 'must', "wouldn't", "couldn't", "won't", "can't"]);

/** After "called", these make another verb ("called for", "called on", "Police called after …"), and a comma ends it. */
const verbParticles = new Set([',', 'on', 'for', 'after', 'in', 'to', 'by', 'at', 'off', 'up', 'out', 'back', 'into', 'upon', 'from', 'with', 'over']);

/** Words that may stand between "as"/"of" and the quoted words: "as a “…”", "of being “…”". */
const beforeQuoted = new Set(['a', 'an', 'the', 'being', 'simply', 'just', 'merely']);

/** Besides a determiner (nounMarkers), words after which "calls", "labels" are nouns ("on terms"). */
const prepositionsBeforeNoun = new Set(['these', 'those', 'of', 'on', 'in', 'for', 'by', 'with', 'at', 'from']);
/** Subjects a verb's bare form follows ("they call it"), besides "to" ("went on to call"). */
const bareFormSubjects = new Set(['to', 'i', 'we', 'they', 'you']);

/** "described the call as": the characterising verb at `j` is a noun here. */
function nounReading(stream: TokenStream, j: number, start: number): boolean {
  const verb = lowerAt(stream, j);
  const before = j > start ? lowerAt(stream, j - 1) : '';
  if (!/(ed|ing|s)$/.test(verb)) return !bareFormSubjects.has(before);
  return !/(ed|ing)$/.test(verb) && (nounMarkers.has(before) || prepositionsBeforeNoun.has(before));
}

/** Relative words that stand for a characterising verb's object ("what he called “…”"). */
const relativeObjects = new Set(['what', 'which', 'whatever']);
/** Nouns before a phrase only mentioned, not used ("coining the phrase “kids for cash”"). */
const mentionNouns = new Set(['phrase', 'term', 'word', 'words', 'slogan', 'expression', 'name', 'nickname', 'hashtag']);

/** "what he called", "what the minister called": the relative word a few words before the verb, or -1. */
function relativeBefore(stream: TokenStream, start: number, verb: number): number {
  for (let r = verb - 2; r >= start && verb - r <= 4; r--) if (relativeObjects.has(lowerAt(stream, r))) return r;
  return -1;
}

/** Words joining a second clause to the first: "… and shouted", "… and Arthur admitted". */
const clauseJoiners = new Set(['and', 'but']);

/** "Protesters jabbed their fingers and shouted …": the subject of the clause an "and"/"but" before `verb` joins. */
function joinedSubject(stream: TokenStream, start: number, verb: number): SpeakerPhrase | undefined {
  const joiner = verb - 1 > start ? lowerAt(stream, verb - 1) : '';
  return clauseJoiners.has(joiner) ? sentenceSubject(stream, start, verb - 1) : undefined;
}

/**
 * "Matt Peet said it was a first and Arthur admitted: “…”": a name right before the verb, after an
 * "and"/"but" that joins it to a clause (a word in lower case before the joiner, not "Smith and
 * Jones"), is that clause's subject.
 */
function nameOfJoinedClause(stream: TokenStream, start: number, verb: number): SpeakerPhrase | undefined {
  let a = verb;
  while (a - 1 > start && verb - a < 3 && isCapitalised(stream.tokens[a - 1])) a--;
  if (a === verb || a - 2 < start || !afterClauseJoiner(stream, a)) return undefined;
  return isNameRun(stream, a, verb) && looksLikePersonName(stream.tokens.slice(a, verb).map((t) => t.text)) ? { kind: 'name', from: a, to: verb } : undefined;
}

/** The quoted words at token `open` follow the joint the verb wants ("as", "of"), or any object. */
function jointBefore(stream: TokenStream, verb: number, open: number, joint: 'object' | 'as' | 'of'): boolean {
  if (open === verb + 1) return false;
  if (joint === 'object') return !verbParticles.has(lowerAt(stream, verb + 1));
  let k = open - 1;
  while (k > verb && beforeQuoted.has(lowerAt(stream, k))) k--;
  if (k > verb && lowerAt(stream, k) === joint) return true;
  // "accused the minister of getting her facts “completely wrong”": "of" and a gerund's phrase.
  if (joint !== 'of') return false;
  for (k = open - 1; k > verb && open - k <= 6 && stream.tokens[k].kind === 'word'; k--) {
    if (lowerAt(stream, k) === 'of') return /ing$/.test(lowerAt(stream, k + 1));
  }
  return false;
}

/**
 * "in what he called “the loneliest moment of my life.”": words a relative clause hands to its
 * subject, woven into the writer's sentence (a characterised fragment, not a statement).
 */
export function relativeCharacterisation(stream: TokenStream, floor: number, open: number): Attribution | undefined {
  const j = open - 1;
  if (j < 2 || characterising.get(lowerAt(stream, j)) !== 'object') return undefined;
  const start = sentenceStart(stream, open, floor);
  const relative = relativeBefore(stream, start, j);
  if (relative < 0) return undefined;
  const speaker = speakerBeforeVerb(stream, relative + 1, j);
  return speaker ? { speaker, verb: j, end: j + 1 } : undefined;
}

/** "with a spokesperson for the camp describing …": the subject a participle at `verb` has of its own. */
function withSubject(stream: TokenStream, start: number, verb: number): SpeakerPhrase | undefined {
  for (let k = verb - 2; k >= start && verb - k <= 8; k--) {
    if (stream.tokens[k].kind !== 'word') return undefined;
    if (lowerAt(stream, k) === 'with') return speakerBeforeVerb(stream, k + 1, verb);
  }
  return undefined;
}

/**
 * The speaker of words quoted as the writer's object after a characterising verb of the same
 * sentence ("Ushakov described the call as “very frank and trusting.”"): the verb's subject, or
 * the tag right after the words (“Calling him “an arrogant CM”, Majithia said …”). `before` is
 * the attribution of a quote earlier in the sentence, whose speaker a participle after it
 * continues (“…,” the ambassador said, calling it “…”).
 */
export function characterisedBy(stream: TokenStream, floor: number, open: number, before?: Attribution, after?: Attribution): Attribution | undefined {
  const start = sentenceStart(stream, open, floor);
  // "accusing the prosecution of coining the phrase “kids for cash”": a phrase mentioned, not used.
  if (mentionNouns.has(lowerOr(stream, open - 1, open))) return undefined;
  for (let j = open - 1; j >= start && open - j <= 30; j--) {
    const verb = lowerAt(stream, j);
    const joint = characterising.get(verb);
    if (!joint || nounReading(stream, j, start)) continue;
    // The object between "called" and the words is short; "described … as" may hold a longer one
    // ("described the Land Development Agency (LDA), which was announced …, as “…”").
    if ((joint === 'object' ? open - j > 10 : joint === 'of' && open - j > 16) || !jointBefore(stream, j, open, joint)) return undefined;
    // "was described as": no subject speaks; "whenever a passenger would call a porter “George”": no one did yet.
    if (j > start && (passiveAuxiliaries.has(lowerAt(stream, j - 1)) || modals.has(lowerAt(stream, j - 1)))) return undefined;
    const participle = verb.endsWith('ing');
    // "Calling him “an arrogant CM”, Majithia said": the subject of an opening participle follows.
    if (participle && j === start) return after;
    // "Obama released a statement calling the bill a “critical milestone”": a participle's
    // subject is the sentence's, unless it has its own. ("He equated it to … and described as
    // “nuts”": a verb after "and" has the subject of the clause it joins; "went on to call": an
    // infinitive the sentence's.)
    const continued = before && before.end <= j && Math.min(before.verb, before.speaker.from) >= start ? before.speaker : undefined;
    const speaker = participle
      ? withSubject(stream, start, j) ?? continued ?? sentenceSubject(stream, start, j) ?? speakerBeforeVerb(stream, start, j)
      : joinedSubject(stream, start, j) ?? (lowerAt(stream, j - 1) === 'to' ? sentenceSubject(stream, start, j) : speakerBeforeVerb(stream, start, j, true));
    if (!speaker) return undefined;
    // "What the commission described as “…”": the relative word is no part of the speaker.
    if (relativeOpeners.has(lowerAt(stream, speaker.from))) {
      if (speaker.to - speaker.from < 2) return undefined;
      return { speaker: { kind: 'phrase', from: speaker.from + 1, to: speaker.to }, verb: j, end: j + 1 };
    }
    return { speaker, verb: j, end: j + 1 };
  }
  return undefined;
}

/**
 * "Ford backtracked on — or “updated,” as he put it — the standards": words someone's own, by
 * ", as <speaker> put it" (or called, described, termed it) right after the closing mark at `after`.
 */
export function asTheyPutIt(stream: TokenStream, after: number): Attribution | undefined {
  const toks = stream.tokens;
  let k = after;
  if (toks[k]?.text === ',') k++;
  if (lowerOr(stream, k, k) !== 'as') return undefined;
  for (let v = k + 2; v < toks.length && v - k <= 5; v++) {
    if (toks[v].kind !== 'word') return undefined;
    if (!asItVerbs.has(lowerAt(stream, v)) || lowerOr(stream, v + 1, v) !== 'it') continue;
    const speaker = speakerBeforeVerb(stream, k + 1, v);
    return speaker ? { speaker, verb: v, end: v + 2 } : undefined;
  }
  return undefined;
}
const asItVerbs = new Set(['put', 'puts', 'called', 'calls', 'described', 'describes', 'termed', 'terms', 'dubbed', 'dubs']);

/** Tokens [from, to) hold only what may follow a tag's verb: punctuation, names, times and media ("on Thursday", "in a statement"). */
function onlyTagWords(stream: TokenStream, from: number, to: number): boolean {
  const toks = stream.tokens;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'word' ? !isCapitalised(t) && !introTail.has(lowerAt(stream, k)) : isQuoteMarkToken(t.text)) return false;
  }
  return true;
}

/** An attribution before an opening mark at token `open`, not reaching before `floor`. */
export function attributionBefore(stream: TokenStream, floor: number, open: number): Attribution | undefined {
  const toks = stream.tokens;
  const start = sentenceStart(stream, open, floor);
  // "Alex Ferguson: (On the penalty appeal) “…”": an aside just before the quote is passed over.
  const lead = asideBefore(stream, start, open);
  let k = lead - 1;
  while (k >= start && (toks[k].text === ':' || toks[k].text === ',' || toks[k].text === '—')) k--;
  if (k < start) return undefined;
  // "said that “…”", "called the “…”": the quote is inside the writer's clause.
  // ("said the TNG’s “herd management plan,” announced on Oct. 2, will …": after an owner's
  // possessive too.)
  if (embedding.has(lowerAt(stream, k)) || endsWithApostropheS(toks[k].text)) return undefined;
  const acc = isAccordingTo(stream, start) ? accordingTo(stream, start, open) : undefined;
  // The verb sits close to the quote, with at most a recipient or a place between
  // ("told reporters in Moscow:", "posted on X:", "said in a statement:").
  const colon = toks[lead - 1]?.text === ':';
  // A whole sentence quoted after a comma ("Hayne joked in his turn to answer the question, “It
  // was ...”") is handed over like after a colon, from a little further away.
  const sentenceAfterComma = toks[open - 1]?.text === ',' && toks[open + 1] !== undefined && isCapitalised(toks[open + 1]);
  const maxStrangers = colon ? 2 : sentenceAfterComma ? 5 : 0;
  let strangers = 0;
  for (let j = k; j >= start && k - j <= (sentenceAfterComma ? 12 : 8); j--) {
    // "joked in his turn to answer the question, “…”": an infinitive is not the telling verb.
    let stem = lowerOr(stream, j - 1, j) === 'to' && j > start ? undefined : j === start ? openingTagVerb(stream, j) : verbAt(stream, j);
    // Far from the quote, a belief ("even though Canada believes ..., “…”") hands nothing over.
    if (stem && strangers > 0 && isBeliefVerb(stem)) stem = undefined;
    if (!stem) {
      // Between the verb and the quote only a recipient, a medium or a time may stand ("told
      // reporters in Moscow:"); other words mean the quote sits inside a clause ("said she has “…”").
      if (!isCapitalised(toks[j]) && toks[j].kind === 'word' && !introTail.has(lowerAt(stream, j))) strangers++;
      if (strangers > maxStrangers) break;
      continue;
    }
    // ("The teen said Grimard “started rubbing his back …” when …": a name, then a quotation going
    // on in lower case with no mark between, is the subject and predicate of the clause said; not
    // "told Reuters “…”".)
    if (j < k && toks[open - 1].kind === 'word' && stem !== 'tell' && startsLowerCase(stream, open)) return undefined;
    if (/ing$/.test(lowerAt(stream, j))) {
      // "…, saying, “…”": the speaker is the sentence's subject or an earlier speech verb's.
      for (let v = j - 1; v >= start; v--) {
        if (verbAt(stream, v) && !/ing$/.test(lowerAt(stream, v))) {
          const sp = speakerBeforeVerb(stream, start, v) ?? speakerAfterVerb(stream, v, j);
          if (sp) return { speaker: sp, verb: v, end: v + 1 };
        }
      }
      const subj = sentenceSubject(stream, sentenceStart(stream, open, 0), j);
      return subj ? { speaker: subj, verb: j, end: j + 1 } : acc;
    }
    // "the instrument (MIRI), which offers ‘spatial and spectral resolution.’": words a thing's
    // relative clause takes as its object are no one's speech.
    if (!isReportingVerb(stem) && j > start && lowerAt(stream, j - 1) === 'which' && j === open - 1) return acc;
    // "Protesters jabbed their fingers and shouted ‘…’": the subject of the clause "and" joins.
    // ("nominated by Cllr Mike Evans, who said: “…”": the one the relative clause is about.)
    let sp = joinedSubject(stream, start, j) ?? nameOfJoinedClause(stream, start, j) ?? (lowerOr(stream, j - 1, j) === 'who' ? nameBeforeWho(stream, start, j - 1) : undefined) ?? speakerBeforeVerb(stream, start, j, true);
    if (!sp) {
      // Inverted ("said Lewis, “…”") only when nothing but the speaker stands before the quote.
      // ("Added Greenpeace’s Shani Tager on Monday, “…”": a time after the speaker too.)
      const inv = speakerAfterVerb(stream, j, open);
      if (inv && (inv.to > k || onlyTagWords(stream, inv.to, k + 1))) sp = inv;
    }
    if (sp) return { speaker: sp, verb: j, end: Math.max(j + 1, sp.to) };
    return acc;
  }
  if (acc) return acc;
  // "Musk took to Twitter with this: “…”", "Martell is more blunt: “…”": a colon hands the
  // quote to the sentence's subject.
  if (colon) {
    const subj = colonSubject(stream, start, k + 1);
    if (subj) return { speaker: subj, verb: k, end: subj.to };
  }
  return undefined;
}

/** The quotation opening at `open` starts with a word in lower case. */
function startsLowerCase(stream: TokenStream, open: number): boolean {
  const t = stream.tokens[open + 1];
  return t !== undefined && t.kind === 'word' && !isCapitalised(t) && !/^\d/.test(t.text);
}

/**
 * Verbs of an inverted tag that opens its sentence: "Added Coun. Jan Harder, “…”", "Said Mayor Jim
 * Watson: “…”". (Not "Asked", "Told", "Speaking": those open a participle's clause, "Asked about
 * it, Smith said …", whose verb comes later.)
 */
const openingTagVerbs = new Set(['added', 'adds', 'said', 'says', 'wrote', 'writes', 'continued', 'explained', 'noted', 'recalled', 'insisted', 'quipped', 'replied', 'responded', 'warned', 'concluded']);

/** The stem of a speech verb written capitalised at token i (a sentence's first word), as an inverted tag opens. */
function openingTagVerb(stream: TokenStream, i: number): string | undefined {
  const w = lowerAt(stream, i);
  return isCapitalised(stream.tokens[i]) && openingTagVerbs.has(w) ? speechVerbStem(w) : verbAt(stream, i);
}

/** Where a parenthesis closing just before token `open` opens (not before `start`), else `open`. */
function asideBefore(stream: TokenStream, start: number, open: number): number {
  const toks = stream.tokens;
  if (toks[open - 1]?.text !== ')') return open;
  for (let p = open - 2; p >= start && open - p <= 30; p--) {
    if (toks[p].text === '(') return p;
    if (toks[p].text === ')' || isQuoteMarkToken(toks[p].text)) break;
  }
  return open;
}

const objectMarkers = new Set(['to', 'of', 'for', 'at', 'in', 'on', 'from', 'with', 'by', 'about', 'the', 'a', 'an', 'and', 'than']);

/**
 * The subject of the clause a colon closes: the name nearest the colon that is followed by a verb
 * or an apposition and not preceded by a preposition ("... when Musk again took to Twitter with
 * this:", "Martell, the addictions doctor, is more blunt:"), else a leading pronoun.
 */
function colonSubject(stream: TokenStream, start: number, end: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  // ("Dickenson on Mitchell: ‘There’s no reason he can’t get better’": a headline's name, what
  // they spoke on, then their words.)
  const lead = nameRunStartingAt(stream, start, end);
  if (lead && lead[0] === start && lowerOr(stream, lead[1], start) === 'on' && end - lead[1] <= 6 && isNameRun(stream, lead[0], lead[1])) {
    const [pa, pb] = personPart(stream, lead[0], lead[1]);
    if (pb > pa) return { kind: 'name', from: pa, to: pb };
  }
  for (let i = end - 1; i >= start; i--) {
    if (!isCapitalised(toks[i])) continue;
    let a = i;
    while (a - 1 >= start && isCapitalised(toks[a - 1]) && !endsWithApostropheS(toks[a - 1].text)) a--;
    const b = i + 1;
    i = a;
    if (endsWithApostropheS(toks[b - 1].text) || !isNameRun(stream, a, b)) continue;
    // "Orbán: “We are ready!”": a name alone before the colon labels the speaker, as in a transcript
    // (after a list bullet in plain text).
    if (b >= end) {
      let first = start;
      while (first < a && toks[first].kind !== 'word') first++;
      if (a === first && looksLikePersonName(stream.tokens.slice(a, b).map((t) => t.text))) return { kind: 'name', from: a, to: b };
      continue;
    }
    const next = toks[b];
    const prev = toks[a - 1];
    // ("Councillor Maria Augimeri (Ward 9) said …:": a name in brackets is an aside.)
    if (prev && (objectMarkers.has(lowerAt(stream, a - 1)) || endsWithApostropheS(prev.text) || prev.text === '(')) continue;
    if (next.text === ',' || (next.kind === 'word' && !isCapitalised(next) && !objectMarkers.has(lowerAt(stream, b)))) {
      const words: string[] = [];
      for (let k = a; k < b; k++) words.push(toks[k].text);
      if (!looksLikePersonName(words)) continue;
      const [pa, pb] = personPart(stream, a, b);
      return { kind: 'name', from: pa, to: pb };
    }
  }
  const w = lowerAt(stream, start);
  if (personalPronouns[w] && w !== 'it') return { kind: 'pronoun', from: start, to: start + 1 };
  return undefined;
}
