// Quotations and who said them, block by block in document order (speaker resolution needs the
// discourse so far). Direct quotes come from paired quotation marks, reported speech from speech
// verbs; each gets a speaker phrase next to a speech verb, resolved to a full name.
import type { DocEntity, ParsedDocument, Quote, Speaker } from '../types';
import { asTheyPutIt, attributionAfter, attributionBefore, characterisedBy, relativeCharacterisation, sentenceEnd, sentenceStart, verbAt, type Attribution } from './attribution';
import { articles } from './lexicon';
import { DEMONYMS, PLACES } from '../entities/lexicon';
import { bareAt, indexNames, NameIndex, nameRunAt } from './names';
import { keepsUnclosedSingle, scanQuotes, type QuoteSpan } from './quoteMarks';
import { quoteKey } from '../clusters/quoteWords';
import { endsAsClause, opensSentence, quoteRole, type QuoteRole, type QuoteStyle } from './quoteRole';
import { headlineReport, isStoryLink, reportedInSentence, sentences, type ReportedClause } from './reportedSpeech';
import { SpeakerResolver, voteGenders } from './resolveSpeaker';
import type { SpeakerPhrase } from './speakerPhrase';
import { blockStreams, Cover, endsSentence, endsWithApostrophe, endsWithApostropheS, isCapitalised, isQuoteMarkToken, lowerAt, lowerOr, TokenClass, type TokenStream, wordsIn } from './tokenStream';
import { isNameRun, isPluralSpeaker } from './speakerPhrase';
import { auxiliaryVerbs, headEnders, headGender, irregularPasts, isBeliefVerb, isRoleNoun, organisationNouns, partitiveWords, partyNouns, personNouns, pluralPeople, postnominalAdjectives, relativeHeadEnders, speechVerbStem, titleWords } from './lexicon';

// Hoisted: a bundled \p{…} literal inside a function is rebuilt (new RegExp) on every call.
const LOWER_START = /^\p{Ll}/u;

interface Found {
  quote: Quote;
  /** Offset that orders speaker resolution (where the speaker is named, else the quote). */
  at: number;
  phrase?: SpeakerPhrase;
  role: QuoteRole | 'indirect';
  /** Token index where the quote opens, for continuation across paragraphs. */
  openToken: number;
  closed: boolean;
  /** Reported in a relative clause: its speaker is not put in focus. */
  relative?: true;
}

export function extractQuotes(doc: ParsedDocument, entities: DocEntity[]): Quote[] {
  const streams = blockStreams(doc.text, doc.blocks);
  const names = new NameIndex();
  for (const s of streams) indexNames(s, names);
  const resolver = new SpeakerResolver(doc.text, entities, names);
  const places = placeMentions(entities);
  for (const s of streams) noteIndefinites(s, resolver);
  for (const s of streams) voteGenders(s, resolver, (i) => fullNameAt(s, i, names));
  const out: Quote[] = [];
  // A quote left open at a paragraph's end continues in the next paragraph with the same speaker.
  let openChain: Quote[] = [];
  // The tagged quotation a paragraph closed on, for a paragraph of quotation after it.
  let closingQuote: { block: number; speaker: Speaker } | undefined;
  // Direct quotes with an attribution of their own (not handed on from a neighbour).
  const attributed = new Set<Quote>();
  // Statements whose speaker is only the last person in focus: an attribution found later in their
  // chain of paragraphs overrides it.
  const guessed = new Set<Quote>();
  // What each token of a block is part of (Cover): one buffer, taken up block by block (one entry
  // past the block's end reads as none, as an index past a block-sized array would).
  let longest = 0;
  for (const s of streams) longest = Math.max(longest, s.tokens.length);
  const coverScratch = new Uint8Array(longest + 1);
  const scanned = streams.map(scanQuotes);
  const style = quoteStyle(streams, scanned);
  const single = style === 'single';
  const spans = single ? scanned : scanned.map((list) => (list.every((span) => keepsUnclosedSingle(span, single)) ? list : list.filter((span) => keepsUnclosedSingle(span, single))));
  for (let b = 0; b < streams.length; b++) {
    const stream = streams[b];
    const { found, covered } = findInBlock(stream, spans[b], style, coverScratch, b === 0);
    // ("TimesLIVE reported on Sunday that city mayor Mpho Moerane was furious …¶He said": a person
    // opening what a body or a medium reports is who the story goes on about, as a subject is;
    // after a role and where it is held too: "director of operations at ULHT Simon Evans".)
    const reportOpenings = new Set<number>();
    for (const f of found) {
      // (A body's name after "the" too: "According to the Local Democracy Reporting Service, …".)
      const bodyName = f.phrase?.kind === 'phrase' && lowerAt(stream, f.phrase.from) === 'the' && f.phrase.to - f.phrase.from >= 2 && isCapitalised(stream.tokens[f.phrase.from + 1]);
      if (f.quote.kind !== 'indirect' || !f.phrase || (f.phrase.kind !== 'name' && !bodyName) || resolver.isPersonMention(stream.tokens[f.phrase.from].start, stream.tokens[f.phrase.to - 1].end)) continue;
      for (let k = f.openToken; k < f.openToken + 8; k++) reportOpenings.add(k);
    }
    const subjects = subjectMentions(stream, names, covered, (a, b) => resolver.isPersonMention(a, b), reportOpenings);
    if (found.length === 0) {
      // Most blocks quote no one: their subjects are already in document order.
      for (const s of subjects) resolver.noteSubject(stream, s.phrase, s.unnamed);
      const heading = b + 1 < streams.length ? speakerHeading(stream, streams[b + 1], (a, z) => resolver.isPersonMention(a, z)) : undefined;
      if (heading) resolver.noteSubject(stream, heading);
    } else {
      const events = [...found.map((f) => ({ at: f.at, f })), ...subjects.map((s) => ({ at: s.start, s }))].sort((a, b) => a.at - b.at);
      for (const ev of events) {
        if ('s' in ev && ev.s) {
          resolver.noteSubject(stream, ev.s.phrase, ev.s.unnamed);
          continue;
        }
        const f = (ev as { f: Found }).f;
        if (!f.phrase) continue;
        // "Kabul: ‘It was really bad’": a place labelling a quote is where it was said, not who said it.
        if (isPlaceLabel(stream, f.phrase, places)) {
          f.phrase = undefined;
          continue;
        }
        f.quote.speaker = resolver.resolve(stream, f.phrase, f.role === 'statement', f.quote.start, !f.relative);
      }
    }
    if (found.length === 0) {
      // No quote here: nothing to attribute, and no open quote continues past this block.
      openChain = [];
      continue;
    }
    // Statements without their own attribution.
    const statements = found.filter((f) => f.role === 'statement');
    for (let i = 0; i < statements.length; i++) {
      const f = statements[i];
      if (f.quote.speaker) continue;
      const continues = i === 0 && f.openToken === 0 && openChain.length > 0;
      const chainSpeaker = continues ? openChain.find((q) => q.speaker)?.speaker : undefined;
      // An unattributed quote continues the speaker quoted just before it in the paragraph; a
      // paragraph opening with one is usually tagged later in the paragraph; else the last speaker.
      const earlier = i > 0 ? statements[i - 1].quote.speaker : undefined;
      const later = statements.slice(i + 1).find((g) => g.quote.speaker && g.phrase);
      const last = resolver.salientBefore(f.quote.start);
      // ("“You keep saying NSW has a strong healthcare system,” she said.¶“Three weeks ago I was
      // …”": a paragraph opening with a quotation after one that closed on a tagged quotation goes
      // on with that speaker, named or described, rather than the person last named.)
      const previous = i === 0 && f.openToken === 0 && closingQuote?.block === b - 1 ? closingQuote.speaker : undefined;
      const speaker: Speaker | null = chainSpeaker ?? earlier ?? later?.quote.speaker ?? previous ?? (last ? { start: last.start, end: last.end, name: last.name, ...(last.key ? { key: last.key } : {}) } : null);
      f.quote.speaker = speaker ? { ...speaker } : null;
      const chainGuessed = chainSpeaker !== undefined && openChain.some((q) => q.speaker === chainSpeaker && guessed.has(q));
      if (chainGuessed || (!chainSpeaker && !earlier && !later && last)) guessed.add(f.quote);
    }
    // Continuation chains: a speaker found in a later paragraph also speaks the earlier ones.
    const first = statements[0];
    if (first && first.openToken === 0 && openChain.length > 0) {
      // ("“The occupants … June 17.¶“They reported …¶“As soon as …,” a senior police officer told
      // NAN": the officer speaks the whole chain, not the police named before it.)
      if (first.phrase && first.quote.speaker) for (const q of openChain) if (!q.speaker || q.speaker.name === null || guessed.has(q)) q.speaker = { ...first.quote.speaker };
    } else {
      openChain = [];
    }
    const lastStatement = statements[statements.length - 1];
    if (lastStatement && !lastStatement.closed) openChain.push(lastStatement.quote);
    else openChain = [];
    // (The paragraph's last words a tagged quotation and its tag: "“…,” she said.")
    const lastFound = found[found.length - 1];
    const blockEnd = stream.tokens[stream.tokens.length - 1].end;
    closingQuote = lastFound && lastFound === lastStatement && lastFound.phrase && lastFound.quote.speaker && blockEnd - lastFound.quote.end <= 60 ? { block: b, speaker: lastFound.quote.speaker } : undefined;
    for (const f of found) {
      out.push(f.quote);
      if (f.phrase && f.quote.kind === 'direct' && !f.quote.scare) attributed.add(f.quote);
    }
  }
  out.sort((a, b) => a.start - b.start);
  nameLedeDescriptions(out, entities, doc.text);
  phrasesTakeReportedSpeaker(out);
  repeatedQuotesTakeSpeaker(out, attributed);
  return out;
}


/**
 * "A former UEA student who suffered life-threatening brain injuries … said …¶David Constant
 * suffered injuries so severe …", "A Newfoundland judge says …¶… Judge Wayne Gorman found":
 * a description opening the story, before anyone is named, is the person the story goes on to
 * name. Its speaker takes the name of the first person named in full after it whose roles hold the
 * description's head when that is a title ("judge", "chair"; within 1,200 characters; a title
 * alone too, "Minister says …"), or, when no one holds it, of the first person named if they speak
 * the story's next quotation; when the head is another person's noun ("student", "victim"), of the
 * first person named within 600 characters if they open a sentence as its subject. Later quotes
 * given that description take the name too; every such description is tried.
 */
function nameLedeDescriptions(quotes: Quote[], entities: DocEntity[], text: string): void {
  const personMentions: number[] = [];
  for (const e of entities) if (e.type === 'person') for (const m of e.mentions) personMentions.push(m.start);
  personMentions.sort((a, b) => a - b);
  // (Each description given before anyone is named, in order: a headline's "…, Opposition says"
  // may come before the lede's "Saskatchewan’s environment minister says"; a headline's "Manitoba
  // health minister says" and the lede's "Manitoba's health minister …, saying" are both named.)
  // (Names inside the lede's own words do not count: "The lawyer for Colten Boushie’s family, who
  // has been attending the trial of Gerald Stanley, …, saying …".)
  // (Once one is named, those before it are tried again: a headline's "Shopify CEO tells …" is named
  // after the lede's "the CEO says …", which the next quotation names.)
  const named = new Set<string>();
  for (let pass = 0; pass < 2; pass++) {
    const tried = new Set<string>();
    let more = false;
    for (const lede of quotes) {
      const from = Math.min(lede.start, lede.speaker?.start ?? lede.start);
      const to = Math.max(lede.end, lede.speaker?.end ?? lede.end);
      const firstPerson = personMentions.find((m) => m < from || m >= to) ?? Infinity;
      if (lede.start >= firstPerson) break;
      const description = lede.speaker && !lede.speaker.name ? lede.speaker.description : undefined;
      if (!lede.speaker || lede.speaker.start >= firstPerson || !description || tried.has(description) || named.has(description)) continue;
      tried.add(description);
      if (nameLede(lede, description, quotes, entities, text)) {
        named.add(description);
        more = true;
      }
    }
    if (!more) break;
  }
}

/** Names the description of `lede`'s speaker after the person the story goes on to name (nameLedeDescriptions); true when it did. */
function nameLede(lede: Quote, description: string, quotes: Quote[], entities: DocEntity[], text: string): boolean {
  if (!lede.speaker) return false;
  const words = description.toLowerCase().split(/\s+/);
  // (A noun phrase: "Many" alone is a number of people; a title alone is its holder, "Minister says
  // she's still looking for answers".)
  // ("Scientist" after a headline's colon: a role alone too; not "Many", "Others", a number of people.)
  if (words.length < 2 && !titleWords.has(words[0]) && !(isRoleNoun(words[0]) && !partitiveWords.has(words[0]) && words[0] !== 'others')) return false;
  const endAt = words.findIndex((w, i) => i > 0 && (headEnders.has(w) || relativeHeadEnders.has(w)));
  const headAt = endAt > 0 ? endAt - 1 : words.length - 1;
  const head = words[headAt].replace(/['’]s$/, '');
  // (One person: not "officials", "residents", "the police"; someone who can be named: a role or a
  // person's noun.)
  // ("About 100 people": a number, or a plural without its -s, is several; "boss" is one.)
  if (/[^s]s$/.test(head) || pluralPeople.has(head) || words.some((w) => /^\d/.test(w)) || organisationNouns.has(head) || !(isRoleNoun(head) || personNouns.has(head))) return false;
  const descEnd = lede.speaker.end;
  // (Named after the lede's own words: "BC RCMP’s commanding officer says Surrey Mayor Doug
  // McCallum’s statements … risk …" names the mayor as what was said about.)
  const after = Math.max(descEnd, lede.end);
  const roleHead = titleWords.has(head);
  // (With the description's modifier, unless that is a place: "Canada's Immigration Minister" is no
  // "Prime Minister"; "A Newfoundland judge" may be a "provincial court Judge".)
  const modifier = headAt > 0 ? words[headAt - 1] : undefined;
  const placeModifier = modifier === undefined || articles.has(modifier) || /['’]s$/.test(modifier) || PLACES.has(modifier) || DEMONYMS.has(modifier);
  const holdsTitle = (e: DocEntity) =>
    e.roles.some((r) => {
      const roleWords = r.toLowerCase().split(/[\s,]+/);
      const at = roleWords.indexOf(head);
      return at >= 0 && (placeModifier || at === 0 || roleWords[at - 1] === modifier);
    });
  // The first person named after it who fits: with the title, for a title (the minister, named after
  // others); else the first person named at all, if they open a sentence as its subject, or, for a
  // title no one is given, speak the story's next quotation ("The mayor of Oshawa, Ont., says …¶“…,”
  // John Henry told CP24").
  // (Untitled: no one holding another title of that head, "Prime Minister Justin Trudeau" for
  // "Canada's Immigration Minister".)
  const holdsHead = (e: DocEntity) => e.roles.some((r) => r.toLowerCase().split(/[\s,]+/).includes(head));
  const firstNamedAfter = (titled: boolean): [DocEntity | undefined, number] => {
    let found: DocEntity | undefined;
    let at = Infinity;
    for (const e of entities) {
      // (Named in full, and again, with a known gender or with the title: "Aesop Double-Edge Razor,
      // $180" in a list of products is no one.)
      if (e.type !== 'person' || !e.name.includes(' ') || (titled ? !holdsTitle(e) : (e.mentions.length < 2 && !e.gender) || (roleHead && holdsHead(e)))) continue;
      for (const m of e.mentions) if (m.start >= after && m.start < at) [found, at] = [e, m.start];
    }
    return [found, at];
  };
  // (A role that is no title may be given too: "The prosecutor handling the case …¶Crown
  // prosecutor Pouria Tabrizi-Reardigan said".)
  let [person, at] = firstNamedAfter(true);
  const titled = person !== undefined;
  const untitled = roleHead && !person;
  if (!person) [person, at] = firstNamedAfter(false);
  // (Within 600 characters; further for a person given the title, 1,200.)
  if (!person || at - descEnd > (titled ? 1200 : 600)) return false;
  const gender = headGender.get(head);
  if (gender && person.gender && person.gender !== gender) return false;
  // (Opening a sentence as its subject, a verb in lower case or an apposition after the name, an
  // honorific before it: "David Constant suffered", "Dr. Brent Roussin, chief provincial public
  // health officer, said".)
  const mentionEnd = person.mentions.find((m) => m.start === at)?.end ?? at;
  // (Or the apposition of a role opening the sentence: "The company’s chief executive officer, John
  // Chen, was candid …".)
  const subject = (SENTENCE_OPENING.test(text.slice(Math.max(0, at - 12), at)) && /^(?: \p{Ll}|, \p{Ll})/u.test(text.slice(mentionEnd, mentionEnd + 3))) || (ROLE_OPENING.test(text.slice(Math.max(0, at - 70), at)) && text.charAt(mentionEnd) === ',');
  // (The next quotation not the lede speaker's own: "… risks “undermining public trust …”" in the lede is theirs.)
  // (A headline's "immigration minister" and the lede's "the immigration minister" are one.)
  const same = (d: string | undefined) => d !== undefined && bareDescription(d) === bareDescription(description);
  // (Past an unnamed group's report after the person is named: "Shannon Phillips was reacting to
  // criticism from environmental groups who said …".)
  const unnamedOther = (q: Quote) => q.start > at && !!q.speaker && q.speaker.key === undefined && q.speaker.description !== undefined;
  const next = untitled ? quotes.find((q) => q.start >= lede.end && !same(q.speaker?.description) && !unnamedOther(q)) : undefined;
  const quotedNext = next?.speaker?.key !== undefined && next.speaker.key === person.key;
  if (untitled ? !quotedNext : !titled && !subject) return false;
  for (const q of quotes) {
    if (q.speaker && !q.speaker.name && same(q.speaker.description)) q.speaker = { ...q.speaker, name: person.name, key: person.key };
  }
  return true;
}

/** A description without its article and case ("The immigration minister" → "immigration minister"). */
function bareDescription(description: string): string {
  return description.toLowerCase().replace(/^(?:the|a|an) /, '');
}

/** Text ending in a sentence's opening noun phrase and its comma ("…\n\nThe company’s chief executive officer, "). */
const ROLE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:The|A|An) [^.!?\n,;:“”"]{3,60}, $/;

/** Text ending where a sentence opens, an honorific allowed ("… appropriate.\n\nDr. "). */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.? )?$/;

/**
 * A quoted phrase inside reported speech (He said Putin would “inflict significant damage”) holds
 * the words of whoever the reported speech is attributed to, whatever name stands nearer the
 * phrase. `quotes` is sorted by start; reported-speech spans do not overlap one another.
 */
function phrasesTakeReportedSpeaker(quotes: Quote[]): void {
  const reported = quotes.filter((q) => q.kind === 'indirect' && (q.speaker?.name || q.speaker?.description));
  let j = 0;
  for (const q of quotes) {
    if (!q.fragment || q.kind !== 'direct') continue;
    while (j < reported.length && reported[j].end <= q.start) j++;
    // The reported clause stops before the phrase's closing mark, so the phrase need only start in it.
    const outer = reported[j];
    if (outer && outer.start <= q.start && outer.speaker) {
      // A word or two characterised inside a report ("..., calling it “inhumane.”") is part of
      // that report's wording; longer words are a quotation of their own ("in what he called “the
      // loneliest moment of my life.”"), as are words someone else characterised with ("..., with
      // a spokesperson … describing").
      if (q.characterised && q.speaker && (!sameSpeaker(q.speaker, outer.speaker) || q.content.split(' ').length >= 4)) continue;
      q.speaker = { ...outer.speaker };
      delete q.characterised;
    }
  }
}

/** Tokens [from, to) only join items of a list: commas, "and", "or". */
function onlyListJoints(stream: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = lowerAt(stream, i);
    if (w !== ',' && w !== 'and' && w !== 'or') return false;
  }
  return to - from <= 2;
}

/** The same named speaker, or the same unnamed one by its description. */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.name !== null ? a.name === b.name : a.description !== undefined && a.description === b.description;
}

/** A full name (known to the index) starting at token i, for gender votes. */
function fullNameAt(stream: TokenStream, i: number, names: NameIndex): { name: string; to: number } | undefined {
  const found = nameRunAt(stream, i);
  if (!found || !found.personLike) return undefined;
  const name = found.size >= 2 ? found.text : names.resolveSurname(found.text, stream.tokens[found.person[0]].start);
  return name ? { name, to: found.run[1] } : undefined;
}

/**
 * A quote repeated in the text, as a headline or a subhead quotes the body ("Kabul: ‘It was really
 * bad’" ... “It was really bad,” said Masoud Popalzai), is said by whoever the attributed
 * occurrence names, not by whoever the discourse had in focus.
 */
function repeatedQuotesTakeSpeaker(quotes: Quote[], attributed: Set<Quote>): void {
  if (attributed.size === 0) return;
  const sources = [...attributed].filter((q) => q.speaker?.name).map((q) => ({ q, words: quoteKey(q.content) }));
  // Every named direct quotation, read only when a quote no one speaks needs it.
  let named: Array<{ q: Quote; words: string }> | undefined;
  for (const q of quotes) {
    if (q.kind !== 'direct' || q.scare || attributed.has(q)) continue;
    const words = quoteKey(q.content);
    if (words.split(' ').length < 3) continue;
    // (A quote no one speaks takes the speaker of any named quotation holding it: the headline's
    // "'There is an epidemic'" is the second sentence of Patterson's quotation.)
    named ??= q.speaker?.name ? undefined : quotes.filter((o) => o.kind === 'direct' && !o.scare && o.speaker?.name).map((o) => ({ q: o, words: quoteKey(o.content) }));
    const source = sources.find((s) => s.q !== q && s.words.includes(words)) ?? (q.speaker?.name ? undefined : named?.find((s) => s.q !== q && s.words.includes(words)));
    if (source?.q.speaker) q.speaker = { ...source.q.speaker };
  }
}

/** Start offsets of the mentions of places. */
function placeMentions(entities: DocEntity[]): Set<number> {
  const out = new Set<number>();
  for (const e of entities) if (e.type === 'place') for (const m of e.mentions) out.add(m.start);
  return out;
}

/** A name phrase followed by a colon, naming a place ("Kabul: ‘…’"). */
function isPlaceLabel(stream: TokenStream, phrase: SpeakerPhrase, places: Set<number>): boolean {
  return phrase.kind === 'name' && stream.tokens[phrase.to]?.text === ':' && places.has(stream.tokens[phrase.from].start);
}

/**
 * A line that is only a person's name, heading the quote that opens the next block (a round-up of
 * reactions: "Manuel Pellegrini" then “In the first 45 minutes we played well ...”): that person
 * speaks the quote.
 */
function speakerHeading(stream: TokenStream, next: TokenStream, isPerson: (start: number, end: number) => boolean): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  const opener = next.tokens[0];
  if (!opener || !isQuoteMarkToken(opener.text) || toks.length === 0 || toks.length > 5) return undefined;
  const found = nameRunAt(stream, 0);
  if (!found || found.run[1] !== toks.length || found.person[0] !== 0) return undefined;
  const [a, b] = found.person;
  if (!found.personLike || !isNameRun(stream, a, b) || (found.size < 2 && !isPerson(toks[a].start, toks[b - 1].end))) return undefined;
  return { kind: 'name', from: a, to: b };
}

const subjectJoiners = new Set(['but', 'so', 'that', 'when', 'while', 'as', 'because', 'if', 'though', 'although', 'since', 'after', 'before', 'then', 'yet', 'where', 'until', 'once']);
const notVerbAfterName = new Set(['and', 'or', 'of', 'in', 'at', 'to', 'for', 'with', 'from', 'by', 'on', 'about', 'as', 'than', 'into', 'over', 'via', 'per', 'vs', 'v']);
/**
 * Persons named as the subject of a clause ("Kevin Haley, ..., agreed", "Mulder didn’t
 * hesitate", "teacher Teresa Galati, 56, says"): they make the discourse a pronoun refers back
 * to. A name after a verb or preposition ("to deter Putin") is an object and does not count.
 */
function subjectMentions(stream: TokenStream, names: NameIndex, covered: Uint8Array, isPerson: (start: number, end: number) => boolean, reportOpenings: ReadonlySet<number>): Array<{ phrase: SpeakerPhrase; start: number; unnamed?: boolean }> {
  const out: Array<{ phrase: SpeakerPhrase; start: number; unnamed?: boolean }> = [];
  const toks = stream.tokens;
  for (let i = 0; i < toks.length; i++) {
    // Names inside what someone said (direct or reported) are not the discourse's subjects, but
    // for a person opening a body's report (`reportOpenings`).
    if (covered[i] === Cover.statement || (covered[i] === Cover.reported && !reportOpenings.has(i))) continue;
    const group = groupSubjectAt(stream, i);
    if (group) {
      out.push({ phrase: group, start: toks[i].start });
      i = group.to - 1;
      continue;
    }
    const found = nameRunAt(stream, i);
    if (!found) {
      const described = describedSubjectAt(stream, i);
      if (described) {
        out.push({ phrase: described, start: toks[i].start });
        i = described.to - 1;
      }
      continue;
    }
    const { run, person: [a, b] } = found;
    i = run[1] - 1;
    // "“…,” Jerry Dias, Unifor national president, said": a body in the speaker's apposition, inside
    // the attribution, is no subject of the discourse.
    if (covered[run[0]] === Cover.attribution && toks[run[0] - 1]?.text === ',') continue;
    const last = toks[run[1] - 1].text;
    if (endsWithApostrophe(last)) {
      // "B.C. Premier John Horgan’s minority government is fighting …": an owner opening the
      // sentence is who it is about ("He said …" next is him), unless what is owned is a person.
      // (After titles only: "If Andrew Scheer’s Conservatives …" is about something else.)
      const opens = (run[0] === 0 || endsSentence(stream, run[0] - 1)) && (a === run[0] || titleWords.has(bareAt(stream, a - 1)));
      const nameEnd = toks[b - 1].end - (endsWithApostropheS(last) ? 2 : 1);
      if (opens && found.personLike && isPerson(toks[a].start, nameEnd)) {
        // (What is owned is a person, unnamed: "John Horgan’s senior adviser".)
        out.push({ phrase: { kind: 'name', from: a, to: b }, start: toks[a].start, ...(ownsPerson(stream, run[1]) ? { unnamed: true } : {}) });
      }
      continue;
    }
    // The cheap tests first: what follows and precedes the run, then whether it reads as a name.
    const prev = toks[run[0] - 1];
    const next = toks[run[1]];
    const verbLike = (k: number) => toks[k] !== undefined && toks[k].kind === 'word' && !isCapitalised(toks[k]) && !notVerbAfterName.has(lowerAt(stream, k));
    // ("Alban Maginness of the SDLP referred to …": the body the person is of, then the verb.)
    const nextOk = next !== undefined && (next.text === ',' || verbLike(run[1]) || (lowerAt(stream, run[1]) === 'of' && verbLike(afterAffiliation(stream, run[1] + 1))));
    if (!nextOk) continue;
    // Not after a possessive ("CTV’s Question Period", "Nova Scotia's South Shore").
    const prevOk = !prev || prev.kind !== 'word' || (isCapitalised(prev) && !endsWithApostropheS(prev.text)) || subjectJoiners.has(lowerAt(stream, run[0] - 1)) || isRoleNoun(lowerAt(stream, run[0] - 1)) || (a > run[0] && (titleChainOpens(stream, run[0] - 1) || rolePhraseOpens(stream, run[0])));
    // (Nor after an object's preposition, unless the writer introduces the person with a relative
    // clause: "I’m talking about Alfonso Espinos, who like Montalban was born in Mexico"; "The coach
    // was pleased for Sinfield, who …" stays about the coach.)
    // ("nominated by Cllr Mike Evans, who said:": a relative clause in which the person speaks.)
    if (!prevOk && !(next.text === ',' && lowerAt(stream, run[1] + 1) === 'who' && isPerson(toks[a].start, toks[b - 1].end) && (writerOpens(stream, run[0]) || verbAt(stream, run[1] + 2) !== undefined))) continue;
    if (!found.personLike || !isNameRun(stream, a, b)) continue;
    // "When asked about meeting with Chhattisgarh former governor Anusuiya Uikey, he said": a name
    // inside the circumstances opening the sentence is no subject.
    if (insideOpeningCircumstance(stream, run[0])) continue;
    // "The Lampeter Velfrey unaffiliated councillor joked": a name after "the" modifies a noun.
    if (a > run[0] && articles.has(lowerAt(stream, run[0]))) continue;
    // A lone capitalised word opening a sentence is usually no name ("Shortly", "Authorities"):
    // take it only as a known surname or when the entity extractor calls it a person.
    // A lone word inside a sentence before a verb ("…, Mulder didn’t hesitate") is a name too.
    const midSentenceBeforeVerb = prev !== undefined && prev.text === ',' && next.kind === 'word' && /(n['’]t|ed|s)$/.test(lowerAt(stream, run[1]));
    if (found.size < 2 && !names.has(found.words[0]) && !isPerson(toks[a].start, toks[b - 1].end) && !midSentenceBeforeVerb) continue;
    out.push({ phrase: { kind: 'name', from: a, to: b }, start: toks[a].start });
  }
  return out;
}

/**
 * The clause opens with a role and where it is held, up to the employer's name at `run`:
 * "Director of operations at ULHT Simon Evans apologised" (a few words, the first a role noun, no
 * verb), after any opening phrase's comma ("According to …, director of …").
 */
function rolePhraseOpens(stream: TokenStream, run: number): boolean {
  let start = run - 1;
  while (start > 0 && run - start < 6 && stream.tokens[start - 1].kind === 'word' && !endsSentence(stream, start - 1)) start--;
  if (run - start < 2 || !isRoleNoun(lowerAt(stream, start)) || !(start === 0 || endsSentence(stream, start - 1) || stream.tokens[start - 1].text === ',')) return false;
  // (The role's words in lower case, but for the first: not "President Donald Trump meets Russian President …".)
  for (let k = start + 1; k < run; k++) if (isCapitalised(stream.tokens[k]) || (/(?:ed|s)$/.test(lowerAt(stream, k)) && !/(?:ss|ions|ics)$/.test(lowerAt(stream, k)))) return false;
  return true;
}

/** The token after the body at `k` ("the SDLP", "Unison"): its capitalised words, after an optional "the"; `k` when there are none. */
function afterAffiliation(stream: TokenStream, k: number): number {
  const from = lowerOr(stream, k, k - 1) === 'the' ? k + 1 : k;
  let end = from;
  while (end < stream.tokens.length && stream.tokens[end].kind === 'word' && isCapitalised(stream.tokens[end]) && end - from < 6) end++;
  return end > from ? end : k;
}

/** The sentence holding token i opens with the writer or the reader ("I", "I’m", "We", "You"), or with no one ("It was", "There is"). */
function writerOpens(stream: TokenStream, i: number): boolean {
  const start = sentenceStart(stream, i, 0);
  const first = lowerAt(stream, start).replace(/['’].*$/, '');
  // (Or a sentence with no one as its subject: "It was a mixed bag of emotions for centreback Jose
  // Aja, who was playing his former team …".)
  const impersonal = (first === 'it' || first === 'there') && (lowerOr(stream, start + 1, start) === 'was' || lowerOr(stream, start + 1, start) === 'is');
  return first === 'i' || first === 'we' || first === 'you' || impersonal;
}

/** What may stand before a clause's subject: "But the mayor claimed", "On Dec. 13, the mayor brought up". */
const subjectLeads = new Set(['but', 'and', 'so', 'then', 'later', 'meanwhile']);

/**
 * "The deputy described seeing …", "the mayor brought up …": a role with "the" as a clause's
 * subject, before a verb, is who the clause is about, as a name there is (resolved by the speaker
 * resolver: the one person with that role, the person in focus or an unnamed one).
 */
function describedSubjectAt(stream: TokenStream, i: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  // ("one resident highlighted the issues …¶She said:", "a neighbour described …": an unnamed one too.)
  if (!describedOpeners.has(lowerAt(stream, i)) || i + 2 >= toks.length) return undefined;
  const prev = i > 0 ? lowerAt(stream, i - 1) : '';
  if (i > 0 && !endsSentence(stream, i - 1) && prev !== ',' && !subjectLeads.has(prev)) return undefined;
  const head = i + 1;
  const role = toks[head];
  if (role.kind !== 'word' || isCapitalised(role) || !isRoleNoun(lowerAt(stream, head))) return undefined;
  const verb = toks[head + 1];
  const v = lowerAt(stream, head + 1);
  if (verb.kind !== 'word' || isCapitalised(verb) || !(/(ed|s)$/.test(v) || irregularPasts.has(v) || (stream.classes[head + 1] & TokenClass.speechVerb) !== 0)) return undefined;
  // (An unnamed one only as a doer: "one militant is seen waiting" makes no one a pronoun's.)
  if (lowerAt(stream, i) !== 'the' && auxiliaryVerbs.has(v)) return undefined;
  return { kind: 'phrase', from: i, to: head + 1 };
}

const describedOpeners = new Set(['the', 'one', 'a', 'an']);

/**
 * "City staff are recommending a delay. But they say …", "Residents have complained …": a group
 * opening the sentence at `i`, one or two words before its verb, is whom a "they" after it means.
 */
function groupSubjectAt(stream: TokenStream, i: number): SpeakerPhrase | undefined {
  const toks = stream.tokens;
  if (!(i === 0 || endsSentence(stream, i - 1)) || !isCapitalised(toks[i])) return undefined;
  for (let head = i; head <= i + 1 && head + 1 < toks.length && toks[head].kind === 'word'; head++) {
    // ("The Conservatives believe …": a party's members after "the", in capitals.)
    const members = head > i && lowerAt(stream, i) === 'the' && partyNouns.has(lowerAt(stream, head).replace(/s$/, ''));
    if (head > i && isCapitalised(toks[head]) && !members) return undefined;
    if (!isPluralSpeaker(lowerAt(stream, head)) && !members) continue;
    // ("Caretakers of President Akufo-Addo's private residence at Kyebi in the Eastern Region have
    // dismissed …": what they are of, then the verb.)
    let at = head + 1;
    if (lowerAt(stream, at) === 'of') {
      at++;
      while (at < toks.length && at - head <= 14 && (toks[at].kind === 'word' || endsWithApostropheS(toks[at].text)) && !auxiliaryVerbs.has(lowerAt(stream, at))) at++;
      if (at >= toks.length || !auxiliaryVerbs.has(lowerAt(stream, at))) return undefined;
    }
    const v = lowerAt(stream, at);
    // (A verb of belief too: "The Conservatives believe they’ll be able to …; they say …".)
    const verb = toks[at]?.kind === 'word' && !isCapitalised(toks[at]) && (auxiliaryVerbs.has(v) || /[a-z]ed$/.test(v) || isBeliefVerb(speechVerbStem(v) ?? ''));
    return verb ? { kind: 'phrase', from: i, to: at } : undefined;
  }
  return undefined;
}

/** Words opening a sentence's circumstances before its subject ("When asked about …, he said"). */
const circumstanceLeads = new Set(['when', 'while', 'after', 'before', 'asked', 'speaking', 'responding', 'referring', 'commenting']);

/** Token `i` lies in a clause of circumstances that opens its sentence, before that clause's comma. */
function insideOpeningCircumstance(stream: TokenStream, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !endsSentence(stream, k) && stream.tokens[k].text !== ',') k--;
  if (k >= 0 && stream.tokens[k].text === ',') return false;
  const start = k + 1;
  return start < i && circumstanceLeads.has(lowerAt(stream, start)) && lowerOr(stream, start + 1, start) !== 'he' && lowerOr(stream, start + 1, start) !== 'she';
}

const titleChainJoiners = new Set(['and', 'of', '&']);

/**
 * "Federal Infrastructure and Communities Minister Amarjeet Sohi, …, received": the capitalised
 * words and joiners up to token i open the sentence, as a long title does.
 */
function titleChainOpens(stream: TokenStream, i: number): boolean {
  const toks = stream.tokens;
  let k = i;
  while (k >= 0 && toks[k].kind === 'word' && (isCapitalised(toks[k]) ? !endsWithApostropheS(toks[k].text) : titleChainJoiners.has(lowerAt(stream, k)))) k--;
  return k < i && (k < 0 || endsSentence(stream, k)) && isCapitalised(toks[k + 1]);
}

/** "Trump’s lawyer", "Smith’s former chief of staff": a person or role among the words owned at `i`. */
function ownsPerson(stream: TokenStream, i: number): boolean {
  const toks = stream.tokens;
  const ownedWord = (k: number) => k < toks.length && toks[k].kind === 'word' && !isCapitalised(toks[k]);
  for (let k = i; k < i + 4 && ownedWord(k); k++) {
    const w = lowerAt(stream, k);
    // A title word before another role or body noun modifies it ("minority government").
    const next = ownedWord(k + 1) ? lowerAt(stream, k + 1) : undefined;
    if (next !== undefined && (isRoleNoun(next) || organisationNouns.has(next))) continue;
    if ((isRoleNoun(w) && !organisationNouns.has(w)) || personNouns.has(w)) return true;
  }
  return false;
}

/**
 * "A White House official said ...": an unnamed person, introduced at the start of a sentence,
 * that a later "the official" refers back to. An indefinite inside a sentence ("set up by an
 * engineering professor") often describes someone named elsewhere, so only openers count here;
 * unnamed speakers ("…,” a justice official said) are noted as they are resolved.
 */
function noteIndefinites(stream: TokenStream, resolver: SpeakerResolver): void {
  const toks = stream.tokens;
  for (let i = 0; i < toks.length; i++) {
    noteOwnedRole(stream, resolver, i);
    // ("… including one man who cited concerns …¶“…,” said the man": "one" introduces someone
    // anywhere in a sentence; "a"/"an" only opening it.)
    const one = toks[i].kind === 'word' && lowerAt(stream, i) === 'one' && !isCapitalised(toks[i]);
    if ((stream.classes[i] & TokenClass.article) === 0 && !one) continue;
    const w = lowerAt(stream, i);
    if (w !== 'a' && w !== 'an' && !one) continue;
    if (!one && i > 0 && !endsSentence(stream, i - 1)) continue;
    // The head is the last role noun of the phrase ("a justice official" → "official").
    let head: number | undefined;
    for (let k = i + 1; k < toks.length && k <= i + 4 && toks[k].kind === 'word'; k++) {
      // "A claim the city’s debt ...": a possessive ends the phrase before any head.
      if (endsWithApostropheS(toks[k].text)) break;
      if (isCapitalised(toks[k])) continue;
      if (isRoleNoun(lowerAt(stream, k)) && !organisationNouns.has(lowerAt(stream, k))) head = k;
      else if (head !== undefined) break;
    }
    if (head !== undefined) resolver.noteIndefinite(lowerAt(stream, head), toks[i].start, w + stream.text.slice(toks[i].end, toks[bodyAfterRole(stream, head)].end));
  }
}

/**
 * The last token of "for Ofsted", "for the council", "from Police Scotland", "familiar with the
 * negotiations" after the role at `head` ("a spokesman for Ofsted" is who a later "the spokesman"
 * is); `head` when none follows.
 */
function bodyAfterRole(stream: TokenStream, head: number): number {
  const toks = stream.tokens;
  // ("A person familiar with the negotiations says": an adjective qualifying the person, and its
  // object, up to the verb.)
  if (postnominalAdjectives.has(lowerOr(stream, head + 1, head)) && prepositionsAfterAdjective.has(lowerOr(stream, head + 2, head))) {
    let k = head + 3;
    while (k < toks.length && k - head <= 6 && toks[k].kind === 'word' && verbAt(stream, k) === undefined && !auxiliaryVerbs.has(lowerAt(stream, k))) k++;
    return k - 1 > head + 2 ? k - 1 : head;
  }
  if (!roleBodyPrepositions.has(lowerOr(stream, head + 1, head))) return head;
  let k = head + 2;
  const the = lowerOr(stream, k, head) === 'the';
  if (the) k++;
  let last = head;
  while (k < toks.length && k - head <= 7 && toks[k].kind === 'word' && isCapitalised(toks[k])) last = k++;
  // ("for the council": a body's word after "the".)
  if (last === head && the && k < toks.length && organisationNouns.has(lowerAt(stream, k))) last = k;
  return last;
}
const roleBodyPrepositions = new Set(['for', 'from', 'at', 'with']);
const prepositionsAfterAdjective = new Set(['with', 'to', 'in', 'during']);

/**
 * "the petitioner’s lawyer", "his lawyer" at token i, no name after it: an unnamed person a later
 * "the lawyer" refers back to (not the person in focus).
 */
function noteOwnedRole(stream: TokenStream, resolver: SpeakerResolver, i: number): void {
  const toks = stream.tokens;
  // (Runs for every token: the cheap tests first, the lower-case form only for a short word.)
  if (toks[i].kind !== 'word' || i + 1 >= toks.length) return;
  const possessive = endsWithApostropheS(toks[i].text);
  const w = possessive || toks[i].text.length > 5 ? '' : lowerAt(stream, i);
  if (!possessive && !ownerPronouns.has(w)) return;
  const head = lowerAt(stream, i + 1);
  if (toks[i + 1].kind !== 'word' || isCapitalised(toks[i + 1]) || !isRoleNoun(head) || organisationNouns.has(head)) return;
  // (A name after the role is who it is: "his lawyer John Smith", "Smith’s lawyer, Jane Doe,".)
  const next = toks[i + 2];
  if (next && (isCapitalised(next) || (next.text === ',' && toks[i + 3] !== undefined && isCapitalised(toks[i + 3])))) return;
  const from = possessive && i > 0 && lowerAt(stream, i - 1) === 'the' ? i - 1 : i;
  const text = stream.text.slice(toks[from].start, toks[i + 1].end);
  // ("His father" opening a sentence is "his father".)
  resolver.noteIndefinite(head, toks[from].start, from === i && possessive ? text : text[0].toLowerCase() + text.slice(1));
}
const ownerPronouns = new Set(['his', 'her', 'their']);

function makeDirect(stream: TokenStream, q: QuoteSpan): Quote {
  const text = stream.text;
  const [cs, ce] = trimSpan(text, q.contentStart, q.contentEnd);
  return {
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    kind: 'direct',
    content: text.slice(cs, ce),
    parts: [{ start: cs, end: ce }],
    speaker: null,
  };
}

function trimSpan(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

function endsWithComma(stream: TokenStream, q: QuoteSpan): boolean {
  return q.closeToken > 0 && stream.tokens[q.closeToken - 1].text === ',';
}

/** Prepositions of what or when a tag's words were about ("Ujiri said about winning the title, “…”"). */
const circumstancePrepositions = new Set(['about', 'of', 'on', 'in', 'at', 'after', 'before', 'during', 'following', 'when', 'while', 'to', 'from']);

/**
 * Tokens [from, to) between a tag and the next piece of its quotation are a short phrase of the
 * tag's: a preposition, a few words and a comma ("said about winning the title, “you want …”").
 */
function tagCircumstance(stream: TokenStream, from: number, to: number): boolean {
  if (to - from < 3 || to - from > 10 || stream.tokens[to - 1].text !== ',' || !circumstancePrepositions.has(lowerAt(stream, from))) return false;
  for (let i = from + 1; i < to - 1; i++) if (stream.tokens[i].kind !== 'word' && stream.tokens[i].text !== '’s' && stream.tokens[i].text !== "'s") return false;
  return true;
}

/**
 * Where a reported clause [from, to) ends when a quotation opened inside it runs past its end
 * ("said the call was “very frank and trusting.”": the sentence's stop is inside the marks): at
 * the closing mark, so that the clause's text holds the quotation whole, sentences after the first
 * too ("emailed boards to say that the “provision of education has become … changes. We recognize
 * …”"). Undefined otherwise.
 */
function closingQuoteEnd(stream: TokenStream, spans: QuoteSpan[], from: number, to: number): number | undefined {
  for (const span of spans) {
    if (span.openToken >= from && span.openToken < to && span.closed && span.closeToken >= to) return span.end;
  }
  return undefined;
}

/**
 * Which marks quote speech in this document: double ones, as in most news copy, or single ones
 * (‘...’ in British and some Canadian copy) when the document uses no double marks and opens two
 * sentences or more with a single-quoted clause (‘We will respond,’ ...). Elsewhere single marks
 * are for headlines and terms and quote someone only with a tag of their own.
 */
function quoteStyle(streams: TokenStream[], spans: QuoteSpan[][]): QuoteStyle {
  let singleClauses = 0;
  for (let b = 0; b < streams.length; b++) {
    for (const span of spans[b]) {
      if (span.double) return 'double';
      if (opensSentence(streams[b], span) && endsAsClause(streams[b], span)) singleClauses++;
    }
  }
  return singleClauses >= 2 ? 'single' : 'double';
}

/** Direct quotes and reported speech of one block, with speaker phrases still unresolved. */
function findInBlock(stream: TokenStream, spans: QuoteSpan[], style: QuoteStyle, scratch: Uint8Array, headline: boolean): { found: Found[]; covered: Uint8Array } {
  const toks = stream.tokens;
  const found: Found[] = [];
  const covered = scratch.fill(Cover.none, 0, toks.length + 1);
  let floor = 0;
  // The quote before, the tag after it, and the attribution of words it characterised.
  let prev: { f: Found; span: QuoteSpan; att?: Attribution; characterised?: Attribution } | undefined;
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    const ceiling = n + 1 < spans.length ? spans[n + 1].openToken : toks.length;
    const lastContent = span.closeToken > 0 ? toks[span.closeToken - 1].text : '';
    const strict = lastContent === '.';
    const after = span.closed && span.afterClose < ceiling ? attributionAfter(stream, span.afterClose, ceiling, strict) : undefined;
    const before = attributionBefore(stream, floor, span.openToken);
    // "WATCH: 'Great progress' was made …, Leavitt says": the headline of another story, no speech here.
    const link = isStoryLink(stream, sentenceStart(stream, span.openToken, 0), toks.length);
    // "in what he called “the loneliest moment of my life.”": his words, inside the writer's sentence.
    const relative = link ? undefined : relativeCharacterisation(stream, floor, span.openToken);
    const role = link || relative ? 'fragment' : quoteRole(stream, span, before !== undefined, after !== undefined, style);
    // “We will respond,” Bessent said, “if our European partners join us.” — one quote.
    if (
      prev && prev.f.role === 'statement' && prev.att && endsWithComma(stream, prev.span) &&
      prev.att.end <= span.openToken && (span.openToken - prev.att.end <= 2 || tagCircumstance(stream, prev.att.end, span.openToken)) &&
      LOWER_START.test(stream.text.slice(span.contentStart, span.contentEnd).trimStart())
    ) {
      const q = prev.f.quote;
      const [cs, ce] = trimSpan(stream.text, span.contentStart, span.contentEnd);
      q.parts.push({ start: cs, end: ce });
      q.end = span.end;
      q.text = stream.text.slice(q.start, q.end);
      q.content = q.parts.map((p) => stream.text.slice(p.start, p.end)).join(' ');
      prev.f.closed = span.closed;
      for (let i = span.openToken; i < span.afterClose; i++) covered[i] = Cover.statement;
      floor = span.afterClose;
      prev = { f: prev.f, span, att: undefined };
      continue;
    }
    const quote = makeDirect(stream, span);
    let att: Attribution | undefined;
    if (role === 'statement') {
      att = after && (endsWithComma(stream, span) || !before) ? after : before ?? after;
    } else {
      // A partial quotation with its own tag (“... to an end,” Trump posted) is still his, as are
      // words he is said to have characterised something with, however short (called it “bold”).
      // ("described all child porn as “horrific,” “vile” and “filth”": a list goes on with the first's speaker.)
      const listed = prev?.characterised && onlyListJoints(stream, prev.span.afterClose, span.openToken) ? prev.characterised : undefined;
      // ("“updated,” as he put it": the words are his.)
      const characterised = link ? undefined : listed ?? relative ?? characterisedBy(stream, floor, span.openToken, prev?.att, after) ?? asTheyPutIt(stream, span.afterClose);
      if (role === 'fragment' || characterised) {
        quote.fragment = true;
        att = link ? undefined : characterised ?? after;
        if (characterised) quote.characterised = true;
      } else {
        quote.scare = true;
      }
    }
    const f: Found = {
      quote,
      at: att ? toks[att.speaker.from].start : quote.start,
      phrase: att?.speaker,
      role,
      openToken: span.openToken,
      closed: span.closed,
    };
    found.push(f);
    const mark = role === 'statement' ? Cover.statement : Cover.fragment;
    for (let i = span.openToken; i < span.afterClose; i++) covered[i] = mark;
    if (role === 'statement' && att) {
      // ("The judge said the offence was old and added: “…”": a subject far before its verb covers
      // only itself, leaving the clause between to the reported-speech pass.)
      // ("Mr Evans told the meeting he was disappointed …, adding: “…”": the participle before the
      // colon is the quote's verb, and the clause between is the reported-speech pass's.)
      const open = span.openToken;
      // (Found at the participle itself when a quoted phrase in the clause hid the subject's verb:
      // "A spokesman said the company ‘completely understand’ the concerns, adding: “…”".)
      // (Without the colon too: "He said Canada needs to have truth and reconciliation, adding
      // “there’s going to be …”", and with no comma after "adding" or "saying".)
      const p = toks[open - 1]?.text === ':' ? open - 2 : open - 1;
      const participleIntro = /ing$/.test(lowerAt(stream, p)) && verbAt(stream, p) !== undefined && (toks[p - 1]?.text === ',' || (p === open - 1 && (lowerAt(stream, p) === 'adding' || lowerAt(stream, p) === 'saying')));
      const adding = participleIntro && (att.verb < p - 2 || (att.verb === p && att.speaker.to < p - 2));
      if (adding) att = { ...att, verb: p, end: p + 1 };
      // ("'Didn't see it coming': Connor McDavid says Oilers coach firings came as a surprise": a
      // tag after a colon whose verb goes on with a clause of its own reports that clause too; the
      // verb is left to the reported-speech pass.)
      const reports = att === after && toks[span.afterClose]?.text === ':' && att.speaker.to <= att.verb && wordsIn(stream, att.end, sentenceEnd(stream, att.end, toks.length)) >= 3;
      const far = reports || (att.speaker.to < att.verb && (lowerOr(stream, att.verb - 1, att.verb) === 'and' || adding));
      if (far) for (let i = att.speaker.from; i < att.speaker.to; i++) covered[i] ||= Cover.attribution;
      if (!reports) for (let i = far ? att.verb - 1 : Math.min(att.verb, att.speaker.from); i < Math.max(att.end, att.speaker.to); i++) covered[i] ||= Cover.attribution;
    }
    floor = span.afterClose;
    prev = { f, span, att: att === after ? after : undefined, characterised: quote.characterised ? att : undefined };
  }
  // Reported speech, outside direct statements: every pattern needs a speech verb or "according",
  // but a headline's colon ("B.C. making good progress in reopening: Premier John Horgan").
  const speechWords = (stream.present & (TokenClass.speechVerb | TokenClass.according)) !== 0;
  const clauses: ReportedClause[][] = [];
  if (speechWords) for (const [s, e] of sentences(stream)) clauses.push(reportedInSentence(stream, s, e, covered));
  // (Only when nothing else in it reports: "Trudeau says …" is read as such.)
  const headlineClause = headline && clauses.every((c) => c.length === 0) ? headlineReport(stream) : undefined;
  if (headlineClause && !covered.subarray(headlineClause.from, headlineClause.to).includes(Cover.statement)) clauses.push([headlineClause]);
  for (const inSentence of clauses) {
    for (const r of inSentence) {
      const start = toks[r.from].start;
      const end = closingQuoteEnd(stream, spans, r.from, r.to) ?? toks[r.to - 1].end;
      const text = stream.text.slice(start, end);
      found.push({
        quote: { start, end, text, kind: 'indirect', content: text, parts: [{ start, end }], speaker: null },
        at: toks[r.speaker.from].start,
        phrase: r.speaker,
        role: 'indirect',
        openToken: r.from,
        closed: true,
        ...(r.relative ? { relative: true as const } : {}),
      });
      for (let i = r.from; i < r.to; i++) if (covered[i] === Cover.none) covered[i] = Cover.reported;
      // The speaker's apposition and verb are the attribution ("Dr. Brian Goldman, … host of CBC
      // Radio's White Coat, Black Art, says …": "Black Art" is no subject of the discourse).
      for (let i = r.speaker.to; i < r.from; i++) if (covered[i] === Cover.none) covered[i] = Cover.attribution;
      // Fragments inside the clause are the reported speaker's words; so is a quoted statement the
      // clause runs into without a tag of its own ("said that “my system is working …” to bring …").
      // (So is one between the speaker and the verb, in an aside about them, quoted as theirs:
      // "Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says …".)
      const speakerStart = toks[r.speaker.from].start;
      for (const g of found) {
        if (g.role === 'fragment' && !g.phrase && g.quote.start > speakerStart && g.quote.end < start) {
          g.phrase = r.speaker;
          g.quote.characterised = true;
        }
        if (g.quote.start < start || g.quote.end > end) continue;
        if (g.role === 'statement' && !g.phrase) {
          g.role = 'fragment';
          g.quote.fragment = true;
        }
        if (g.role === 'fragment') g.phrase ??= r.speaker;
      }
    }
  }
  found.sort((a, b) => a.quote.start - b.quote.start);
  return { found, covered };
}
