// Reported speech, as `indirect` quotes: "X said (that) CLAUSE", "CLAUSE, X said." and
// "according to X, CLAUSE". The span is the reported clause ("that" included when written), to
// the end of its sentence without the final full stop.
import { articles, auxiliaryVerbs, determiners, irregularPasts, isBeliefVerb, isContractedVerb, isReportingVerb, recordPlurals, isRoleNoun, objectGenders, personalPronouns, isSentenceAdverb, speechVerbStem, subjectPronouns, titleWords } from './lexicon';
import { isGivenName } from '../entities/givenNames';
import { CALENDAR_WORDS } from '../entities/lexicon';
import { currencyPrefix } from '../numbers/units';
import { foldWord } from '../entities/normalize';
import { attributionAfter, commentsOnTopic, OPENING_PARTICIPLE, PAST_FORM, pastVerbAt, sentenceSubject, verbAt, type Attribution } from './attribution';
import { looksLikePersonName, nameRunEndingAt, personPart, runText } from './names';
import { asideDashes, canSpeak, isNameRun, isPluralSpeaker, nameBeforeWho, pluralBeforeWho, speakerAfterVerb, speakerBeforeVerb, timeLeads, timeWords, type SpeakerPhrase } from './speakerPhrase';
import { closingBracket, Cover, endsSentence, isAccordingTo, isApostropheToken, isCapitalised, isClauseComma, isQuoteMarkChar, isQuoteMarkToken, lowerAt, lowerOr, TokenClass, type TokenStream, wordsIn } from './tokenStream';

export interface ReportedClause {
  /** Token indexes [from, to) of the clause. */
  from: number;
  to: number;
  speaker: SpeakerPhrase;
  /** A report in a relative clause ("which the judge said would be issued"): its speaker does not become the one in focus. */
  relative?: true;
}

/** Verbs that report speech without "that" ("Trump said the meeting would ..."). */
const bareClauseStems = new Set([
  'say', 'tell', 'add', 'remark', 'narrate', 'claim', 'insist', 'argue', 'warn', 'believe', 'think', 'note', 'write',
  'explain', 'predict', 'suggest', 'acknowledge', 'admit', 'confirm', 'estimate', 'state', 'report',
  'indicate', 'testify', 'assert', 'maintain', 'contend', 'allege', 'agree', 'complain', 'recall',
  'reveal', 'hope', 'fear', 'worry', 'concede', 'stress', 'emphasize', 'emphasise', 'feel', 'post',
  'tweet', 'reiterate', 'caution', 'announce', 'declare', 'concur', 'remind', 'assure', 'vow',
  'promise', 'guess', 'figure', 'repeat', 'respond', 'reply', 'counter', 'deny', 'rule', 'signal',
]);
/** Verbs whose infinitive is what was said: "claimed to have addressed …", "vowed to ensure …". */
const infinitiveStems = new Set(['claim', 'vow', 'promise', 'pledge']);
/**
 * Verbs whose bare clause must open with a pronoun: "The mayor responded he was the one …", not
 * "Edmonton responded a couple minutes later when Jones recorded …".
 */
const pronounClauseStems = new Set(['respond', 'reply', 'counter']);

/** Words after a speech verb that are not yet the reported clause ("told reporters on Monday that"). */
const verbTail = new Set([
  'on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'a', 'an', 'the', 'statement', 'interview',
  'news', 'conference', 'release', 'email', 'e-mail', 'emailed', 'written', 'recently', 'previously',
  'also', 'again', 'repeatedly', 'publicly', 'then', 'morning', 'afternoon', 'evening', 'night',
  'yesterday', 'today', 'reporters', 'him', 'her', 'them', 'us', 'me', 'briefly', 'separately',
  'further', 'recent', 'phone', 'call', 'tweet', 'post', 'speech', 'press', 'with', 'to', 'during',
  'friday’s', 'media', 'told', 'via', 'over', 'his', 'their', 'its', 'our', 'statement,',
  // where a post went ("posted on social media")
  'social',
]);

/** Nouns with a "that" clause of their own: what someone else suggested, claimed or reported. */
const thatTakingNouns = new Set(['suggestion', 'suggestions', 'claim', 'claims', 'idea', 'notion', 'argument', 'arguments', 'assertion', 'assertions', 'allegation', 'allegations', 'accusation', 'accusations', 'fact', 'view', 'belief', 'rumour', 'rumours', 'rumor', 'rumors', 'theory', 'proposal', 'charge', 'charges', 'assumption', 'impression', 'perception', 'concern', 'concerns']);

/** A clause's subject opens at token `i`: a subject pronoun, "it", "there", a determiner or a capitalised word. */
function subjectOpensAt(stream: TokenStream, i: number): boolean {
  const w = lowerOr(stream, i, i - 1);
  return subjectPronouns.has(w) || w === 'it' || w === 'there' || determiners.has(w) || (stream.tokens[i]?.kind === 'word' && isCapitalised(stream.tokens[i]));
}

/** Adverbs of how near in time, before such a preposition ("said shortly after the meeting that"). */
const nearInTime = new Set(['shortly', 'soon', 'just', 'right', 'immediately', 'moments', 'minutes', 'hours', 'days', 'weeks', 'long']);
/** Prepositions after a speech verb whose phrase may stand before its "that" ("said during the meeting that"). */
const tailPrepositions = new Set(['to', 'during', 'after', 'at', 'in', 'on', 'following', 'before', 'outside', 'inside']);

/** "further", "recent" before a word in lower case that is no tail word: an adjective and its noun. */
function adjectiveBeforeNoun(stream: TokenStream, i: number): boolean {
  const w = lowerAt(stream, i);
  const next = stream.tokens[i + 1];
  return (w === 'further' || w === 'recent') && next !== undefined && next.kind === 'word' && !isCapitalised(next) && !verbTail.has(lowerAt(stream, i + 1)) && lowerAt(stream, i + 1) !== 'that';
}

/** Where words were written, after "in" ("stated in the company’s blog post that"). */
const mediumWords = new Set(['blog', 'website', 'letter', 'podcast', 'column', 'filing', 'report', 'op-ed', 'memo', 'newsletter', 'affidavit', 'documents', 'document', 'posting', 'submission', 'presentation', 'statement', 'release', 'notice', 'tweet', 'email', 'message']);

/** A medium word or a possessive before one ("the company’s blog post"). */
function isMedium(stream: TokenStream, k: number): boolean {
  const w = lowerAt(stream, k);
  return mediumWords.has(w) || (S_CONTRACTION.test(w) && (mediumWords.has(lowerOr(stream, k + 1, k)) || verbTail.has(lowerOr(stream, k + 1, k))));
}

/** The comma in [from, e) followed by a finite speech verb ("…, said she witnessed"), or `e`. */
function beforeMainVerb(stream: TokenStream, from: number, e: number): number {
  for (let k = from + 1; k < e - 1; k++) {
    if (stream.tokens[k].text === ',' && verbAt(stream, k + 1) !== undefined && !/ing$/.test(lowerAt(stream, k + 1))) return k;
  }
  return e;
}

/** "an email to MSPs saying", "a letter to parents saying": a medium, "to" and its recipients of a word or two before the participle at `j`. */
function mediumToRecipient(stream: TokenStream, s: number, j: number): boolean {
  for (let k = j - 2; k >= s && j - k <= 3; k--) if (lowerAt(stream, k) === 'to') return k > s && isMedium(stream, k - 1);
  return false;
}

/** Words that make "said" hearsay or a denial: "is said to", "has not said". */
const passiveMarkers = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const negations = new Set(['not', 'never', "n't", 'didn’t', "didn't", 'hasn’t', "hasn't", 'haven’t', "haven't", 'won’t', "won't", 'wouldn’t', "wouldn't"]);
/** The modal verbs (a question opening with one asks; see opensWithModal). */
const modalOpeners = new Set(['should', 'would', 'could', 'can', 'will', 'shall', 'may', 'might', 'must']);
/**
 * Modals before a verb: what must, can or will be said is no report ("Informal traders must
 * maintain the order …"). ("Would" is left out: "he would later say that …" tells of the past.)
 */
const modals = new Set([...modalOpeners].filter((w) => w !== 'would'));
/** Openers that only make a clause before a number ("roughly 65 per cent"). */
const approximators = new Set(['about', 'roughly', 'nearly', 'almost', 'approximately', 'around', 'fewer', 'less', 'more', 'only']);
/** Labels that introduce a link to another story. */
const storyLinkLabels = new Set(['read', 'watch', 'related', 'listen', 'more', 'also', 'see', 'video', 'below']);

/** "READ MORE: ...", "WATCH: ...": the sentence is a link to another story. */
export function isStoryLink(stream: TokenStream, s: number, e: number): boolean {
  const toks = stream.tokens;
  for (let i = s; i < e && i < s + 3; i++) {
    if (toks[i].text === ':') return i > s;
    if (!storyLinkLabels.has(lowerAt(stream, i))) return false;
  }
  return false;
}

/** Participles that open the circumstances of a speech, before its speaker ("Asked about the deal, Doe said ..."). */
const circumstanceOpeners = new Set(['asked', 'pressed', 'questioned', 'reached', 'contacted', 'interviewed', 'speaking', 'responding', 'challenged', 'told', 'quizzed']);

/** Prepositions that open the circumstances of a speech verb ("said in a statement"). */
const circumstanceWords = new Set(['in', 'on', 'at', 'during', 'via', 'over', 'with']);

const notSubject = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'of', 'about', 'after', 'before', 'during', 'over', 'under', 'into', 'outside', 'inside', 'near', 'so', 'yes', 'no', 'goodbye', 'hello', 'sorry', 'thanks', 'nothing', 'something', 'anything', 'little', 'much', 'too', 'as', 'was', 'is', 'had', 'has', 'and', 'or', 'but', 'goodbye', 'ok', 'okay', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'whether', 'if', 'not']);
const clauseOpeners = new Set(['there', 'it', 'this', 'these', 'those', 'some', 'many', 'most', 'all', 'no', 'nobody', 'everyone', 'one', 'two', 'more', 'about', 'only', 'not', 'roughly', 'nearly', 'almost', 'approximately', 'around', 'fewer', 'less']);


/** True when a token in [s, e) is a speech verb or "according". */
function hasSpeechWord(stream: TokenStream, s: number, e: number): boolean {
  const classes = stream.classes;
  for (let i = s; i < e; i++) {
    if ((classes[i] & TokenClass.according) !== 0) return true;
    if ((classes[i] & TokenClass.speechVerb) !== 0 && verbAt(stream, i) !== undefined) return true;
  }
  return false;
}

/**
 * A headline that gives its speaker with a colon, as news headlines do: "B.C. making good progress
 * in reopening: Premier John Horgan", "2 people charged following drug investigation in
 * Dartmouth: police" (the claim, then who makes it), or "Judge: I made a MISTAKE, it’s
 * manslaughter", "Justin Trudeau: Harper 'Using Terrorism For Political Gain'" (who, then the
 * claim). The stream is the headline's block: one line, a colon, no closing stop.
 */
export function headlineReport(stream: TokenStream): ReportedClause | undefined {
  const toks = stream.tokens;
  const n = toks.length;
  if (n < 5 || n > 32 || ['.', '?', '!'].includes(toks[n - 1].text)) return undefined;
  let colon = -1;
  for (let i = 0; i < n; i++) {
    if (toks[i].text !== ':') continue;
    if (colon >= 0) return undefined;
    colon = i;
  }
  if (colon < 1 || colon > n - 2) return undefined;
  // The claim, then who makes it: a name or a description that can speak, a few words.
  if (n - colon - 1 <= 5 && wordsIn(stream, 0, colon) >= 3) {
    const speaker = speakerBeforeVerb(stream, colon + 1, n);
    // (A role alone, capitalised as a headline's words are, describes the person: "…: Scientist".)
    const roleAlone = speaker?.kind === 'name' && speaker.to - speaker.from === 1 && isRoleNoun(lowerAt(stream, speaker.from));
    if (speaker && speaker.kind !== 'pronoun' && speaker.from <= colon + 2 && speaker.to === n && canSpeakPhrase(stream, speaker)) return { from: 0, to: colon, speaker: roleAlone ? { ...speaker, kind: 'phrase' } : speaker };
  }
  // Who makes it, then the claim: a person's full name or a title or role alone ("Analysis: …",
  // "Photos: …" label a story, and say nothing).
  if (colon <= 4 && wordsIn(stream, colon + 1, n) >= 3) {
    const speaker = speakerBeforeVerb(stream, 0, colon);
    if (!speaker || speaker.from !== 0 || speaker.to !== colon) return undefined;
    const words = runText(stream, 0, colon).split(' ');
    // (A given name first: "Canadiens Notebook: No bag skate …" is a column's name.)
    const person = speaker.kind === 'name' && colon >= 2 && isGivenName(foldWord(words[0].toLowerCase())) && looksLikePersonName(words);
    // (Or whose role it is: "BlackBerry CEO: Innovation key to company’s turnaround".)
    // (isRoleNoun takes title words too.)
    const roleAt = (k: number) => isRoleNoun(lowerAt(stream, k));
    const role = (colon === 1 && (roleAt(0) || lowerAt(stream, 0) === 'police')) || (colon === 2 && roleAt(1) && !roleAt(0));
    if (person || role) return { from: colon + 1, to: n, speaker };
  }
  return undefined;
}

/** Conjunctions that may open a sentence before its "according to" ("But according to police, …"). */
const conjunctionsBeforeAccording = new Set(['and', 'but', 'yet', 'so', 'still']);

/** Reported clauses in the sentence [s, e) of a stream; `covered` says what each token is part of (Cover). */
export function reportedInSentence(stream: TokenStream, s: number, e: number, covered: Uint8Array): ReportedClause[] {
  const toks = stream.tokens;
  const out: ReportedClause[] = [];
  if (e - s < 4) return out;
  // Every pattern below needs a speech verb or "according" in the sentence; most sentences have neither.
  if (!hasSpeechWord(stream, s, e)) return out;
  // "READ MORE: Trudeau says ...", "Watch: ...": a link to another story, not this one's speech.
  if (isStoryLink(stream, s, e)) return out;
  // "Chandigarh, Jan 31 (PTI) …", "OTTAWA — …": the dateline is no part of the sentence's speech.
  s = afterDateline(stream, s, e);
  // "According to X, CLAUSE." ("But according to police, …", "And, according to …" too.)
  const joined = conjunctionsBeforeAccording.has(lowerAt(stream, s)) ? (toks[s + 1]?.text === ',' ? s + 2 : s + 1) : s;
  if (joined > s && isAccordingTo(stream, joined)) s = joined;
  if (isAccordingTo(stream, s)) {
    let c = s + 2;
    while (c < e && toks[c].text !== ',') c++;
    // ("According to New Straits Times, committee chairman Fahmi Zainol said …": the source
    // reports someone's words; the clause is read as a sentence of its own, theirs.)
    if (c + 3 < e && opensWithReport(stream, c + 1, e)) s = c + 1;
    else {
      const sp = speakerAfterVerb(stream, s + 1, c);
      if (sp && c + 3 < e && !covered[c + 1]) {
        // ("According to him, his release was the result of prayers, adding that he remained
        // resolute": a second report by the same source is a clause of its own.)
        const next = secondReport(stream, c + 1, e);
        if (next) out.push({ from: c + 1, to: next.cut, speaker: sp }, ...(next.from >= 0 ? [{ from: next.from, to: e, speaker: sp }] : []));
        else out.push({ from: c + 1, to: e, speaker: sp });
      }
      return out;
    }
  }
  // "Noting that two-thirds of his ministry is working from home, he said …": a participle of
  // speech opening the sentence reports what it governs, the main clause's subject's words.
  const opening = openingParticipleReport(stream, s, e, covered);
  if (opening) out.push(opening);
  // "CLAUSE, X said." / "CLAUSE, according to X." ("Asked whether he would run, Doe said: ..."
  // opens with the circumstances of the speech, not its content.)
  const fronted = !circumstanceOpeners.has(lowerAt(stream, s));
  // (A tag may hold commas of its own: ", Gao Yunchu, director of the Songjiang District Water
  // Authority, told the Oriental Morning Post.", ", according to the Director General of the NCDC,
  // Jide Idris.": where no tag follows a comma, the ones before it are tried, two more.)
  // ("…, said Punggol East PAP candidate Charles Chong, referring to the … saga.": a participle's
  // clause of no speech closing the sentence may follow the tag; the tag is then read before it.)
  const tail = fronted ? participleTail(stream, s, e) : e;
  // ("…, Smart said this week after he lost what may be …": a clause of the writer's, when it was
  // said, may follow the tag too.)
  const when = fronted ? whenClauseTail(stream, s, e) : e;
  tags: for (const tagE of [e, tail, when].filter((t, k, all) => k === 0 || (t < e && all.indexOf(t) === k))) {
    let commasTried = 0;
    // (Further back only "according to" with its relative clause: "…, according to several
    // councillors who say they were kept in the dark about … and the impact …".)
    for (let c = tagE - 1; fronted && c > s + 2 && tagE - c <= 48; c--) {
      // (Or any tag whose speaker a relative clause describes: "…,” says … Erin Kim, who is leading
      // the “Activate” project in partnership with …".)
      if (!isClauseComma(stream, c) || (tagE - c > 24 && !(isAccordingTo(stream, c + 1) && relativeWithin(stream, c + 3, tagE)) && !relativeAfterComma(stream, c + 2, Math.min(tagE, c + 14)))) continue;
      if (covered[c - 1] === Cover.statement || covered[c + 1] === Cover.statement) break;
      // (Not strict: the tail after the verb is for endsTag to judge, "said at a meet the press event held at …" too.)
      const att = attributionAfter(stream, c + 1, tagE, false);
      if (!att && commasTried++ < 2) continue;
      // (Past a comma of the tag's own, what comes before must not open with names alone before a
      // comma: a list of places, "Charters Towers, Central Highlands, …", or a role opening the
      // sentence, "Director, security response at Symantec, Kevin Haley, agreed".)
      if (att && commasTried > 0 && opensWithCapitalsOnly(stream, s, c)) break;
      // (Someone who can speak after an inverted verb: "David Evans, chief officer …, revealed the
      // figures at a meeting" has no tag.)
      // (A name with where the person works may be long: ", Dr. Anna Banerji of the University of
      // Toronto’s Dalla Lana School of Public Health said.")
      // ("…, according to the person who spoke Thursday to The Associated Press on condition of
      // anonymity": after "according to", a relative clause about the source ends the tag too.)
      // ("…, Tory Leader Andrew Scheer told his caucus Friday.", "…, he told The Canadian Press in an
      // interview Friday.": what follows the recipient of "told".)
      // ("…,” says Heart and Stroke senior manager Erin Kim, who oversees the program.": a relative
      // clause about the speaker, saying nothing itself.)
      const tagEnds = (a: Attribution) => endsTag(stream, afterRecipient(stream, a, tagE), tagE) || (isAccordingTo(stream, a.verb) && relativeAfter(stream, a.end, tagE)) ||
        (toks[a.end]?.text === ',' && relativeAfter(stream, a.end + 1, tagE) && !hasSpeechWord(stream, a.end + 1, tagE));
      // ("At one point, he simply said: “Secret.”": a tag that introduces a quotation after its colon
      // reports no words before it.)
      const introduces = att !== undefined && toks[att.end]?.text === ':';
      // ("Consumers, meanwhile, are feeling less buoyant according to recent surveys": an "according
      // to" further on is no tag at this comma; the clause runs on past it.)
      if (att && isAccordingTo(stream, att.verb) && att.verb > c + 1 && !isQuoteMarkToken(toks[c + 1].text)) break;
      if (att && !introduces && att.verb > c && (att.verb - c <= 10 || (att.speaker.kind === 'name' && att.verb - c <= 18)) && tagEnds(att) && (isAccordingTo(stream, att.verb) || canSpeakPhrase(stream, att.speaker)) && !clauseBeforeSpeaker(stream, att)) {
        // "Lt. Chris Cammock said the suspect ..., Merrit says": the clause reports a speaker of its
        // own, whose words they are (read below, up to the reporter's tag).
        if (opensWithReport(stream, s, c)) {
          e = c;
          break tags;
        }
        // ("…: one that would purchase the assets …; and another that would provide …, according to
        // people familiar with the bid": a clause joined to the one before its semicolon is reported
        // with it.)
        const from = joinedAfterSemicolon(stream, s);
        if (!coverIn(covered, from, c, Cover.statement)) out.push({ from, to: c, speaker: att.speaker });
        // ("…, according to several councillors who say they were kept in the dark …": what the
        // source's relative clause says is theirs too.)
        const said = isAccordingTo(stream, att.verb) && lowerAt(stream, att.end) === 'who' ? att.end + 1 : -1;
        if (said > 0 && verbAt(stream, said) === 'say' && tagE - said >= 4 && !coverIn(covered, said + 1, tagE, Cover.statement)) out.push({ from: said + 1, to: tagE, speaker: att.speaker });
        return out;
      }
      break;
    }
  }
  // "CLAUSE according to X." / "CLAUSE says X, role.": a closing tag without its comma.
  const bare = fronted ? tagWithoutComma(stream, s, e, covered) : undefined;
  if (bare) {
    out.push(bare);
    return out;
  }
  // "CLAUSE, he says, (and) CLAUSE.": a short tag between commas inside the sentence.
  for (let c = s + 3; c < e - 3; c++) {
    if (!isClauseComma(stream, c) || covered[c - 1] === Cover.statement || covered[c + 1] === Cover.statement) continue;
    let d = c + 1;
    while (d < e && d - c <= 5 && !isClauseComma(stream, d)) d++;
    if (d >= e || !isClauseComma(stream, d) || d - c < 3) continue;
    // A tag needs a speech verb or "according" between the commas (attributionAfter finds none else).
    if (!hasSpeechWord(stream, c + 1, d)) continue;
    const att = attributionAfter(stream, c + 1, d, false);
    if (!att || !endsTag(stream, Math.max(att.end, att.verb + 1), d)) continue;
    // (Someone who can speak: ", John Smith, confirmed the decision, saying" has no tag.)
    if (!isAccordingTo(stream, att.verb) && !canSpeakPhrase(stream, att.speaker)) continue;
    // (Not a verb whose subject is the person and apposition before the comma: "…, David Williams,
    // executive director of Campus Alberta …, said the NDP government, through updated
    // regulations, also intends to …".)
    if (att.verb === c + 1 && personAppositionEndsAt(stream, s, c)) continue;
    if (coverIn(covered, s, c, Cover.statement) || coverIn(covered, d + 1, e, Cover.statement)) break;
    // ("Security agents stationed at the premises, according to Elton Brobbey, noted that …": a
    // subject, the source's tag, then the subject's own speech verb; what it reports is the subject's.)
    const subjectVerb = verbAt(stream, d + 1);
    if (subjectVerb && isReportingVerb(subjectVerb) && !/ing$/.test(lowerAt(stream, d + 1))) {
      const subject = speakerBeforeVerb(stream, s, c);
      if (subject && subject.from === s && subject.to === c && e - (d + 2) >= 3) {
        out.push({ from: d + 2, to: e, speaker: subject });
        return out;
      }
    }
    // A lead-in before the tag is reported too ("At 2,300 feet, he said, it ..."; "In this
    // context, according to Ushakov, ..."), unless a participle opens it: "Dismayed over the
    // disruption, Modi said, ..." gives his state, not his words.
    if (!OPENING_PARTICIPLE.test(toks[s].text)) out.push({ from: s, to: c, speaker: att.speaker });
    let rest = d + 1;
    // ("…, he said, though he did not name any individuals or groups": the writer's concession.)
    if (lowerAt(stream, rest) === 'though' || lowerAt(stream, rest) === 'although') return out;
    const coordinated = rest < e && ['and', 'but'].includes(lowerAt(stream, rest));
    if (coordinated) rest++;
    // "..., he said, adding that police fired back": the clause follows the participle.
    if (/ing$/.test(lowerAt(stream, rest)) && verbAt(stream, rest)) rest++;
    // "..., according to rescue officials, who said the toll would rise": what they said follows
    // the verb of the relative clause.
    if (lowerAt(stream, rest) === 'who' && verbAt(stream, rest + 1)) {
      rest += 2;
      if (e - rest >= 3) out.push({ from: rest, to: e, speaker: att.speaker });
      return out;
    }
    // "..., said Mark Montgomery, an analyst at ...": an apposition to the speaker, not more speech.
    // (A clause has a verb of its own; "executive director of the Guild" has none; "and lost his
    // life" is coordinated, never an apposition.)
    // ("…, according to Jill Parker, public relations director for the BRHD": a role and no verb.)
    const roleAt = (k: number) => k < e && isRoleNoun(lowerAt(stream, k));
    const apposition = !coordinated && (['a', 'an'].includes(lowerOr(stream, rest, e - 1)) || (!hasFiniteVerb(stream, rest, e) && (!opensPredicate(stream, rest) || roleAt(rest + 1) || roleAt(rest + 2) || roleAt(rest + 3))));
    if (e - rest >= 3 && !apposition) out.push({ from: rest, to: e, speaker: att.speaker });
    return out;
  }
  // "X said (that) CLAUSE."
  for (let j = s; j < e - 2; j++) {
    if (covered[j]) continue;
    const stem = verbAt(stream, j);
    // ("appealed to residents to stay indoors": an appeal made to someone, as "called on"; not to a court.)
    if (stem === 'appeal' && !appealsTo(stream, j, e)) continue;
    // ("called on the government to …": a call made on someone is an appeal.)
    // (Not a day: "called on Monday to say …".)
    const callsOn = stem === 'call' && (lowerOr(stream, j + 1, j) === 'on' || lowerOr(stream, j + 1, j) === 'upon') && !DAY.test(lowerOr(stream, j + 2, j));
    // ("called for the minister to stand aside": a call for someone to act, likewise.)
    const callsFor = stem === 'call' && lowerOr(stream, j + 1, j) === 'for' ? callForOrder(stream, j, e) : -1;
    // "He also called the stop the single clearest reference point", "Tremblay called the article
    // irresponsible", "who he calls a good ball-striker": what someone called something, unquoted,
    // from the complement after its object (as the annotated news has it).
    if (stem === 'call' && !callsOn && callsFor < 0 && lowerAt(stream, j) !== 'calling') {
      const called = calledComplement(stream, s, j, e);
      if (!called) continue;
      const speaker = called.relative ? speakerBeforeVerb(stream, j - 1, j) : speakerBeforeVerb(stream, s, j, true);
      if (speaker && !coverIn(covered, called.from, called.to, Cover.statement)) out.push({ from: called.from, to: called.to, speaker });
      j = called.to;
      continue;
    }
    if (!stem || !(isReportingVerb(stem) || (stem === 'call' && lowerAt(stream, j) === 'calling') || callsOn || callsFor >= 0)) continue;
    const ing = /ing$/.test(lowerAt(stream, j));
    // ("He was quoted as saying (by local media) the plan would go ahead": what he is quoted as saying.)
    const quotedAs = ing && lowerOr(stream, j - 1, j) === 'as' && lowerOr(stream, j - 2, j) === 'quoted';
    // "Police are appealing to anyone with information to come forward", "The council is warning
    // residents that …": a progressive form is its clause's verb, as a simple one is (not one of
    // belief: "the family is hoping …" is a state of mind).
    // ("she’s reminding people that …": the pronoun's contracted "is" too.)
    const contractedBe = ing && j > s && PRONOUN_BE.test(lowerAt(stream, j - 1));
    const progressive = ing && j > s && (passiveMarkers.has(lowerAt(stream, j - 1)) || contractedBe);
    // "Rogers is said to have ...", "has not said he would veto": hearsay and denials report nothing.
    if (j > s && ((passiveMarkers.has(lowerAt(stream, j - 1)) && !progressive) || negations.has(lowerAt(stream, j - 1)) || modals.has(lowerAt(stream, j - 1)) || (j - 1 > s && negations.has(lowerAt(stream, j - 2))))) continue;
    let speaker: SpeakerPhrase | undefined;
    if (progressive) {
      if (isBeliefVerb(stem)) continue;
      speaker = contractedBe ? { kind: 'pronoun', from: j - 1, to: j } : speakerBeforeVerb(stream, s, j, stem === 'say' || stem === 'tell' || thatFollows(stream, j + 1, e));
    } else if (ing) {
      // (Without a comma, only with its "that" or right after a person's name: "published a notice
      // Tuesday saying that …", "quotes Abraham Lincoln saying public sentiment is everything".)
      if (j === s) continue;
      // ("…, with Mr Kagwe saying the virus is concentrated there": the subject after "with".)
      // (Or after the medium that says it: "The Mounties later issued a statement saying the suspects …",
      // "sent an email to MSPs saying …", whose recipients are not who says it.)
      const medium = isMedium(stream, j - 1) || mediumToRecipient(stream, s, j);
      const named = (medium ? undefined : namedJustBefore(stream, s, j)) ?? agentAfterWith(stream, s, j) ?? absoluteAgent(stream, s, j);
      // (Or with a pronoun opening its clause: "dismissed the figures saying it is not possible".)
      // (A comma inside the closing mark before it is its comma: "… “more co-operative approach,” saying …".)
      const afterComma = toks[j - 1].text === ',' || (isQuoteMarkToken(toks[j - 1].text) && toks[j - 2]?.text === ',');
      // ("by saying you can’t touch McDavid …": "you" before an auxiliary opens a clause too.)
      const youClause = lowerOr(stream, j + 1, j) === 'you' && (auxiliaries.has(lowerOr(stream, j + 2, j)) || modalOpeners.has(lowerOr(stream, j + 2, j)) || isContractedVerb(lowerOr(stream, j + 2, j)));
      // (Or after a preposition's object named, with a clause of its own: "paid tribute to … Mike
      // O’Donnell saying his service to the city has been outstanding".)
      const afterObject = !isBeliefVerb(stem) && objectNameBefore(stream, s, j) && hasFiniteVerb(stream, j + 1, Math.min(e, j + 12));
      if (!afterComma && !quotedAs && lowerOr(stream, j + 1, j) !== 'that' && !named && !medium && !afterObject && !(subjectPronouns.has(lowerOr(stream, j + 1, j)) || lowerOr(stream, j + 1, j) === 'it' || youClause)) continue;
      // "“…,” Ma Hao, a student, told Xinhua, adding that ...": the speaker of the verb before.
      speaker = named ?? earlierSpeaker(stream, s, j, covered) ?? participleAgent(stream, s, j) ?? sentenceSubject(stream, s, j);
    } else {
      // "The changes, which the SHA says will go into effect in early November, …": a report in
      // a relative clause, from its verb to the clause's end.
      const relative = stem === 'say' ? relativeReport(stream, s, j, e) : undefined;
      if (relative) {
        if (!coverIn(covered, relative.from, relative.to, Cover.statement)) out.push(relative);
        continue;
      }
      // "were stymied as city staff said they ...": "say" and "tell" report even inside a clause.
      // Any reporting verb with its "that" does too: "as the court clerk announced Monday that …".
      // ("drew reaction from opposition politicians, who said …", "The plan angered residents, who
      // said …": after a comma, the plural the relative clause is about, not the phrase before it.)
      // (Without the comma too: "criticism from environmental groups who said Tuesday that …".)
      const pluralAntecedent = j > s + 2 && lowerAt(stream, j - 1) === 'who' ? pluralBeforeWho(stream, s, j - 1) : undefined;
      // ("… a nightmare bus journey on Sunday after Thameslink announced all trains … were
      // cancelled": a name right after a subordinator is its clause's subject, whatever the verb.)
      // (Or a determiner's short phrase: "The admission came as the province revealed …".)
      const afterSubordinator = (j - 2 > s && isCapitalised(toks[j - 1]) && clauseSubordinators.has(lowerAt(stream, j - 2))) || phraseAfterSubordinator(stream, s, j);
      // ("Much as the activists have claimed today’s demonstrations are peaceful, police …": in a
      // clause opening the sentence, its own subject after the subordinator.)
      speaker = pluralAntecedent ?? speakerBeforeVerb(stream, s, j, stem === 'say' || stem === 'tell' || afterSubordinator || thatFollows(stream, j + 1, e) || (openingSubordinate(stream, s) && j < commaOrEnd(stream, s, e)));
      // "Notley termed the move unconstitutional and said Alberta would fight it": the subject of
      // the clause the "and" joins.
      // ("… and argues it threatens …", "wouldn't reveal details but says …": "but" too, and a
      // present form, though after "and" only when no plural precedes it: "which tweets and posts
      // have been …" is no report.)
      // ("The Bank of Canada raised interest rates in January and signalled …": a phrase the reader
      // swept up to the joiner is no subject.)
      if (speaker?.kind === 'phrase' && speaker.to === j && speaker.to - speaker.from > 2 && verbJoiners.has(lowerAt(stream, j - 1))) speaker = undefined;
      if (!speaker && j > s && verbJoiners.has(lowerAt(stream, j - 1)) && (PAST_OR_SAYS.test(lowerAt(stream, j)) || (PRESENT.test(lowerAt(stream, j)) && !(lowerAt(stream, j - 1) === 'and' && /s$/.test(lowerAt(stream, j - 2)))))) {
        speaker = coordinatedSubject(stream, s, j - 1);
      }
      // ("Manitoba health officials announced no new cases of COVID-19, and say …": a plural's
      // "say" after its comma and "and"; or any verb of a plural with its "that": "the water board
      // officials are unaware of the issue and claim that …".)
      const pluralVerb = (lowerAt(stream, j) === 'say' && toks[j - 2]?.text === ',') || (lowerOr(stream, j + 1, j) === 'that' && !/s$/.test(lowerAt(stream, j)) && !PAST_OR_SAYS.test(lowerAt(stream, j)));
      if (!speaker && j - 2 > s && pluralVerb && verbJoiners.has(lowerAt(stream, j - 1))) {
        const subject = coordinatedSubject(stream, s, j - 1);
        if (subject && (subject.kind === 'pronoun' ? lowerAt(stream, subject.from) === 'they' : isPluralSpeaker(lowerAt(stream, subject.to - 1)))) speaker = subject;
      }
      // "…,” said Sgt Cronin who added that …": the person the relative clause is about.
      if (!speaker && j > s + 1 && lowerAt(stream, j - 1) === 'who') speaker = nameBeforeWho(stream, s, j - 1);
      // ("the education ministry emailed boards to say that …", "The mayor took to Twitter to say
      // …": what the sentence's subject did in order to say it.)
      // (After an opening phrase's comma: "Following legislation unveiled Wednesday, the …".)
      // ("He also was quick to point out that …", "was careful to note that …": an adjective of
      // readiness after the subject's copula, then the verb's infinitive, any speech verb's.)
      if (!speaker && j - 2 > s && lowerAt(stream, j - 1) === 'to') {
        let clause = j - 2;
        while (clause > s && toks[clause - 1].text !== ',') clause--;
        if (stem === 'say' && purposeAfterVerb(stream, clause, j - 1)) speaker = sentenceSubject(stream, clause, j - 1);
        if (!speaker && j - 3 > s && readinessAdjectives.has(lowerAt(stream, j - 2))) {
          const subject = sentenceSubject(stream, clause, j - 2);
          if (subject && (subject.kind !== 'phrase' || canSpeakPhrase(stream, subject))) speaker = subject;
        }
      }
      // "Security experts believe the threats can be traced …", "The school district thought it was
      // done with cuts", "he now believes he's got public opinion behind him": what someone
      // believes, thinks, feels, hopes or fears is the writer's account of a state of mind, not a
      // statement (no annotated set counts one; an estimate is a figure someone gave, and counts).
      if (isBeliefVerb(stem) && stem !== 'estimate') continue;
    }
    if (!speaker) continue;
    // Skip the recipient and circumstances: "told CTV News on Monday that", "said in a statement".
    let k = j + 1;
    // "pointed out that …": the verb's particle.
    const particle = particleAt(stream, stem, k);
    if (particle) k++;
    // ("pointed to the meetings conducted by …": without its particle, "point" reports nothing.)
    else if (stem === 'point') continue;
    // ("commented — for the entire Scotiabank Saddledome to hear — that …", "said, loudly, that
    // …": an aside between two dashes or commas, then the clause's "that".)
    k = pastAsideBeforeThat(stream, k, e);
    // ("tweeted shortly after 3 p.m. that …": how near in time, then when.)
    if (nearInTime.has(lowerOr(stream, k, e - 1)) && tailPrepositions.has(lowerOr(stream, k + 1, e - 1)) && !recipientStems.has(stem)) k++;
    let clauseArticle = -1;
    if (recipientStems.has(stem)) {
      while (k < e && (isCapitalised(toks[k]) || verbTail.has(lowerAt(stream, k)))) {
        if (isClauseArticle(stream, j, k, e)) break;
        k++;
      }
      // "told the meeting he was disappointed", "told the woman he had kicked a football": the
      // recipient's noun, then a clause opened by its subject pronoun.
      // ("told the broadcaster the mother and baby were flown …", "told a full council meeting the
      // school's budget had shrunk": a determiner after the recipient opens the clause.)
      if (k > j + 1 && articles.has(lowerAt(stream, k - 1))) {
        let n = k;
        // (A subject pronoun or "it", or a determiner opening the clause's subject.)
        const opensClause = (w: string) => subjectPronouns.has(w) || w === 'it' || clauseDeterminers.has(w);
        // (Not past a preposition: "warned the voice of the people has to be heard".)
        while (n < e && n - k < 3 && toks[n].kind === 'word' && !isCapitalised(toks[n]) && !opensClause(lowerAt(stream, n)) && lowerAt(stream, n) !== 'that' && !recipientPrepositions.has(lowerAt(stream, n))) n++;
        if (n > k && opensClause(lowerOr(stream, n, k))) k = n;
        // Else the article opens the clause: "warned the cycle of job losses … had not bottomed out".
        else if (k < e && !isCapitalised(toks[k])) clauseArticle = --k;
      }
      // "told the Colorado Springs Gazette (http://…) he looked …": an aside after the recipient.
      if (k > j + 1 && toks[k]?.text === '(') {
        const close = closingBracket(stream, k, e, 12);
        if (close >= 0) k = close + 1;
      }
      // "told local reporters that ...", "told Telemundo, NBC's Spanish-language network, that ...":
      // a recipient of a few words, or with an apposition, before "that".
      // (Further on, after a name: "told Hontiveros at the second hearing on the killing of Kian
      // Loyd delos Santos that he was hurt".)
      for (let t = k; t < e && t - k <= 16 && !isQuoteMarkToken(toks[t].text); t++) {
        // (Or after a recipient and where they were told, with no verb of its own: "told disaffected
        // MPs at a caucus meeting last night that …".)
        if (lowerAt(stream, t) === 'that' && (t - k <= 4 || (t - k <= 10 && toks[t - 1].text === ',') || isCapitalised(toks[t - 1]) || (t - k <= 12 && !hasFiniteVerb(stream, k, t) && onlyWords(stream, k, t)))) {
          k = t;
          break;
        }
        // (Or a clause its subject pronoun opens, after where or when they were told: "told reporters
        // after practice he was fine", "told media following morning skate Monday he woke to …".)
        if (t > k && t - k <= 8 && subjectPronouns.has(lowerAt(stream, t)) && toks[t + 1]?.kind === 'word' && !isCapitalised(toks[t + 1]) && recipientCircumstance(stream, k, t)) {
          k = t;
          break;
        }
        if (toks[t].kind !== 'word' && toks[t].text !== ',' && toks[t].text !== "'s" && toks[t].text !== '’s') break;
      }
    } else if (tailPrepositions.has(lowerOr(stream, k, e - 1)) || (quotedAs && lowerOr(stream, k, e - 1) === 'by')) {
      // "alleged to CBC News that …", "explained to reporters that …": whom it was said to, then the clause.
      // ("said during the meeting that …", "said after the hearing that …": when or where, likewise.)
      // ("said in a statement Friday afternoon (Nov. 9) that …": a date in brackets counts as no words.)
      let bracketed = 0;
      for (let t = k + 2; t < e && t - k - bracketed <= 10; t++) {
        // (Not a relative "that": "said in the report that was released Monday …"; nor a noun's own
        // clause: "scoffed at McGuinty’s suggestion that he has …" is McGuinty's.)
        // (Past six words, only a "that" its clause's subject follows: "said during a visit Friday to
        // Pikangikum First Nation that Ottawa is …".)
        // (After a name only: "at a summit in Alaska that both sides described as productive" is a relative "that".)
        const far = t - k - bracketed > 6;
        if (lowerAt(stream, t) === 'that' && !hasFiniteVerb(stream, k, t) && !auxiliaries.has(lowerOr(stream, t + 1, t)) && !thatTakingNouns.has(lowerAt(stream, t - 1)) && (!far || (subjectOpensAt(stream, t + 1) && isCapitalised(toks[t - 1])))) {
          k = t;
          break;
        }
        const close = toks[t].text === '(' ? closingBracket(stream, t, e, 6) : -1;
        if (close > t) {
          bracketed += close - t + 1;
          t = close;
          continue;
        }
        // ("posted on X, formerly Twitter, that …": an aside between commas.)
        if (toks[t].kind !== 'word' && toks[t].text !== ',') break;
      }
    }
    while (k < e && k - j <= 8 && (verbTail.has(lowerAt(stream, k)) || isMedium(stream, k) || (toks[k].text === ',' && lowerOr(stream, k + 1, k) !== 'that'))) {
      if (toks[k].text === ',') break;
      if (recipientStems.has(stem) && isClauseArticle(stream, j, k, e)) break;
      k++;
    }
    if (clauseArticle >= 0 && k > clauseArticle && lowerOr(stream, k, e - 1) !== 'that') k = clauseArticle;
    // "He states however, that …", "said, however, that …": an adverb between the verb and its "that".
    const adverbAt = toks[k]?.text === ',' ? k + 1 : k;
    // ("Sykes noted, too, that …": "too", "also", "again" likewise.)
    const adverb = lowerOr(stream, adverbAt, e - 1);
    if ((isSentenceAdverb(adverb) || asideAdverbs.has(adverb)) && toks[adverbAt + 1]?.text === ',' && lowerOr(stream, adverbAt + 2, e - 1) === 'that') k = adverbAt + 2;
    // ("saying more than once that …", "said repeatedly that …": how often, then the "that".)
    const often = oftenBeforeThat(stream, k, e);
    if (often > k) k = often;
    let from = k;
    const hasThat = lowerOr(stream, k, e - 1) === 'that';
    // "told workers to install …", "told him to leave": an order, reported from its "to" (as the
    // annotated news has it); none in a question ("Should I tell him to shave it off?").
    // ("urged police to investigate", "warned the public not to speculate": appeals, from their
    // "to", likewise; pledges ("vowed to") are left out.)
    // (A request too, "asked the School Board to form …", though not a letter "asking Australia to …".)
    // (Not one put to the subject: "said McLellan, when asked Wednesday to respond to …".)
    const appeal = (appealStems.has(stem) || callsOn) && !(stem === 'ask' && ing && !progressive) && !(lowerAt(stream, j) === 'asked' && askedOf.has(lowerOr(stream, j - 1, j)));
    // ("appealing for witnesses to come forward": past the "for".)
    const recipientFrom = stem === 'appeal' && lowerOr(stream, j + 1, j) === 'for' ? j + 2 : j + 1;
    const order = hasThat ? -1 : stem === 'tell' ? infinitiveAfterRecipient(stream, j + 1, e) : appeal ? infinitiveAfterAnyRecipient(stream, recipientFrom, e) : callsFor;
    // ", calling it demonstrably unfit": what a participle called something, unquoted, is reported.
    // (Quoted words there are a characterised quotation of their own: "calling her jury duty “…”".)
    const calling = ing && stem === 'call' && calledObjects.has(lowerOr(stream, j + 1, j)) && j + 2 < e && !quoteMarkIn(stream, j + 2, e);
    // "told the officer where she could buy …", "explained how the fire started": a question's
    // clause, from its wh-word.
    // ("pointed out how the Blue Jays …": past the verb's particle.)
    const wh = hasThat || order >= 0 || calling ? -1 : whClauseAfter(stream, particle ? j + 1 : j, e, stem);
    if (calling) {
      from = j + 2;
    } else if (wh >= 0) {
      from = wh;
    } else if (order >= 0) {
      if (opensWithModal(stream, s, j)) continue;
      from = order;
    } else if (!hasThat) {
      if (!bareClauseStems.has(stem)) continue;
      // The clause starts right after the verb (or the recipient of "told"), past any time or
      // medium words ("said Monday", "said on X") but not past its own subject ("said the ...").
      from = recipientStems.has(stem) ? k : j + 1;
      // ("hoped to finish by June", "is said to reiterate": an infinitive is no clause, unless it is
      // what was claimed or vowed, "claimed to have addressed …"; "said to reporters he …" keeps its
      // recipient, as do "to officials", "to him".)
      const afterTo = lowerOr(stream, j + 2, j);
      if (!infinitiveStems.has(stem) && infinitiveAt(stream, j + 1, e) && !verbTail.has(afterTo) && !objectPronouns.has(afterTo) && !/s$/.test(afterTo)) continue;
      // "said in a statement, calling it ...": circumstances, then no clause.
      if (circumstanceWords.has(lowerOr(stream, from, e - 1))) {
        while (from < e && verbTail.has(lowerAt(stream, from))) from++;
        if (toks[from]?.text === ',' && !(datedOn(stream, j + 1) && timeThenComma(stream, j + 1, e))) continue;
      }
      // "The YDA leaders further said, it is the government’s duty …", "He said, during the
      // incident, the suspect fired …": a comma, then the clause.
      const commaClause = stem === 'say' && from === j + 1 && toks[from]?.text === ',' && clauseAfterComma(stream, from + 1, e);
      if (commaClause) from++;
      // ("said further information would …": an adjective before its noun opens the clause.)
      while (from < k && verbTail.has(lowerAt(stream, from)) && !determiners.has(lowerAt(stream, from)) && personalPronouns[lowerAt(stream, from)] === undefined && !adjectiveBeforeNoun(stream, from)) from++;
      // ("The RCMP say early Friday morning, they responded …": a time and its comma open the
      // clause, as "said late Sunday night, officers found …" has it.)
      // (Any verb's date too: "announced on Jan. 17, the average domestic college student will …".)
      const timeLead = (stem === 'say' || datedOn(stream, j + 1)) && timeThenComma(stream, j + 1, e);
      if (timeLead) from = j + 1;
      const w = toks[from];
      if (!w || isQuoteMarkToken(w.text)) continue;
      const lw = lowerAt(stream, from);
      // A clause opens with a subject; prepositions, adverbs and interjections do not.
      // "roughly 65 per cent of ..." opens a clause; "about it to him" does not.
      // ("said much of what he had been told is …": a quantity of something opens one too.)
      const opener = (clauseOpeners.has(lw) && (!approximators.has(lw) || /^\d/.test(toks[from + 1]?.text ?? ''))) || ((lw === 'much' || lw === 'little') && lowerOr(stream, from + 1, from) === 'of');
      // (Nor a verb in the past: "Footage posted on social media showed …" reports nothing; after an
      // article it is an adjective: "said in a statement the planned share repurchase …".)
      // ("said displaced residents had started returning": a participle before a plural, then a verb, is an adjective.)
      // ("said localized tripping due to high humidity levels occurred …": before a noun in -ing too.)
      const nounAfter = lowerOr(stream, from + 1, from);
      const adjectivalPast = (/^[a-z]+s$/.test(nounAfter) || (/^[a-z]{3,}ing$/.test(nounAfter) && !determiners.has(lowerOr(stream, from + 2, from)))) && !isCapitalised(toks[from + 1] ?? toks[from]) && hasFiniteVerb(stream, from + 2, commaOrEnd(stream, from, Math.min(e, from + 12)));
      const pastVerb = PAST_VERB.test(lw) && !determiners.has(lowerOr(stream, from - 1, from)) && !adjectivalPast;
      // (A noun in -ing opens one when its verb follows: "said timing of the construction is dictated by …".)
      // ("said having Erik Karlsson back on the blue-line was a big boost": its object, then its verb.)
      const gerund = /ing$/.test(lw) && (((lowerOr(stream, from + 1, from) === 'of' || lowerOr(stream, from + 1, from) === 'is') && hasFiniteVerb(stream, from, commaOrEnd(stream, from, Math.min(e, from + 10)))) || gerundBeforeVerb(stream, from, e));
      const subjectLike = timeLead || commaClause || (stem === 'say' && ingNouns.has(lw)) || phraseThenPronoun(stream, from, e) || personalPronouns[lw] !== undefined || determiners.has(lw) || opener || isCapitalised(w) || /^\d/.test(w.text) || currencyAmount(stream, from) || gerund || (w.kind === 'word' && !notSubject.has(lw) && !/ly$/.test(lw) && !/ing$/.test(lw) && !pastVerb) || subordinateThenMain(stream, from, e);
      // ("a year Mickelson thinks could be one of his best": a modal or a finite "be" first is the
      // verb of a clause whose subject stands before the speech verb, no report of one.)
      // ("claimed to have addressed …" keeps its infinitive.)
      // ("said should MacLellan proceed to sentence, he will not be …": a condition in inverted
      // order, then its main clause, is a clause.)
      const invertedCondition = (lw === 'should' || lw === 'had' || lw === 'were') && (isCapitalised(toks[from + 1] ?? w) || determiners.has(lowerOr(stream, from + 1, from))) && subordinateThenMain(stream, from, e, true);
      if (!invertedCondition && (!subjectLike || modalOpeners.has(lw) || finiteBe.has(lw))) continue;
      if (pronounClauseStems.has(stem) && !subjectPronouns.has(lw)) continue;
      // ("is promising a remote northwestern Ontario reserve help with …": what is promised, not a clause.)
      // ("claimed a study had been done" is a claim's clause.)
      if ((stem === 'promise' || stem === 'vow' || stem === 'pledge') && (lw === 'a' || lw === 'an')) continue;
      // ("… higher than city reports say it is could support …": an elided comparison, "say it is",
      // then the sentence's own verb; no clause.)
      if ((subjectPronouns.has(lw) || lw === 'it') && auxiliaries.has(lowerOr(stream, from + 1, from)) && modalOpeners.has(lowerOr(stream, from + 2, from))) continue;
      // ("Iker says this about yesterday’s bargaining session": a pronoun as the object, then what of.)
      if ((lw === 'this' || lw === 'that' || lw === 'it' || lw === 'so') && aboutWords.has(lowerOr(stream, from + 1, from))) continue;
      // ("Canada's Immigration Minister denies his government was poorly prepared": a denial's
      // clause has an auxiliary of its own, close by; "denied any involvement in the alleged
      // incidents" is an object.)
      if (stem === 'deny' && !subjectPronouns.has(lw) && !auxiliaryWithin(stream, from + 1, Math.min(e, from + 6))) continue;
      // Beyond "say" and "tell", a bare object is no clause ("confirmed the move", "posted a
      // video"): it needs a verb of its own.
      // (Before a comma: "announced its intentions on Tuesday, Notley termed …" has none.)
      // (Nor past a joiner opening another clause: "maintained a presence at the school but the
      // principal has stressed …" has an object.)
      const verbless = !hasFiniteVerb(stream, from, joinerOrEnd(stream, from, commaOrEnd(stream, from, Math.min(e, from + 10)))) && !longSubjectVerb(stream, from, e) && !joinedSubjectAside(stream, from, e);
      if (stem !== 'say' && stem !== 'tell' && verbless && !timeLead) continue;
      // ("told the club’s official website": a recipient that is all there is.)
      if (stem === 'tell' && verbless && (isMedium(stream, e - 1) || audienceNouns.has(lowerAt(stream, e - 1)))) continue;
      // ("claimed to have addressed …": what was claimed keeps its "to", as the annotated news has it.)
      if (infinitiveStems.has(stem) && from === j + 2 && lowerAt(stream, j + 1) === 'to') from = j + 1;
    }
    // ("asked the media to leave", "called for him to resign": an order of two words is whole.)
    if (e - from < (calling || (order >= 0 && from === order) ? 2 : 3)) continue;
    if (isQuoteMarkToken(toks[from].text) || (hasThat && isQuoteMarkToken(toks[from + 1]?.text ?? ''))) {
      // The reported words are a direct quote: that quote carries them.
      // (Not when words of the writer's follow the quote: "said that “my system is working
      // unrelentingly” to bring response times down, but added …".)
      if (quotedToEnd(stream, hasThat ? from + 1 : from, e) && !coverIn(covered, hasThat ? from + 1 : from, e, Cover.none)) continue;
    }
    // "While some critics say government should not pay a middle man, Jagelewski says …": a report
    // in a clause opening the sentence ends where the main clause begins; that may report too.
    // ("The woman, who asked Mr Perrottet to outline a plan, said she …": an order inside a
    // relative clause ends at the clause's comma, before the main clause's speech verb.)
    const end = openingSubordinate(stream, s) && j < commaOrEnd(stream, s, e) ? mainClauseAt(stream, from, e) : order >= 0 && from === order ? beforeMainVerb(stream, from, e) : e;
    if (end < e) {
      if (!coverIn(covered, from, end, Cover.statement)) out.push({ from, to: end, speaker });
      j = end;
      continue;
    }
    if (coverIn(covered, from, e, Cover.statement)) {
      // "The judge said the offence was old and added: “…”": the clause ends where the quote's
      // introduction begins.
      const cut = beforeQuoteIntro(stream, covered, from, e);
      // ("said he planned to brief Thune …, and indicated he might not want …, saying “…”": a
      // second report before the quotation's introduction is a clause of its own.)
      const second = cut - from >= 3 ? secondReport(stream, from, cut, lowerAt(stream, j)) : undefined;
      if (second) out.push({ from, to: second.cut, speaker }, ...(second.from >= 0 ? [{ from: second.from, to: cut, speaker }] : []));
      else if (cut - from >= 3) out.push({ from, to: cut, speaker });
      // "Mrs Lee said that “my system is working unrelentingly” to bring response times down": a
      // quotation the clause runs into, with no tag of its own, is part of the report.
      else if (quotesInsideClause(stream, covered, from, e)) out.push({ from, to: e, speaker });
      continue;
    }
    // "Nick Smith said the closure should be stopped, while Chris Evans said …": a report by
    // someone else ends this one; the loop reads it at its own verb.
    const other = otherSpeakersReport(stream, from, e);
    if (other >= 0) {
      out.push({ from, to: other, speaker });
      j = other;
      continue;
    }
    // "... that he'll be stepping down, saying the party needs to move on": a second report by
    // the same speaker is a clause of its own.
    const next = secondReport(stream, from, e, lowerAt(stream, j));
    if (next) {
      out.push({ from, to: next.cut, speaker });
      if (next.from >= 0) out.push({ from: next.from, to: e, speaker });
    } else {
      const cut = absoluteClauseAt(stream, from, e);
      out.push({ from, to: cut, speaker });
      // (The absolute clause may report too: "…, the government now claiming that …".)
      if (cut < e) {
        j = cut;
        continue;
      }
    }
    break;
  }
  return out;
}

/**
 * "… that police used force, with a spokesperson for the camp describing the scene as “…”": an
 * absolute clause in which someone else speaks ends the report at its comma; else `e`. ("…, with
 * doctors having to choose who lives" is still the report.)
 */
function absoluteClauseAt(stream: TokenStream, from: number, e: number): number {
  for (let c = from + 3; c + 3 < e; c++) {
    if (stream.tokens[c].text !== ',') continue;
    // ("…, the government now claiming that …": an absolute clause without its "with".)
    if (determiners.has(lowerAt(stream, c + 1))) {
      for (let k = c + 3; k < e && k - c <= 6; k++) {
        if (stream.tokens[k].kind !== 'word') break;
        if (/[a-z]ing$/.test(lowerAt(stream, k)) && (stream.classes[k] & TokenClass.speechVerb) !== 0 && absoluteAgent(stream, c, k)) return c;
      }
      continue;
    }
    if (lowerAt(stream, c + 1) !== 'with') continue;
    for (let k = c + 3; k < e && k - c <= 9; k++) {
      if (stream.tokens[k].kind !== 'word') break;
      if (/[a-z]ing$/.test(lowerAt(stream, k))) {
        if ((stream.classes[k] & TokenClass.speechVerb) !== 0) return c;
        break;
      }
    }
  }
  return e;
}

/**
 * The subject of the clause that "and"/"but" at token `and` continues: the name or pronoun before
 * its first verb, in the past or the present or an auxiliary ("Notley immediately termed … and",
 * "U.S. Secretary of State Mike Pompeo praised … and", "Horgan continues … and", "Kinew wouldn't …
 * but"), in the clause after the last comma before the joiner (or before its own comma).
 */
function coordinatedSubject(stream: TokenStream, floor: number, and: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  // ("And says …", "But said …": a sentence the joiner opens has no clause before it.)
  if (and <= floor) return undefined;
  let c = and - 1;
  // ("Trudeau responded by offering a mea culpa to Reid, and said …": the clause before the comma.)
  if (c > floor && toks[c].text === ',') c--;
  while (c > floor && toks[c].text !== ',') c--;
  let start = toks[c].text === ',' ? c + 1 : floor;
  // ("“…,” he added and disclosed that …": past the quotation's closing mark, the tag's subject.)
  while (start < and && isQuoteMarkToken(toks[start].text)) start++;
  // ("Director Infrastructure Services, Phil Holloway, replied ‘Not per se’, but said …": a clause
  // opening with its verb, whose subject and apposition come before its comma.)
  if (start > floor + 1 && verbAt(stream, start) !== undefined) {
    const before = speakerBeforeVerb(stream, floor, start);
    if (before?.kind === 'name' || before?.kind === 'pronoun') return before;
  }
  // ("He’s hoping councillors heard the message and said …": a pronoun with its contracted "is".)
  if (PRONOUN_BE.test(lowerAt(stream, start)) && start + 1 < and) return { kind: 'pronoun', from: start, to: start + 1 };
  let verb = start + 1;
  // ("The experienced centre was brutally honest …, and admitted that …": a copula or an
  // auxiliary after a subject in lower case too.)
  while (verb < and && !pastVerbAt(stream, verb, start) && !finiteAfterSubject(stream, verb, start) && !copulaAfterNoun(stream, verb, start)) verb++;
  if (verb >= and) return undefined;
  // Adverbs between the subject and the verb ("immediately").
  let end = verb;
  while (end - 1 > start && /ly$/.test(lowerAt(stream, end - 1))) end--;
  // ("The experienced centre was brutally honest …, and admitted …": a short definite subject
  // before its copula, whatever its head, whom the copula describes.)
  const described = copulaAfterNoun(stream, verb, start) && end - start <= 4 && onlyWords(stream, start, end) ? { kind: 'phrase' as const, from: start, to: end } : undefined;
  const subject = speakerBeforeVerb(stream, start, end) ?? described;
  // (Or a phrase whose head can speak: "The union praised staff, but said …".)
  const speaks = subject?.kind === 'phrase' && (canSpeak(lowerAt(stream, subject.to - 1)) || subject === described);
  return subject?.kind === 'name' || subject?.kind === 'pronoun' || speaks ? subject : undefined;
}

/** Token `k` is a finite "be" or "have" after a noun of the subject opening at `start` ("The experienced centre was"). */
function copulaAfterNoun(stream: TokenStream, k: number, start: number): boolean {
  const w = lowerAt(stream, k);
  return k > start + 1 && (finiteBe.has(w) || w === 'has' || w === 'had') && stream.tokens[k - 1].kind === 'word' && !isCapitalised(stream.tokens[k - 1]) && determiners.has(lowerAt(stream, start));
}

/**
 * After "told" at token `j` and its recipient, an article before a word in lower case opens the
 * clause (in the sentence ending before `e`) ("told reporters the plan would fail"); "told the BBC" and "told the man" are recipients.
 */
function isClauseArticle(stream: TokenStream, j: number, k: number, e: number): boolean {
  const next = stream.tokens[k + 1];
  if (k <= j + 1 || (lowerAt(stream, k) !== 'the' && lowerAt(stream, k) !== 'a') || next === undefined || isCapitalised(next)) return false;
  // ("told a daily briefing in Beijing that …": a "that" ahead shows where the clause opens.)
  for (let t = k + 2; t < e && t - k <= 16; t++) if (lowerAt(stream, t) === 'that') return false;
  return true;
}

/** Reporting verbs with a recipient before what is said ("told reporters that", "assured the court that"). */
const recipientStems = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'notify', 'brief']);
/** Particles of phrasal reporting verbs, read as part of the verb ("pointed out that"). */
const verbParticles: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { point: 'out' });
/** Token `k` is the particle of the verb whose stem is `stem` ("pointed out"). */
function particleAt(stream: TokenStream, stem: string, k: number): boolean {
  return verbParticles[stem] !== undefined && lowerOr(stream, k, k - 1) === verbParticles[stem];
}
/** Adverbs set off by commas between a verb and its "that" that open no sentence ("noted, too, that"). */
const asideAdverbs = new Set(['too', 'also', 'again', 'though']);
/** Who or what is told, ending a "told …" that holds no clause ("told the club’s official website"). */
const audienceNouns = new Set(['website', 'newspaper', 'paper', 'station', 'radio', 'television', 'reporters', 'journalists', 'media', 'audience', 'crowd', 'supporters', 'members', 'colleagues', 'friends']);
/** Prepositions a recipient's noun phrase goes on with, so that no clause opens after them. */
const recipientPrepositions = new Set(['of', 'in', 'at', 'for', 'to', 'on', 'with', 'from', 'by']);
/** Determiners that open a clause's subject right after a recipient ("told the broadcaster the mother …"). */
const clauseDeterminers = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'some', 'no']);

const objectPronouns = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'everyone', 'people']);

/** Verbs of appeal or request whose appeal is reported from its "to" ("urged residents to stay home", "asked staff to report back"). */
const appealStems = new Set(['urge', 'advise', 'remind', 'warn', 'beg', 'ask', 'appeal', 'instruct']);

/**
 * "appealed to residents to stay indoors", "appealing for witnesses to come forward": after
 * "appeal to" or "appeal for", someone, and "to" with a verb (not a court's appeal: "appealed to
 * the Supreme Court to overturn the ruling"; nor "appealed for calm").
 */
function appealsTo(stream: TokenStream, j: number, e: number): boolean {
  const order = infinitiveAfterAnyRecipient(stream, lowerOr(stream, j + 1, j) === 'for' ? j + 2 : j + 1, e);
  if (order < 0) return false;
  for (let k = j + 2; k < order; k++) if (courtWords.has(lowerAt(stream, k))) return false;
  return true;
}
/**
 * The "to" of "called for <someone> to <act>" at verb j, or -1: someone who can act, a name or a
 * pronoun ("called for the minister to stand aside", "called for him to resign"), not a thing
 * ("called for changes to planning rules").
 */
function callForOrder(stream: TokenStream, j: number, e: number): number {
  const order = infinitiveAfterAnyRecipient(stream, j + 2, e);
  if (order < 0) return -1;
  const head = stream.tokens[order - 1];
  const word = lowerAt(stream, order - 1);
  return isCapitalised(head) || objectPronouns.has(word) || canSpeak(word) ? order : -1;
}

/** Bodies an appeal to which is a legal one. */
const courtWords = new Set(['court', 'courts', 'tribunal', 'judge', 'judges', 'justices', 'commission', 'ombudsman']);

/** "to" and a verb in lower case at token k. */
function infinitiveAt(stream: TokenStream, k: number, e: number): boolean {
  const next = stream.tokens[k + 1];
  return k < e - 1 && lowerAt(stream, k) === 'to' && next.kind === 'word' && !isCapitalised(next) && !determiners.has(lowerAt(stream, k + 1));
}

/**
 * The "to" of a request after its addressees, who may be described at some length ("anyone with
 * information", "people who live in the area", "all Canadians considering travel to China"): up to
 * ten words with no punctuation, "that" or auxiliary between. -1 when there is none.
 */
function infinitiveAfterAnyRecipient(stream: TokenStream, from: number, e: number): number {
  for (let k = from + 1; k < e - 1 && k - from <= 10; k++) {
    const t = stream.tokens[k - 1];
    if (t.kind !== 'word' || recipientEnders.has(lowerAt(stream, k - 1)) || auxiliaries.has(lowerAt(stream, k - 1))) return -1;
    // ("warned the public not to speculate": the appeal keeps its "not".)
    if (infinitiveAt(stream, k, e)) return lowerAt(stream, k - 1) === 'not' ? k - 1 : k;
  }
  return -1;
}
/** Words that end the addressees of a request: "asked the council for signage so residents know what to put …". */
const recipientEnders = new Set(['that', 'for', 'so', 'about', 'what', 'how', 'when', 'why', 'where', 'whether', 'if', 'because', 'after', 'before', 'since', 'but']);

/** After an aside between two dashes or two commas at `k` that "that" follows: the "that"; else `k`. */
function pastAsideBeforeThat(stream: TokenStream, k: number, e: number): number {
  const open = stream.tokens[k]?.text;
  if (open === undefined || (!DASHES.has(open) && open !== ',')) return k;
  for (let t = k + 2; t < e - 2 && t - k <= 12; t++) {
    const w = stream.tokens[t].text;
    if (w === open || (DASHES.has(open) && DASHES.has(w))) return lowerAt(stream, t + 1) === 'that' ? t + 1 : k;
    if (stream.tokens[t].kind !== 'word' && w !== "'s" && w !== '’s') return k;
  }
  return k;
}

/**
 * Tokens [s, to) hold a verb in the past and what it acts on, no comma, before the "to" at `to`
 * ("the education ministry emailed boards", "The mayor took to Twitter").
 */
function purposeAfterVerb(stream: TokenStream, s: number, to: number): boolean {
  let verb = -1;
  for (let k = s + 1; k < to; k++) {
    if (stream.tokens[k].kind !== 'word' && stream.tokens[k].text !== "'s" && stream.tokens[k].text !== '’s') return false;
    if (verb < 0 && (pastVerbAt(stream, k, s) || irregularPasts.has(lowerAt(stream, k)))) verb = k;
  }
  return verb > s && to - verb <= 6;
}

/**
 * Where the recipient of "told" starting at `from` ends: after an object pronoun, a bare plural
 * ("told workers"), a determiner and up to two words (not past a word of `stops`), or, with
 * `names`, up to three capitalised words; -1 when no recipient stands there.
 */
function recipientEnd(stream: TokenStream, from: number, e: number, stops: ReadonlySet<string>, names: boolean): number {
  const toks = stream.tokens;
  let k = from;
  if (objectPronouns.has(lowerAt(stream, k))) k++;
  else if (determiners.has(lowerAt(stream, k))) {
    k++;
    for (let n = 0; n < 2 && k < e && toks[k].kind === 'word' && !stops.has(lowerAt(stream, k)); n++) k++;
  } else if (/[^s]s$/.test(lowerAt(stream, k)) && !isCapitalised(toks[k])) k++;
  else if (names) while (k < e && k - from <= 2 && isCapitalised(toks[k])) k++;
  return k === from ? -1 : k;
}

const infinitiveMark = new Set(['to']);

/** Where an attribution's tail starts: after its verb, and after the recipient of "told" ("told his caucus"). */
function afterRecipient(stream: TokenStream, att: Attribution, e: number): number {
  const from = Math.max(att.end, att.verb + 1);
  if (from !== att.verb + 1 || verbAt(stream, att.verb) !== 'tell') return from;
  // ("…, Crown prosecutor Tyla Olenchuk told court.": a body heard without its article.)
  if (bareAudiences.has(lowerAt(stream, from))) return from + 1;
  // ("…, Shopify CEO tells Ottawa audience": where the audience is, then the audience, no article.)
  if (from < e && isCapitalised(stream.tokens[from]) && (bareAudiences.has(lowerOr(stream, from + 1, from)) || audienceNouns.has(lowerOr(stream, from + 1, from)))) return from + 2;
  const k = recipientEnd(stream, from, e, recipientEnders, true);
  return k > 0 ? k : from;
}
const bareAudiences = new Set(['court', 'council', 'parliament', 'media', 'reporters', 'journalists', 'police', 'jurors', 'congress', 'delegates']);

/**
 * Where the order after a recipient opens: tokens from `from` are a recipient (an object pronoun,
 * a bare plural, or a determiner and up to two words), then "to" and a word. The "to", else -1.
 */
function infinitiveAfterRecipient(stream: TokenStream, from: number, e: number): number {
  const k = recipientEnd(stream, from, e, infinitiveMark, false); // "told workers to install …"
  return k >= 0 && k < e - 1 && lowerAt(stream, k) === 'to' && stream.tokens[k + 1].kind === 'word' ? k : -1;
}

/** Verbs whose object may be a question's clause ("told him why", "explained how", "wrote how"). */
const whClauseStems = new Set(['tell', 'explain', 'write', 'describe', 'reveal', 'recount', 'disclose', 'discuss', 'question', 'point']);
const whWords = new Set(['where', 'how', 'why', 'what', 'when', 'whether']);

/**
 * Where a question's clause opens after the speech verb at `j`: right after it, or after the
 * recipient of "told" (a pronoun, "the officer", "reporters", a name); -1 when none does.
 */
function whClauseAfter(stream: TokenStream, j: number, e: number, stem: string): number {
  // "asked if the minister agreed …", "asked the council whether …": a question put, though not
  // one put to the subject ("when asked if …", "was asked whether …").
  const ask = stem === 'ask' && !askedOf.has(lowerOr(stream, j - 1, j));
  if (!whClauseStems.has(stem) && !ask) return -1;
  const k = stem === 'tell' || ask ? recipientEnd(stream, j + 1, e, whWords, true) : j + 1;
  // (With no one asked, the question follows the verb; "told" needs its recipient.)
  const at = k >= 0 ? k : ask ? j + 1 : -1;
  if (at < 0) return -1;
  const w = lowerAt(stream, at);
  return at < e - 2 && (whWords.has(w) || (ask && w === 'if')) && stream.tokens[at + 1].kind === 'word' ? at : -1;
}
/** Words before "asked" that make the subject the one asked: "when asked if", "was asked whether". */
const askedOf = new Set(['when', 'if', 'once', 'after', 'before', 'being', 'been', 'was', 'were', 'is', 'are', 'be']);

/** The sentence opens with a modal just before the verb at `j`: a question ("Should I tell him …?"). */
function opensWithModal(stream: TokenStream, s: number, j: number): boolean {
  return j - s <= 3 && modalOpeners.has(lowerAt(stream, s));
}

/**
 * "Golden remembers him apologizing in court, saying …": the one seen or heard doing something
 * (an object pronoun before an -ing verb, before the comma of ", saying" at token `j`) says it,
 * not the sentence's subject.
 */
function participleAgent(stream: TokenStream, s: number, j: number): SpeakerPhrase | undefined {
  for (let k = j - 2; k > s; k--) {
    const w = lowerAt(stream, k);
    if (stream.tokens[k].text === ',' || endsSentence(stream, k)) break;
    if (w.endsWith('ing') && objectGenders[lowerAt(stream, k - 1)] !== undefined) return { kind: 'pronoun', from: k - 1, to: k };
  }
  return undefined;
}

/**
 * "…, the government now claiming that …": the subject of an absolute clause, a determiner's short
 * phrase after a comma that can speak, maybe an adverb, then the -ing verb at `j`.
 */
function absoluteAgent(stream: TokenStream, s: number, j: number): SpeakerPhrase | undefined {
  let end = j;
  while (end - 1 > s && (/ly$/.test(lowerAt(stream, end - 1)) || absoluteAdverbs.has(lowerAt(stream, end - 1)))) end--;
  for (let k = end - 2; k > s && end - k <= 4; k--) {
    if (stream.tokens[k].kind !== 'word') return undefined;
    if (stream.tokens[k - 1].text !== ',' || !determiners.has(lowerAt(stream, k))) continue;
    return canSpeak(lowerAt(stream, end - 1)) ? { kind: 'phrase', from: k, to: end } : undefined;
  }
  return undefined;
}
const absoluteAdverbs = new Set(['now', 'also', 'still', 'then', 'meanwhile']);

/** "with Sheriff Michael J. Chitwood confirming that …": a name right before the -ing verb at `j` is its agent. */
function namedJustBefore(stream: TokenStream, s: number, j: number): SpeakerPhrase | undefined {
  const run = nameRunBefore(stream, s, j);
  if (!run || prepositionBefore(stream, s, run[0])) return undefined;
  const [a, b] = personPart(stream, run[0], run[1]);
  return b - a >= 2 && looksLikePersonName(runText(stream, a, b).split(' ')) ? { kind: 'name', from: a, to: b } : undefined;
}

/** The run of capitalised words ending right before token `j`, after `s`. */
function nameRunBefore(stream: TokenStream, s: number, j: number): [number, number] | undefined {
  if (j - 1 <= s || !isCapitalised(stream.tokens[j - 1])) return undefined;
  const run = nameRunEndingAt(stream, j - 1, s);
  return run && run[1] === j ? run : undefined;
}

/**
 * A preposition before the name opening at `name`, past its role words in lower case: "paid
 * tribute to retiring councillor Mike O’Donnell saying his service …" names the preposition's
 * object, and the participle is the sentence subject's.
 */
function prepositionBefore(stream: TokenStream, s: number, name: number): boolean {
  let k = name - 1;
  while (k > s && name - k < 3 && stream.tokens[k].kind === 'word' && !isCapitalised(stream.tokens[k]) && !PREPOSITIONS.has(lowerAt(stream, k)) && !determiners.has(lowerAt(stream, k))) k--;
  return k >= s && objectPrepositions.has(lowerAt(stream, k));
}
const objectPrepositions = new Set(['to', 'for', 'of', 'about', 'toward', 'towards', 'on']);

/** A person's name ends right before the participle at `j`, as a preposition's object (prepositionBefore). */
function objectNameBefore(stream: TokenStream, s: number, j: number): boolean {
  const run = nameRunBefore(stream, s, j);
  return run !== undefined && prepositionBefore(stream, s, run[0]) && looksLikePersonName(runText(stream, run[0], run[1]).split(' '));
}

/**
 * "with Health Cabinet Secretary Mutahi Kagwe Tuesday saying …", "with local representatives
 * saying …": the subject of an absolute clause opened by "with" before the -ing verb at `j`.
 */
function agentAfterWith(stream: TokenStream, s: number, j: number): SpeakerPhrase | undefined {
  // (Words only between: "met with an EFF MP, saying …" is the sentence subject's participle.)
  for (let k = j - 1; k >= s && j - k <= 10; k--) {
    if (stream.tokens[k].kind !== 'word') return undefined;
    // (A belief is no statement: "with Pelosi believing the crisis will tarnish …".)
    if (lowerAt(stream, k) === 'with') return isBeliefVerb(verbAt(stream, j) ?? '') ? undefined : speakerBeforeVerb(stream, k + 1, j);
  }
  return undefined;
}

const PAST_VERB = /^[a-z]{2,}[^e]ed$/;
const DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?|today|weekend)$/;
const PAST_OR_SAYS = /^(?:said|says|told|tells|\w+ed)$/;
const PRESENT = /^\w+s$/;
const verbJoiners = new Set(['and', 'but']);

/**
 * A verb in the present or an auxiliary right after the subject's last word, a name or a pronoun:
 * "Horgan continues …", "Kinew wouldn't …", "Manitoba Premier Brian Pallister didn’t …".
 */
function finiteAfterSubject(stream: TokenStream, k: number, start: number): boolean {
  const t = stream.tokens[k];
  const prev = stream.tokens[k - 1];
  if (k <= start || t.kind !== 'word' || isCapitalised(t) || !prev || prev.kind !== 'word') return false;
  if (!isCapitalised(prev) && personalPronouns[lowerAt(stream, k - 1)] === undefined) return false;
  const w = lowerAt(stream, k);
  if (auxiliaries.has(w) || /n['’]t$/.test(w)) return true;
  // (Not "his", "this", "its": "Following his conviction Keys branded …"; nor a plural that can
  // speak, "Health officials announced …".)
  return w.length >= 4 && !determiners.has(w) && /[^su'’i]s$/.test(w) && !isPluralSpeaker(w);
}

/** A quotation mark among tokens [from, to). */
function quoteMarkIn(stream: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isQuoteMarkToken(stream.tokens[i].text)) return true;
  return false;
}

/** Objects of "calling" before what it is called: "calling it a constitutional crisis". */
const calledObjects = new Set(['it', 'him', 'her', 'them', 'this', 'that']);
/** Words after "called it"/"called him" that make a phrasal verb or a phone call, not a name for it. */
const calledParticles = new Set(['quits', 'off', 'back', 'out', 'up', 'in', 'on', 'for', 'to', 'at', 'from', 'about', 'over', 'after', 'before', 'by', 'with', 'and', 'but', 'again', 'later', 'last', 'yesterday', 'today', 'twice', 'once', 'early']);
/** Words opening the object of "called" ("called the stop …", "called his remarks …"). */
const calledObjectOpeners = new Set(['the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my']);
/** Words opening a verb's object or clause after a present form ("holds a lower ratio", "expects that"). */
const objectOpeners = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'no', 'more', 'to']);
/** Words ending what something was called: a clause of time or reason follows. */
const complementEnds = new Set(['as', 'while', 'because', 'after', 'before', 'when', 'since', 'during', 'despite', 'but']);
/** An adjective's ending, for a complement of one word ("called the article irresponsible"). */
const ADJECTIVE_ENDING = /(?:ible|able|ous|ful|ive|al|ic|ent|ant|less|ate|ary|ory|ish)$/;

/**
 * What "called" (finite, at token j) called something, unquoted: the tokens after its object up to
 * a comma, the sentence's end or a clause of time or reason. The object is a pronoun ("called it a
 * disgrace"), a noun phrase before a second article ("called the stop the single clearest …") or
 * before an adjective ending the phrase ("called the article irresponsible"), or the relative word
 * before the subject ("who he calls a good ball-striker"). Quoted words are a fragment of their own.
 */
function calledComplement(stream: TokenStream, s: number, j: number, e: number): { from: number; to: number; relative: boolean } | undefined {
  const toks = stream.tokens;
  const articleAt = (k: number) => k < e && (lowerAt(stream, k) === 'a' || lowerAt(stream, k) === 'an');
  const end = (from: number): number => {
    let k = from;
    // (A list of names for it runs on past its commas: "a good ball-striker, a great kid and …".)
    while (k < e && (toks[k].text !== ',' || articleAt(k + 1)) && !endsSentence(stream, k) && !(k > from && complementEnds.has(lowerAt(stream, k)))) k++;
    return k;
  };
  const checked = (from: number, relative: boolean) => {
    const to = end(from);
    return to - from >= 1 && to - from <= 24 && !quoteMarkIn(stream, from, to) && toks[from].kind === 'word' ? { from, to, relative } : undefined;
  };
  const next = lowerOr(stream, j + 1, j);
  // "who he calls a good ball-striker".
  if (j - 2 >= s && (lowerAt(stream, j - 2) === 'who' || lowerAt(stream, j - 2) === 'whom') && personalPronouns[lowerAt(stream, j - 1)] !== undefined) {
    return articleStarts(next) ? checked(j + 1, true) : undefined;
  }
  if (calledObjects.has(next)) {
    const after = lowerOr(stream, j + 2, j);
    return articleStarts(after) && !calledParticles.has(after) ? checked(j + 2, false) : undefined;
  }
  if (!calledObjectOpeners.has(next)) return undefined;
  // The object: up to five words with no article, comma or quotation mark.
  for (let k = j + 2; k < e && k - j <= 6; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || endsSentence(stream, k)) return undefined;
    const w = lowerAt(stream, k);
    if (k > j + 2 && (w === 'a' || w === 'an' || w === 'the')) return checked(k, false);
    // "called the article irresponsible.": one word, an adjective, closing the phrase.
    if (k > j + 2 && ADJECTIVE_ENDING.test(w) && (toks[k + 1] === undefined || toks[k + 1].text === ',' || endsSentence(stream, k + 1))) return checked(k, false);
    if (determiners.has(w) || PREPOSITIONS.has(w)) return undefined;
  }
  return undefined;
}

/** A complement after "called it", "who he calls": an article and its phrase, or an adjective. */
function articleStarts(w: string): boolean {
  return w === 'a' || w === 'an' || w === 'the' || (w.length > 4 && ADJECTIVE_ENDING.test(w));
}

/** Words a reported verb phrase opens with when its subject is a relative word ("which X says will …"). */
const auxiliaryStarts = new Set(['will', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'could', 'can', 'should', 'may', 'might', 'must']);

/**
 * "which the SHA says will go into effect": the subject of the reported clause is the relative
 * word ("which", "that", "what", or none: "a move the company said was needed") before the
 * speaker; the clause is the verb phrase after the speech verb at `j`, to the next comma.
 */
function relativeReport(stream: TokenStream, s: number, j: number, e: number): ReportedClause | undefined {
  if (!auxiliaryStarts.has(lowerOr(stream, j + 1, j))) return undefined;
  // ("reductions that the United Nations’ climate change panel says are needed", "what South
  // Korean officials say is Kim's 35th birthday": a longer subject, and "what", too.)
  let subject = -1;
  for (let r = j - 2; r >= s && j - r <= 9; r--) {
    const w = lowerAt(stream, r);
    if (stream.tokens[r].kind !== 'word' && !isApostropheToken(stream.tokens[r].text)) break;
    if (w !== 'which' && w !== 'that' && w !== 'what') continue;
    subject = r + 1;
    break;
  }
  // ("in a move the company said was needed …", "a deal he says will …": a relative clause with
  // no relative word, its subject a pronoun or a short phrase with "the" right after a noun.)
  if (subject < 0) subject = contactSubject(stream, s, j);
  if (subject < 0) return undefined;
  const speaker = speakerBeforeVerb(stream, subject, j);
  // (To a dash closing the aside it stands in: "— which the judge said would be issued “shortly” —".)
  let to = commaOrEnd(stream, j + 1, e);
  for (let k = j + 2; k < to; k++) if (asideDashes.has(stream.tokens[k].text)) to = k;
  // (Two words will do: "which the union said is unacceptable,".)
  return speaker && (to - (j + 1) >= 3 || (to - (j + 1) === 2 && stream.tokens[j + 2].kind === 'word')) ? { from: j + 1, to, speaker, relative: true } : undefined;
}

/** Pronouns a relative clause without its relative word may follow ("something the union said is …"). */
const indefinitePronouns = new Set(['something', 'anything', 'everything', 'nothing']);

/** "$40 million comes from …": a currency's sign and a number open the clause at `k`. */
function currencyAmount(stream: TokenStream, k: number): boolean {
  const sign = stream.tokens[k];
  return sign !== undefined && sign.kind !== 'word' && currencyPrefix(sign.text) !== undefined && /^\d/.test(stream.tokens[k + 1]?.text ?? '');
}

/** Prepositions after an object pronoun that say what it was said of ("says this about …"). */
const aboutWords = new Set(['about', 'of', 'to', 'for', 'on', 'in', 'after', 'before']);

/** Where the subject of a relative clause without its relative word opens before the verb at `j` ("a move [the company] said"), or -1. */
function contactSubject(stream: TokenStream, s: number, j: number): number {
  const toks = stream.tokens;
  let r = j - 1;
  if (!subjectPronouns.has(lowerAt(stream, r))) {
    while (r > s && j - r <= 3 && lowerAt(stream, r) !== 'the') r--;
    if (lowerAt(stream, r) !== 'the' || j - r < 2) return -1;
  }
  // (After a noun in lower case, itself after a determiner: "a move", "the money"; or after
  // "something": "something the NSGEU said is unacceptable".)
  const noun = r - 1;
  if (noun >= s && indefinitePronouns.has(lowerAt(stream, noun))) return r;
  return noun - 1 >= s && toks[noun].kind === 'word' && !isCapitalised(toks[noun]) && determiners.has(lowerAt(stream, noun - 1)) ? r : -1;
}

function commaOrEnd(stream: TokenStream, from: number, to: number): number {
  const toks = stream.tokens;
  for (let i = from; i < to; i++) {
    if (toks[i].text !== ',') continue;
    const inNumber = i > 0 && toks[i - 1].end === toks[i].start && toks[i + 1]?.start === toks[i].end;
    if (!inNumber) return i;
  }
  return to;
}

/** "that" at token `from`, past time and medium words ("announced Monday that", "said in a statement that"). */
function thatFollows(stream: TokenStream, from: number, e: number): boolean {
  let k = from;
  while (k < e && k - from < 6 && verbTail.has(lowerAt(stream, k))) k++;
  return lowerOr(stream, k, e - 1) === 'that';
}

const openingSubordinators = new Set(['while', 'when', 'although', 'though', 'whereas']);

/** The sentence opens with a subordinating word ("While he said …, …"). */
function openingSubordinate(stream: TokenStream, s: number): boolean {
  if (!isCapitalised(stream.tokens[s])) return false;
  if (openingSubordinators.has(lowerAt(stream, s))) return true;
  // ("Much as the activists have claimed …, police …".)
  if (lowerAt(stream, s) === 'much' && lowerOr(stream, s + 1, s) === 'as') return true;
  // ("One day after the Liberal government announced …", "Hours before …": how long, then the
  // subordinator; words in lower case and no verb before it.)
  for (let k = s + 1; k <= s + 3 && k < stream.tokens.length; k++) {
    const w = lowerAt(stream, k);
    if (timeSubordinators.has(w)) return true;
    if (stream.tokens[k].kind !== 'word' || isCapitalised(stream.tokens[k]) || verbAt(stream, k) !== undefined || /[a-z]ed$/.test(w)) return false;
  }
  return false;
}
/** Words of time that open a clause or a phrase: "One day after the government announced …". */
const timeSubordinators = new Set(['after', 'before', 'since', 'until']);

/**
 * The comma after which the main clause's subject comes (a pronoun, a name, or "the"/"a" and a
 * noun) and then its verb, else `e`.
 */
function mainClauseAt(stream: TokenStream, from: number, e: number): number {
  for (let c = from + 2; c < e - 2; c++) {
    if (stream.tokens[c].text !== ',') continue;
    const w = lowerAt(stream, c + 1);
    // ("…, police have termed them illegal": a bare subject that can speak, then its auxiliary or past.)
    const bareSubject = canSpeak(w) && (auxiliaries.has(lowerOr(stream, c + 2, c)) || PAST_VERB.test(lowerOr(stream, c + 2, c)));
    if (subjectPronouns.has(w) || isCapitalised(stream.tokens[c + 1]) || ((w === 'the' || w === 'a') && stream.tokens[c + 2]?.kind === 'word') || bareSubject) return c;
  }
  return e;
}

/** Past a dateline opening the sentence: "Bhopal (Madhya Pradesh): …", "OTTAWA — …". */
function afterDateline(stream: TokenStream, s: number, to: number): number {
  const toks = stream.tokens;
  // "Chandigarh, Jan 31 (PTI) …", "LONDON (Reuters) …": a bracketed agency closes the dateline.
  for (let j = s; j + 2 < to && j - s < 9; j++) {
    const t = toks[j].text;
    if (t === '(' && NEWS_AGENCIES.has(toks[j + 1].text) && toks[j + 2].text === ')') {
      const after = j + 3 < to && (DASHES.has(toks[j + 3].text) || toks[j + 3].text === ':') ? j + 4 : j + 3;
      return after + 3 < to ? after : s;
    }
    if (!isCapitalised(toks[j]) && t !== ',' && t !== '.' && !/^\d{1,4}$/.test(t)) break;
  }
  let k = s;
  while (k < to && k - s < 6 && (isCapitalised(toks[k]) || toks[k].text === '(' || toks[k].text === ')' || toks[k].text === ',')) k++;
  if (k === s || k + 3 >= to) return s;
  if (toks[k].text === ':') return k + 1;
  // A dash after a place in capitals, a bracketed agency or an agency: not "Sixteen Kenyans — including …".
  const first = toks[s].text;
  // ("Red Deer — Alberta's Opposition leader …": a place of a word or two opening the paragraph,
  // in a house style that writes it in lower case, before a capitalised word.)
  const placeOpening = s === 0 && k - s <= 2 && !/s$/.test(toks[k - 1].text) && !NUMBER_WORD.test(first) && toks[k + 1] !== undefined && isCapitalised(toks[k + 1]);
  const dateline = DASHES.has(toks[k].text) && (first === '(' || (first.length > 1 && first === first.toUpperCase()) || NEWS_AGENCIES.has(first) || placeOpening);
  return dateline ? k + 1 : s;
}
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds?|Thousands?|Dozens?)/;
const NEWS_AGENCIES = new Set(['Reuters', 'AP', 'AFP', 'CP', 'Bloomberg', 'Xinhua', 'PTI', 'IANS', 'ANI', 'UNI', 'dpa', 'EFE', 'Yonhap', 'Kyodo']);

const adjunctOpeners = new Set(['while', 'when', 'after', 'before', 'as']);

/** "while addressing the media here on Tuesday": a participle clause to the sentence end, with no report of its own. */
function circumstanceClause(stream: TokenStream, from: number, e: number): boolean {
  if (from + 2 >= e || e - from > 14 || !adjunctOpeners.has(lowerAt(stream, from)) || !/ing$/.test(lowerOr(stream, from + 1, from))) return false;
  for (let i = from + 1; i < e; i++) if (lowerAt(stream, i) === 'that' || isQuoteMarkToken(stream.tokens[i].text) || (i > from + 1 && verbAt(stream, i))) return false;
  return true;
}

/**
 * An inverted tag whose "speaker" ends a clause of its own after the verb: "…, ASIRT … said the
 * shooting took place in the 1700 block of 11th Avenue S.W. at around 2:30 a.m." is no "said
 * Avenue S.W.".
 */
function clauseBeforeSpeaker(stream: TokenStream, att: { verb: number; speaker: SpeakerPhrase }): boolean {
  // (A participle and its agent are no clause: "said a statement released by the Prime Minister's Office".)
  for (let k = att.verb + 1; k < att.speaker.from; k++) {
    if (lowerAt(stream, k) === 'that' || verbAt(stream, k) || (pastVerbAt(stream, k, att.verb + 1) && lowerOr(stream, k + 1, k) !== 'by')) return true;
  }
  // ("…, says his son long battled addiction before …": the phrase read as the speaker holds the
  // clause's own verb; not "said his newly hired lawyer", "said officials unauthorized to speak
  // publicly and granted anonymity", participles.)
  if (att.speaker.kind !== 'phrase') return false;
  for (let k = att.speaker.from + 1; k < att.speaker.to; k++) {
    const before = lowerAt(stream, k - 1);
    if (!pastVerbAt(stream, k, att.speaker.from) || determiners.has(before) || before.endsWith('ly') || participleLinks.has(before)) continue;
    if (!participleLinks.has(lowerOr(stream, k + 1, k))) return true;
  }
  return false;
}

/** Words beside a participle in a noun phrase ("officials unauthorized to speak and granted anonymity", "a report issued by"). */
const participleLinks = new Set(['and', 'or', 'but', 'not', 'to', 'by', ',']);

/** Words of a time of day before a clause's comma ("early Friday morning", "late last night"). */
const timeOfDayWords = new Set(['early', 'late', 'this', 'last', 'on', 'morning', 'afternoon', 'evening', 'night', 'yesterday', 'overnight']);

/** Tokens from `k` are a time ("early Friday morning", "Monday"), its comma, then a clause. */
function timeThenComma(stream: TokenStream, k: number, e: number): boolean {
  let t = k;
  // ("announced on Jan. 17, the average domestic college student will …": a date.)
  if (datedOn(stream, k)) {
    t = k + 2;
    while (t < e && t - k <= 4 && /^\d/.test(stream.tokens[t].text)) t++;
  }
  while (t < e && t - k < 5 && stream.tokens[t].kind === 'word' && (timeOfDayWords.has(lowerAt(stream, t)) || DAY.test(lowerAt(stream, t)))) t++;
  // ("He said before the pandemic, few Manitobans had ever faced …": a time's phrase of a few
  // words, no verb in it.)
  if (t === k && timeLeadPrepositions.has(lowerAt(stream, k))) {
    t = k + 1;
    while (t < e && t - k <= 6 && (stream.tokens[t].kind === 'word' || /^\d/.test(stream.tokens[t].text)) && !verbAt(stream, t) && lowerAt(stream, t) !== 'that') t++;
    if (t === k + 1 || hasFiniteVerb(stream, k + 1, t)) return false;
  }
  return t > k && stream.tokens[t]?.text === ',' && clauseAfterComma(stream, t + 1, e);
}
/** "on Jan. 17", "on Monday": "on" and a day's or month's name at token `k`. */
function datedOn(stream: TokenStream, k: number): boolean {
  return lowerAt(stream, k) === 'on' && CALENDAR_WORDS.has(lowerOr(stream, k + 1, k).replace(/\.$/, ''));
}

/** Prepositions opening a time before the clause a speech verb reports ("said before the pandemic, …"). */
const timeLeadPrepositions = new Set([...timeSubordinators, 'during', 'throughout']);

/** Tokens from `start` are a clause of its own after "said,": no aside ("as the crowd cheered"), no participle, a verb. */
function clauseAfterComma(stream: TokenStream, start: number, e: number): boolean {
  const t = stream.tokens[start];
  if (!t || t.kind !== 'word' || e - start < 3) return false;
  const w = lowerAt(stream, start);
  if (commaAsides.has(w) || (/ing$/.test(w) && w !== 'during') || isAccordingTo(stream, start)) return false;
  // ("said, his voice breaking, that …": an aside, then the "that" its clause opens with.)
  for (let k = start; k < e - 1; k++) if (stream.tokens[k].text === ',' && lowerAt(stream, k + 1) === 'that') return false;
  return hasFiniteVerb(stream, start, e);
}
/** Words opening an aside after "said," rather than what was said. */
const commaAsides = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'until', 'if', 'though', 'although', 'adding', 'according', 'and', 'but', 'who', 'which', 'with', 'without', 'referring', 'in', 'at', 'on', 'to']);

/** A speaker phrase that names someone, or a description with a word for someone who can speak. */
function canSpeakPhrase(stream: TokenStream, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'phrase') return true;
  for (let k = phrase.from; k < phrase.to; k++) if (canSpeak(lowerAt(stream, k)) || isCapitalised(stream.tokens[k])) return true;
  return false;
}

/** Tokens [from, e) are a phrase of where or when, words only: "at a meet the press event held at …". */
function occasionTail(stream: TokenStream, from: number, e: number): boolean {
  const lead = lowerAt(stream, from);
  if (e - from < 2 || e - from > 16 || !(circumstanceWords.has(lead) || occasionLeads.has(lead))) return false;
  // ("said the Council of Rulers held a meeting": the tail of a clause's subject, with its verb.)
  if (occasionLeads.has(lead) && hasFiniteVerb(stream, from + 1, e)) return false;
  for (let i = from + 1; i < e; i++) {
    const t = stream.tokens[i];
    if ((t.kind !== 'word' && t.text !== "'s" && t.text !== '’s') || lowerAt(stream, i) === 'that' || verbAt(stream, i)) return false;
  }
  return true;
}

/**
 * Besides where and how, what opens a tag's phrase of no verb: when it was said ("said after the
 * meeting", "following the vote"), where from or what of ("Frank Jang of the Integrated Homicide
 * Investigation Team", "said of the plan").
 */
const occasionLeads = new Set(['after', 'before', 'following', 'ahead', 'of', 'from', 'outside', 'inside', 'near']);

/** Tokens [from, to) are words only. */
function onlyWords(stream: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (stream.tokens[i].kind !== 'word') return false;
  return true;
}

/** Words that join another clause on: a verb after them is not the reported clause's. */
const clauseJoiners = new Set(['and', 'but', 'or', 'as', 'while', 'when', 'after', 'before', 'because', 'since', 'until', 'if', 'which', 'who', 'where']);

/**
 * "warned the cycle of job losses among its customers in Europe had not bottomed out": a subject
 * longer than the usual window, then its auxiliary, with no other clause joined on before it.
 */
function longSubjectVerb(stream: TokenStream, from: number, e: number): boolean {
  const end = commaOrEnd(stream, from, Math.min(e, from + 16));
  // (An auxiliary only: "a profit … for the 12 months ended Dec. 31" has a participle, no verb.)
  // ("claiming the changing face of the high street and rising overheads have made …": an "and"
  // joining two nouns of the subject, then a plural auxiliary.)
  let and = -1;
  for (let i = from; i < end; i++) {
    const w = lowerAt(stream, i);
    if (w === 'and' && and < 0) and = i;
    else if (clauseJoiners.has(w)) return false;
  }
  if (and < 0) return auxiliaryWithin(stream, from + 1, end);
  for (let k = and + 2; k < end; k++) if (pluralAuxiliaries.has(lowerAt(stream, k))) return !auxiliaryWithin(stream, from + 1, and);
  return false;
}

const DASHES = new Set(['-', '--', '–', '—']);
/**
 * "argued those factors, and the terrible nature of the crime, still do not push …": a subject, a
 * second one joined between commas, then the verb (an auxiliary) after the second comma.
 */
function joinedSubjectAside(stream: TokenStream, from: number, e: number): boolean {
  const c = commaOrEnd(stream, from, Math.min(e, from + 8));
  if (c >= e || stream.tokens[c].text !== ',' || lowerOr(stream, c + 1, c) !== 'and') return false;
  const d = commaOrEnd(stream, c + 1, Math.min(e, c + 12));
  if (d >= e || stream.tokens[d].text !== ',' || d - c < 3) return false;
  return auxiliaryWithin(stream, d + 1, Math.min(e, d + 4));
}

/** The first "but", "while", "although" … in [from, to) that opens another clause, or `to`. */
function joinerOrEnd(stream: TokenStream, from: number, to: number): number {
  // (A subordinate clause's verb is not the object's: "emphasized the need for Islanders to stay
  // home if they can".)
  for (let k = from + 1; k < to; k++) if (contrastJoiners.has(lowerAt(stream, k)) || conditionJoiners.has(lowerAt(stream, k))) return k;
  return to;
}
const conditionJoiners = new Set(['if', 'unless', 'because', 'once']);
const contrastJoiners = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet']);

/** Auxiliaries of a plural subject ("… and rising overheads have made"). */
const pluralAuxiliaries = new Set(['have', 'are', 'were']);

/** Joiners between a report and a second one by the same speaker (", but added that ..."). */
const secondReportJoiners = new Set(['but', 'and', 'also', 'then', 'later']);

const andSaid = new Set(['said', 'says', 'added', 'adds']);
/** A verb form in the past ("noted", "said", "told"), not the present ("says", "notes"). */
function isPastForm(w: string): boolean {
  return PAST_FORM.test(w) || irregularPasts.has(w);
}

/**
 * Where a reported clause [from, e) gives way to a second report by its speaker: a comma, maybe
 * "but"/"and", then a reporting verb in -ing or the past (", saying ...", ", adding that ...",
 * ", but added that ..."). Returns the first clause's end and the second's start (-1 when the
 * report ends there with no second one: "…, and also pointed to the meetings …").
 */
function secondReport(stream: TokenStream, from: number, e: number, verbForm?: string): { cut: number; from: number } | undefined {
  const toks = stream.tokens;
  for (let c = from + 3; c < e - 3; c++) {
    const dash = DASHES.has(toks[c].text);
    // ("asked shareholders to be patient but said he was not satisfied": "but" and a past form.)
    // ("Lecce says he believes … and says he’s not going to raise taxes": "and" and the very form
    // of the verb that opened the report.)
    const next = lowerOr(stream, c + 1, c);
    // ("He noted access to firearms is an issue and said there have been …": "and said" after
    // another verb too.)
    // (In the opening verb's tense only: in "Lecce says the minister met the mayor and said …" the
    // past is the minister's.)
    // ("has said she would fight for more police resources and repeated Monday that …": any
    // reporting verb in the same tense, with its "that".)
    const andSameTense = lowerAt(stream, c) === 'and' && verbForm !== undefined && isPastForm(verbForm) === isPastForm(next);
    const joinedStem = andSameTense ? verbAt(stream, c + 1) : undefined;
    const joinedThat = joinedStem !== undefined && isReportingVerb(joinedStem) && !isBeliefVerb(joinedStem) && thatFollows(stream, c + 2, e);
    const but = ((lowerAt(stream, c) === 'but' && /(?:ed|said)$/.test(next)) || (lowerAt(stream, c) === 'and' && next === verbForm) || (andSameTense && andSaid.has(next)) || joinedThat) && verbAt(stream, c + 1) !== undefined;
    if (but) {
      let start = c + 2;
      if (joinedThat) while (start < e && lowerAt(stream, start) !== 'that') start++;
      if (e - start >= 3 && !isQuoteMarkToken(toks[start].text) && (lowerAt(stream, start) === 'that' || hasFiniteVerb(stream, start, Math.min(e, start + 10)))) return { cut: c, from: start };
      continue;
    }
    if (!isClauseComma(stream, c) && !dash) continue;
    let j = c + 1;
    // (Past the mark closing a quotation: "she was “pretty used to this,” estimating that …".)
    if (!dash && isQuoteMarkToken(toks[j]?.text ?? '')) j++;
    const afterComma = j;
    while (j < e && secondReportJoiners.has(lowerAt(stream, j))) j++;
    // (After a dash, only with its joiner: "… on Saturday - and admits he is struggling".)
    if (dash && j === afterComma) continue;
    // ("…, then followed that up Tuesday by saying you can’t touch McDavid …": a verb of the
    // subject's, then "by" and a participle of speech.)
    if (j > afterComma) {
      for (let b = j + 1; b < e - 3 && b - j <= 8 && stream.tokens[b].kind === 'word'; b++) {
        if (lowerAt(stream, b) !== 'by' || !/ing$/.test(lowerOr(stream, b + 1, b)) || !verbAt(stream, b + 1)) continue;
        const start = b + 2;
        if (lowerAt(stream, start) === 'that' || hasFiniteVerb(stream, start, Math.min(e, start + 10)) || lowerAt(stream, start) === 'you') return { cut: c, from: start };
      }
    }
    const stem = verbAt(stream, j);
    // (A verb of belief or estimate only with its "that": ", estimating that …"; not a plural noun
    // before its own verb: ", and messages were being sent".)
    if (!stem || !isReportingVerb(stem) || (isBeliefVerb(stem) && lowerOr(stream, j + 1, j) !== 'that') || pluralBeforeVerb(stream, j)) continue;
    const w = lowerAt(stream, j);
    // ("…, and also pointed to the meetings …": "point" without its particle reports nothing, but
    // ends the report before it; with it, the clause follows the particle, "pointed out that …".)
    const particle = particleAt(stream, stem, j + 1);
    if (stem === 'point' && !particle) {
      if (j > afterComma && /ed$/.test(w)) return { cut: c, from: -1 };
      continue;
    }
    // A participle goes on with the same subject; a past or present form only after a joiner
    // ("but added", "and admits").
    if (!(w.endsWith('ing') || (j > afterComma && (w.endsWith('ed') || w === 'said' || w === 'says' || /[^s]s$/.test(w))))) continue;
    const start = particle ? j + 2 : j + 1;
    if (e - start < 3 || isQuoteMarkToken(toks[start].text) || (lowerAt(stream, start) === 'that' && isQuoteMarkToken(toks[start + 1]?.text ?? ''))) return undefined;
    // ", saying goodbye to the fans" reports nothing: a clause has a verb of its own.
    if (lowerAt(stream, start) !== 'that' && !hasFiniteVerb(stream, start, Math.min(e, start + 10))) continue;
    return { cut: c, from: start };
  }
  return undefined;
}

/** The words of [s, c) before its first comma are all capitalised (and there is such a comma). */
function opensWithCapitalsOnly(stream: TokenStream, s: number, c: number): boolean {
  const toks = stream.tokens;
  let k = s;
  while (k < c && toks[k].kind === 'word' && isCapitalised(toks[k])) k++;
  return k > s && k < c && toks[k].text === ',';
}

/** Words joining a second speaker's clause to a report: ", while X said …", ", but X says …". */
const otherSpeakerJoiners = new Set(['while', 'whereas', 'but', 'and']);

/**
 * "Noting that two-thirds of his ministry is working from home, he said …", "Alleging the
 * government has failed to heed warnings, Labour says …": a capitalised participle of a reporting
 * verb opening the sentence at `s`, then "that" or a clause with a verb of its own, up to the
 * comma before the main clause's subject and speech verb: that clause, reported by that subject.
 */
function openingParticipleReport(stream: TokenStream, s: number, e: number, covered: Uint8Array): ReportedClause | undefined {
  const toks = stream.tokens;
  if (!isCapitalised(toks[s]) || !/^[A-Z][a-z]+ing$/.test(toks[s].text)) return undefined;
  // (The token classes leave capitalised words unstemmed: the lexicon is asked.)
  const stem = speechVerbStem(lowerAt(stream, s));
  const thatNext = lowerOr(stream, s + 1, s) === 'that';
  if (!stem || !isReportingVerb(stem) || (isBeliefVerb(stem) && !thatNext) || (stem === 'comment' && commentsOnTopic(stream, s))) return undefined;
  for (let c = s + 3; c < e - 2; c++) {
    if (toks[c].text !== ',') continue;
    for (let v = c + 2; v < e && v - c <= 6; v++) {
      if (toks[v].kind !== 'word') break;
      if (verbAt(stream, v) === undefined || /ing$/.test(lowerAt(stream, v))) continue;
      const speaker = speakerBeforeVerb(stream, c + 1, v);
      if (!speaker || (!thatNext && !hasFiniteVerb(stream, s + 1, c)) || coverIn(covered, s + 1, c, Cover.statement)) return undefined;
      return { from: s + 1, to: c, speaker };
    }
  }
  return undefined;
}

/** The word at `v`, a present form in -s, is a plural noun: an auxiliary follows it ("messages were", "reports have"). */
function pluralBeforeVerb(stream: TokenStream, v: number): boolean {
  return /[^s]s$/.test(lowerAt(stream, v)) && auxiliaries.has(lowerOr(stream, v + 1, v));
}

/**
 * Where a reported clause [from, e) gives way, at a comma and a joiner, to a report by a speaker
 * named after it (", while Islwyn MP Chris Evans said …", ", but the minister says …"): that
 * comma; -1 when none does. Without the comma only a name ends it, and it may have an apposition
 * ("… need for affordable homes and Barrie Remblance, parish council chairman, said he …"): the
 * joiner.
 */
function otherSpeakersReport(stream: TokenStream, from: number, e: number): number {
  const toks = stream.tokens;
  for (let c = from + 3; c < e - 4; c++) {
    // ("… during a code census — something the NSGEU said is unacceptable": after a dash, a
    // relative clause of someone's report about what came before.)
    if (asideDashes.has(toks[c].text)) {
      for (let v = c + 3; v < e - 2 && v - c <= 8; v++) if (verbAt(stream, v) === 'say' && relativeReport(stream, c + 1, v, e)) return c;
    }
    // ("… on the coast — but the hereditary leaders say …": a dash as a comma.)
    const comma = isClauseComma(stream, c) || asideDashes.has(toks[c].text);
    const joiner = comma ? c + 1 : c;
    if (!otherSpeakerJoiners.has(lowerAt(stream, joiner))) continue;
    if (!comma && !(toks[c + 1].kind === 'word' && isCapitalised(toks[c + 1]))) continue;
    // The subject is a few words, then a finite reporting verb ("said", "says", "told").
    for (let v = joiner + 2; v < e - 2 && v - c <= (comma ? 10 : 16); v++) {
      // (An apposition between commas only after a name: ", parish council chairman,".)
      if (toks[v].kind !== 'word' && !(toks[v].text === ',' && !comma)) break;
      const stem = verbAt(stream, v);
      // ("…, and awareness messages were being disseminated": a noun before its verb.)
      if (!stem || pluralBeforeVerb(stream, v)) continue;
      const w = lowerAt(stream, v);
      // (A belief ends the report too: "…, but villagers fear they will be left stranded".)
      if (!isReportingVerb(stem) || w.endsWith('ing')) break;
      // (A pronoun is mostly the same speaker going on: "He said …, but he stressed …" is one report.)
      const speaker = speakerBeforeVerb(stream, joiner + 1, v);
      // (Without the comma, the verb right after the name or its apposition: not "… supply capacity
      // but Eskom had not responded", "… representing Killay and Sketty were told".)
      const named = speaker?.kind === 'name' && speaker.from === joiner + 1 && (speaker.to === v || toks[speaker.to].text === ',');
      if (speaker && (comma ? speaker.kind !== 'pronoun' : named)) return c;
      break;
    }
  }
  return -1;
}

/** The speaker of the last finite speech verb in [s, j), outside quotes ("Ma Hao ... told ..., adding"). */
function earlierSpeaker(stream: TokenStream, s: number, j: number, covered: Uint8Array): SpeakerPhrase | undefined {
  for (let v = j - 1; v > s; v--) {
    if (covered[v] === Cover.statement) break;
    const stem = verbAt(stream, v);
    if (!stem || !isReportingVerb(stem) || /ing$/.test(lowerAt(stream, v))) continue;
    let from = v - 1;
    while (from > s && covered[from - 1] !== Cover.statement) from--;
    const speaker = speakerBeforeVerb(stream, from, v);
    if (speaker && speaker.kind !== 'phrase') return speaker;
    // An inverted tag right after the quote: "“…,” says the bow-tied maverick, noting that ...".
    const inverted = covered[v - 1] === Cover.statement || isQuoteMarkToken(stream.tokens[v - 1].text);
    return inverted ? speakerAfterVerb(stream, v, j) : undefined;
  }
  return undefined;
}

/**
 * Where a closing participle's clause of no speech begins (its comma: ", referring to the saga",
 * ", citing a report"), within the sentence's last 30 tokens; else `e`. (", adding that …" is a
 * report of its own, read after the tag.)
 */
function participleTail(stream: TokenStream, s: number, e: number): number {
  for (let c = e - 3; c > s + 4 && e - c <= 30; c--) {
    if (stream.tokens[c].text !== ',') continue;
    const w = lowerAt(stream, c + 1);
    if (!/^[a-z]{3,}ing$/.test(w)) continue;
    const stem = verbAt(stream, c + 1);
    return stem !== undefined && isReportingVerb(stem) ? e : c;
  }
  return e;
}

/**
 * "Consumers are feeling less buoyant according to recent surveys.", "A further 108 urgent calls
 * … waited longer than 30 minutes says Mario Posteraro, president of …": a tag closing the
 * sentence with no comma before it, its speaker after the verb and nothing after the speaker but
 * where or when, or an apposition; the words before it a clause with a verb of its own.
 */
/** [.., c) ends with a person's full name, its comma and a role after it ("David Williams, executive director of …"). */
function personAppositionEndsAt(stream: TokenStream, s: number, c: number): boolean {
  for (let k = c - 2; k > s + 1 && c - k <= 16; k--) {
    if (stream.tokens[k].text !== ',') continue;
    const first = lowerAt(stream, k + 1);
    if (!(isRoleNoun(first) || articles.has(first) || (!isCapitalised(stream.tokens[k + 1]) && isRoleNoun(lowerAt(stream, k + 2))))) return false;
    const run = nameRunEndingAt(stream, k - 1, s);
    return run !== undefined && run[1] - run[0] >= 2 && looksLikePersonName(runText(stream, run[0], run[1]).split(' '));
  }
  return false;
}

const predicateJoiners = new Set(['and', 'but', 'or', 'nor', 'also', 'then', 'to', 'not', 'who', 'which', 'that']);

function tagWithoutComma(stream: TokenStream, s: number, e: number, covered: Uint8Array): ReportedClause | undefined {
  const toks = stream.tokens;
  for (let v = e - 2; v >= s + 3 && e - v <= 16; v--) {
    // (Not a predicate joined on: "… announced no new cases, and say the number of recoveries …".)
    // (Nor a subject's verb: "…, Jagelewski says the premium …", "A report … by Statistics Canada says".)
    // ("… than the year before reports the Hamilton Paramedic Service.": "reports" too.)
    if (toks[v - 1].kind !== 'word' || isCapitalised(toks[v - 1]) || isCapitalised(toks[v]) || predicateJoiners.has(lowerAt(stream, v - 1)) || !(isAccordingTo(stream, v) || verbAt(stream, v) === 'say' || lowerAt(stream, v) === 'reports')) continue;
    const att = attributionAfter(stream, v, e, false);
    if (!att || att.verb !== v) return undefined;
    // (Someone or some records: not "paid as per the contract".)
    const sp = att.speaker;
    if (sp.kind === 'phrase' && (sp.to - sp.from > 6 || !(canSpeakPhrase(stream, sp) || recordPlurals.has(lowerAt(stream, sp.to - 1))))) return undefined;
    const rest = att.end;
    const closes = endsTag(stream, rest, e) || (toks[rest]?.text === ',' && !hasFiniteVerb(stream, rest + 1, e) && !hasSpeechWord(stream, rest + 1, e));
    if (!closes || !hasFiniteVerb(stream, s, v) || coverIn(covered, s, v, Cover.statement)) return undefined;
    return { from: s, to: v, speaker: att.speaker };
  }
  return undefined;
}

/**
 * Where a subordinate clause of the writer's closes the sentence [s, e) after a speech verb and
 * maybe a time ("said this week after he lost …", "says as she leaves"): its subordinator, or `e`.
 */
function whenClauseTail(stream: TokenStream, s: number, e: number): number {
  for (let k = e - 3; k > s + 4 && e - k <= 40; k--) {
    if (!writersSubordinators.has(lowerAt(stream, k)) || !subjectPronouns.has(lowerAt(stream, k + 1)) || !hasFiniteVerb(stream, k + 1, e)) continue;
    let v = k - 1;
    while (v > k - 4 && (timeWords.has(lowerAt(stream, v)) || timeLeads.has(lowerAt(stream, v)))) v--;
    return verbAt(stream, v) !== undefined ? k : e;
  }
  return e;
}
/** Subordinators opening a clause of the writer's after a tag: when or why it was said. */
const writersSubordinators = new Set(['after', 'before', 'as', 'while', 'when', 'because', 'since']);

/**
 * A relative clause saying which person is meant opens at `from` and runs to `e`: "who spoke on
 * condition of anonymity". (Not after a comma: ", who said the toll would rise" adds a report.)
 */
/** "who" within a few words after token `from` (the source's relative clause, "several councillors who say"). */
function relativeWithin(stream: TokenStream, from: number, e: number): boolean {
  for (let k = from; k < e && k - from <= 6; k++) if (lowerAt(stream, k) === 'who') return true;
  return false;
}

/** ", who" or ", whose" in [from, to). */
function relativeAfterComma(stream: TokenStream, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (stream.tokens[k].text === ',' && (lowerAt(stream, k + 1) === 'who' || lowerAt(stream, k + 1) === 'whose')) return true;
  return false;
}

function relativeAfter(stream: TokenStream, from: number, e: number): boolean {
  return from < e - 2 && (lowerAt(stream, from) === 'who' || lowerAt(stream, from) === 'whose') && !coversClauseEnd(stream, from, e);
}

/** A semicolon or colon in [from, e): another clause, not the relative one. */
function coversClauseEnd(stream: TokenStream, from: number, e: number): boolean {
  for (let i = from; i < e; i++) if (stream.tokens[i].text === ';' || stream.tokens[i].text === ':') return true;
  return false;
}

/**
 * Tokens [from, to) after "told": a recipient, then where or when, words in lower case or days only
 * with a preposition or a day among them and no verb of their own ("reporters after practice",
 * "media following morning skate Monday").
 */
function recipientCircumstance(stream: TokenStream, from: number, to: number): boolean {
  let when = false;
  for (let i = from; i < to; i++) {
    const t = stream.tokens[i];
    const w = lowerAt(stream, i);
    if (t.kind !== 'word' || verbAt(stream, i) !== undefined || auxiliaries.has(w) || w === 'that') return false;
    if (tailPrepositions.has(w) || w === 'following' || DAY.test(w)) when = true;
  }
  return when && !hasFiniteVerb(stream, from, to);
}

/** Finite forms of "be", which open no clause after a speech verb ("thinks is"). */
const finiteBe = new Set(['is', 'are', 'was', 'were']);

/** Words saying how often or how openly something was said, between a verb and its "that". */
const oftenWords = new Set(['more', 'than', 'once', 'twice', 'repeatedly', 'again', 'publicly', 'privately', 'previously', 'often', 'several', 'times', 'many', 'also', 'later', 'earlier']);

/** The "that" after words of `oftenWords` only, starting at `k` ("more than once that"); else `k`. */
function oftenBeforeThat(stream: TokenStream, k: number, e: number): number {
  let t = k;
  while (t < e && t - k < 4 && stream.tokens[t].kind === 'word' && oftenWords.has(lowerAt(stream, t))) t++;
  return t > k && lowerOr(stream, t, e - 1) === 'that' ? t : k;
}

/** Where the sentence goes back to when the clause at `s` opens with "and" or "but" after a semicolon: the clause before it (and so on); else `s`. */
function joinedAfterSemicolon(stream: TokenStream, s: number): number {
  let from = s;
  while (from > 1 && stream.tokens[from - 1].text === ';' && verbJoiners.has(lowerAt(stream, from))) {
    let k = from - 1;
    while (k > 0 && !endsSentence(stream, k - 1)) k--;
    from = k;
  }
  return from;
}

/** The clause [s, c) opens with its own subject and "said"/"told" ("Police Lt. Chris Cammock said ..."). */
function opensWithReport(stream: TokenStream, s: number, c: number): boolean {
  // (A dozen words: "The Philippine National Police (PNP) on Wednesday said there were …".)
  for (let j = s + 1; j < c && j - s <= 12; j++) {
    const stem = verbAt(stream, j);
    if (!stem) continue;
    // (Or any reporting verb with its "that": "The CDC confirmed that …, according to CNN".)
    const reports = stem === 'say' || stem === 'tell' || (isReportingVerb(stem) && lowerOr(stream, j + 1, j) === 'that');
    return reports && speakerBeforeVerb(stream, s, j) !== undefined;
  }
  return false;
}

/** After a closing tag ("…, Lonechild said on Monday.") only a time, place or medium may follow. */
function endsTag(stream: TokenStream, from: number, e: number): boolean {
  // "…, said chief minister X while addressing the media here on Tuesday.": circumstances.
  if (circumstanceClause(stream, from, e)) return true;
  // "…, Faruque Hassan said at a meet the press event held at the trade body’s headquarters": where.
  if (occasionTail(stream, from, e)) return true;
  if (e - from > 6) return false;
  for (let i = from; i < e; i++) {
    const t = stream.tokens[i];
    const w = lowerAt(stream, i);
    if (w === 'that' || verbAt(stream, i)) return false;
    if (t.kind === 'word' && !isCapitalised(t) && !verbTail.has(w) && !/^\d/.test(w)) return false;
  }
  return true;
}

/**
 * A gerund at `from` whose phrase is the subject of a "was", "is", "has", "will" or "would" before
 * the next comma: "said balancing budgets … was akin to …", "said having a plan would help".
 */
function gerundBeforeVerb(stream: TokenStream, from: number, e: number): boolean {
  const w = lowerAt(stream, from);
  if (w.length < 6 || !w.endsWith('ing') || notGerunds.has(w)) return false;
  let aside = 0;
  for (let k = from + 1; k < e && k - from - aside <= 12; k++) {
    const w = lowerAt(stream, k);
    // ("said getting the government to return to some measure of accountability — though he wants
    // more — was a victory": an aside between dashes is passed over.)
    if (asideDashes.has(w)) {
      let close = k + 1;
      while (close < e && close - k <= 10 && !DASHES.has(lowerAt(stream, close))) close++;
      if (close >= e || close - k > 10) return false;
      aside += close - k + 1;
      k = close;
      continue;
    }
    // (Not a comma inside a figure: "winning by a 20,000 vote margin shows …".)
    if ((w === ',' && isClauseComma(stream, k)) || w === 'that') return false;
    // ("admitted letting down the fans made him sick": an irregular past too.)
    if (w === 'was' || w === 'is' || w === 'has' || w === 'will' || w === 'would' || (k - from >= 2 && finitePasts.has(w))) return true;
    // ("said continuing political risk continues to impede …": a present in -s before its object or infinitive.)
    if (k - from >= 2 && PRESENT_S_FORM.test(w) && objectOpeners.has(lowerOr(stream, k + 1, k))) return true;
  }
  return false;
}

/** A verb's present in -s, not a word ending in -ss, -is, -us or a possessive ("violates", "shows"). */
const PRESENT_S_FORM = /^[a-z]{3,}[^s'’iu]s$/;

/** Nouns in -ing that open a subject as any noun does ("says housing shortage worse than ever"). */
const ingNouns = new Set(['housing', 'funding', 'spending', 'building', 'training', 'planning', 'parking', 'pricing', 'manufacturing', 'mining', 'logging', 'fishing', 'farming', 'flooding', 'heating', 'lending', 'hiring', 'staffing', 'testing', 'policing', 'marketing', 'banking', 'gaming', 'vaping', 'shooting', 'stabbing', 'bombing', 'meeting', 'hearing', 'ruling', 'warning', 'offering', 'rating', 'ranking', 'polling']);

/** Words in -ing that head no subject: prepositions ("during the talks") and -thing pronouns. */
const notGerunds = new Set(['during', 'including', 'following', 'regarding', 'concerning', 'according', 'considering', 'pending', 'excluding', 'notwithstanding', 'nothing', 'something', 'anything', 'everything']);

/**
 * "said by the end of that meeting he wondered if …": a preposition's phrase of a few words, then
 * the clause's subject pronoun and its verb, no comma between.
 */
function phraseThenPronoun(stream: TokenStream, from: number, e: number): boolean {
  if (!leadingPrepositions.has(lowerAt(stream, from))) return false;
  for (let k = from + 1; k < e - 1 && k - from <= 8; k++) {
    const t = stream.tokens[k];
    // (A determiner "that" after a preposition: "by the end of that meeting".)
    if (t.kind !== 'word' || (lowerAt(stream, k) === 'that' && !PREPOSITIONS.has(lowerAt(stream, k - 1))) || verbAt(stream, k)) return false;
    if (subjectPronouns.has(lowerAt(stream, k)) && k > from + 1) return stream.tokens[k + 1].kind === 'word' && !isCapitalised(stream.tokens[k + 1]);
  }
  return false;
}
const leadingPrepositions = new Set(['by', 'at', 'in', 'on', 'during', 'after', 'before', 'since', 'until', 'over', 'within', 'throughout', 'for', 'from', 'under', 'without', 'despite', 'because']);

/** A subordinator, then a determiner's phrase of a few words, right before the verb at `j` ("as the province revealed"). */
function phraseAfterSubordinator(stream: TokenStream, s: number, j: number): boolean {
  for (let k = j - 3; k > s && j - k <= 5; k--) {
    if (!clauseSubordinators.has(lowerAt(stream, k))) continue;
    if (!determiners.has(lowerAt(stream, k + 1))) return false;
    for (let i = k + 1; i < j; i++) if (stream.tokens[i].kind !== 'word' || verbAt(stream, i) !== undefined) return false;
    return true;
  }
  return false;
}

/** A subject pronoun with its "is" or "are" contracted ("she’s", "they’re"). */
const PRONOUN_BE = /^(?:he|she|they|we)['’](?:s|re)$/;

/** Adjectives of readiness before a speech verb's infinitive ("was quick to point out that …"). */
const readinessAdjectives = new Set(['quick', 'careful', 'eager', 'keen', 'happy', 'ready', 'willing', 'anxious', 'reluctant', 'hesitant', 'proud', 'pleased', 'glad', 'sure', 'first', 'last']);

/** Subordinators a reported clause may open with, before its own main clause. */
const clauseSubordinators = new Set(['when', 'after', 'before', 'while', 'because', 'once', 'although', 'if', 'as']);

/**
 * "said when deputies arrived, Scott was standing …": at `from`, a subordinate clause with a subject
 * and verb of its own, then after its comma the main clause with a verb.
 */
function subordinateThenMain(stream: TokenStream, from: number, e: number, inverted = false): boolean {
  if ((!inverted && !clauseSubordinators.has(lowerAt(stream, from))) || from + 3 >= e) return false;
  // "when asked", "after meeting": a participle, no clause.
  if (/(ed|ing)$/.test(lowerAt(stream, from + 1))) return false;
  // ("said if the coroner rejects the request then she should …": a condition may end at "then".)
  const ends = (k: number): boolean => stream.tokens[k].text === ',' || (lowerAt(stream, from) === 'if' && lowerAt(stream, k) === 'then');
  let c = from + 2;
  while (c < e && c - from <= 15 && !ends(c)) c++;
  if (c >= e - 2 || !ends(c)) return false;
  // (An inverted condition has its verb first: "should MacLellan proceed …, he will …".)
  const main = c + 1;
  return (inverted || hasFiniteVerb(stream, from + 1, c) || presentAfterNoun(stream, from + 1, c)) && (hasFiniteVerb(stream, main, commaOrEnd(stream, main, Math.min(e, c + 12))) || presentAfterNoun(stream, main, e));
}

/**
 * "the coroner rejects", "the word goes": a determiner, a singular noun and a verb in the present
 * open the clause at `from` (a noun in -s after a singular one is read as that verb; a clause's
 * other readings, "the city streets", are ruled out by the caller's subordinator and comma).
 */
function presentAfterNoun(stream: TokenStream, from: number, to: number): boolean {
  if (from + 2 >= to || !determiners.has(lowerAt(stream, from))) return false;
  const noun = stream.tokens[from + 1];
  return noun.kind === 'word' && !isCapitalised(noun) && !/s$/.test(noun.text) && /^[a-z]{2,}[^s'’]s$/.test(stream.tokens[from + 2].text);
}

/** Words that introduce a direct quote after a reported clause: "and added:", ", saying:". */
const quoteIntroWords = new Set(['and', 'but', 'added', 'adding', 'said', 'saying', 'says', 'adds', 'continued', 'told', 'explained']);

/**
 * Where a reported clause from `from` stops before a direct quote later in the sentence, that
 * the clause's own speaker introduces with a colon ("… and added: “…”"), or that the clause
 * leads into with a colon of its own ("said some of the staff cannot travel: “…”"); `from` when
 * it does not.
 */
function beforeQuoteIntro(stream: TokenStream, covered: Uint8Array, from: number, e: number): number {
  let q = from;
  while (q < e && covered[q] !== Cover.statement) q++;
  let k = q - 1;
  // ("… truth and reconciliation, adding “there’s going to be …”": a participle of speech right
  // before the quotation, no colon, introduces it too.)
  const participle = k > from + 2 && stream.tokens[k].text !== ':' && /ing$/.test(lowerAt(stream, k)) ? verbAt(stream, k) : undefined;
  if (participle !== undefined && isReportingVerb(participle)) return stream.tokens[k - 1].text === ',' ? k - 1 : k;
  if (k <= from || stream.tokens[k].text !== ':') return from;
  // "… that way and Arthur admitted: “…”", "… and he added:": a speaker's introduction after a joiner.
  const verb = verbAt(stream, k - 1);
  if (verb && isReportingVerb(verb)) {
    let j = k - 2;
    while (j > from && k - 1 - j <= 4 && (isCapitalised(stream.tokens[j]) || personalPronouns[lowerAt(stream, j)] !== undefined)) j--;
    if (j < k - 2 && j > from && (verbJoiners.has(lowerAt(stream, j)) || stream.tokens[j].text === ',')) return j;
  }
  k--;
  while (k > from && (quoteIntroWords.has(lowerAt(stream, k)) || stream.tokens[k].text === ',')) k--;
  if (k + 1 < q - 1) return k + 1;
  // (A clause of its own: a verb in it.)
  if (hasFiniteVerb(stream, from, q - 1)) return q - 1;
  for (let i = from + 1; i < q - 1; i++) if (negatedAuxiliaries.has(lowerAt(stream, i))) return q - 1;
  return from;
}

/**
 * The direct quotes in [from, e) open after words of the clause's own ("that" aside: "said it “…”"),
 * not after a colon or comma, and none has a tag (no attribution in the clause).
 */
function quotesInsideClause(stream: TokenStream, covered: Uint8Array, from: number, e: number): boolean {
  let first = from;
  while (first < e && covered[first] !== Cover.statement) first++;
  const own = first - from - (lowerAt(stream, from) === 'that' ? 1 : 0);
  if (own < 1) return false;
  const before = stream.tokens[first - 1].text;
  if (before === ':' || before === ',') return false;
  for (let i = from; i < e; i++) if (covered[i] === Cover.attribution || covered[i] === Cover.reported) return false;
  return true;
}

/** Some token in [from, to) is covered as `cover` (Cover.statement: inside a quoted statement; Cover.none: in no quotation). */
function coverIn(covered: Uint8Array, from: number, to: number, cover: number): boolean {
  for (let i = from; i < to; i++) if (covered[i] === cover) return true;
  return false;
}

/** The clause from `open` is a quote running to the sentence end. */
function quotedToEnd(stream: TokenStream, open: number, e: number): boolean {
  const toks = stream.tokens;
  for (let i = e; i > open && i >= e - 3; i--) if (isQuoteMarkToken(toks[Math.min(i, toks.length - 1)].text)) return true;
  return false;
}

/** Splits a stream into sentences [start, end) (end exclusive, excluding the final stop). */
export function sentences(stream: TokenStream): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  const n = stream.tokens.length;
  for (let i = 0; i < n; i++) {
    if (endsSentence(stream, i)) {
      // A closing mark right after the stop belongs to this sentence.
      let end = i;
      if (stream.tokens[i].kind === 'word') end = i + 1;
      if (end > s) out.push([s, end]);
      s = i + 1;
      while (s < n && isQuoteMarkChar(stream.tokens[s].text.charCodeAt(0)) && /^[”’"']+$/u.test(stream.tokens[s].text) && stream.tokens[s].start === stream.tokens[s - 1].end) s++;
    }
  }
  if (s < n) out.push([s, n]);
  return out;
}

const auxiliaries = new Set([
  ...auxiliaryVerbs, 'be', 'been', 'shall', 'won’t', "won't", 'can’t', "can't",
  'isn’t', "isn't", 'wasn’t', "wasn't", 'doesn’t', "doesn't", 'didn’t', "didn't", 'needs', 'need',
]);
/** An auxiliary or a copula among tokens [from, to) ("his government was …"). */
function auxiliaryWithin(stream: TokenStream, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (finiteAuxiliaryAt(stream, k)) return true;
  return false;
}
/** An auxiliary at token `k` that is no infinitive's ("declared the situation to be an 'armed …' situation"). */
function finiteAuxiliaryAt(stream: TokenStream, k: number): boolean {
  return auxiliaries.has(lowerAt(stream, k)) && lowerOr(stream, k - 1, k) !== 'to';
}
/** Negated auxiliaries beyond `auxiliaries`: a clause before a colon has its verb ("some of the staff cannot travel:"). */
const negatedAuxiliaries = new Set([
  'cannot', 'couldn’t', "couldn't", 'wouldn’t', "wouldn't", 'shouldn’t', "shouldn't", 'aren’t', "aren't", 'weren’t', "weren't",
  'hasn’t', "hasn't", 'haven’t', "haven't", 'hadn’t', "hadn't", 'don’t', "don't",
]);


/** A clause has a verb: an auxiliary, a contraction ("he’s") or a past form; or a subject pronoun leads it. */
function hasFiniteVerb(stream: TokenStream, from: number, to: number): boolean {
  if (subjectPronouns.has(lowerAt(stream, from)) && to - from >= 2) return true;
  // "it threatens B.C.'s coast": "it" and a verb in the present ("confirmed it to reporters" has none).
  if (lowerAt(stream, from) === 'it' && to - from >= 2 && /^[a-z]{3,}[^s']s$/.test(lowerAt(stream, from + 1))) return true;
  // "New Brunswick holds a lower debt-to-resident ratio": a name, then a verb in the present and
  // its object ("Canada Day celebrations" is a noun phrase).
  let name = from;
  while (name < to && name - from < 3 && stream.tokens[name].kind === 'word' && isCapitalised(stream.tokens[name])) name++;
  if (name > from && name + 1 < to && /^[a-z]{3,}[^s'’]s$/.test(stream.tokens[name].text) && objectOpeners.has(lowerAt(stream, name + 1))) return true;
  if (presentAfterNounPhrase(stream, from, to)) return true;
  for (let i = from; i < to; i++) {
    const w = lowerAt(stream, i);
    // (A past after a determiner is an adjective: "confirmed the incident through an emailed statement",
    // "an 'armed and barricaded' situation".)
    // ("the need for Islanders to stay home": after a determiner, "need" and "will" are nouns.)
    if (isContractedVerb(w) || (i > from && ((finiteAuxiliaryAt(stream, i) && !determiners.has(lowerAt(stream, i - 1))) || (finitePasts.has(w) && pastAfterSubject(stream, from, i)) || (/[^e]ed$/.test(w) && w.length > 4 && !adjectivalPast(stream, i))))) return true;
  }
  return false;
}

/**
 * "the province’s back-to-school plan violates its own …": a determiner, a few words of its noun
 * phrase, then a verb in the present and the determiner of its object. ("confirmed the city’s
 * plans to …" is a noun phrase: "to" after the -s word is no object.)
 */
function presentAfterNounPhrase(stream: TokenStream, from: number, to: number): boolean {
  if (!determiners.has(lowerAt(stream, from))) return false;
  for (let i = from + 1; i + 1 < to && i <= from + 7; i++) {
    const t = stream.tokens[i];
    if (t.text === '-') continue;
    if (t.kind !== 'word' || PREPOSITIONS.has(lowerAt(stream, i))) return false;
    if (i > from + 1 && PRESENT_S_FORM.test(t.text) && objectOpeners.has(lowerAt(stream, i + 1)) && lowerAt(stream, i + 1) !== 'to') return true;
  }
  return false;
}

/**
 * The past at `i` is an adjective: after a determiner (past an opening quotation mark), or joined
 * by "and"/"or" to one that is ("an 'armed and barricaded' situation").
 */
function adjectivalPast(stream: TokenStream, i: number): boolean {
  const before = isQuoteMarkToken(stream.tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  const w = lowerOr(stream, before, i);
  if (determiners.has(w)) return true;
  return (w === 'and' || w === 'or') && before - 1 >= 0 && /[^e]ed$/.test(lowerAt(stream, before - 1)) && adjectivalPast(stream, before - 1);
}

/**
 * The irregular past at `i` follows a short subject opening the clause at `from` ("the company saw",
 * "sales grew"), not a relative clause's pronoun ("the deal he made") or a phrase with a
 * preposition ("the arrest through a statement made available").
 */
function pastAfterSubject(stream: TokenStream, from: number, i: number): boolean {
  // (Nor a clause of the writer's: "…, as local authorities began wrapping up".)
  if (i - from > 4 || writersLinks.has(lowerAt(stream, from))) return false;
  for (let k = from; k < i; k++) {
    const w = lowerAt(stream, k);
    if (stream.tokens[k].kind !== 'word' || PREPOSITIONS.has(w) || (k > from && subjectPronouns.has(w))) return false;
  }
  return true;
}
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'through', 'about', 'over', 'under', 'after', 'before', 'during', 'into']);

/**
 * Irregular pasts that are a clause's verb after its subject ("noted the company saw an increase",
 * "said sales grew"); not ones that are as often adjectives or nouns ("left", "set", "read").
 */
const finitePasts = new Set([
  'saw', 'grew', 'rose', 'fell', 'took', 'made', 'went', 'gave', 'got', 'came', 'found', 'met', 'ran', 'held', 'kept', 'began',
  'knew', 'paid', 'sent', 'spent', 'became', 'brought', 'bought', 'sold', 'built', 'drew', 'wrote', 'spoke', 'broke', 'chose',
  'drove', 'fought', 'taught', 'caught', 'struck', 'stood', 'sat', 'told', 'thought', 'won',
]);

/**
 * After a tag inside the sentence, the sentence's own verb ("Some of those concerns, according to
 * experts, include Huawei’s link to ..."): a lower-case word that opens no noun phrase (an
 * apposition: "the head of ...", "executive director of ...") and no clause of the writer's ("as
 * authorities check ...", "where members gather", "citing the minister").
 */
function opensPredicate(stream: TokenStream, i: number): boolean {
  const t = stream.tokens[i];
  if (!t || t.kind !== 'word' || isCapitalised(t)) return false;
  const w = lowerAt(stream, i);
  if (determiners.has(w) || /^\d/.test(w) || S_CONTRACTION.test(w) || isRoleNoun(w) || APPOSITION_MODIFIERS.has(w)) return false;
  return !writersLinks.has(w) && !w.endsWith('ing') && !w.endsWith('ly');
}
/** Words opening a clause or phrase of the writer's after a tag. */
const writersLinks = new Set(['as', 'while', 'when', 'where', 'after', 'before', 'because', 'since', 'although', 'though', 'which', 'who', 'whose', 'if', 'until', 'with', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'of', 'about', 'during', 'despite', 'amid', 'but', 'and', 'or', 'so', 'then', 'than', 'not', 'also', 'even', 'just', 'now', 'too']);
/** Words opening an apposition to a speaker ("former executive director of ..."). */
const APPOSITION_MODIFIERS = new Set(['former', 'senior', 'chief', 'deputy', 'acting', 'assistant', 'associate', 'executive', 'vice', 'lead', 'head', 'co-founder', 'founder', 'longtime', 'current']);

const S_CONTRACTION = /['’]s$/u;
