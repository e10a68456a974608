import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { extractQuotes } from '../server/src/core/quotes/extractQuotes';
import { extractEntities } from '../server/src/core/entities/extractEntities';
import type { DocEntity, Quote } from '../server/src/core/types';

const seedText = (name: string): string => readFileSync(`seeds/${name}`, 'utf8');
const quotesOf = (text: string, entities: DocEntity[] = []): Quote[] => extractQuotes(parseDocument('a.txt', text), entities);
/** Quotes with the entity extractor's entities, as the analysis runs them. */
const quotesWithEntitiesOf = (text: string): Quote[] => {
  const doc = parseDocument('a.txt', text);
  return extractQuotes(doc, extractEntities(doc));
};
const find = (qs: Quote[], words: string): Quote => {
  const q = qs.find((x) => x.kind === 'direct' && x.content.includes(words)) ?? qs.find((x) => x.content.includes(words));
  assert.ok(q, `no quote containing ${JSON.stringify(words)}`);
  return q;
};
/** Each reported clause of the text with its speaker's name, or its description when unnamed. */
const reportedBy = (text: string) => quotesWithEntitiesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.content, q.speaker?.name ?? q.speaker?.description ?? null]);
const spanText = (text: string, q: Quote): string => (q.speaker ? text.slice(q.speaker.start, q.speaker.end) : '');

describe('extractQuotes: speakers', () => {
  it('reads "the Ukrainian leader" as the person whose role says Ukrainian, not another leader', () => {
    const text = seedText('001_918f0212adf51184.txt');
    const q = quotesWithEntitiesOf(text).find((x) => x.content.includes('meet energy executives'));
    assert.equal(q?.kind, 'indirect');
    assert.equal(q?.speaker?.name, 'Volodymyr Zelenskyy');
    assert.equal(spanText(text, q!), 'The Ukrainian leader');
  });

  it('gives a quoted phrase inside reported speech to the reported speaker, not the nearest name', () => {
    const qs0 = quotesOf(seedText('000_31177b0833f0709a.txt'));
    const damage = qs0.find((q) => q.fragment && q.content.startsWith('inflict significant damage'));
    assert.equal(damage?.speaker?.name, 'Yuri Ushakov');
    const frank = qs0.find((q) => q.fragment && q.content.startsWith('very frank and trusting'));
    assert.equal(frank?.speaker?.name, 'Yuri Ushakov');
    const qs4 = quotesOf(seedText('004_16130c3233a1c415.txt'));
    const political = qs4.find((q) => q.fragment && q.content.startsWith('as much political as military'));
    assert.equal(political?.speaker?.name, 'Donald Trump');
  });

  it('reads "the president" as the one person titled President when no full name carries the title', () => {
    const text = 'President Trump told governors that his administration would step in. "We are ready," Mr. Trump said. First lady Melania Trump praised the governors.\n\n"Our plans are moving along," the president said.';
    const q = find(quotesWithEntitiesOf(text), 'moving along');
    assert.equal(q.speaker?.name, 'Trump');
    assert.equal(spanText(text, q), 'the president');
  });

  it('takes the name in a long role phrase before the verb', () => {
    const text = seedText('001_918f0212adf51184.txt');
    const q = find(quotesOf(text), 'exposes Moscow’s real attitude');
    assert.equal(q.speaker?.name, 'Olga Stefanishyna');
    assert.equal(spanText(text, q), 'Olga Stefanishyna');
  });

  it('gives a quote naming someone else inside it to the one who said it', () => {
    const text = seedText('003_e43e3abe9aed38b4.txt');
    const q = find(quotesOf(text), 'Vladimir Putin reiterated his point');
    assert.equal(q.speaker?.name, 'Yury Ushakov');
  });

  it('reads "posted", "wrote" and "according to"', () => {
    const t1 = seedText('001_918f0212adf51184.txt');
    const qs1 = quotesOf(t1);
    const ready = find(qs1, 'We are ready!');
    assert.equal(ready.speaker?.name, 'Viktor Orban');
    assert.equal(find(qs1, 'Moscow is rushing to resume dialogue').speaker?.name, 'Volodymyr Zelenskyy');
    assert.equal(find(qs1, 'Success in the Middle East').speaker?.name, 'Donald Trump');
    const according = find(qs1, 'The leaders discussed what U.S.-Russia trade');
    assert.equal(according.kind, 'indirect');
    assert.equal(according.speaker?.name, 'Donald Trump');
    const t0 = seedText('000_31177b0833f0709a.txt');
    assert.equal(find(quotesOf(t0), 'great progress was made').speaker?.name, 'Donald Trump');
  });

  it('resolves a pronoun to the subject of the previous attribution, not the last name seen', () => {
    const text = seedText('000_31177b0833f0709a.txt');
    const q = find(quotesOf(text), 'this war is not going to come to an end');
    assert.equal(spanText(text, q), 'she');
    assert.equal(q.speaker?.name, 'Maria Snegovaya');
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = seedText('000_31177b0833f0709a.txt');
    const q = find(quotesOf(text), 'To provide Tomahawks is as much a political decision');
    assert.equal(spanText(text, q), 'Montgomery');
    assert.equal(q.speaker?.name, 'Mark Montgomery');
  });

  it('keeps an unnamed official unnamed', () => {
    const text = seedText('000_31177b0833f0709a.txt');
    const q = quotesOf(text).find((x) => x.kind === 'indirect' && x.content.startsWith('any sanctions package'));
    assert.ok(q);
    assert.equal(q.speaker?.name, null);
    assert.equal(spanText(text, q), 'The official');
  });

  it('gives a definite role to the person in focus ("says the affable proprietor")', () => {
    const text = 'Alfonso Espinos opened the shop a year ago. “One!” says the affable proprietor.';
    const q = find(quotesOf(text), 'One!');
    assert.equal(spanText(text, q), 'the affable proprietor');
    assert.equal(q.speaker?.name, 'Alfonso Espinos');
  });

  it('reads "the lanky, bespectacled professor" as one phrase for the person in focus', () => {
    const text = 'Guenther Schuh runs the plant. Schuh is aware of the risk. “No carmaker makes money here,” the lanky, bespectacled professor said.';
    const q = find(quotesOf(text), 'No carmaker');
    assert.equal(spanText(text, q), 'the lanky, bespectacled professor');
    assert.equal(q.speaker?.name, 'Guenther Schuh');
  });

  it('takes the name after an employer and a role in an inverted tag', () => {
    const text = '“They won the one-on-ones,” said Oilers head coach Ken Hitchcock.';
    assert.equal(find(quotesOf(text), 'one-on-ones').speaker?.name, 'Ken Hitchcock');
  });

  it('hands a quote after a colon to the subject of the sentence', () => {
    const text = 'Dave Martell works in Lunenburg. Martell, the addictions doctor, is more blunt: "They are going to uncover horrifying things."';
    assert.equal(find(quotesOf(text), 'horrifying').speaker?.name, 'Dave Martell');
  });

  it('uses entity mentions to name a speaker when the entity extractor gives them', () => {
    const text = 'The adviser spoke on Thursday. “It was frank,” Ushakov said.';
    const start = text.indexOf('Ushakov');
    const entities: DocEntity[] = [
      { key: 'e1', name: 'Yuri Ushakov', type: 'person', variants: ['Ushakov'], roles: [], gender: 'male', mentions: [{ start, end: start + 7, text: 'Ushakov', key: 'e1' }] },
    ];
    const q = find(quotesOf(text, entities), 'It was frank');
    assert.equal(q.speaker?.name, 'Yuri Ushakov');
    assert.equal(q.speaker?.key, 'e1');
    // Without entities the surname stays as written.
    assert.equal(find(quotesOf(text), 'It was frank').speaker?.name, 'Ushakov');
  });

  it('gives "the company" and "it" to the organisation named just before, when entities name it', () => {
    const text = 'Google lost its certificate on Thursday. “We are working with Apple,” the company said. “It will be fixed,” it said.';
    const start = text.indexOf('Google');
    const apple = text.indexOf('Apple');
    const entities: DocEntity[] = [
      { key: 'g', name: 'Google', type: 'organization', variants: ['Google'], roles: [], mentions: [{ start, end: start + 6, text: 'Google', key: 'g' }] },
      // Named inside the quote itself: not who "the company" is.
      { key: 'a', name: 'Apple', type: 'organization', variants: ['Apple'], roles: [], mentions: [{ start: apple, end: apple + 5, text: 'Apple', key: 'a' }] },
    ];
    const qs = quotesOf(text, entities);
    assert.equal(find(qs, 'working with Apple').speaker?.name, 'Google');
    assert.equal(find(qs, 'It will be fixed').speaker?.name, 'Google');
    // Without entities the company stays unnamed, with its span.
    const bare = find(quotesOf(text), 'working with Apple');
    assert.equal(bare.speaker?.name, null);
    assert.equal(spanText(text, bare), 'the company');
  });

  it('gives "the release said" to the body that issued it, else describes the source as "the release"', () => {
    const text = 'Acme Corp announced its results in a press release. Revenue rose on ophthalmology sales, the release said.';
    const q = find(quotesWithEntitiesOf(text), 'Revenue rose');
    assert.equal(q.speaker?.name, 'Acme Corp');
    assert.equal(spanText(text, q), 'the release');
    const alone = find(quotesOf('Revenue rose on ophthalmology sales, the release said.'), 'Revenue rose');
    assert.equal(alone.speaker?.name, null);
    assert.equal(alone.speaker?.description, 'the release');
  });

  it('gives "according to the National Geological Survey" to that body', () => {
    const text = 'According to the National Geological Survey, Lake Guaiba in Porto Alegre has burst its banks.';
    const q = quotesWithEntitiesOf(text)[0];
    assert.equal(q?.speaker?.name, 'National Geological Survey');
  });

  it('describes a speaker by a longer phrase when its head comes first ("a spokeswoman for the US Department of Justice")', () => {
    const q = quotesOf('A jury found him guilty on three counts, a spokeswoman for the US Department of Justice said Wednesday.')[0];
    assert.equal(q?.speaker?.description, 'a spokeswoman for the US Department of Justice');
  });

  it('gives "She said" to a judge whose sentence also has his and him for the man she sentenced', () => {
    const text = 'U.S. District Judge Kimba M. Wood announced the penalty, citing his health challenges as reason to reduce his sentence from the five years she gave him previously.\n\nShe said she would have given him only four years in prison, except he lied.';
    const q = quotesWithEntitiesOf(text).find((x) => x.content.includes('four years'));
    assert.equal(q?.kind, 'indirect');
    assert.equal(q?.speaker?.name, 'Kimba M. Wood');
  });

  it('leaves a pronoun inside the quotation out of the sentence\'s lead gender', () => {
    // "he" is the minister the speaker talks about: "she" alone says who Gokool is.
    const text = 'Shanaaz Gokool, president of Dying with Dignity Canada, is hopeful the minister might be more receptive.\n\n"Our hope is that the new minister will follow through on what he already knows," she said in an interview.';
    assert.equal(find(quotesWithEntitiesOf(text), 'Our hope').speaker?.name, 'Shanaaz Gokool');
  });

  it('reads "report said" as the noun and its verb: the report is the source, "said" not the quote', () => {
    const [q] = quotesOf('A council report said that residents wanted double yellow lines on the estate.');
    assert.equal(q?.kind, 'indirect');
    assert.ok(q.content.startsWith('that residents'), q.content);
    assert.equal(q.speaker?.description, 'a council report');
  });

  it('reads "Nairobi police boss Japheth Koome" as the person for a second report (", saying ...")', () => {
    const q = quotesWithEntitiesOf('Nairobi police boss Japheth Koome yesterday confirmed that five people were killed, saying they were being treated as murder.').find((x) => x.content.includes('treated as murder'));
    assert.equal(q?.speaker?.name, 'Japheth Koome');
  });

  it('reads "as per X" as "according to X", before or after the clause', () => {
    const [before] = quotesOf('As per NASA, the telescope discovered that the star is a pair.');
    assert.equal(before?.kind, 'indirect');
    assert.equal(before.speaker?.name, 'NASA');
    const [after] = quotesOf('The star is a pair, as per NASA.');
    assert.equal(after?.content, 'The star is a pair');
    assert.equal(after.speaker?.name, 'NASA');
    assert.deepEqual(quotesOf('He was paid as per the contract.'), []);
  });

  it('reads past a title’s bracketed abbreviation to the person ("said Acting Officer-In-Charge (A/OIC) Supt. Sanjaya Wijayakoon")', () => {
    const [q] = quotesOf('“We will notify the families,” said Acting Officer-In-Charge (A/OIC) Supt. Sanjaya Wijayakoon of the BC RCMP Major Crime Section.');
    assert.equal(q?.speaker?.name, 'Sanjaya Wijayakoon');
  });

  it('follows a pronoun to the entity of the right gender', () => {
    const text = 'Jane Roe met John Smith on Monday. Smith said the talks went well. “We are close,” she said.';
    const mention = (name: string, key: string) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, key };
    };
    const entities: DocEntity[] = [
      { key: 'f', name: 'Jane Roe', type: 'person', variants: [], roles: [], gender: 'female', mentions: [mention('Jane Roe', 'f')] },
      { key: 'm', name: 'John Smith', type: 'person', variants: [], roles: [], gender: 'male', mentions: [mention('John Smith', 'm'), { ...mention('Smith said', 'm'), end: text.indexOf('Smith said') + 5 }] },
    ];
    const q = find(quotesOf(text, entities), 'We are close');
    assert.equal(q.speaker?.name, 'Jane Roe');
  });

  it('describes an unnamed speaker, and "the official" by the phrase that introduced them', () => {
    const text = '“No study was done,” a spokesperson said. A justice official spoke at the briefing. “It is up to the minister,” the official said.';
    const qs = quotesOf(text);
    const spokesperson = find(qs, 'No study').speaker;
    assert.equal(spokesperson?.name, null);
    assert.equal(spokesperson?.description, 'a spokesperson');
    const official = find(qs, 'up to the minister').speaker;
    assert.equal(official?.name, null);
    assert.equal(spanText(text, find(qs, 'up to the minister')), 'the official');
    assert.equal(official?.description, 'a justice official');
  });

  it('describes a speaker named by what they are, not a role ending ("the nurse", "a cop"), and reads no report in a definition ("X is when a landlord tells …")', () => {
    const text = 'Judge Mary Byrne heard the case. “He came at me,” a cop said. “I saw it all,” the nurse said. A renoviction is when a landlord tells a tenant they have to move out.';
    const qs = quotesOf(text);
    assert.equal(find(qs, 'came at me').speaker?.description, 'a cop');
    assert.equal(find(qs, 'saw it all').speaker?.name, null);
    assert.equal(spanText(text, find(qs, 'saw it all')), 'the nurse');
    assert.equal(qs.find((q) => q.content.includes('move out')), undefined);
  });

  it('does not take a place name joined by a particle ("Cagayan de Oro") for the person in focus', () => {
    const text = '“There were reports,” PNP chief Alan Purisima said when asked if Cagayan de Oro would be a target. “Not necessarily targeting Cagayan de Oro but major cities,” the PNP chief said.';
    assert.equal(find(quotesWithEntitiesOf(text), 'Not necessarily').speaker?.name, 'Alan Purisima');
  });

  it('reads past an address to the person it belongs to, and past an opening adverb to the subject', () => {
    const address = 'When Liam Walsh of Mariano, Curraheen Road, Cork, said he had never heard it before. Mary Byrne, of Main Street, Ballina, said she was shocked.';
    const reported = quotesOf(address).filter((q) => q.kind === 'indirect');
    assert.equal(find(reported, 'never heard').speaker?.name, 'Liam Walsh');
    assert.equal(find(reported, 'was shocked').speaker?.name, 'Mary Byrne');
    const adverb = 'The students shut the gate. Besides, they vowed to keep it locked, saying no classes will take place there.';
    const q = find(quotesOf(adverb), 'no classes');
    assert.equal(spanText(adverb, q), 'they');
  });

  it('reads "X did this and said …" as X’s report, and an adverb between a verb and its "that", but no bare object before a comma', () => {
    const text = 'In an interview on Monday, U.S. Secretary of State Mike Pompeo praised China and said he did not think the dispute would affect this. ' +
      'He states however, that the threats have less to do with technology. When B.C. announced its intentions on Tuesday, Notley termed the move unconstitutional. ' +
      'We would love to know which tweets and posts have been scraped along the way.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.equal(spanText(text, find(reported, 'did not think')), 'Mike Pompeo');
    assert.ok(find(reported, 'the threats have less').content.startsWith('that the threats'));
    assert.equal(reported.find((q) => q.content.includes('its intentions')), undefined);
    assert.equal(reported.find((q) => q.content.includes('scraped')), undefined);
  });

  it('gives no one the object a thing’s relative clause quotes ("(MIRI), which offers ‘…’"), but a colon after it is speech', () => {
    const text = 'Researchers used the Mid-Infrared Instrument (MIRI), which offers ‘spatial and spectral resolution.’ NASA, which offered: “We are proud.”';
    const qs = quotesWithEntitiesOf(text);
    assert.equal(find(qs, 'spatial and spectral').speaker ?? null, null);
    assert.equal(find(qs, 'We are proud').speaker?.name, 'NASA');
  });

  it('reports an appeal or request from its "to", past addressees of several words, keeping a "not" ("urged all Canadians considering travel to China to consult …"), but no pledge', () => {
    const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.content);
    assert.deepEqual(indirect('It urged all Canadians considering travel to China to consult the travel advisory.'), ['to consult the travel advisory']);
    assert.deepEqual(indirect('Police chief Mohamad Fuzi Harun warned the public Monday not to speculate on the abdication.'), ['not to speculate on the abdication']);
    assert.deepEqual(indirect('The councillors urged the city council for improved signage so residents know what to put in each bin.'), []);
    assert.deepEqual(indirect('The company asked the bid team not to discuss the deal. Kim and Trump pledged to work toward denuclearization.'), ['not to discuss the deal']);
    // A request, then "but said …": two reports.
    assert.deepEqual(indirect('Heins urged shareholders to be patient but said he was not satisfied with the results.'), ['to be patient', 'he was not satisfied with the results']);
  });

  it('reports an order after "told" from its "to", but none in a question ("Should I tell him to …?")', () => {
    const text = 'It also told workers to install the public versions of apps from the store. Should I tell him to shave it off? She told them it was over.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.deepEqual(reported.map((q) => q.content), ['to install the public versions of apps from the store', 'it was over']);
  });

  it('reads platforms and broadcasters as speakers ("Facebook said", "CNN reported that"), and a report inside "…, according to CNN" as its own', () => {
    const text = 'Facebook said that it is working closely with Apple. CNN reported that the journalists were convicted. The CDC confirmed that it is aware of the outbreak, according to CNN.';
    const reported = quotesWithEntitiesOf(text).filter((q) => q.kind === 'indirect');
    assert.equal(find(reported, 'working closely').speaker?.name, 'Facebook');
    assert.equal(find(reported, 'were convicted').speaker?.name, 'CNN');
    const cdc = find(reported, 'aware of the outbreak');
    assert.ok(cdc.content.startsWith('that it is aware'), cdc.content);
    assert.equal(spanText(text, cdc), 'CDC');
  });


  it('starts what "told" reports at its article after the recipient, and at "that" when one follows', () => {
    const text = 'He told reporters the plan would fail. She told the BBC the deal was off. He told a daily briefing in Beijing that China objects to this. ' +
      'Donald Trump has told his supporters at an end-of-campaign rally in Lititz, Pennsylvania that he would win.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.content);
    assert.deepEqual(reported, ['the plan would fail', 'the deal was off', 'that China objects to this', 'that he would win']);
  });

  it('gives a long definite description with "of" ("The former sergeant-at-arms of the House of Commons said") to the person in focus', () => {
    const text = 'OTTAWA — Kevin Vickers, who became ambassador to Ireland, is considering a move into politics.\n\nThe former sergeant-at-arms of the House of Commons said Monday he is considering a run for the leadership.';
    const q = find(quotesWithEntitiesOf(text), 'considering a run');
    assert.equal(q.speaker?.name, 'Kevin Vickers');
  });

  it('reads a capitalised modifier as the body that speaks ("the Sensei website" is Sensei’s; "The Canadian government" is not the company named before)', () => {
    const text = 'Huawei denied it. The Canadian government has said its two citizens are being detained arbitrarily. Tesla backs Sensei. According to the Sensei website, the farms will be solar powered.';
    const qs = quotesWithEntitiesOf(text);
    const government = find(qs, 'two citizens').speaker;
    assert.equal(government?.name, null);
    assert.equal(government?.description, 'the Canadian government');
    assert.equal(find(qs, 'solar powered').speaker?.name, 'Sensei');
    // A person's role is not the body: "the PNP chief" is no one named here, not the police.
    const chief = find(quotesWithEntitiesOf('The Philippine National Police (PNP) met on Monday. “Not necessarily,” the PNP chief said.'), 'Not necessarily').speaker;
    assert.equal(chief?.name, null);
    assert.equal(chief?.description, 'the PNP chief');
  });

  it('reads a speaker phrase opened by an owner of several words in the possessive ("Cisco System’s Talos cybersecurity unit said")', () => {
    const text = 'While investigators do not know who is responsible, Cisco System’s Talos cybersecurity unit said in a statement on Friday that the threats came from one group.';
    const q = find(quotesOf(text), 'the threats came');
    assert.equal(q.speaker?.description, 'Cisco System’s Talos cybersecurity unit');
  });

  it('does not take a photo credit ("The Canadian Press A train derailment is shown …") for the body a later "the report said" means', () => {
    const text = 'A report by Canadian Pacific Railway details the problem.\n\nThe Canadian Press A train derailment is shown near Field on Monday.\n\nTrains are shortened when temperatures dip below -25 C, the report said.';
    assert.equal(find(quotesWithEntitiesOf(text), 'Trains are shortened').speaker?.name, 'Canadian Pacific Railway');
  });

  it('takes no gender from an East Asian family name opening a name ("Lu Kang … But he said …")', () => {
    const text = 'Chinese Foreign Ministry spokesperson Lu Kang gave no details about the schedule. But he said further information would be released.';
    const q = find(quotesWithEntitiesOf(text), 'would be released');
    assert.equal(q.speaker?.name, 'Lu Kang');
    // "further" before its noun opens the clause; "said further that" does not.
    assert.equal(q.content, 'further information would be released');
    assert.equal(find(quotesOf('She said further that it was over.'), 'was over').content, 'that it was over');
  });

  it('reads "saying that" without a comma after a notice as its issuer’s report, and "with X confirming that" as X’s', () => {
    const text = 'The office published a notice Tuesday saying that Canada has recently "arbitrarily detained" a Chinese national. ' +
      'Volusia County has also reported fatalities, with Sheriff Michael J. Chitwood confirming that four people died in his jurisdiction.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.equal(spanText(text, find(reported, 'arbitrarily detained')), 'The office');
    assert.equal(find(reported, 'four people died').speaker?.name, 'Michael J. Chitwood');
    // Right after a person's name, "saying" reports without "that" too.
    const lincoln = find(quotesOf('Nancy Pelosi often quotes Abraham Lincoln saying public sentiment is everything.'), 'public sentiment');
    assert.equal(lincoln.speaker?.name, 'Abraham Lincoln');
  });

  it('reads "sources familiar with the negotiations have said" and "A person familiar with the negotiations says" as unnamed speakers', () => {
    const text = 'Rogers has been looking for a buyer, and sources familiar with the negotiations have said it was hoping to sign a deal. A person familiar with the talks says two players have been traded.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.equal(find(reported, 'hoping to sign').speaker?.description, 'sources familiar with the negotiations');
    assert.equal(find(reported, 'have been traded').speaker?.description, 'a person familiar with the talks');
  });

  it('never takes a pronoun’s contraction ("— I\'m feeling …") for a name or a speaker', () => {
    const text = 'I guess after watching "We Believe: The Best Men Can Be" — also known as the Gillette ad from last week — I\'m feeling super attuned to how men are depicted.\n\nThe boys are always fighting.\n\n"But when it comes to male characters, most of them are stereotypes."';
    assert.equal(find(quotesOf(text), 'male characters').speaker?.name ?? null, null);
  });

  it('reads a title with a subtitle inside an apposition ("the study in Collabra: Psychology, says") as no speaker', () => {
    const text = 'William Chopik, associate professor and lead author of the study in Collabra: Psychology, says he and colleagues talked about it.';
    assert.equal(find(quotesOf(text), 'colleagues talked').speaker?.name, 'William Chopik');
  });

  it('reads no report from a participle before the main verb ("Footage posted on social media showed …"), but "posted on social media that" is one', () => {
    const text = 'Footage posted on social media showed the moment the church roof caved in. Trump posted on social media that the deal was off. A director said in a statement the planned repurchase was aimed at bolstering shares.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.equal(reported.find((q) => q.content.includes('church roof')), undefined);
    assert.equal(find(reported, 'deal was off').content, 'that the deal was off');
    assert.ok(find(reported, 'repurchase').content.includes('planned repurchase'));
  });

  it('reads past a role ending in a body’s name to the person before it ("X, an organizer at Railroad Workers United, said")', () => {
    const text = 'Dwikorita Karnawati, head of Indonesia’s Meteorology, Climatology and Geophysical Agency, said there was no danger of a tsunami. ' +
      'Will Young, an organizer at Railroad Workers United, said cold weather takes a toll on trains.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.equal(find(reported, 'no danger').speaker?.name, 'Dwikorita Karnawati');
    assert.equal(find(reported, 'takes a toll').speaker?.name, 'Will Young');
  });

  it('describes a document as the source the text gives, not as a speaker phrase swept up', () => {
    const qs = quotesOf('“Harsh winters are a reality,” says a report. “It is fine,” said the company.');
    // Not a speaker, but what the text gives as the source.
    assert.equal(find(qs, 'Harsh winters').speaker?.description, 'a report');
    // "the company" with no company named before: unnamed, described as written.
    assert.equal(find(qs, 'It is fine').speaker?.description, 'the company');
  });

  it('gives "a statement from X" to X', () => {
    const text = 'Ministers met in Brussels. A statement from the EU said, “the motive raises concerns.”';
    const start = text.indexOf('EU');
    const entities: DocEntity[] = [{ key: 'eu', name: 'EU', type: 'organization', variants: ['EU'], roles: [], mentions: [{ start, end: start + 2, text: 'EU', key: 'eu' }] }];
    assert.equal(find(quotesOf(text, entities), 'the motive').speaker?.name, 'EU');
  });

  it('gives a descriptive phrase ("the bow-tied maverick") to the person in focus', () => {
    const text = 'Andre Campbell draws with a computer. “There is little representation,” says the bow-tied maverick.';
    assert.equal(find(quotesOf(text), 'little representation').speaker?.name, 'Andre Campbell');
  });

  it('does not take an indefinite inside a sentence for an unnamed person', () => {
    const text = 'e.GO was set up by an engineering professor with a track record. Guenther Schuh runs it. Schuh is aware of the risk. “No carmaker makes money here,” the lanky, bespectacled professor said.';
    assert.equal(find(quotesOf(text), 'No carmaker').speaker?.name, 'Guenther Schuh');
  });

  it('names two people who speak together, and "they" after them is both', () => {
    const text = 'In a statement, owners Tore Sohlberg and Lehla Abreder said they respected the vote. "Our priority is a healthy workplace," they said. Jeff Traeger runs the union. "It is overdue," he said.';
    const qs = quotesOf(text);
    assert.equal(find(qs, 'Our priority').speaker?.name, 'Tore Sohlberg and Lehla Abreder');
    assert.equal(find(qs, 'It is overdue').speaker?.name, 'Jeff Traeger');
    // by surnames, once the text has named them in full
    const england = quotesOf('England’s captain Ben Stokes and coach Brendon McCullum spoke on Monday. But Stokes and McCullum promised there would be no panicking.');
    assert.equal(find(england, 'no panicking').speaker?.name, 'Ben Stokes and Brendon McCullum');
  });

  it('does not take the next sentence ("While some critics say ...") for the tag of a quote ending in a full stop', () => {
    const text = '“We are pleased,” says director Adam Jagelewski. “We are setting ourselves up for the second cohort.” While some critics say government should not pay a “middle man” to deliver services, Jagelewski disagrees.';
    const q = find(quotesOf(text), 'setting ourselves up');
    assert.equal(q.speaker?.name, 'Adam Jagelewski');
  });

  it('reads neither an apposition after the speaker nor "in a statement" as reported speech', () => {
    const text = 'It could take years to train crews, said Mark Montgomery, an analyst at the Foundation for Defense of Democracies. The strike “exposes Moscow’s attitude,” Olga Stefanishyna said in a statement, calling it “a direct blow.”';
    const qs = quotesOf(text);
    const years = qs.find((q) => q.kind === 'indirect' && q.content.startsWith('It could take years'));
    assert.equal(years?.speaker?.name, 'Mark Montgomery');
    assert.equal(qs.find((q) => q.content.startsWith('an analyst')), undefined);
    for (const q of qs) assert.notEqual(q.speaker && text.slice(q.speaker.start, q.speaker.end), 'in a statement');
    assert.equal(qs.find((q) => q.kind === 'indirect' && /^(in )?a statement/.test(q.content)), undefined);
  });

  it('gives "according to Trump’s account" to Trump', () => {
    const text = 'Donald Trump spoke to Putin. According to Trump’s account, Putin congratulated him on what he called a great accomplishment.';
    const q = quotesOf(text).find((x) => x.kind === 'indirect' && x.content.startsWith('Putin congratulated'));
    assert.equal(q?.speaker?.name, 'Donald Trump');
  });

  it('reads reported speech after an age, a bare plural speaker, a hyphenated role and a subject pronoun', () => {
    const text = 'Elementary school teacher Teresa Galati, 56, says the program has helped her manage stress. It may be possible, but city staff confirmed there are no plans to do this. The former sergeant-at-arms of the House of Commons said Monday he’s considering a run. The shelter residents report they want more information about services. Traeger said roughly 65 per cent of the employees voted in favour.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    const by = (start: string) => reported.find((q) => q.content.startsWith(start));
    assert.equal(by('the program has helped')?.speaker?.name, 'Teresa Galati');
    assert.equal(by('there are no plans')?.speaker?.description, 'city staff');
    assert.ok(by('he’s considering a run'));
    assert.ok(by('they want more information'));
    assert.equal(by('roughly 65 per cent')?.speaker?.name, 'Traeger');
  });

  it('hands a whole quoted sentence after a comma to the subject of the telling verb, not an infinitive or a belief', () => {
    const text = 'Rival candidate Bruce Hayne joked in his turn to answer the question, “It was a twinkle in some engineer’s eye.” I was at a barbecue when a friend wondered loudly, “Hey, do you ever shave?” Freeland said even though Canada believes the death penalty is wrong, “Canadians who travel there need to know the risks.”';
    const qs = quotesOf(text);
    assert.equal(find(qs, 'twinkle').speaker?.name, 'Bruce Hayne');
    assert.equal(find(qs, 'do you ever shave').speaker?.description, 'a friend');
    const risks = qs.find((q) => q.content.includes('need to know the risks') && !q.fragment);
    assert.notEqual(risks?.speaker?.name, 'Canada');
  });

  it('reads "as city staff said ..." inside a sentence, but no reported speech in a condition', () => {
    const text = 'Attempts to confirm it were stymied as city staff said they could not talk during the budget. She can file for review if she says the decision was made improperly.';
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.equal(reported.find((q) => q.content.startsWith('they could not talk'))?.speaker?.description, 'city staff');
    assert.equal(reported.find((q) => q.content.startsWith('the decision was made')), undefined);
  });

  it('takes a name alone before a colon as the speaker label, but not a newsroom label', () => {
    const text = '* Trump wrote that progress was made.\n* Orbán: "We are ready!"\n\nBreaking: "Markets fell sharply today."\n';
    const qs = quotesOf(text);
    assert.equal(find(qs, 'We are ready').speaker?.name, 'Orbán');
    assert.notEqual(find(qs, 'Markets fell').speaker?.name, 'Breaking');
  });

  it('passes over an aside between a speaker label and the quote', () => {
    const text = 'Guus Hiddink: “We were dominant.”\n\nAlex Ferguson: (On the penalty appeal for Blackburn) “The boy dived. There is no question about that.”\n';
    assert.equal(find(quotesOf(text), 'The boy dived').speaker?.name, 'Alex Ferguson');
  });

  it('reads the person after an employer and a role as the subject of "…, saying: “…”"', () => {
    const text = 'Bolton manager Owen Coyle was philosophical about his side’s performance, saying: “Liverpool are a very good side.”';
    assert.equal(find(quotesOf(text), 'very good side').speaker?.name, 'Owen Coyle');
  });

  it('gives a quote opening the paragraph after a line naming only a person to that person', () => {
    const text = 'Pep Guardiola\n\n“Was it the perfect start? Performance, no!” said Guardiola.\n\nManuel Pellegrini\n\n“In the first 45 minutes we played well.\n\n“We were very unlucky with the first goal.”\n\nJohn Smith\n\nThe club thanked its fans.\n';
    const qs = quotesWithEntitiesOf(text);
    assert.equal(find(qs, 'first 45 minutes').speaker?.name, 'Manuel Pellegrini');
    assert.equal(find(qs, 'very unlucky').speaker?.name, 'Manuel Pellegrini');
    assert.equal(find(qs, 'perfect start').speaker?.name, 'Pep Guardiola');
  });

  it('gives words a participle characterises to the sentence’s subject ("X released a statement calling it a “…”")', () => {
    const text = 'President Obama released a statement calling the unveiling of the bill a "critical milestone in the health reform effort."';
    assert.equal(find(quotesWithEntitiesOf(text), 'critical milestone').speaker?.name, 'Obama');
  });

  it('passes over a time between subject and verb, an agency dateline, an opening prepositional phrase and a place inside a description', () => {
    assert.deepEqual(reportedBy('Prime Minister Keir Starmer on Monday said the economy would grow.'), [['the economy would grow', 'Keir Starmer']]);
    assert.deepEqual(
      reportedBy('Chandigarh, Jan 31 (PTI) Chhattisgarh Chief Minister Bhupesh Baghel on Monday accused the BJP of using central agencies against its rivals and said allegations stand only if proven in court.'),
      [['allegations stand only if proven in court', 'Bhupesh Baghel']],
    );
    assert.deepEqual(
      reportedBy('QUEBEC — In the hot seat for comparing the situation to that of Louisiana, Premier François Legault dug in his heels Wednesday, announcing he now wants a complete picture.'),
      [['he now wants a complete picture', 'François Legault']],
    );
    assert.deepEqual(
      reportedBy('A neighbour of an elderly couple killed at a home in rural Manitoba says the community has been left on edge.'),
      // (Not Manitoba; a description that long is not kept either.)
      [['the community has been left on edge', null]],
    );
  });

  it('reads a report past an apposition with "known as" or a participle, and no tag in ", said that …"', () => {
    assert.deepEqual(reportedBy('Later, David Sparks, the spokesman for a group known as Justice, said that he anticipated jail.'), [['that he anticipated jail', 'David Sparks']]);
    assert.deepEqual(reportedBy('The study, conducted by researchers at NORC, estimated that 5.4 million people had dementia.'), [['that 5.4 million people had dementia', 'the study']]);
    assert.deepEqual(reportedBy('JEREMY HUNT admitted during an interview today that his failings contributed to the waits.'), [['that his failings contributed to the waits', 'Jeremy Hunt']]);
  });

  it('reads unnamed groups as speakers, with their relative clause, and "they" after them as the same group', () => {
    const text = 'An investigation is underway, according to the Broward Sheriff\'s Office.\n\nSeveral people who live in the area said it began when their neighbor could be heard yelling. They said he was also paranoid.\n\nWitnesses said when deputies arrived, Scott was standing in a courtyard. Bway workers said they were optimistic. Others said there is too much gun violence.';
    assert.deepEqual(reportedBy(text), [
      ['An investigation is underway', "Broward Sheriff's Office"],
      ['it began when their neighbor could be heard yelling', 'Several people who live in the area'],
      ['he was also paranoid', 'Several people who live in the area'],
      ['when deputies arrived, Scott was standing in a courtyard', 'Witnesses'],
      ['they were optimistic', 'Bway workers'],
      ['there is too much gun violence', 'Others'],
    ]);
    // "said when asked" is no clause of its own.
    assert.deepEqual(reportedBy('He said when asked about it, he would not comment.'), []);
  });

  it('reads "much of …" as a clause and ends a report where "and added:" introduces a quote', () => {
    const qs = quotesWithEntitiesOf('Judge Stephen Earl spoke. He said much of what he had been told is not public. The judge said the offence was now 18 months old and added: "I won\'t say he\'s a saint."');
    assert.deepEqual(qs.filter((q) => q.kind === 'indirect').map((q) => q.content), ['much of what he had been told is not public', 'the offence was now 18 months old']);
    // The quote "and added:" introduces is the subject's, the clause before it still reported.
    assert.equal(find(qs, 'a saint').speaker?.name, 'Stephen Earl');
    const shouted = quotesWithEntitiesOf('Protesters jabbed their fingers and shouted ‘out, out, out!’ at council leader Mike Jones.');
    assert.equal(find(shouted, 'out, out').speaker?.description, 'Protesters');
  });

  it('reads reports after a worker and workplace, a plural with its participle, and whom it was said to', () => {
    assert.deepEqual(
      reportedBy('Atmospheric physics professor Kent Moore at the University of Toronto says the weather patterns show how the climate works.'),
      [['the weather patterns show how the climate works', 'Kent Moore']],
    );
    assert.deepEqual(reportedBy('People arrested last week said that protestors were put at risk.'), [['that protestors were put at risk', 'People arrested last week']]);
    assert.deepEqual(reportedBy('Rights organizations said the remarks raise serious questions. People said the mood was grim.'), [
      ['the remarks raise serious questions', 'Rights organizations'],
      ['the mood was grim', 'People'],
    ]);
    // Whom it was said to, then the clause; an absolute clause in which someone else speaks ends it.
    assert.deepEqual(
      reportedBy("But people arrested at the camp alleged to CBC News that there was an inappropriate use of force by police, with a spokesperson for the camp describing the scene as \"chaos all around.\""),
      [['that there was an inappropriate use of force by police', 'people arrested at the camp']],
    );
    assert.deepEqual(reportedBy('Sharks head coach Peter DeBoer said having Erik Karlsson back on the blue-line was a big boost.'), [['having Erik Karlsson back on the blue-line was a big boost', 'Peter DeBoer']]);
    // (Past an aside between dashes, and further than a dozen words before the verb.)
    assert.deepEqual(reportedBy('Andrew Scheer said getting the government to return to some measure of parliamentary accountability — though he wants more — was a victory.'), [['getting the government to return to some measure of parliamentary accountability — though he wants more — was a victory', 'Andrew Scheer']]);
    assert.deepEqual(reportedBy('Eric Stubbs spoke. He said as RCMP entered the camp, one person secured themselves to the barricade.'), [['as RCMP entered the camp, one person secured themselves to the barricade', 'Eric Stubbs']]);
    // Any gerund heading the clause's subject; "during", "nothing" head none.
    assert.deepEqual(reportedBy('Stephen Parnis said balancing budgets without cuts was akin to a miracle.'), [['balancing budgets without cuts was akin to a miracle', 'Stephen Parnis']]);
    assert.deepEqual(reportedBy('Stephen Parnis said nothing was decided.'), []);
  });
  it('reads speakers Australian and Canadian copy writes long: a title "of the" body, joined modifiers, a dashed aside in a relative clause', () => {
    assert.deepEqual(
      reportedBy('Former vice-president of the Australian Medical Association Stephen Parnis said budgets were tight.'),
      [['budgets were tight', 'Stephen Parnis']],
    );
    assert.deepEqual(reportedBy('State and territory health ministers said the offer was not enough.'), [['the offer was not enough', 'State and territory health ministers']]);
    assert.deepEqual(
      reportedBy('Goaltender Ondrej Pavelec, who made 27 saves—many of them difficult—against the Penguins, said it was a win.'),
      [['it was a win', 'Ondrej Pavelec']],
    );
    assert.deepEqual(reportedBy('Sergei Ivanov — the minister — said it was a win.'), [['it was a win', 'Sergei Ivanov']]);
  });
  it('gives a quote after "and Arthur admitted:" to Arthur, not the first clause’s subject, and "who said:" to the one it is about', () => {
    const text = 'Coach Brad Arthur was pleased.\n\nWigan boss Matt Peet said it was a first and Arthur admitted: “That’s very rare, but we will take it.”\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'very rare').speaker?.name, 'Brad Arthur');
    const who = 'Cllr Simpson was nominated by Cllr Mike Evans, who said:\n\n“I believe that David has the right qualities to lead this council.”\n';
    assert.equal(find(quotesWithEntitiesOf(who), 'right qualities').speaker?.name, 'Mike Evans');
    // A relative clause that does not speak leaves the sentence about its subject.
    const coach = 'Coach Brad Arthur spoke after the game.\n\nThe coach was pleased for Jack Sinfield, who had just come on. “He’s a good kid,” he said.\n';
    assert.equal(find(quotesWithEntitiesOf(coach), 'good kid').speaker?.name, 'Brad Arthur');
  });
  it('takes a body its description names even when it was named far back ("the provincial government said" → the Government of Saskatchewan at the top)', () => {
    const filler = 'The report looked at aid programs across the country and the money that remains unspent. '.repeat(12);
    const text = `The Government of Saskatchewan is disputing a report by the Canadian Centre for Policy Alternatives.\n\n${filler}\n\n“To our knowledge, no provinces have accessed this fund,” the provincial government said.\n`;
    assert.equal(find(quotesWithEntitiesOf(text), 'no provinces').speaker?.name, 'Government of Saskatchewan');
    // Without a name that says so, "the company" is the body named last, nearby only.
    const far = `Acme Corp opened a plant.\n\n${filler}\n\n“We are growing,” the company said.\n`;
    assert.equal(find(quotesWithEntitiesOf(far), 'growing').speaker?.name ?? null, null);
  });
  it('reads on past a state that ends a place in the apposition ("an astrophysicist at NASA Ames near Mountain View, California, said", "Oshawa, Ont.,")', () => {
    const text = 'In a NASA interview, Natalie Batalha, an astrophysicist at NASA Ames Research Center near Mountain View, California, said, "When I started research, there were none."';
    assert.equal(find(quotesWithEntitiesOf(text), 'started research').speaker?.name, 'Natalie Batalha');
    // (A state's or province's abbreviation too: "The mayor of Oshawa, Ont., says".)
    assert.deepEqual(reportedBy('The mayor of Oshawa, Ont., says he was given no heads-up.'), [['he was given no heads-up', 'the mayor of Oshawa']]);
    assert.deepEqual(reportedBy('Jane Doe, a nurse in Albany, N.Y., said the ward was full.'), [['the ward was full', 'Jane Doe']]);
  });
  it('takes "the court" for a court the text names, never another body named last ("BJP leaders … The court observed")', () => {
    const text = 'He said the statements by BJP leaders were made days back. The court observed, "Does that not make it even more urgent?"';
    assert.equal(find(quotesWithEntitiesOf(text), 'more urgent').speaker?.name ?? null, null);
    const named = 'The Delhi High Court heard the plea. He said the statements by BJP leaders were made days back. The court observed, "Does that not make it even more urgent?"';
    assert.equal(find(quotesWithEntitiesOf(named), 'more urgent').speaker?.name, 'Delhi High Court');
  });
  it('reads "the Calgary-based railway said" as a body speaking, the railway named before if there is one', () => {
    assert.deepEqual(reportedBy('The Calgary-based railway said in the report that it also places locomotives along a train.'), [['that it also places locomotives along a train', 'the Calgary-based railway']]);
    assert.deepEqual(reportedBy('Canadian Pacific Railway runs the line.\n\nThe railway said the train was inspected.\n'), [['the train was inspected', 'Canadian Pacific Railway']]);
  });
  it('reads "Others who live in the area said" as a group that speaks, and "repeated" as a report', () => {
    assert.deepEqual(reportedBy('Others who live in the area said there is too much gun violence.'), [['there is too much gun violence', 'Others who live in the area']]);
    assert.deepEqual(reportedBy('Andrea Horwath again repeated she would not force an election. Horwath repeated the question.'), [['she would not force an election', 'Andrea Horwath']]);
  });
  it('reads a question’s clause after "told" and its recipient, or after "explained"/"wrote", from its wh-word', () => {
    assert.deepEqual(reportedBy('Lee Halcrow told the officer where she could buy crack cocaine.'), [['where she could buy crack cocaine', 'Lee Halcrow']]);
    assert.deepEqual(reportedBy('Lee Halcrow told reporters how the fire started.'), [['how the fire started', 'Lee Halcrow']]);
    assert.deepEqual(reportedBy('James Sumner wrote how the Trust is facing pressures.'), [['how the Trust is facing pressures', 'James Sumner']]);
    assert.deepEqual(reportedBy('Lee Halcrow told him that it was over.'), [['that it was over', 'Lee Halcrow']]);
  });
  it('reads "remarked that" and "joked that" as reports ("once remarked that in football …"), and "remarked on" as none', () => {
    assert.deepEqual(reportedBy('Jean Sartre once remarked that in football everything is complicated.'), [['that in football everything is complicated', 'Jean Sartre']]);
    assert.deepEqual(reportedBy('Jean Sartre joked that the team was cursed. Jean Sartre remarked on the weather.'), [['that the team was cursed', 'Jean Sartre']]);
  });
  it('reads "saying" without its comma when a pronoun opens the clause ("dismissed the figures saying it is not possible")', () => {
    assert.deepEqual(
      reportedBy('Deputy Speaker Moses Cheboi dismissed the figures saying it is not possible to send 85 MPs.'),
      [['it is not possible to send 85 MPs', 'Moses Cheboi']],
    );
    assert.deepEqual(reportedBy('Moses Cheboi read the figures saying nothing.'), []);
  });
  it('reads a report whose "that" follows when or where it was said ("said during the meeting that …"), not a noun’s own "that"', () => {
    assert.deepEqual(reportedBy('Jane Parnis said during the meeting that the plan was bad.'), [['that the plan was bad', 'Jane Parnis']]);
    assert.deepEqual(reportedBy('Jane Parnis said after the hearing that the plan was bad.'), [['that the plan was bad', 'Jane Parnis']]);
    assert.deepEqual(reportedBy('Andrea Horwath scoffed at McGuinty’s suggestion that he has a majority.'), []);
    assert.deepEqual(reportedBy('Kent Moore pointed to the theory that the waves are moving slower.'), []);
  });

  it('gives "the city said" to the "City of …" the text named, though the recogniser left its type open', () => {
    const qs = quotesWithEntitiesOf('The City of Surrey approved the plan. But the project is slated to replace the arena, the city said.');
    assert.equal(find(qs, 'slated to replace').speaker?.name, 'City of Surrey');
  });

  it('takes no name inside the circumstances opening a sentence for the "he" after them', () => {
    const text = 'Bhupesh Baghel spoke to reporters. When asked about meeting with Chhattisgarh former governor Anusuiya Uikey, he said that he met with Uikey and congratulated her.';
    assert.equal(find(quotesWithEntitiesOf(text), 'met with Uikey').speaker?.name, 'Bhupesh Baghel');
    // A name the sentence is about stays in focus ("… for Mississauga accountant Babatunji Farinloye, 50.").
    const focus = 'Doug Purdy lost weight. Exercise also produced results for Mississauga accountant Babatunji Farinloye, 50. “This program really helped me,” he says.';
    assert.equal(find(quotesWithEntitiesOf(focus), 'really helped').speaker?.name, 'Babatunji Farinloye');
  });

  it('reads a report inside a relative clause, what a participle called something, and an acronym after "the"', () => {
    assert.deepEqual(
      reportedBy('The Saskatchewan Health Authority (SHA) spoke. The changes, which the SHA says will go into effect in early November, are expected to include postings.'),
      [['will go into effect in early November', 'Saskatchewan Health Authority']],
    );
    // (No relative word: "in a move the company said was needed …", "a deal he says will …".)
    assert.deepEqual(reportedBy('Rogers Media laid off 75 employees, in a move the company said was needed to keep the business sustainable.'), [['was needed to keep the business sustainable', 'Rogers Media']]);
    assert.deepEqual(reportedBy('Mayor Jane Smith signed it. It was a deal she says will save the city millions.'), [['will save the city millions', 'Jane Smith']]);
    // (A longer subject, a panel's, and "what" too.)
    assert.deepEqual(reportedBy('Canada is not on pace to achieve the reductions that the United Nations’ climate change panel says are needed to avert catastrophe.'), [['are needed to avert catastrophe', 'the United Nations’ climate change panel']]);
    assert.deepEqual(reportedBy('The visit coincides with what South Korean officials say is Kim’s 35th birthday on Tuesday.'), [['is Kim’s 35th birthday on Tuesday', 'South Korean officials']]);
    assert.deepEqual(reportedBy('The Crown appealed the sentence, calling it demonstrably unfit.'), [['demonstrably unfit', 'Crown']]);
    // Quoted words after "calling" are a characterised quotation, no report.
    assert.deepEqual(reportedBy('Sarah Gadon spoke, calling her jury duty “an experience of a lifetime.”'), []);
    // "the NFL protests" is a noun; "The U.S. alleges" a verb.
    assert.deepEqual(reportedBy('He spoke on many subjects, including tax reform, the NFL protests, Hillary Clinton and whether he would fire Mueller.'), []);
    assert.deepEqual(reportedBy('The U.S. alleges Meng deceived financial institutions.'), [['Meng deceived financial institutions', 'U.S.']]);
  });

  it('reads the comma inside a number as part of its phrase, in a speaker and in a clause opening the sentence', () => {
    assert.deepEqual(reportedBy('While 1,000 residents said they would leave, the mayor insisted the town was safe.'), [
      ['they would leave', '1,000 residents'],
      ['the town was safe', 'the mayor'],
    ]);
    assert.deepEqual(
      reportedBy('Outside court, David Sparks, the spokesman for a 6,000-member Facebook group called Justice for Lyle Howe, said that he anticipated no jail time.'),
      [['that he anticipated no jail time', 'David Sparks']],
    );
  });

  it('reads "Officials said" and "Police said" opening a sentence as descriptions, not names', () => {
    const text = 'The Caldwell County Sheriff\'s Office is stepping up patrols.\n\nOfficials said the deputy was in his backyard when the shots rang out.\n\nThe deputy said he immediately called 911.\n\n“Got out of my truck and I heard bang,” he said.\n\n“Well no, it hit straight on,” the deputy replied.';
    const qs = quotesWithEntitiesOf(text);
    const officials = find(qs, 'in his backyard').speaker;
    assert.equal(officials?.name, null);
    assert.equal(officials?.description, 'Officials');
    // An unnamed person of no known gender quoted last is who "he" means.
    for (const words of ['immediately called', 'Got out of my truck', 'straight on']) {
      assert.deepEqual([find(qs, words).speaker?.name, find(qs, words).speaker?.description], [null, 'the deputy'], words);
    }
    const police = quotesWithEntitiesOf('The Fayetteville Police Department opened an inquiry.\n\nPolice said a man has been charged.');
    assert.equal(find(police, 'has been charged').speaker?.name, 'Fayetteville Police Department');
  });

  it('keeps a person opening what a body or a medium reports in focus for a "he" after it ("TimesLIVE reported … that city mayor Mpho Moerane was furious")', () => {
    const text = '“We will cushion residents,” said Isaac Mangena, the city’s spokesperson.\n\nTimesLIVE reported on Sunday that city mayor Mpho Moerane was furious with Eskom. He accused the power utility of heavy-handedness.\n\nHe said the city produced proof of additional supply capacity.';
    assert.deepEqual(reportedBy(text).at(-1), ['the city produced proof of additional supply capacity', 'Mpho Moerane']);
    // (Not what a person reports: "Smith said Jones was furious.¶He said" stays with Smith, the speaker.)
    const person = '“We are ready,” said Isaac Mangena.\n\nMangena said that Mpho Moerane was furious with Eskom.\n\nHe said the city produced proof.';
    assert.deepEqual(reportedBy(person).at(-1), ['the city produced proof', 'Isaac Mangena']);
  });
  it('keeps a role named as a clause’s subject in focus for a "he" after it ("the mayor brought up …")', () => {
    const text = 'Surrey Mayor Doug McCallum spoke in November.\n\n“TransLink has not conducted any study,” a spokesperson said.\n\nOn Dec. 13, the mayor brought up the plan again.\n\n“We can reduce costs considerably,” he said.';
    assert.equal(find(quotesWithEntitiesOf(text), 'reduce costs').speaker?.name, 'Doug McCallum');
  });

  it('gives words characterised in an absolute clause to its own subject ("with a spokesperson … describing it as “…”")', () => {
    const text = 'People arrested at the camp alleged to CBC News that police used force, with a spokesperson for the camp describing the scene as "chaos all around."';
    const q = find(quotesWithEntitiesOf(text), 'chaos all around');
    assert.equal(q.speaker?.name, null);
    assert.equal(q.speaker?.description, 'a spokesperson for the camp');
  });

  it('reads "he" after an unnamed man quoted by description as that man, not a credit named before', () => {
    const text = 'Image copyright Submitted Image caption The shopper was treated in hospital.\n\nThe man, who wants to protect his identity, told the BBC that he was shocked.\n\nHe said: "I am just shocked that somebody would do this."\n';
    const q = find(quotesWithEntitiesOf(text), 'just shocked');
    assert.equal(q.speaker?.name, null);
    assert.equal(q.speaker?.description, 'the man');
  });

  it('passes over a body inside the role phrase, a party-and-state tag and an opening participle to reach the speaker', () => {
    const gieve = 'Sir John Gieve, a former member of the Bank of England\'s Monetary Policy Committee, said the inflation rate was higher than expected.';
    assert.equal(find(quotesOf(gieve), 'inflation rate').speaker?.name, 'John Gieve');
    const allard = 'Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman of the subcommittee that handles Homeland Security, said in an interview that her office is preparing legislation.';
    assert.equal(find(quotesOf(allard), 'preparing legislation').speaker?.name, 'Lucille Roybal Allard');
    // (A state legislator's party and district number: "D-17".)
    const mitchell = 'Assistant Democratic Leader Sen. Harry Mitchell, D-17, said that whenever Senate President Ken Bennett talked about votes, he meant Republicans.';
    assert.equal(find(quotesOf(mitchell), 'whenever Senate').speaker?.name, 'Harry Mitchell');
    const prasad = 'Ravi Shankar Prasad spoke in Mumbai. Dismissing concerns about the slowdown, Prasad on Saturday cited the earnings of three films, saying they earned Rs 120 crore in a day.';
    assert.equal(find(quotesOf(prasad), 'earned Rs 120 crore').speaker?.name, 'Ravi Shankar Prasad');
  });

  it('does not take the place after an opening preposition for the speaker ("In Tampa, police said")', () => {
    const q = find(quotesOf('In Tampa, police said the roads were closed.'), 'roads were closed');
    assert.equal(q.speaker?.name ?? null, null);
    assert.equal(q.speaker?.description, 'police');
    assert.equal(find(quotesOf('At Ottawa City Hall, Mayor Jim Watson said the roads were closed.'), 'roads').speaker?.name, 'Jim Watson');
  });

  it('reads "the National Weather Service warned" as that body, a title in a role phrase as no name, and "The X councillor" as no subject', () => {
    const nws = find(quotesWithEntitiesOf('A heat wave will break records through the weekend, the National Weather Service warned Thursday.'), 'heat wave');
    assert.equal(nws.speaker?.name, 'National Weather Service');
    const pope = find(quotesOf('Greg Pope, the borough’s Labour MP, added: "This is clearly a vote of confidence in new Labour."'), 'vote of confidence');
    assert.equal(pope.speaker?.name, 'Greg Pope');
    const simpson = find(quotesWithEntitiesOf('David Simpson was elected leader. The Lampeter Velfrey unaffiliated councillor joked about it. “I am an anomaly,” he said.'), 'anomaly');
    assert.equal(simpson.speaker?.name, 'David Simpson');
    // "the NFL protests": a noun after a one-word name, no speaker and verb
    const trump = quotesOf('Trump responded to questions on subjects including tax reform, the NFL protests, Hillary Clinton and the economy.');
    assert.deepEqual(trump.filter((q) => q.kind === 'indirect'), []);
  });

  it('reaches the named speaker past a place of origin, a clause opener and a firm with an ampersand', () => {
    const shelby = find(quotesOf('Donald Trump spoke. Sen. Richard Shelby of Alabama, the chairman of the Appropriations Committee, said Sunday a prolonged standoff only makes all sides look silly.'), 'prolonged standoff');
    assert.equal(shelby.speaker?.name, 'Richard Shelby');
    const mccallum = find(quotesOf('OTTAWA — Controversy erupted on Wednesday after John McCallum, Canada’s ambassador to China, told Chinese-language media that he thinks Meng has a strong case.'), 'strong case');
    assert.equal(mccallum.speaker?.name, 'John McCallum');
    const pg = find(quotesWithEntitiesOf('Crest maker Procter & Gamble rallied 6 per cent. IBM fell. The company said its annual profit could be stronger.'), 'annual profit');
    assert.equal(pg.speaker?.name, 'IBM', 'the organisation named last before "the company"');
    const pg2 = find(quotesWithEntitiesOf('Crest maker Procter & Gamble rallied 6 per cent. The company said its annual profit could be stronger.'), 'annual profit');
    assert.equal(pg2.speaker?.name, 'Procter & Gamble');
  });

  it('reads "the Ellisville Republican" as a description of the person in focus, and leaves the time out of "Sources in the party on Friday"', () => {
    const q = find(quotesOf('State Sen. Chris McDaniel spoke. The Ellisville Republican took the stage briefly, telling about 100 supporters that he was continuing his efforts.'), 'continuing his efforts');
    assert.equal(q.speaker?.name, 'Chris McDaniel');
    const sources = find(quotesOf('Sources in the party on Friday said Ramaphosa spoke to the NEC about the matter.'), 'Ramaphosa spoke');
    assert.equal(sources.speaker?.description, 'Sources in the party');
  });

  it('reads the person after a title and its department, and never the one "told" as the speaker', () => {
    const naji = find(quotesOf('“We oppose the tuition increases,” Vice President of External Affairs Samer Naji said.'), 'tuition increases');
    assert.equal(naji.speaker?.name, 'Samer Naji');
    // A department no list knows ends where a given name begins.
    const lukaszuk = find(quotesOf('"The application is still there," Minister of Education Thomas Lukaszuk said Thursday.'), 'application');
    assert.equal(lukaszuk.speaker?.name, 'Thomas Lukaszuk');
    // (A court's name with a possessive in it, then the title: "Court of Queen’s Bench Justice".)
    assert.deepEqual(reportedBy('Court of Queen’s Bench Justice Denny Thomas told Vader, 44, that he was vacating his convictions.'), [['that he was vacating his convictions', 'Denny Thomas']]);
    const navarro = quotesOf('Fatima Navarro, a teacher at the school, told Telemundo, NBC’s Spanish-language network, that "we thought it was a heavy truck."');
    assert.equal(find(navarro, 'heavy truck').speaker?.name, 'Fatima Navarro');
    assert.ok(navarro.every((q) => q.speaker?.name !== 'Telemundo'));
  });

  it('does not take a title after "titled" for the speaker ("says a document titled White Paper: ...")', () => {
    const q = find(quotesOf('"Harsh winter conditions are an inescapable reality," says a document titled White Paper: Railroading in the Canadian Winter on the website.'), 'Harsh winter');
    assert.notEqual(q.speaker?.name, 'White Paper');
  });

  it('gives a quote repeated from the body (a subhead, a headline) the speaker the body names, and no place label as speaker', () => {
    const text = 'The USGS said the quake was strong.\n\nKabul: ‘It was really bad’\n\n“It was really bad,” said Masoud Popalzai, CNN’s producer in Kabul.\n';
    const qs = quotesWithEntitiesOf(text).filter((q) => q.kind === 'direct' && q.content.startsWith('It was really bad'));
    assert.equal(qs.length, 2);
    for (const q of qs) assert.equal(q.speaker?.name, 'Masoud Popalzai');
  });
  it('takes a person owning what opens a sentence ("John Horgan’s government …") for the one a later "he" means, unless a person is owned', () => {
    const text = 'Sarah Hoffman said the talks had failed.\n\nB.C. Premier John Horgan’s minority government is fighting the expansion in court.\n\nHe said his position remains the same.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'his position').speaker?.name, 'John Horgan');
    // What Horgan owns is a person: "he" is that adviser, not Horgan (so no one the text names).
    const adviser = 'Sarah Hoffman said the talks had failed.\n\nB.C. Premier John Horgan’s senior adviser is fighting the expansion.\n\nHe said his position remains the same.\n';
    assert.notEqual(find(quotesWithEntitiesOf(adviser), 'his position').speaker?.name, 'John Horgan');
    // An owner that does not open the sentence ("If Andrew Scheer’s Conservatives …") is no subject.
    const inside = 'John Smith lives in Ottawa.\n\nIf Andrew Scheer’s Conservatives win, taxes fall.\n\n“It can be a little degrading,” he explains.\n';
    assert.equal(find(quotesWithEntitiesOf(inside), 'degrading').speaker?.name, 'John Smith');
  });

  it('reads a person named by age as a speaker: "the 39-year-old" in focus, "my two-year-old" unnamed', () => {
    const older = find(quotesWithEntitiesOf('John Smith lives in Ottawa.\n\n“No, that’s the mom,” says the 39-year-old.\n'), 'the mom');
    assert.equal(older.speaker?.name, 'John Smith');
    const text = 'Rachel Giese’s book Boys has been on the market for a year.\n\n“No, that’s the mom,” says my two-year-old.\n';
    const child = find(quotesWithEntitiesOf(text), 'the mom');
    assert.equal(child.speaker?.name, null);
    assert.equal(spanText(text, child), 'my two-year-old');
  });
  it('notes the person after a long title opening the sentence ("Federal Infrastructure and Communities Minister Amarjeet Sohi, …, received") for a later "he"', () => {
    const text = 'B.C. Premier John Horgan continues to oppose the project.\n\nFederal Infrastructure and Communities Minister Amarjeet Sohi, Liberal MP for Edmonton-Mill Woods, received a mixed reaction from the crowd.\n\n“Your federal government is undeterred,” he said in a speech.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'undeterred').speaker?.name, 'Amarjeet Sohi');
  });
  it('reads a titled name after two roles joined by "and" ("The newspaper\'s publisher and CEO Phillip Crawley told …")', () => {
    const q = quotesOf("The newspaper's publisher and CEO Phillip Crawley told The Canadian Press today that the company will cut 80 positions.").find((x) => x.kind === 'indirect');
    assert.equal(q?.speaker?.name, 'Phillip Crawley');
  });
  it('reads a name after roles in capitals ("head coach and GM Chris Jones said", "GM CEO Mary Barra said"), and "GM" alone as the body', () => {
    const coach = quotesOf('REGINA — Saskatchewan head coach and GM Chris Jones said Monday that there’s no point blaming the playoff structure.').find((x) => x.kind === 'indirect');
    assert.equal(coach?.speaker?.name, 'Chris Jones');
    const ceo = quotesOf('GM CEO Mary Barra said Monday that the plant would close.').find((x) => x.kind === 'indirect');
    assert.equal(ceo?.speaker?.name, 'Mary Barra');
    const body = quotesOf('GM said Monday that it would close the plant in Oshawa.').find((x) => x.kind === 'indirect');
    assert.equal(body?.speaker?.name, 'GM');
  });
  it('reads a service, a tribunal, an inquiry or a secretariat as a body that speaks ("The coroners service said there were 555 deaths")', () => {
    assert.deepEqual(reportedBy('The coroners service said there were 555 illicit drug overdose deaths in the province.'), [['there were 555 illicit drug overdose deaths in the province', 'the coroners service']]);
    assert.deepEqual(reportedBy('The BC Coroners Service released figures. The service said there were 555 deaths.'), [['there were 555 deaths', 'BC Coroners Service']]);
  });
  it('gives "the justice official" to the unnamed justice official introduced before, not to the justice minister', () => {
    const text = 'Justice Minister David Lametti spoke on Monday.\n\nThe file is under review, a justice official said.\n\nThe justice official said the minister will decide soon.';
    const q = quotesWithEntitiesOf(text).find((x) => x.content.includes('decide soon'));
    assert.equal(q?.speaker?.name, null);
    assert.equal(q?.speaker?.description, 'a justice official');
  });
  it('gives "the statement said" to whoever brought the statement up, an unnamed spokesperson too, not to the paper it was sent to', () => {
    const text = 'Stefanson was busy Thursday, a provincial government spokesperson told the Free Press in an emailed statement.\n\n"We want a partner," the statement said.';
    const q = quotesWithEntitiesOf(text).find((x) => x.kind === 'direct');
    assert.equal(q?.speaker?.name, null);
    assert.equal(q?.speaker?.description, 'a provincial government spokesperson');
  });
  it('gives "the Calgary-based railway" to the railway named before, a place saying where it is, not which', () => {
    const text = 'Canadian Pacific Railway Ltd. has run trains for years.\n\nThe Calgary-based railway said trains slowed down in the cold.';
    assert.deepEqual(reportedBy(text), [['trains slowed down in the cold', 'Canadian Pacific Railway']]);
  });
  it('gives "the union" to the body named with that noun ("the United Steelworkers union"), and "the city" to no firm', () => {
    const text = 'Members of the United Steelworkers union voted for a deal with Pinnacle Steel Inc., formerly Slater Steel Inc.\n\n"Wages will come back," the union said Tuesday in a release.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'Wages will').speaker?.name, 'United Steelworkers');
    const city = 'A reporter for WPBF said the street was closed.\n\nThe woman was found under a car, according to the city.\n';
    const q = quotesWithEntitiesOf(city).find((x) => x.content.includes('found under'));
    assert.notEqual(q?.speaker?.name, 'WPBF');
  });
  it('reads the name after a capitalised title and where it is held ("said the Acting Provincial Commissioner of the police in Gauteng, Major General Tommy Mthombeni")', () => {
    const text = '“He was chased and arrested,” said Captain Mavela Masondo.\n\n“This is a breakthrough,” said the Acting Provincial Commissioner of the police in Gauteng, Major General Tommy Mthombeni.\n';
    assert.equal(find(quotesOf(text), 'breakthrough').speaker?.name, 'Tommy Mthombeni');
  });
  it('reads "X, while doing Y with Z, said" as X’s words, not Z’s', () => {
    const text = 'Accusing Channi of lies, Majithia, while addressing a press conference along with its leader Sharanjit Singh Dhillon, said: “Congress government is frustrated.”';
    assert.equal(find(quotesOf(text), 'Congress government').speaker?.name, 'Majithia');
  });
  it('takes a person a relative clause introduces after a preposition ("talking about Alfonso Espinos, who …") as the one a description then means, not a place so introduced', () => {
    const text = 'Alfonso Espinos, Andre Campbell, and Alexander Wise inside the store.\n\nI’m talking about Alfonso Espinos, who was born in Mexico. “We dedicate ourselves to local creators,’’ says the 39-year-old founder of the store.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'local creators').speaker?.name, 'Alfonso Espinos');
    const place = 'Eric Stubbs leads the RCMP.\n\nLisa Harris, Liberal MLA for Miramichi Bay-Neguac, who has met with him, spoke. “RCMP will stay,” said the officer.\n';
    assert.notEqual(find(quotesWithEntitiesOf(place), 'RCMP will stay').speaker?.name, 'Miramichi Bay-Neguac');
  });
  it('keeps a description with a relative clause ("The woman who called 911 said") as it is: someone new, not the one in focus', () => {
    assert.deepEqual(
      reportedBy('Paramedic Joe Brown took the injured man to hospital.\n\nThe woman who called 911 said the shooting happened outside.\n'),
      [['the shooting happened outside', 'the woman who called 911']],
    );
  });
  it('reads "said the former Maple Leaf" as what the person in focus once was, and "the former Prime Minister Stephen Harper" as his name', () => {
    const text = 'Forward Kyle Wellwood, who scored first, said he could detect a change.\n\n"The coaches are happy," said the former Maple Leaf.\n\n"It was good," said the former Prime Minister Stephen Harper.\n';
    const qs = quotesWithEntitiesOf(text);
    assert.equal(find(qs, 'coaches are happy').speaker?.name, 'Kyle Wellwood');
    assert.equal(find(qs, 'It was good').speaker?.name, 'Stephen Harper');
  });
  it('takes no body in the speaker’s apposition for the discourse’s subject ("Jerry Dias, Unifor national president, said"): the next quote is still his', () => {
    const text = 'Unifor said it would fight. Unifor said it had talked to Nestlé.\n\n"There\'s no reason to close this facility," Jerry Dias, Unifor national president, said in a statement.\n\n"Generations of Canadians have worked at Purina since 1967."\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'Generations').speaker?.name, 'Jerry Dias');
  });
  it('gives "police said" to the police force the text named ("RCMP"), and to no other body', () => {
    const text = 'The RCMP responded to a call in Moncton.\n\nA suspect has been charged, police said on Friday.\n';
    const q = quotesWithEntitiesOf(text).find((x) => x.content.includes('suspect'));
    assert.equal(q?.speaker?.name, 'RCMP');
    const other = quotesWithEntitiesOf('Acme Corp opened a plant in Moncton.\n\nA suspect has been charged, police said on Friday.\n').find((x) => x.content.includes('suspect'));
    assert.notEqual(other?.speaker?.name, 'Acme Corp');
  });
  it('reads a name opened by a body’s word that is also a given name ("Minister of Finance Bill Morneau said")', () => {
    assert.deepEqual(reportedBy('Minister of Finance Bill Morneau said the federal government would help.'), [['the federal government would help', 'Bill Morneau']]);
    assert.deepEqual(reportedBy('Park Service officials said the trail was closed.'), [['the trail was closed', 'Park Service officials']]);
  });
  it('reads a paragraph that opens with "But" and a verb ("But asked …, Cr Cull said …"), which had thrown, and "Cr" as a title', () => {
    assert.deepEqual(reportedBy('But asked to list what projects had been deferred, Cr Cull said he was not saying there had been any yet.\n\nAnd said the plan was fine.\n'), [['he was not saying there had been any yet', 'Cull']]);
  });
  it('reads an inverted tag that opens its sentence ("Added Coun. Jan Harder, “…”", "Said Mayor Jim Watson: “…”")', () => {
    const text = 'The city voted on Tuesday.\n\nAdded Coun. Jan Harder, “We did what we had to do.”\n\nSaid Mayor Jim Watson: “This is a good day.”\n\nAsked about it, Bob Smith said: “No.”\n';
    const qs = quotesWithEntitiesOf(text);
    assert.equal(find(qs, 'what we had to do').speaker?.name, 'Jan Harder');
    assert.equal(spanText(text, find(qs, 'what we had to do')), 'Jan Harder');
    assert.equal(find(qs, 'a good day').speaker?.name, 'Jim Watson');
    assert.equal(find(qs, 'No.').speaker?.name, 'Bob Smith');
  });
  it('finds the subject of a clause a conjunction and an opening phrase come before ("But on the eve …, Coun. Mike Layton questioned …, calling it …")', () => {
    const text = 'But on the eve of the announcement, Coun. Mike Layton questioned the lack of information, calling it a "mystery plan."';
    assert.equal(find(quotesWithEntitiesOf(text), 'mystery plan').speaker?.name, 'Mike Layton');
  });
  it('lets an object or possessive after a name count half a "she" in the gender votes ("Caesar-Chavannes tweeted after his comment")', () => {
    const text = 'Celina Caesar-Chavannes says she was met with anger.\n\nCaesar-Chavannes made the announcement last weekend.\n\n' +
      'She told the Globe that Trudeau had asked her to wait.\n\n"Remember your reactions?" Caesar-Chavannes tweeted after his comment.\n\n' +
      'Caesar-Chavannes replied to his remarks.\n\nCaesar-Chavannes left after his speech.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'asked her to wait').speaker?.name, 'Celina Caesar-Chavannes');
  });
  it('gives a quote running over paragraphs to the attribution closing its last paragraph, not to the body named before it', () => {
    const text =
      'Lagos Police confirm arrest of five suspected robbers\n\nThe Police said officials swooped on the suspects following a tip-off.\n\n' +
      '“The occupants of the car were allegedly attacked by the suspects when their vehicle broke down.\n\n' +
      '“The suspects robbed them of their money and phones.\n\n' +
      '“As soon as we got the report, a team of policemen went to the scene,” a senior police officer told the News Agency of Nigeria.\n';
    const quotes = quotesWithEntitiesOf(text).filter((q) => q.kind === 'direct');
    assert.equal(quotes.length, 3);
    for (const q of quotes) assert.equal(q.speaker?.description ?? q.speaker?.name, 'a senior police officer', q.content);
  });
  it('ends a report where a second speaker’s report joins it ("…, while Islwyn MP Chris Evans said …"), not where a pronoun goes on ("…, but he stressed …")', () => {
    assert.deepEqual(
      reportedBy('Nick Smith, Blaenau Gwent MP, said a decision to shut the factory should be stopped, while Islwyn MP Chris Evans said employees at the site should not be given false hope.'),
      [
        ['a decision to shut the factory should be stopped', 'Nick Smith'],
        ['employees at the site should not be given false hope', 'Chris Evans'],
      ],
    );
    assert.deepEqual(reportedBy('Justin Trudeau said his government was glad to help, but he stressed it was Canadians who made it a success.'), [['his government was glad to help, but he stressed it was Canadians who made it a success', 'Justin Trudeau']]);
  });
  it('passes over the occasion of a speech between subject and verb ("Baloch in a press conference here at National Press Club highlighted that"), not a clause ("told reporters at a briefing that China expresses")', () => {
    assert.deepEqual(reportedBy('John Smith in a statement said that the cost had increased.'), [['that the cost had increased', 'John Smith']]);
    const baloch = 'All Pakistan Anjman Tajran, President Muhammad Ajmal Baloch in a press conference here at National Press Club highlighted that the cost of edible items had increased.';
    assert.deepEqual(reportedBy(baloch), [['that the cost of edible items had increased', 'Muhammad Ajmal Baloch']]);
    const minister = quotesOf('The minister at a press conference said that the cost had increased.')[0];
    assert.equal(minister.speaker?.description, 'the minister');
    // (A place is no occasion: "the head of the union in Ontario" stays whole.)
    assert.equal(quotesOf('The head of the union in Ontario said that the cost had increased.')[0].speaker?.description, 'the head of the union in Ontario');
    const hua = 'Chinese Foreign Ministry spokeswoman Hua Chunying spoke on Friday. Hua told reporters at a daily briefing in Beijing that China expresses "our strong dissatisfaction with this" and is cautioning its citizens.';
    assert.deepEqual(reportedBy(hua), [['that China expresses "our strong dissatisfaction with this" and is cautioning its citizens', 'Hua Chunying']]);
  });
  it('reads a report in an absolute clause opened by "with" ("…, with Mr Kagwe saying the virus is concentrated there"), not a belief there', () => {
    assert.deepEqual(reportedBy('Health Secretary Mutahi Kagwe visited the hospital. Embakasi was singled out as a hotspot, with Mr Kagwe saying the virus is concentrated there.'), [['the virus is concentrated there', 'Mutahi Kagwe']]);
    assert.deepEqual(reportedBy('The boot is on the other foot, with Health Cabinet Secretary Mutahi Kagwe Tuesday saying that both hospitals are overwhelmed.'), [['that both hospitals are overwhelmed', 'Mutahi Kagwe']]);
    assert.deepEqual(reportedBy('The White House is eager for a showdown with Pelosi believing the crisis will tarnish the session.'), []);
    const hanekom = 'Derek Hanekom has defended his decision to meet with an EFF MP, saying there was nothing untoward about this.';
    assert.deepEqual(reportedBy(hanekom), [['there was nothing untoward about this', 'Derek Hanekom']]);
  });
  it('ends a report at the colon before a quote, and before another speaker’s introduction ("… and Arthur admitted: “…”")', () => {
    const webb = 'Mandy Webb is a GMB representative. Ms Webb said some of the staff cannot travel: "I don\'t think that some of the staff will be able to get work."';
    assert.deepEqual(reportedBy(webb), [['some of the staff cannot travel', 'Mandy Webb']]);
    const peet = 'Wigan boss Matt Peet said it was the first time he had seen a try scored that way and Arthur admitted: “That’s very rare, but we will take the four points.”';
    assert.deepEqual(reportedBy(peet), [['it was the first time he had seen a try scored that way', 'Matt Peet']]);
  });
  it('reads the subject after a phrase opening the sentence without its comma ("In a statement the victim said"), and a later "he" as that person', () => {
    const text = 'Goran Hussain made several attempts to hit the passer-by.\n\nIn a statement the victim said he felt the group were in danger from Hussain. He said: “I did not think that someone would go to the extreme of using a hammer.”';
    const quotes = quotesWithEntitiesOf(text);
    assert.equal(find(quotes, 'he felt the group').speaker?.description, 'the victim');
    assert.equal(find(quotes, 'I did not think').speaker?.description, 'the victim');
    assert.deepEqual(reportedBy('At the meeting of the council the mayor said the plan was dead.'), [['the plan was dead', 'the mayor']]);
  });
  it('lets a he after a person overrule a gender only one name list gives ("Premier Campbell Newman said …¶“…,” he told reporters"), not one most lists agree on', () => {
    const text =
      'Queensland Police Commissioner Ian Stewart says he is not aware of any threat.\n\n' +
      'Premier Campbell Newman said the safety of all Queenslanders was the paramount concern.\n\n' +
      '"We\'re doing everything we can to protect the Queensland community - there\'s more police and better equipment," he told reporters.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'doing everything').speaker?.name, 'Campbell Newman');
    const mary = text.replace('Campbell Newman', 'Mary Newman');
    assert.equal(find(quotesWithEntitiesOf(mary), 'doing everything').speaker?.name, 'Ian Stewart');
  });
  it('lets the pronouns of the only person they can mean overrule the name lists ("Jean de Villiers … “…,” he said"), unless the person is also written with the name’s own pronouns', () => {
    const text =
      'Springbok captain Jean de Villiers believes the players should take the blame.\n\n' +
      'The experienced centre was honest after his team’s defeat, and admitted they have some way to go.\n\n' +
      '“We need to take a hard look at ourselves,” he said.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'hard look').speaker?.name, 'Jean de Villiers');
    const widow =
      'Jean Smith, whose husband died in the crash, said she was devastated.\n\n' +
      'He was a loving father who adored his children.\n\n' +
      '“Nothing will bring him back,” she said.\n';
    assert.equal(find(quotesWithEntitiesOf(widow), 'bring him back').speaker?.name, 'Jean Smith');
  });
  it('reads a party’s word alone as a surname ("“…,” Tory said" is Mayor John Tory), and with a determiner as a description', () => {
    const text = 'Ford announced a fund. The move was criticized by many local leaders, including Toronto Mayor John Tory.\n\n“This appears to be a public relations exercise,” Tory said in a statement Tuesday.\n\nTory said the city still hasn\'t been informed.\n';
    const quotes = quotesWithEntitiesOf(text);
    assert.equal(find(quotes, 'public relations').speaker?.name, 'John Tory');
    assert.equal(find(quotes, 'the city still').speaker?.name, 'John Tory');
    const republican = quotesWithEntitiesOf('State Sen. Chris McDaniel spoke. The Ellisville Republican took the stage. “We will win,” the Republican said.');
    assert.equal(find(republican, 'We will win').speaker?.name, 'Chris McDaniel');
    // (After a given name the word is a surname too: the whole name speaks.)
    assert.deepEqual(reportedBy('Mayor John Tory said the plan would fail.'), [['the plan would fail', 'John Tory']]);
  });
  it('passes over an aside in brackets before the verb ("Additional Municipal Commissioner (Eastern Suburb) said") and reads a constituency’s member ("Bridgwater and West Somerset MP Ian Liddell-Grainger")', () => {
    assert.deepEqual(reportedBy('Vijay Singhal, Additional Municipal Commissioner (Eastern Suburb) said that the civic body will fill all the potholes.'), [['that the civic body will fill all the potholes', 'Vijay Singhal']]);
    assert.deepEqual(reportedBy('Several rural municipalities (RM) have declared states of emergency due to the dry conditions.'), []);
    assert.deepEqual(reportedBy('Bridgwater and West Somerset MP Ian Liddell-Grainger said he was angry with the bus company.'), [['he was angry with the bus company', 'Ian Liddell-Grainger']]);
    // (Two people named together stay together.)
    assert.deepEqual(reportedBy('Police Chief James White and Mayor Mike Duggan said residents should be alert.'), [['residents should be alert', 'James White and Mike Duggan']]);
  });
  it('reads a body’s name joined by "of" after "the", police ranks, a handout and a part of a group as speakers', () => {
    // (What the villagers fear is no statement of theirs.)
    assert.deepEqual(reportedBy('The Buses of Somerset have announced that daytime buses will stop from Saturday, but villagers fear they will be left stranded.'), [
      ['that daytime buses will stop from Saturday', 'Buses of Somerset'],
    ]);
    assert.deepEqual(reportedBy('The Minister of Finance said that rates will stay.'), [['that rates will stay', 'the Minister of Finance']]);
    assert.deepEqual(reportedBy('DS Ian Critchley of Darwen CID said the youth was seen with the belongings.'), [['the youth was seen with the belongings', 'Ian Critchley']]);
    assert.deepEqual(reportedBy('A handout by the police stated that some 12,000 policemen would be guarding the teams.'), [['that some 12,000 policemen would be guarding the teams', 'a handout by the police']]);
    assert.deepEqual(reportedBy('Most of the members alleged that the civic administration has been insensitive.'), [['that the civic administration has been insensitive', 'Most of the members']]);
  });
  it('reads what was said past its recipient ("assured the court that", "told the meeting he was"), the recipient left out', () => {
    assert.deepEqual(reportedBy('Samuel Wanda informed the court that his clients were tortured.'), [['that his clients were tortured', 'Samuel Wanda']]);
    assert.deepEqual(reportedBy('Mayor Jane Smith warned residents that the road was closed.'), [['that the road was closed', 'Jane Smith']]);
    assert.deepEqual(reportedBy('Mr David Evans told the meeting he was disappointed with the figures.'), [['he was disappointed with the figures', 'David Evans']]);
    assert.deepEqual(reportedBy('She told the court that she explained to the driver why he was stopped.'), [['that she explained to the driver why he was stopped', 'she']].map(([c]) => [c, null]));
    assert.deepEqual(reportedBy('The company warned the cycle of job losses had not bottomed out.'), [['the cycle of job losses had not bottomed out', 'the company']]);
    assert.deepEqual(reportedBy('Tony Alagalak told the broadcaster the mother and baby were flown to Winnipeg.'), [['the mother and baby were flown to Winnipeg', 'Tony Alagalak']]);
    assert.deepEqual(reportedBy('Jonathan Pryor told a full council meeting the school\'s budget had shrunk.'), [["the school's budget had shrunk", 'Jonathan Pryor']]);
    assert.deepEqual(reportedBy('Andrea Horwath spoke. But she warned the voice of the people has to be heard.').map(([c]) => c), ['the voice of the people has to be heard']);
    assert.deepEqual(reportedBy('We have fought as a team, Raphael Onyedika told the club’s official website.'), []);
    assert.deepEqual(reportedBy('Chief Justice Bryan Sykes spoke. Sykes noted, too, that there is a limit to the sentence.'), [['that there is a limit to the sentence', 'Bryan Sykes']]);
  });
  it('reads a title’s initials as its one holder ("The FM said", "the PM said"), and "the resident" as the "one resident" introduced before', () => {
    const fm = 'First Minister Humza Yousaf has been scolded by the Presiding Officer.\n\nThe FM said: "I know Douglas Ross was at the conference."\n';
    assert.equal(find(quotesWithEntitiesOf(fm), 'I know Douglas').speaker?.name, 'Humza Yousaf');
    const cm = 'Chief Minister Naveen Patnaik and Chief Justice A. K. Sikri visited.\n\nThe CM said: "We will rebuild."\n';
    assert.equal(find(quotesWithEntitiesOf(cm), 'rebuild').speaker?.name, 'Naveen Patnaik');
    const resident =
      'Chaguanas Mayor Faaiq Mohammed told the Express most of the flooding was in Cunupia.\n\n' +
      'However, one resident at Lendore Village, which borders Enterprise, said they receive no assistance.\n\n' +
      '“It’s the worst we’ve ever experienced,” the resident said.\n';
    assert.equal(find(quotesWithEntitiesOf(resident), 'the worst').speaker?.description, 'one resident at Lendore Village');
  });
  it('reads a clause before a tag whose verb is followed by where it was said ("…, Faruque Hassan said at a meet the press event held at …"), not an apposition or an object as a speaker', () => {
    const hassan = 'Many global buyers are placing orders in small quantities, BGMEA president Faruque Hassan said at a meet the press event held at the trade body’s headquarters in the capital Dhaka.';
    assert.deepEqual(reportedBy(hassan), [['Many global buyers are placing orders in small quantities', 'Faruque Hassan']]);
    const parker = 'The new cases were all close contacts of that first case, according to Jill Parker, public relations director for the BRHD.';
    assert.deepEqual(reportedBy(parker), [['The new cases were all close contacts of that first case', 'Jill Parker']]);
    assert.deepEqual(reportedBy('David Evans, chief officer at Telford & Wrekin Clinical Commissioning Group, revealed the figures at a meeting of its governance board.'), []);
    // (A document after "according to" is the source, whatever it is: the report stays.)
    assert.deepEqual(reportedBy('In 1932, there were 25 bushels per acre that sold for 37 cents a bushel, according to the log.').map(([c]) => c), ['In 1932, there were 25 bushels per acre that sold for 37 cents a bushel']);
    // (An inverted verb whose "speaker" closes a clause of its own is no tag.)
    const asirt = 'While Chaffin didn’t speak to the details, ASIRT, which investigates incidents involving police, said the shooting took place in the 1700 block of 11th Avenue S.W. at around 2:30 a.m.';
    assert.deepEqual(reportedBy(asirt).map(([, sp]) => sp), ['ASIRT']);
    const pmo = 'Trudeau and Ardern discussed "the detention of Canadian citizens in China and the need to respect judicial procedure," said a statement released by the Prime Minister\'s Office.';
    assert.equal(reportedBy(pmo).length, 1);
    const pnp = 'The Philippine National Police (PNP) on Wednesday said there were no indications yet that the bombings could spill over to Metro Manila, its chief said after attending a hearing.';
    assert.equal(reportedBy(pnp)[0]?.[0], 'there were no indications yet that the bombings could spill over to Metro Manila');
  });
  it('reads magistrates and counsel as speakers, "pointed out that" and "posited that" as reports', () => {
    assert.deepEqual(reportedBy('But the magistrate announced that the parade could not be held today.'), [['that the parade could not be held today', 'the magistrate']]);
    assert.deepEqual(reportedBy('Cllr Arthur McDonald raised the matter, pointing out that an objection was lodged.'), [['that an objection was lodged', 'Arthur McDonald']]);
    assert.deepEqual(reportedBy('Minister Frank Anthony spoke. He posited that calypsonians must show ownership.'), [['that calypsonians must show ownership', 'Frank Anthony']]);
    assert.deepEqual(reportedBy('He pointed to the report.'), []);
    // "said," then its clause, not an aside.
    assert.deepEqual(reportedBy('The YDA leaders further said, it is the government’s duty to ensure availability of equipment.'), [['it is the government’s duty to ensure availability of equipment', 'the YDA leaders']]);
    assert.deepEqual(reportedBy('Mike Hagar spoke. He said, during the incident, the suspect fired rounds at customers.'), [['during the incident, the suspect fired rounds at customers', 'Mike Hagar']]);
    // (A time before the comma, with the clause: "say early Friday morning, they responded …".)
    assert.deepEqual(reportedBy('The RCMP say early Friday morning, they responded to a large gathering of more than 10 people.'), [['early Friday morning, they responded to a large gathering of more than 10 people', 'RCMP']]);
    assert.deepEqual(reportedBy('Jane Smith said Monday, the vote will go ahead.'), [['Monday, the vote will go ahead', 'Jane Smith']]);
    // (Or a time's phrase: "said before the pandemic, few Manitobans had …"; not one with a verb.)
    assert.deepEqual(reportedBy('Jane Smith said before the pandemic, few Manitobans had ever faced such rules.'), [['before the pandemic, few Manitobans had ever faced such rules', 'Jane Smith']]);
    assert.deepEqual(reportedBy('Jane Smith spoke before the vote, and the council approved it.'), []);
    assert.deepEqual(reportedBy('He said, as the crowd cheered.'), []);
  });
  it('reads "“…,” read the statement" as the statement’s words', () => {
    const text = 'Police said a man had been found with knife wounds.\n\n“He has been taken to hospital,” read the statement.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'taken to hospital').speaker?.description, 'the statement');
    assert.equal(find(quotesWithEntitiesOf('“He has been taken to hospital,” read more.\n'), 'taken to hospital').speaker, null);
  });
  it('reads "According to <a paper>, <someone> said …" as that person’s report, not the paper’s', () => {
    assert.deepEqual(reportedBy('According to New Straits Times, committee chairman Fahmi Zainol said a complaint was lodged on Saturday.'), [['a complaint was lodged on Saturday', 'Fahmi Zainol']]);
    assert.deepEqual(reportedBy('According to police, the man was arrested on Friday.'), [['the man was arrested on Friday', 'police']]);
  });
  it('takes no object for an inverted speaker (", Kumar Tsukwam, confirmed the crash, saying …"), and ends a subject at its auxiliary', () => {
    assert.deepEqual(reportedBy('The Sector Commander of the FRSC, Kumar Tsukwam, confirmed the crash, saying that overspeeding was the cause.'), [['that overspeeding was the cause', 'Kumar Tsukwam']]);
    assert.deepEqual(reportedBy('The vice-chancellor of the varsity has taken notice of the protest adding that the students should talk to the management.'), [['that the students should talk to the management', 'the vice-chancellor of the varsity']]);
    assert.deepEqual(reportedBy('A state commissioner who regained freedom from bandits on Thursday has said he would have resigned.'), [['he would have resigned', 'a state commissioner who regained freedom from bandits']]);
  });
  it('reads "submitted" as a speech verb, "officer in charge" as a role before the person, and "a Geo News report" as the paper’s', () => {
    assert.equal(find(quotesWithEntitiesOf('Advocate Vineet Dhanda argued the case.\n\n“The government is answerable to this court,” Dhanda submitted.\n'), 'answerable').speaker?.name, 'Vineet Dhanda');
    assert.deepEqual(reportedBy('But PNP officer in charge Police Lt. General Archie Gamboa kept some details secret, saying that operations could be jeopardized.'), [['that operations could be jeopardized', 'Archie Gamboa']]);
    assert.deepEqual(reportedBy('Parts of Karachi suffered power outages on Tuesday, a Geo News report said.'), [['Parts of Karachi suffered power outages on Tuesday', 'Geo News']]);
  });
  it('reads a body’s one word after "of" before a name no list knows ("Superintendent of Police Eish Singhal told PTI"), and initials written together ("Attorney General KK Venugopal" is "the AG")', () => {
    assert.equal(find(quotesWithEntitiesOf('“We resorted to force,” Superintendent of Police Eish Singhal told PTI.\n'), 'resorted').speaker?.name, 'Eish Singhal');
    assert.equal(find(quotesWithEntitiesOf('The court heard Attorney General KK Venugopal’s side. “I oppose this petition,” the AG had said.\n'), 'oppose').speaker?.name, 'KK Venugopal');
  });
  it('reads a body’s whole name joined by "for" and "and" as the speaker ("The National Directorate for Fire and Emergency Management (NDFEM) has said"), not one after "at"; and a speaking phrase before "but said"', () => {
    assert.deepEqual(reportedBy('The National Directorate for Fire and Emergency Management (NDFEM) has said the entire country is vulnerable to flooding.'), [['the entire country is vulnerable to flooding', 'National Directorate for Fire and Emergency Management']]);
    assert.deepEqual(reportedBy('Maria Snegovaya, a senior fellow at the Center for Strategic and International Studies, said there would need to be pressure.'), [['there would need to be pressure', 'Maria Snegovaya']]);
    assert.deepEqual(reportedBy('The union praised staff, but said they were under enormous pressure.'), [['they were under enormous pressure', 'the union']]);
    assert.deepEqual(reportedBy('The plan failed, but said nothing about the cost.'), []);
  });
  it('reads "sent an email to MSPs saying …" as the sender’s, not the recipients’', () => {
    assert.deepEqual(reportedBy('Parliament chief executive Paul Grice sent an email to MSPs saying the block would have to remain closed.'), [['the block would have to remain closed', 'Paul Grice']]);
    assert.deepEqual(reportedBy('The head teacher sent a letter to parents saying the school would close.'), [['the school would close', 'the head teacher']]);
  });
  it('reads "the spokesman" as the whole description that introduced him ("a spokesman for Ofsted", "a spokeswoman for the council")', () => {
    const ofsted = 'A spokesman for Ofsted said they take all complaints seriously.\n\nThe spokesman said: “Ofsted does not comment on individual inspections.”\n';
    assert.equal(find(quotesWithEntitiesOf(ofsted), 'individual inspections').speaker?.description, 'a spokesman for Ofsted');
    const council = 'A spokeswoman for the council said the road was closed.\n\n“It will reopen soon,” the spokeswoman said.\n';
    assert.equal(find(quotesWithEntitiesOf(council), 'reopen soon').speaker?.description, 'a spokeswoman for the council');
  });
  it('reads the person after a portfolio ("Minister for the Public Service Judith Collins") or a country ("Sports Minister of Sri Lanka Dayasriri Jayasekera"), not after "a spokesman for" or "a reporter for"', () => {
    const collins = 'Minister for the Public Service Judith Collins said the Government had acted in good faith.\n\n“We have met unions’ demands,” she said.\n';
    assert.equal(find(quotesWithEntitiesOf(collins), 'unions’ demands').speaker?.name, 'Judith Collins');
    const [[, minister]] = reportedBy('Sports Minister of Sri Lanka Dayasriri Jayasekera called for a report, saying that they must know the reasons for the defeat.');
    assert.match(String(minister), /Dayasriri Jayasekera$/);
    assert.deepEqual(reportedBy('A spokesman for Taoiseach Leo Varadkar said that he had spoken with the school.'), [['that he had spoken with the school', 'a spokesman for Taoiseach Leo Varadkar']]);
    assert.deepEqual(reportedBy('Olive Eyotara, a reporter for The Daily Monitor, told VOA that the situation was tense.'), [['that the situation was tense', 'Olive Eyotara']]);
  });
  it('passes over an adverb between commas after the subject ("Tiong King Sing, however, denied …"), and reads an inverted speaker before "regarding"', () => {
    assert.deepEqual(reportedBy('Tourism minister Tiong King Sing, however, denied that alcohol had been served.'), [['that alcohol had been served', 'Tiong King Sing']]);
    assert.equal(find(quotesWithEntitiesOf('Council voted on Tuesday. “I made a mistake,” admitted Coun. Rick Webber regarding the deleted item.\n'), 'mistake').speaker?.name, 'Rick Webber');
  });
  it('ends a request inside a relative clause at its comma ("The woman, who asked Mr Perrottet to outline a plan, said …"), and reads "the woman" as no man in focus', () => {
    const text = 'Premier Dominic Perrottet has told an ex-nurse he was disappointed.\n\nThe woman, who asked Mr Perrottet to outline a plan for workers, said she witnessed constant staff shortages.\n\n“You keep saying NSW has a strong healthcare system,” she said.\n';
    assert.deepEqual(reportedBy(text).slice(1), [['to outline a plan for workers', 'the woman'], ['she witnessed constant staff shortages', 'the woman']]);
    assert.equal(find(quotesWithEntitiesOf(text), 'strong healthcare').speaker?.description, 'the woman');
  });
  it('reads a closing tag naming a person and where they work at length (", Dr. Anna Banerji of the University of Toronto’s Dalla Lana School of Public Health said.")', () => {
    const text = 'The new cases are likely a result of reopening, Dr. Anna Banerji of the University of Toronto’s Dalla Lana School of Public Health said.\n\n“It’s not surprising,” she said.\n';
    assert.deepEqual(reportedBy(text), [['The new cases are likely a result of reopening', 'Anna Banerji']]);
    assert.equal(find(quotesWithEntitiesOf(text), 'not surprising').speaker?.name, 'Anna Banerji');
  });
  it('reads "it" after an unnamed body as that body ("the ministry said …¶It said …")', () => {
    const text = 'In a statement today, the ministry said it accepted the remarks.\n\nIt said that it regrets any confusion.\n\n“The ministry regrets any inconvenience,” it added.\n';
    assert.deepEqual(reportedBy(text).map(([, s]) => s), ['the ministry', 'the ministry']);
    assert.equal(find(quotesWithEntitiesOf(text), 'regrets any inconvenience').speaker?.description, 'the ministry');
  });
  it('reads bodies and councilors whose words looked like titles or adjectives ("Unity Health said", "Councilor Apple Agolong said displaced residents …", "On Sunday Eskom said")', () => {
    assert.deepEqual(reportedBy('Unity Health said they have shut the 2E Medicine ward.'), [['they have shut the 2E Medicine ward', 'Unity Health']]);
    assert.deepEqual(reportedBy('Councilor Apple Agolong said displaced residents had started returning home.'), [['displaced residents had started returning home', 'Apple Agolong']]);
    // (Before a noun in -ing too.)
    assert.deepEqual(reportedBy('K-Electric said localized tripping due to high humidity levels occurred in the early hours.'), [['localized tripping due to high humidity levels occurred in the early hours', 'K-Electric']]);
    assert.deepEqual(reportedBy('On Sunday Eskom said it will suspend load-shedding on Monday.'), [['it will suspend load-shedding on Monday', 'Eskom']]);
    assert.deepEqual(reportedBy('Footage posted on social media showed the crash.'), []);
  });
  it('reads "it" as the body that is a sentence’s subject since the last one quoted ("EDC declined to answer … “…,” it said")', () => {
    const text = 'On Wednesday Suncor disclosed that it had received $300-million in payments.\n\nEDC declined to answer most of The Globe’s questions about the Suncor policy. “We are obligated to respect the confidentiality of our policy holders,” it said.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'obligated').speaker?.name, 'EDC');
  });
  it('reads an irregular past after a short subject as a clause’s verb ("noted the company saw an increase"), not a relative clause’s ("the deal he made", "a statement made available"); and instructions, narrations, the media, law enforcement and a civic body', () => {
    assert.deepEqual(reportedBy('Chief Executive Paul Marciano noted the company saw an increase in sales.'), [['the company saw an increase in sales', 'Paul Marciano']]);
    assert.deepEqual(reportedBy('Paul Marciano confirmed the deal he made.'), []);
    assert.deepEqual(reportedBy('Benjamin Hundeyin confirmed the arrest through a statement made available to newsmen.'), []);
    assert.deepEqual(reportedBy('Mayor Mxolisi Kaunda instructed city officials to urgently attend to the complaints.'), [['to urgently attend to the complaints', 'Mxolisi Kaunda']]);
    assert.deepEqual(reportedBy('Eyewitnesses narrated that the residents pounced on him.'), [['that the residents pounced on him', 'Eyewitnesses']]);
    assert.deepEqual(reportedBy('Local media reported the people inside were teenagers.'), [['the people inside were teenagers', 'Local media']]);
    assert.deepEqual(reportedBy('The civic body claims that its workers are filling potholes.'), [['that its workers are filling potholes', 'the civic body']]);
  });
  it('reads "Harassed officials at St Pancras" and "a couple of the operators" as speakers', () => {
    assert.deepEqual(reportedBy('Harassed officials at St Pancras first claimed the drivers had gone on strike.'), [['the drivers had gone on strike', 'Harassed officials at St Pancras']]);
    assert.deepEqual(reportedBy('But a couple of the operators said they ran more services than they expected.'), [['they ran more services than they expected', 'a couple of the operators']]);
  });
  it('reads a document’s owner before what it is on ("Prof Frimpong-Boateng’s report on illegal mining states that")', () => {
    assert.deepEqual(reportedBy('Prof Kwabena Frimpong-Boateng is a former minister. Prof Frimpong-Boateng’s report on illegal mining states that a team had to be dispatched.'), [['that a team had to be dispatched', 'Kwabena Frimpong-Boateng']]);
  });
  it('reads "she" after an unnamed subject as that person ("one resident highlighted …¶She said:"), not after one in a passive ("one militant is seen …")', () => {
    const text = 'Residents complained to the council.\n\nIn a report to the Warrington Guardian on September 11, one resident highlighted the issues plaguing her home.\n\nShe said: "There is constant fly-tipping near my home."\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'fly-tipping').speaker?.description, 'one resident');
    const passive = 'President Uhuru Kenyatta spoke.\n\nIn one clip, one militant is seen waiting outside a restaurant.\n\nThe militants holed up on the top floor, he said.\n';
    assert.notEqual(reportedBy(passive).at(-1)?.[1], 'one militant');
  });
  it('reads a description with an adjective after its head as a closing tag’s speaker ("a private security professional present during the attack told Reuters"), and "he" after it as that person', () => {
    const text = 'One group entered a nearby office building, where they left a grenade in the lobby, a private security professional present during the attack told Reuters.\n\nEventually the militants holed up on the top floor, he said.\n';
    assert.deepEqual(reportedBy(text).map(([, s]) => s), ['a private security professional', 'a private security professional']);
  });
  it('takes the subject of a passive "were told" for who heard the words, not who said them', () => {
    assert.equal(find(quotesWithEntitiesOf('“The plan is dead,” residents were told.\n'), 'plan is dead').speaker, null);
    assert.equal(find(quotesWithEntitiesOf('“The plan is dead,” Jane Smith was quoted as saying.\n'), 'plan is dead').speaker?.name, 'Jane Smith');
  });
  it('reads "“…,” a statement read" as the statement’s words, "her statement" as its owner’s, and "the post" as whoever brought the post up', () => {
    const court = 'Jack Cole, 25, was sentenced on Monday. A victim impact statement was read to the court.\n\n“He distanced himself from his friends,” a statement read.\n';
    assert.equal(find(quotesWithEntitiesOf(court), 'distanced himself').speaker?.description, 'a statement');
    const minister = 'Environment Minister Shannon Phillips announced that the sessions were cancelled.\n\n“I have heard stories of Albertans afraid,” her statement read.\n';
    assert.equal(find(quotesWithEntitiesOf(minister), 'heard stories').speaker?.name, 'Shannon Phillips');
    const post = 'Jason Schultz, technical researcher at Talos, stated in the company’s blog post that the threats came from the same addresses.\n\nThe police are investigating.\n\n“Multiple IPs were involved,” the post read.\n';
    assert.equal(find(quotesWithEntitiesOf(post), 'Multiple IPs').speaker?.name, 'Jason Schultz');
  });
  it('reports a clause that runs into a quotation without a tag of its own ("said that “my system is working unrelentingly” to bring response times down"), the quotation then a phrase of the report', () => {
    const text = 'Mrs Deborah Lee said that “my system is working unrelentingly” to bring response times down, but added that this was “to no great avail”.';
    const quotes = quotesWithEntitiesOf(text);
    assert.deepEqual(reportedBy(text).map(([c]) => c), ['that “my system is working unrelentingly” to bring response times down', 'that this was “to no great avail”']);
    const inner = find(quotes, 'my system is working');
    assert.equal(inner.kind, 'direct');
    assert.equal(inner.fragment, true);
    assert.equal(inner.speaker?.name, 'Deborah Lee');
    // (A clause before ", adding: “…”" is reported; the quote is the participle's.)
    const evans = 'Mr David Evans told the meeting he was disappointed with last week’s figures, adding: “We are now the worst in the country.”';
    assert.deepEqual(reportedBy(evans), [['he was disappointed with last week’s figures', 'David Evans']]);
    assert.equal(find(quotesWithEntitiesOf(evans), 'worst in the country').speaker?.name, 'David Evans');
    // (A quotation that is the whole clause carries it alone.)
    assert.deepEqual(reportedBy('Deborah Lee said: “My system is working unrelentingly.”'), []);
  });
  it('reads a request from its "to" ("Olson asked the School Board to form …"), not a letter "asking Australia to …"', () => {
    assert.deepEqual(reportedBy('Superintendent Don Olson asked the School Board to form an advisory committee.'), [['to form an advisory committee', 'Don Olson']]);
    assert.deepEqual(reportedBy('RCMP asked anyone with information to come forward.'), [['to come forward', 'RCMP']]);
    assert.deepEqual(reportedBy('A group of scholars wrote a letter asking Australia to call for the immediate release of the two men.'), []);
    assert.deepEqual(reportedBy('He asked to be excused.'), []);
    assert.deepEqual(reportedBy('Mary Lou McDonald called on Leo Varadkar to sack Minister Eoghan Murphy.'), [['to sack Minister Eoghan Murphy', 'Mary Lou McDonald']]);
    // (A call on a day is no request; what was said on it is a report.)
    assert.deepEqual(reportedBy('Jane Smith called on Monday to say she was sorry.'), [['she was sorry', 'Jane Smith']]);
  });
  it('reads a title’s word after a given name as a surname ("Elliot Dean, …, said", "John Major said")', () => {
    assert.deepEqual(reportedBy('Elliot Dean, East Midlands regional organiser for Unison, said the figures were shocking.'), [['the figures were shocking', 'Elliot Dean']]);
    assert.deepEqual(reportedBy('Former prime minister John Major said the plan was wrong.'), [['the plan was wrong', 'John Major']]);
    assert.deepEqual(reportedBy('The borough’s Labour MP said the plan was wrong.'), [['the plan was wrong', 'the borough’s Labour MP']]);
  });
  it('reads the person after a body, a role’s modifier and the role as the subject of a participle ("Alliance Party education spokesperson Nick Mathison …, saying"), not the person of "a spokesman for" a body', () => {
    assert.deepEqual(reportedBy('Alliance Party education spokesperson Nick Mathison criticised the plan, saying it was wrong.'), [['it was wrong', 'Nick Mathison']]);
    assert.equal(find(quotesWithEntitiesOf('Alliance Party education spokesperson Nick Mathison also joined the criticism, saying: “Questions must be asked.”'), 'Questions').speaker?.name, 'Nick Mathison');
    assert.deepEqual(reportedBy('A spokesman for Spitfire Bespoke Homes criticised the plan, saying it was wrong.'), [['it was wrong', 'a spokesman for Spitfire Bespoke Homes']]);
  });
  it('reads a group or a part of one speaking in an absolute clause ("with several saying …", "with local representatives saying …")', () => {
    assert.deepEqual(reportedBy('The mood remained angry, however, with several saying officials were not doing enough.'), [['officials were not doing enough', 'several']]);
    assert.deepEqual(reportedBy('The murder has caused shockwaves, with local representatives saying the violence brings the area down.'), [['the violence brings the area down', 'local representatives']]);
  });
  it('reads a call for someone to act ("called for the minister to stand aside"), not a call for things', () => {
    assert.deepEqual(reportedBy('Sinn Fein’s Alex Maskey called for the minister to stand aside.'), [['to stand aside', 'Alex Maskey']]);
    assert.deepEqual(reportedBy('Councillor Jane Smith called for him to resign.'), [['to resign', 'Jane Smith']]);
    assert.deepEqual(reportedBy('Councillor Jane Smith called for changes to planning rules.'), []);
    assert.deepEqual(reportedBy('Councillor Jane Smith called for an end to the violence.'), []);
  });
  it('reads a question put ("asked if …", "asked the council whether …"), not one put to the subject ("when asked if …")', () => {
    assert.deepEqual(reportedBy('Councillor Jane Smith asked the council whether the money had been spent.'), [['whether the money had been spent', 'Jane Smith']]);
    assert.deepEqual(reportedBy('Councillor Jane Smith asked if the minister agreed with the article.'), [['if the minister agreed with the article', 'Jane Smith']]);
    assert.deepEqual(reportedBy('Jane Smith would not comment when asked if other shops are considering votes.'), []);
    assert.deepEqual(reportedBy('Jane Smith asked for help.'), []);
  });
  it('takes a person named with the body they are of as a clause’s subject ("Alban Maginness of the SDLP referred …¶He asked …")', () => {
    const text = 'Mr Alex Maskey said it was unfortunate. Alban Maginness of the SDLP referred to an article in the newspaper.\n\nHe asked if the minister agreed with the article.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'minister agreed').speaker?.name, 'Alban Maginness');
  });
  it('reads the speaker past letters after the name ("Tom Jones KC told the jury", "Jane Smith MP said")', () => {
    assert.deepEqual(reportedBy('Prosecutor Tom Jones KC told the jury the defendant had lied.'), [['the defendant had lied', 'Tom Jones']]);
    assert.deepEqual(reportedBy('Jane Smith MP said the plan was wrong.'), [['the plan was wrong', 'Jane Smith']]);
    assert.equal(find(quotesWithEntitiesOf('“It was wrong,” said Mary Lou McDonald TD.'), 'It was wrong').speaker?.name, 'Mary Lou McDonald');
  });
  it('reads an appeal made "to" someone ("appealed to residents to stay indoors"), not a legal appeal to a court', () => {
    assert.deepEqual(reportedBy('Mayor Jane Doe appealed to residents to stay indoors.'), [['to stay indoors', 'Jane Doe']]);
    assert.deepEqual(reportedBy('Mayor Jane Doe appealed to anyone who saw the crash to contact police.'), [['to contact police', 'Jane Doe']]);
    assert.deepEqual(reportedBy('The firm appealed to the Supreme Court to overturn the ruling.'), []);
    assert.deepEqual(reportedBy('Mayor Jane Doe appealed for calm.'), []);
    assert.deepEqual(reportedBy('Detective Sergeant Joe Bloggs is appealing for witnesses to come forward.'), [['to come forward', 'Joe Bloggs']]);
  });
  it('reads a progressive form as its clause’s verb ("Police are appealing to anyone …", "was telling reporters …"), not hearsay or a state of mind', () => {
    assert.deepEqual(reportedBy('Detective Sergeant Joe Bloggs is appealing to anyone with information to come forward.'), [['to come forward', 'Joe Bloggs']]);
    assert.deepEqual(reportedBy('Mayor John Tory was telling reporters the plan would fail.'), [['the plan would fail', 'John Tory']]);
    assert.deepEqual(reportedBy('The council is warning residents that the water is unsafe.'), [['that the water is unsafe', 'the council']]);
    assert.deepEqual(reportedBy('Police are asking anyone with information to call them.'), [['to call them', 'Police']]);
    assert.deepEqual(reportedBy('The family is hoping the road will reopen soon.'), []);
    assert.deepEqual(reportedBy('John Tory is said to have approved the plan.'), []);
  });
  it('passes over an -ing aside between the subject and its verb ("The officials …, commenting on the matters raised by the defence, stated that")', () => {
    const text = 'The officials of the Criminal Investigation Department, commenting on the matters raised by the defense lawyers, stated that one suspect has left the country.';
    assert.deepEqual(reportedBy(text), [['that one suspect has left the country', 'the officials of the Criminal Investigation Department']]);
  });
  it('reads an adverb with an adverb’s ending opening the sentence as no speaker ("Surprisingly, the officials … claim that")', () => {
    // (The officials are the speakers, whose "claim that" joins their clause.)
    assert.deepEqual(reportedBy('Surprisingly, the water board officials are unaware of the issue and claim that supplies have been normal.'), [['that supplies have been normal', 'the water board officials']]);
    assert.deepEqual(reportedBy('Surprisingly, the officials said supplies had been normal.'), [['supplies had been normal', 'the officials']]);
    assert.deepEqual(reportedBy('McNally, the club’s manager, said the team was ready.'), [['the team was ready', 'McNally']]);
  });
  it('reads the person after a portfolio of two halves joined by "and" ("Agriculture and Livestock Development Cabinet Secretary Mutahi Kagwe said"), not after a person', () => {
    assert.deepEqual(reportedBy('Agriculture and Livestock Development Cabinet Secretary Mutahi Kagwe said the drought response will be treated as one effort.'), [['the drought response will be treated as one effort', 'Mutahi Kagwe']]);
    assert.deepEqual(reportedBy('Chris Borgen spoke first. Borgen and School District Finance Director Lisa Matthews stressed that they have not included the money.'), [['that they have not included the money', 'Chris Borgen and Lisa Matthews']]);
  });
  it('ends a report where another person’s report joins it by "and" without a comma, the name with an apposition ("… affordable homes and Barrie Remblance, parish council chairman, said he …")', () => {
    const text = 'The survey revealed 90 households felt there was a need for affordable homes and Barrie Remblance, parish council chairman, said he was pleased the council was listening.\n\nHe added: "The land was gifted to the people of Reydon."\n';
    assert.deepEqual(reportedBy(text).at(-1), ['he was pleased the council was listening', 'Barrie Remblance']);
    assert.equal(find(quotesWithEntitiesOf(text), 'land was gifted').speaker?.name, 'Barrie Remblance');
    // Not a name whose verb is not its own: a negation, a passive.
    assert.deepEqual(reportedBy('Mangena said the city produced proof of more capacity but Eskom had not responded by then.'), [['the city produced proof of more capacity but Eskom had not responded by then', 'Mangena']]);
  });
  it('reads what must, can or will be said as no report, and the tag after it with a long title ("…, Minister of State for Harare Metropolitan Province Oliver Chidawu has said")', () => {
    assert.deepEqual(reportedBy('Informal traders must maintain the order that has been prevailing in Harare, Minister of State for Harare Metropolitan Province Oliver Chidawu has said.'), [['Informal traders must maintain the order that has been prevailing in Harare', 'Oliver Chidawu']]);
    assert.deepEqual(reportedBy('The Greens will argue that the plan undermines other efforts.'), []);
  });
  it('reads a name in brackets before a colon as an aside, not the subject the colon hands the quote to ("Councillor Maria Augimeri (Ward 9) said …: “…”")', () => {
    const text = 'Councillor Maria Augimeri (Ward 9) said she believed the mayor had lost control of council: “He has strong-armed people.”';
    assert.equal(find(quotesWithEntitiesOf(text), 'strong-armed').speaker?.name, 'Maria Augimeri');
  });
  it('never resolves "he" to a company with a legal form of other lands ("Prasarana Malaysia Berhad")', () => {
    const text = '"I have ordered a session with Prasarana Malaysia Berhad (Prasarana)," Wee was reported saying.\n\nOn May 22, Prasarana established a committee.\n\nHe urged the public to be understanding.\n';
    assert.deepEqual(reportedBy(text), [['to be understanding', 'Wee']]);
  });
  it('reads a capitalised title alone as the subject as a description of its holder, whom a "he" after it means ("NDMA Chairman said that …. He confirmed …")', () => {
    const text = 'Information Minister Attaullah Tarar said that flooding had caused losses.\n\nNDMA Chairman said that floods were triggered by glacier melt. He confirmed that 670 people had lost their lives.\n';
    assert.deepEqual(reportedBy(text), [['that flooding had caused losses', 'Attaullah Tarar'], ['that floods were triggered by glacier melt', 'NDMA Chairman'], ['that 670 people had lost their lives', 'NDMA Chairman']]);
  });
  it('reads a role’s abbreviation as the one person the text gave it to in brackets ("Deputy Conservator of Forest (DCF) Prabhakaran … The DCF said")', () => {
    const text = 'Deputy Conservator of Forest (DCF) Prabhakaran visited the villages on Friday.\n\nThe DCF said the government has given permission to build a barricade.\n';
    assert.deepEqual(reportedBy(text), [['the government has given permission to build a barricade', 'Prabhakaran']]);
    const two = 'Deputy Conservator of Forest (DCF) Prabhakaran visited the villages. A second Deputy Conservator of Forest (DCF) Ravi Kumar came later.\n\nThe DCF said the government has given permission to build a barricade.\n';
    assert.notEqual(reportedBy(two)[0]?.[1], 'Prabhakaran');
    assert.notEqual(reportedBy(two)[0]?.[1], 'Ravi Kumar');
  });
  it('reads a subject before an adverb and its verb ("but Metrolinx now says it will be …", "The mayor personally told reporters …")', () => {
    assert.deepEqual(reportedBy('The line was expected to open next year but Metrolinx now says it will be well into 2022.'), [['it will be well into 2022', 'Metrolinx']]);
    assert.deepEqual(reportedBy('The mayor personally told reporters the plan was dead.'), [['the plan was dead', 'the mayor']]);
  });
  it('reads a plural\'s "say" after its comma and "and" ("Manitoba health officials announced …, and say …"), past a dateline with a double hyphen ("WINNIPEG --")', () => {
    assert.deepEqual(reportedBy('WINNIPEG -- Manitoba health officials announced no new cases of COVID-19, and say the number of recoveries now outnumber active cases.'), [['the number of recoveries now outnumber active cases', 'Manitoba health officials']]);
    // (The plural is no verb after a capitalised word: the subject is "Health officials", not "Health".)
    assert.deepEqual(reportedBy('Health officials announced no new cases, and said the number of recoveries is up.'), [['the number of recoveries is up', 'Health officials']]);
    // (Any verb of a plural with its "that": "… are unaware of the issue and claim that …".)
    assert.deepEqual(reportedBy('The officials are unaware of the issue and insist that supplies have been normal.'), [['that supplies have been normal', 'the officials']]);
    // (Not a singular's: "… and say" with no plural before it is no report.)
    assert.deepEqual(reportedBy('The minister wants to visit the town, and say hello to residents.'), []);
  });
  it('gives a title alone in capitals, as a heading has it ("Premier says …"), to the one person the text gave that title', () => {
    const text = 'Premier Blaine Higgs called an election on Monday.\n\n“We need stability,” Higgs said.\n\nPremier says he tried to keep government together\n\nHiggs said the talks failed.';
    assert.deepEqual(reportedBy(text)[0], ['he tried to keep government together', 'Blaine Higgs']);
    // (No one given the title: the title stays the description.)
    assert.deepEqual(reportedBy('Jane Smith called an election on Monday.\n\nPremier says he tried to keep government together')[0], ['he tried to keep government together', 'Premier']);
  });
  it('gives a relative clause after a comma to the plural before it ("drew reaction from opposition politicians, who said …"), not to the clause before', () => {
    assert.deepEqual(reportedBy('But that figure quickly drew reaction from opposition politicians, who said the premier is being stingy.'), [['the premier is being stingy', 'opposition politicians']]);
    assert.deepEqual(reportedBy('The plan angered residents, who said it would ruin the park.'), [['it would ruin the park', 'residents']]);
  });
  it('reads "commented" as a speech verb, past an aside between dashes or commas before its "that", but not a comment on a topic', () => {
    assert.deepEqual(reportedBy('At one point, Gulutzan halted practice and commented — for the entire Scotiabank Saddledome to hear — that turning pucks over in practice is exactly what they’re doing in games.'), [['that turning pucks over in practice is exactly what they’re doing in games', 'Gulutzan']]);
    assert.deepEqual(reportedBy('Jane Smith said, loudly, that the plan was dead.'), [['that the plan was dead', 'Jane Smith']]);
    assert.deepEqual(reportedBy('No date has yet been set for the summit, and the Kremlin has not publicly commented on the meeting.'), []);
    assert.deepEqual(reportedBy('Commenting on his lack of power to do anything about load-shedding, the mayor said the city was working on it.'), [['the city was working on it', 'the mayor']]);
    const direct = quotesWithEntitiesOf('“It was a bad day,” Jane Smith commented on Twitter.').find((q) => q.kind === 'direct');
    assert.equal(direct?.speaker?.name, 'Jane Smith');
  });
  it('reads a headline in title case whose verb is capitalised ("Scheer Says No \'Free Ride\' For Liberals …"), the verb no part of the name', () => {
    const text = 'Trudeau Says Canada Will Meet Its Targets\n\nOTTAWA — Prime Minister Justin Trudeau spoke on Monday.';
    assert.deepEqual(reportedBy(text)[0], ['Canada Will Meet Its Targets', 'Justin Trudeau']);
    // (Not a sentence's first word: "Says who?" opens nothing.)
    assert.deepEqual(reportedBy('Says who? The mayor would not answer.'), []);
  });
  it('reads a headline that gives its speaker with a colon ("…: Premier John Horgan", "…: police", "Justin Trudeau: …", "Judge: …"), not a column\'s or a story\'s label', () => {
    const horgan = 'B.C. making good progress in reopening: Premier John Horgan\n\nPremier John Horgan says there is good reason for optimism.';
    assert.deepEqual(reportedBy(horgan)[0], ['B.C. making good progress in reopening', 'John Horgan']);
    const police = '2 people charged following drug investigation in Dartmouth: police\n\nHalifax Regional Police said Thursday they have charged two people.';
    assert.deepEqual(reportedBy(police)[0], ['2 people charged following drug investigation in Dartmouth', 'Halifax Regional Police']);
    const trudeau = 'Justin Trudeau: Harper using terrorism for political gain\n\nTrudeau said Harper was wrong.';
    assert.deepEqual(reportedBy(trudeau)[0], ['Harper using terrorism for political gain', 'Justin Trudeau']);
    assert.deepEqual(reportedBy('Judge: I made a mistake, it is manslaughter\n\nThe court sat late.'), [['I made a mistake, it is manslaughter', 'Judge']]);
    assert.deepEqual(reportedBy('Canadiens Notebook: No bag skate after loss to Rangers\n\nThe team rested.'), []);
    assert.deepEqual(reportedBy('Analysis: Why the budget matters this year\n\nThe budget was tabled.'), []);
    // (Only the first block: a line in the story with a colon is no headline.)
    assert.deepEqual(reportedBy('Budget tabled\n\nThe plan in short: lower taxes for families'), []);
    // (The headline's description is named as the lede's is: "immigration minister" and "the
    // immigration minister" are one, whom the next quotation names.)
    const minister = 'Feds may miss deadline to resettle refugees: immigration minister\n\nOne day after the government announced that it won’t keep its promise, the immigration minister says they may not meet their new deadline.\n\n“We will fight as hard as we can,” said John McCallum.';
    assert.deepEqual(reportedBy(minister).map(([, who]) => who), ['John McCallum', 'the government', 'John McCallum']);
    // (A role alone after the colon is named after the person given that role.)
    const scientist = 'Climate change in Canada likely to be felt acutely: Scientist\n\nThe country is among a handful expected to feel the pinch.\n\nEnvironment Canada scientist Gregory Flato said the evidence is getting stronger.';
    assert.deepEqual(reportedBy(scientist)[0], ['Climate change in Canada likely to be felt acutely', 'Gregory Flato']);
  });
  it('gives a description by a role to the one person the text gives that role, not to the person in focus with other roles ("The editor of … said she …" after a judge)', () => {
    const text = 'Reporters arrived to cover provincial court Judge Janet McIvor’s decision.\n\nMcIvor ruled that he will be sentenced as an adult.\n\nThe editor of Saskatchewan’s two largest daily newspapers said she is concerned about the decision.\n\n“The media has a special responsibility,” said Heather Persson, editor of the Saskatoon StarPhoenix.';
    assert.deepEqual(reportedBy(text).find(([what]) => what?.startsWith('she is concerned')), ['she is concerned about the decision', 'Heather Persson']);
    // (A person in focus with that role, or with no roles, is still meant.)
    const same = 'Jane Smith, editor of the Gazette, spoke first.\n\nThe editor of the city’s largest daily newspaper said she is concerned about the decision.\n\nBob Brown, editor of the Star, agreed.';
    assert.deepEqual(reportedBy(same).find(([what]) => what?.startsWith('she is concerned')), ['she is concerned about the decision', 'Jane Smith']);
  });
  it('reads "those who …" as speakers whom a "they" after it means, and a quotation after an owner\'s possessive as part of the reported clause ("said the TNG’s “herd management plan,” announced …, will …")', () => {
    const those = 'Councillors delayed the vote for another week, but those who wanted the deferral insist it is not a bid to kill the project. They say it is a week longer to study it.';
    assert.deepEqual(reportedBy(those), [['it is not a bid to kill the project', 'those who wanted the deferral'], ['it is a week longer to study it', 'those who wanted the deferral']]);
    const plan = quotesOf('Mr. Alphonse said the TNG’s “herd management plan,” announced on Oct. 2, will involve asking snowmobilers to stay out of certain areas.');
    assert.deepEqual(plan.filter((q) => q.kind === 'indirect').map((q) => q.text), ['the TNG’s “herd management plan,” announced on Oct. 2, will involve asking snowmobilers to stay out of certain areas']);
    assert.equal(plan.some((q) => q.kind === 'direct' && !q.scare && !q.fragment), false);
  });
  it('reads a place or body after a day or a month opening the sentence as the subject ("On Monday, Beijing said", "In October, Quebec announced"), not a state after a place; trustees speak', () => {
    assert.deepEqual(reportedBy('On Monday, Beijing said it was coming to the rescue.'), [['it was coming to the rescue', 'Beijing']]);
    assert.deepEqual(reportedBy('In October, Quebec announced it was coming to Bombardier’s rescue.'), [['it was coming to Bombardier’s rescue', 'Quebec']]);
    assert.deepEqual(reportedBy('Several trustees complained that, because of the school’s population, the comment was racist.'), [['that, because of the school’s population, the comment was racist', 'Several trustees']]);
  });
  it('reads a speaker\'s role alone opening a headline ("Official says …") as a description named after the person given the role, not a surname', () => {
    const text = 'Official says industry not to blame for dead fish\n\nThe water authority has retrieved fish.\n\nCao Haiyun, an official with the authority, said the cause is unknown.';
    assert.deepEqual(reportedBy(text)[0], ['industry not to blame for dead fish', 'Cao Haiyun']);
    // (A surname that is also a role's word is still a name: "Baker said".)
    assert.deepEqual(reportedBy('Jim Baker spoke first. Baker said the cause is unknown.'), [['the cause is unknown', 'Jim Baker']]);
  });
  it('reads "the leader of a nearby First Nation" as a description, not a person named Nation', () => {
    const text = 'The company says experts are on site.\n\nThe leader of a nearby First Nation has said he is worried about the impact of the spill.\n\nBob Chamberlin says there will be a need for help.';
    assert.deepEqual(reportedBy(text)[1], ['he is worried about the impact of the spill', 'Bob Chamberlin']);
  });
  it('reads "according to him" and a second report after it, a subject before a copula joined to the verb by "and", a pronoun after "in which", a name after a subordinator, and a group with what it is of', () => {
    assert.deepEqual(reportedBy('Muhammad Idris spoke. According to him, his release was the result of prayers, adding that he remained resolute.'), [['his release was the result of prayers', 'Muhammad Idris'], ['that he remained resolute', 'Muhammad Idris']]);
    assert.deepEqual(reportedBy('The mayor was brutally honest after the defeat, and admitted that they have some way to go.'), [['that they have some way to go', 'the mayor']]);
    assert.deepEqual(reportedBy('Justice Sardar Ijaz Ishaq Khan heard the case in which he remarked that he would write a final verdict.'), [['that he would write a final verdict', 'Sardar Ijaz Ishaq Khan']]);
    assert.deepEqual(reportedBy('Passengers faced a nightmare bus journey on Sunday after Thameslink announced all trains on Monday were cancelled.'), [['all trains on Monday were cancelled', 'Thameslink']]);
    const caretakers = 'Caretakers of the president’s private residence at Kyebi have dismissed claims by the former minister.\n\nAccording to them, the allegation cannot be substantiated.';
    assert.deepEqual(reportedBy(caretakers), [['the allegation cannot be substantiated', 'Caretakers of the president’s private residence at Kyebi']]);
  });
  it('reads "chanting" as a speech verb handing a quotation to the sentence\'s subject', () => {
    const qs = quotesWithEntitiesOf('Residents climbed the stairs to the Council Chamber. Residents barged into a meeting of councillors, chanting "Water! We want water!"');
    const q = qs.find((x) => x.text.includes('Water!'));
    assert.equal(q?.kind, 'direct');
    assert.ok(!q?.fragment && !q?.scare);
    assert.equal(spanText('Residents climbed the stairs to the Council Chamber. Residents barged into a meeting of councillors, chanting "Water! We want water!"', q!), 'Residents');
  });
  it('gives a paragraph of quotation after one that closed on a tagged quotation to that speaker, described or named, not to the person last named', () => {
    const text = 'The woman, who asked Mr Perrottet to outline a plan, said she witnessed staff shortages.\n\n“You keep saying NSW has a strong healthcare system,” she said.\n\n“Three weeks ago I was delivering babies at a major hospital.”';
    const q = quotesWithEntitiesOf(text).find((x) => x.text.includes('Three weeks'));
    assert.equal(q?.speaker?.name, null);
    assert.equal(q?.speaker?.description, 'the woman');
    // (Not after a paragraph that goes on past its quotation.)
    const narrated = 'Jane Smith spoke first.\n\n“It is strong,” said Bob Brown. Jane Smith then left the hall to meet reporters waiting outside the building.\n\n“We will see.”';
    assert.notEqual(quotesWithEntitiesOf(narrated).find((x) => x.text.includes('We will see'))?.speaker?.name, 'Bob Brown');
  });
  it('ends a report where another speaker\'s begins after a dash and "but" ("… on the coast — but the hereditary leaders say …")', () => {
    const text = 'TransCanada has said it signed agreements with all First Nations along the route — but the hereditary leaders say those agreements don\'t apply to the traditional territories.';
    assert.deepEqual(reportedBy(text), [['it signed agreements with all First Nations along the route', 'TransCanada'], ['those agreements don\'t apply to the traditional territories', 'the hereditary leaders']]);
  });
  it('ends an inverted tag\'s speaker before how it was said ("said Costa Rica coach Amelia Valverde through an interpreter")', () => {
    const text = 'Canada coach John Herdman was pleased.\n\n"Canada has some great players," said Costa Rica coach Amelia Valverde through an interpreter. "We left it all on the field."';
    assert.deepEqual(quotesWithEntitiesOf(text).map((q) => q.speaker?.name), ['Amelia Valverde', 'Amelia Valverde']);
  });
  it('reports no state of mind: what someone believes, thinks, hopes or fears (but an estimate, a figure someone gave); a party believing is whom a "they" after it means', () => {
    assert.deepEqual(reportedBy('Security experts believe the bomb threats can be traced back to the same group.'), []);
    assert.deepEqual(reportedBy('After early threats, he now believes he has got public opinion behind him.'), []);
    assert.deepEqual(reportedBy('The Liberals hope that such messaging will leave them looking like the responsible middle option.'), []);
    assert.deepEqual(reportedBy('Police estimate that 3,000 people attended the rally.'), [['that 3,000 people attended the rally', 'Police']]);
    const party = 'The Conservatives believe they’ll be able to cast it as a tax grab; they say their research shows their target voters prioritize the economy.';
    assert.deepEqual(reportedBy(party), [['their research shows their target voters prioritize the economy', 'Conservatives']]);
  });
  it('reads a closing tag whose "told" has a recipient and a time or occasion after it (", Tory Leader Andrew Scheer told his caucus Friday.")', () => {
    assert.deepEqual(reportedBy('The race will not mean Liberals get a free ride, Tory Leader Andrew Scheer told his caucus Friday.'), [['The race will not mean Liberals get a free ride', 'Andrew Scheer']]);
    assert.deepEqual(reportedBy('Andrew Scheer stepped aside in December. It’s not a decision he regrets, he told The Canadian Press in an interview Friday.'), [['It’s not a decision he regrets', 'Andrew Scheer']]);
    // (A body heard without its article: "told court".)
    assert.deepEqual(reportedBy('Although the teen agreed to the facts, he gave conflicting information, Crown prosecutor Tyla Olenchuk told court.'), [['Although the teen agreed to the facts, he gave conflicting information', 'Tyla Olenchuk']]);
  });
  it('reads a closing tag with commas of its own (", Gao Yunchu, director of …, told the Post.", ", according to the Director General of the NCDC, Jide Idris."), not a list or a role before it', () => {
    assert.deepEqual(reportedBy('The water authority first retrieved 150 kilograms of dead fish on Wednesday, Gao Yunchu, director of the Songjiang District Water Authority, told the Oriental Morning Post.'), [['The water authority first retrieved 150 kilograms of dead fish on Wednesday', 'Gao Yunchu']]);
    assert.deepEqual(reportedBy('The fatalities represent a case fatality rate of 3.5 per cent, according to the Director General of the Nigeria Centre for Disease Control and Prevention (NCDC), Jide Idris.'), [['The fatalities represent a case fatality rate of 3.5 per cent', 'Jide Idris']]);
    assert.deepEqual(reportedBy('Director, security response at cybersecurity firm Symantec, Kevin Haley, agreed with this finding.'), []);
    assert.deepEqual(reportedBy('Charters Towers, Central Highlands, Woorabinda, Isaac, Barcaldine and the remainder of the shires are now drought declared.'), []);
  });
  it('gives "she" to the woman in focus, not to a party written before a role ("former Projet Montréal leader Richard Bergeron")', () => {
    const text = 'Montreal Mayor Valérie Plante was reacting to comments by former Projet Montréal city councillor Luc Ferrandez.\n\n“Listen, this is not the first time,” she said.\n\nPlante mentioned former Projet Montréal leader Richard Bergeron.\n\n“So there you go,” she said.\n';
    assert.deepEqual(quotesWithEntitiesOf(text).map((q) => q.speaker?.name), ['Valérie Plante', 'Valérie Plante']);
  });
  it('reads a name ending the apposition of the person opening the sentence as no speaker ("Dr. Brian Goldman, an emergency room physician and host of White Coat, Black Art, says")', () => {
    const text = 'Dr. Brian Goldman, an emergency room physician in Toronto and host of CBC Radio’s White Coat, Black Art, says those challenges are many.';
    assert.deepEqual(reportedBy(text), [['those challenges are many', 'Brian Goldman']]);
    assert.deepEqual(reportedBy('The panel heard from experts, and Jane Doe, the chair, said the plan was sound.'), [['the plan was sound', 'Jane Doe']]);
  });
  it('reads "one man" anywhere in a sentence as someone a later "the man" means, not the man in focus', () => {
    const text = 'Resident Alan Kenney said the road was too narrow. More residents spoke out, including one man who cited concerns with a fire truck.\n\n“This was very scary,” said the man in council chambers.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'very scary').speaker?.description, 'one man');
  });
  it('reports what someone called something, unquoted, from the complement after its object ("called the stop the single clearest reference point"), not a phone call or a phrasal verb', () => {
    assert.deepEqual(reportedBy('Malcolm Gibson testified. He also called the stop the single clearest reference point at the intersection.'), [['the single clearest reference point at the intersection', 'Malcolm Gibson']]);
    assert.deepEqual(reportedBy('At a press conference, Mayor Gérald Tremblay called the article irresponsible.'), [['irresponsible', 'Gérald Tremblay']]);
    assert.deepEqual(reportedBy('Health Minister Adrian Dix called the line-ups a learning experience as he faced questions.'), [['a learning experience', 'Adrian Dix']]);
    assert.deepEqual(reportedBy('Damon Green likes Schniederjans, who he calls a good ball-striker, a great kid and someone who wants to be the best.'), [['a good ball-striker, a great kid and someone who wants to be the best', 'Damon Green']]);
    assert.deepEqual(reportedBy('Damon Green called Schniederjans on Thursday night. She called it quits in 2019. Police called the man back later. He called the meeting to order.'), []);
  });
  it('reads a bare clause after "responded"/"replied" only when a pronoun opens it ("The mayor responded he was the one …"), not a game’s "Edmonton responded a couple minutes later"', () => {
    assert.deepEqual(reportedBy('Mayor Gérald Tremblay responded he was the one who contacted police.'), [['he was the one who contacted police', 'Gérald Tremblay']]);
    assert.deepEqual(reportedBy('Edmonton responded a couple minutes later when Jones recorded his first career NHL goal.'), []);
  });
  it('passes over the items of a list inside an apposition to the name before it ("Katrine Conroy, the minister for forests, lands, natural resource operations and rural development, said")', () => {
    const text = 'Katrine Conroy, the province’s minister for forests, lands, natural resource operations and rural development, said she empathizes with the disruption.';
    assert.deepEqual(reportedBy(text), [['she empathizes with the disruption', 'Katrine Conroy']]);
  });
  it('reads a second report after ", saying" when a name and a verb in the present open it ("…, saying New Brunswick holds a lower ratio")', () => {
    const text = 'Kevin Vickers also said he sees a lot of misinformation about the economy, saying New Brunswick holds a lower debt ratio than Quebec.';
    assert.deepEqual(reportedBy(text), [['he sees a lot of misinformation about the economy', 'Kevin Vickers'], ['New Brunswick holds a lower debt ratio than Quebec', 'Kevin Vickers']]);
  });
  it('reads a quote going on in lower case after an abbreviation’s dot as inside the sentence, the speaker’s words in an aside about them ("Doug Purdy, who lost 16 lbs. “and two belt loops” …, says")', () => {
    const qs = quotesWithEntitiesOf('Toronto retiree Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says the program changed his life.');
    assert.deepEqual(qs.map((q) => [q.content, q.kind, q.speaker?.name]), [['and two belt loops', 'direct', 'Doug Purdy'], ['the program changed his life', 'indirect', 'Doug Purdy']]);
  });
  it('passes over a role held at a body inside an apposition ("Paul-Émile Cloutier, CEO of HealthCareCAN, an organization that …, said"), and keeps a name in the apposition out of focus for the "he" after it', () => {
    assert.deepEqual(reportedBy('Paul-Émile Cloutier, CEO of HealthCareCAN, an organization that represents hospitals, said burnout was getting worse.'), [['burnout was getting worse', 'Paul-Émile Cloutier']]);
    const text = 'Dr. Brian Goldman, an emergency room physician in Toronto and host of CBC Radio’s White Coat, Black Art, says those challenges are many.\n\n"Patients are going to have to wait," he said.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'going to have to wait').speaker?.name, 'Brian Goldman');
  });
  it('reads "The Globe and Mail" as one body, "the opposition" as a group, and a place opening a paragraph before a dash as a dateline ("Red Deer — …")', () => {
    assert.deepEqual(reportedBy('RBC chief economist Craig Wright said it was fine.\n\nThe Globe and Mail confirmed the minister will meet with economists.\n'), [['it was fine', 'Craig Wright'], ['the minister will meet with economists', 'Globe and Mail']]);
    assert.deepEqual(reportedBy('Prime Minister Justin Trudeau spoke in Montreal.\n\nThe opposition in Ottawa says the government was ill prepared.\n'), [['the government was ill prepared', 'the opposition in Ottawa']]);
    const dateline = 'Red Deer — Alberta’s Opposition leader continued to call on the government to turn off the taps, a strategy that Premier Rachel Notley said would be tantamount to political theatre.\n';
    assert.deepEqual(reportedBy(dateline).at(-1), ['would be tantamount to political theatre', 'Rachel Notley']);
    assert.ok(!reportedBy(dateline).some(([, sp]) => sp === 'Red Deer'));
  });
  it('lets agents, brokers, landlords, tenants, consumers and voters speak ("Real estate agents say …")', () => {
    assert.deepEqual(reportedBy('Real estate agents say it’s too soon to tell whether buyers are losing confidence.'), [['it’s too soon to tell whether buyers are losing confidence', 'Real estate agents']]);
  });
  it('reads a relative clause about the subject as an aside whose own "as" opens no clause ("Horwath, whose New Democrats are … as the official Opposition today, says")', () => {
    const text = 'Andrea Horwath says her party will hold Doug Ford accountable.\n\nHorwath, whose New Democrats are holding their first caucus meeting as the official Opposition today, says many residents have concerns.\n';
    assert.deepEqual(reportedBy(text), [['her party will hold Doug Ford accountable', 'Andrea Horwath'], ['many residents have concerns', 'Andrea Horwath']]);
    // ("…, when he said …": a clause the sentence opens is still read for its subject.)
    assert.deepEqual(reportedBy('Phil Mickelson spoke. That led to a revelation from Mickelson on Wednesday, when he said he might have gotten out over his skis.').at(-1), ['he might have gotten out over his skis', 'Phil Mickelson']);
  });
  it('reads what someone denied as reported when it is a clause with its own auxiliary or pronoun ("denies his government was poorly prepared"), not an object ("deny any involvement in the alleged incidents")', () => {
    assert.deepEqual(reportedBy('Immigration Minister Ahmed Hussen denies his government was poorly prepared for the surge.'), [['his government was poorly prepared for the surge', 'Ahmed Hussen']]);
    assert.deepEqual(reportedBy('Police denied they had been slow to respond.'), [['they had been slow to respond', 'Police']]);
    assert.deepEqual(reportedBy('The councillors deny any involvement in the alleged incidents. She denied wrongdoing.'), []);
  });
  it('reads a report after a quotation that closes after its comma, in a sentence a subordinate clause opens (“While Jones called the closure “very disturbing,” she said the province …”)', () => {
    const text = 'Health Minister Sylvia Jones spoke on Monday.\n\nWhile Jones called the closure of emergency departments “very disturbing,” she said the province has “done a lot” to address the issue.';
    assert.deepEqual(reportedBy(text), [['the province has “done a lot” to address the issue', 'Sylvia Jones']]);
  });
  it('gives a he/she with no subject or speaker to mean the person of that gender named in full, and again, last before, as an object too', () => {
    assert.deepEqual(reportedBy('Police are investigating Md Sharif Uddin.\n\nThe statement followed a video of Uddin’s case. In the video, he said he lost his job.'), [['he lost his job', 'Md Sharif Uddin']]);
    // (Named once, a name may be a programme's or a place's the recogniser took for a person's.)
    assert.deepEqual(reportedBy('Speaking on Morning Ireland, he said the rain would stop.'), [['the rain would stop', null]]);
    // (Not one of the other gender, nor a lone word taken for a person.)
    assert.deepEqual(reportedBy('Police are investigating Mr John Smith.\n\nIn the video, she said she lost her job.'), [['she lost her job', null]]);
    assert.deepEqual(reportedBy('The Kabaka is a leader of the Baganda who live in central Uganda.\n\nShe said that police were using bullets.'), [['that police were using bullets', null]]);
  });
  it('reads "according to" a qualified plural or a person "familiar with" something as that whole description, and a tag closing clauses joined after a semicolon as theirs', () => {
    assert.deepEqual(reportedBy('Trump is committed for the long haul, according to administration officials unauthorized to speak publicly and granted anonymity.'), [['Trump is committed for the long haul', 'administration officials unauthorized to speak publicly and granted anonymity']]);
    assert.deepEqual(reportedBy('The deal was done, according to sources familiar with the talks.'), [['The deal was done', 'sources familiar with the talks']]);
    assert.deepEqual(reportedBy('The deal was done to get under the threshold, according to a person familiar with the talks.'), [['The deal was done to get under the threshold', 'a person familiar with the talks']]);
    assert.deepEqual(reportedBy('The group made two offers: one that would buy the assets; and another that would pay a larger sum, according to people familiar with the bid.'), [['The group made two offers: one that would buy the assets; and another that would pay a larger sum', 'people familiar with the bid']]);
    // ("according to the person who spoke …": a relative clause about the source ends the tag; "the
    // person" is the one "a person familiar with the negotiations" introduced.)
    const text = 'A person familiar with the negotiations says the players have been traded.\n\nThe deal was done to get Houston under the luxury tax threshold, according to the person who spoke Thursday to The Associated Press on condition of anonymity.';
    assert.deepEqual(reportedBy(text), [['the players have been traded', 'a person familiar with the negotiations'], ['The deal was done to get Houston under the luxury tax threshold', 'a person familiar with the negotiations']]);
    // (What the source's relative clause says is theirs too, however long.)
    assert.deepEqual(reportedBy('That’s a big problem, according to several councillors who say they were kept in the dark about the deadline issues and the impact that might have on the budget.'), [['That’s a big problem', 'several councillors'], ['they were kept in the dark about the deadline issues and the impact that might have on the budget', 'several councillors']]);
  });
  it('reads a subject with a long relative clause ("A former UEA student who suffered … said") or a participle ("An expert cited in the report, which …, said") for its head phrase', () => {
    assert.deepEqual(reportedBy('A former UEA student who suffered life-threatening brain injuries after being knocked unconscious said he was overwhelmed with grief.'), [['he was overwhelmed with grief', 'a former UEA student']]);
    assert.deepEqual(reportedBy('An expert cited in the report, which looked at real estate trends across the country, said landlords will be looking at upgrading their properties.'), [['landlords will be looking at upgrading their properties', 'an expert cited in the report']]);
    // (Not a verb and its infinitive, "leader continued to call on", nor a phrase before "as".)
    assert.deepEqual(reportedBy('Alberta’s Opposition leader continued to call on the government Monday to turn off the taps to British Columbia, a strategy that Premier Rachel Notley said would be tantamount to political theatre.').at(-1), ['would be tantamount to political theatre', 'Rachel Notley']);
    assert.deepEqual(reportedBy('The appointment of David Lametti as Canada’s new justice minister has given new hope to those who believe the law on assisted dying is too restrictive.'), []);
    // (A body of people, "an alliance of …", described at length.)
    assert.deepEqual(reportedBy('An alliance of First Nations leaders from the U.S. and Canada say they are gearing up to fight the pipelines.'), [['they are gearing up to fight the pipelines', 'an alliance of First Nations leaders from the U.S. and Canada']]);
  });
  it('names a description opening the story, before anyone is named, after the person the story goes on to name: by a title their roles hold, or as the subject opening a sentence, or for a title no one is given, as the speaker of the next quotation', () => {
    const judge = 'A Newfoundland judge says he gave a man a shorter prison sentence than he considered appropriate.\n\nThe 36-year-old man exchanged images with the girl.\n\nCorner Brook provincial court Judge Wayne Gorman found seven years was appropriate.\n\nGorman said he was bound.';
    assert.deepEqual(reportedBy(judge)[0], ['he gave a man a shorter prison sentence than he considered appropriate', 'Wayne Gorman']);
    const student = 'A former UEA student who suffered brain injuries said he was overwhelmed with grief.\n\nDavid Constant suffered injuries so severe he had surgery. Mr Constant spoke in court.';
    assert.deepEqual(reportedBy(student)[0], ['he was overwhelmed with grief', 'David Constant']);
    // (Not a title the person does not hold, a body, a number of people, nor a name in a list.)
    assert.deepEqual(reportedBy('A local judge says the case was weak.\n\nLawyer Jane Smith argued the case. Smith left.')[0], ['the case was weak', 'a local judge']);
    assert.deepEqual(reportedBy('Canada’s Immigration Minister denies his government was poorly prepared.\n\nPrime Minister Justin Trudeau spoke on Monday. Trudeau left.')[0], ['his government was poorly prepared', 'Canada’s Immigration Minister']);
    assert.deepEqual(reportedBy('Toronto police say a man was shot.\n\nConst. Steve Hammond of Toronto police said the victim is in hospital. Hammond left.')[0], ['a man was shot', 'Toronto police']);
    // (A role that is no title, given with the name after it: "Crown prosecutor …".)
    const prosecutor = 'The prosecutor handling the case against a man who killed four people and injured seven others in a shooting spree in northern Saskatchewan said he was surprised to learn journalists had been locked out.\n\nCrown prosecutor Pouria Tabrizi-Reardigan said he did not know what had happened.';
    assert.deepEqual(reportedBy(prosecutor)[0], ['he was surprised to learn journalists had been locked out', 'Pouria Tabrizi-Reardigan']);
    // (A title no one is given: the person speaking the story's next quotation, unless they hold
    // another title of that name.)
    const mayor = 'The mayor of Oshawa, Ont., says he was given no heads-up that the city’s biggest employer plans to withdraw.\n\n“We still haven’t received any information at all,” John Henry told CP24 Monday morning.\n\nHenry said he learned of the decision on Sunday.';
    assert.deepEqual(reportedBy(mayor)[0], ['he was given no heads-up that the city’s biggest employer plans to withdraw', 'John Henry']);
    assert.deepEqual(reportedBy('Canada’s Immigration Minister denies his government was poorly prepared.\n\n“We were ready,” Prime Minister Justin Trudeau said. Trudeau left.')[0], ['his government was poorly prepared', 'Canada’s Immigration Minister']);
    assert.deepEqual(reportedBy('The mayor says the plan was weak.\n\nJane Smith, who lives nearby, disagreed. “It is strong,” said Bob Brown.')[0], ['the plan was weak', 'the mayor']);
    // (The first description that can be named: a headline's "Opposition says" comes first; a
    // single mention with the title will do; an honorific and an apposition around a subject; the
    // lede's own words name someone else.)
    const minister = 'Provincial cabinet ‘missing in action’ on oil spill, Opposition says\n\nSaskatchewan’s environment minister says the province has started to monitor the river.\n\n“We’re expecting results soon,” Environment Minister Herb Cox said Tuesday.';
    assert.deepEqual(reportedBy(minister).find(([q]) => q?.startsWith('the province')), ['the province has started to monitor the river', 'Herb Cox']);
    const doctor = 'WINNIPEG — Manitoba’s top doctor says further restrictions could be coming.\n\nDr. Brent Roussin, chief provincial public health officer, said Monday he spoke with Premier Brian Pallister.';
    assert.deepEqual(reportedBy(doctor)[0], ['further restrictions could be coming', 'Brent Roussin']);
    const officer = 'BC RCMP’s commanding officer says Surrey Mayor Doug McCallum’s statements risk “undermining public trust.”\n\nBrenda Butterworth-Carr said in a statement Friday that people are reluctant to come forward.';
    assert.deepEqual(reportedBy(officer)[0], ['Surrey Mayor Doug McCallum’s statements risk “undermining public trust.”', 'Brenda Butterworth-Carr']);
    // (Every description before anyone is named, the headline's and the lede's, a possessive's
    // role as the subject of ", saying"; a person given the title may come later, up to 1,200
    // characters.)
    const filler = ' As of Tuesday, a record-high 83 Manitobans were in hospital with the illness, including 15 in intensive care units.'.repeat(4);
    const health = `System not at ‘breaking point’, Manitoba health minister says\n\nManitoba’s health minister tried to quell fears that hospitals are at a breaking point, saying Tuesday that facilities are still able to manage.\n\n${filler}\n\nHealth Minister Cameron Friesen says the system still has capacity.`;
    assert.deepEqual(reportedBy(health).slice(0, 2).map(([, who]) => who), ['Cameron Friesen', 'Cameron Friesen']);
    // (A title alone, as a headline gives it: "Minister says she's still looking for answers".)
    const alone = 'Why did safety measures fail? Minister says she’s still looking for answers\n\nIt’s unclear why the measures failed.\n\nLong-Term Care Minister Merrilee Fullerton said the review continues.';
    assert.deepEqual(reportedBy(alone)[0], ['she’s still looking for answers', 'Merrilee Fullerton']);
    // (Not someone of the other sex: "a police spokeswoman" is no "Ed Troyer, another … spokesman".)
    const spokeswoman = 'Authorities were not sure the suspect died, according to a police spokeswoman.\n\nThe father-in-law died in the home, said Ed Troyer, another sheriff’s department spokesman. Troyer added that the children had been released.';
    assert.equal(reportedBy(spokeswoman)[0][1], 'a police spokeswoman');
    const friend = 'I was at a barbecue when a friend wondered loudly, “Hey, do you ever kiss your husband anymore?”\n\nAesop Double-Edge Razor, $180, aesop.com Graydon Green Cream, $38. Aesop Double-Edge Razor again.';
    assert.equal(find(quotesWithEntitiesOf(friend), 'kiss your husband').speaker?.description, 'a friend');
    assert.equal(find(quotesWithEntitiesOf(friend), 'kiss your husband').speaker?.name, null);
  });
  it('reads a tag before a closing participle\'s clause of no speech (", said … Charles Chong, referring to the … saga"), and a participle inside the report before the tag', () => {
    assert.deepEqual(reportedBy('It is not in residents’ interests to be with a town council at loggerheads with various parties, said Punggol East PAP candidate Charles Chong, referring to the Aljunied-Hougang-Punggol East Town Council (AHPTEC) saga.'), [['It is not in residents’ interests to be with a town council at loggerheads with various parties', 'Charles Chong']]);
    assert.deepEqual(reportedBy('The council voted against the plan, citing budget concerns, the mayor said.'), [['The council voted against the plan, citing budget concerns', 'the mayor']]);
    // (", adding that …" is a report of its own.)
    assert.deepEqual(reportedBy('The plan will fail, Charles Chong said, adding that the council was at fault.'), [['The plan will fail', 'Charles Chong'], ['that the council was at fault', 'Charles Chong']]);
  });
  it('reads a quantity opening the sentence as part of its subject, never a name ("About 100 people gathered …, calling for …"), and names no such plural after a person', () => {
    const text = 'City hall protesters demand answers\n\nAbout 100 people gathered at Ottawa City Hall, calling for city staff to be open and transparent about issues with the transit system.\n\nCoun. Diane Deans and Catherine McKenney organized the rally.';
    assert.deepEqual(reportedBy(text), [['to be open and transparent about issues with the transit system', 'About 100 people']]);
  });
  it('gives what a document says to whoever issued it, named after "by" or "from" ("A report released Tuesday by Statistics Canada says …")', () => {
    assert.deepEqual(reportedBy('A report released Tuesday by Statistics Canada says unemployment rose in every province.'), [['unemployment rose in every province', 'Statistics Canada']]);
    // (Else the document itself is the source.)
    assert.deepEqual(reportedBy('A statement released by the company on Friday said the plant would close in May.'), [['the plant would close in May', 'a statement released by the company']]);
  });
  it('passes over an adverb opening a clause without its comma ("however police said"), and keeps ", however," an aside', () => {
    assert.deepEqual(reportedBy('The circumstances remain unclear; however police said at the scene that two people appear to have exchanged gunfire.'), [['that two people appear to have exchanged gunfire', 'police']]);
    assert.deepEqual(reportedBy('Tourism minister Tiong King Sing, however, denied that alcohol had been served.'), [['that alcohol had been served', 'Tiong King Sing']]);
  });
  it('passes over an aside between dashes before the verb that describes the words before it ("president of Egalite sante – a group that lobbies … – said")', () => {
    assert.deepEqual(reportedBy('Dr. Hubert Dupuis, president of Egalite sante en francais – a group that lobbies for equal health services for francophone New Brunswickers – said the changes are irresponsible.'), [['the changes are irresponsible', 'Hubert Dupuis']]);
    assert.equal(find(quotesOf('Jane Smith – who has run the shelter since 2009 – said: “We are full.”'), 'We are full').speaker?.name, 'Jane Smith');
    // (A participle's phrase too, after two plurals joined: "both supporters and opponents of …".)
    assert.deepEqual(reportedBy('But both supporters and opponents of proposed pipelines — seen by Alberta as necessary relief for its economic woes — said the way forward for the projects remains obscure.'), [['the way forward for the projects remains obscure', 'both supporters and opponents of proposed pipelines']]);
  });
  it('gives the "he" after a question a woman put to a man to him, her name being an ordinary word ("Amber Schinkel asked Trudeau whether …")', () => {
    const text = 'Justin Trudeau says he will let Stephen Harper continue.\n\nThe Liberal leader made the comments in an interview Friday. Global Calgary reporter Amber Schinkel asked Trudeau whether he was concerned about attack ads.\n\n“First of all, I’m going to let my opponents focus on me,” he said.';
    assert.equal(find(quotesWithEntitiesOf(text), 'First of all').speaker?.name, 'Justin Trudeau');
  });
  it('gives a quotation in a relative clause after an inverted tag to the tag\'s subject, without the verb ("said the premier, who acknowledged “…”")', () => {
    const qs = quotesOf('Premier Kathleen Wynne spoke on Monday.\n\n“Prices are the example,” said the premier, who acknowledged “many people in Ontario are not happy with me right now.”');
    assert.equal(find(qs, 'not happy with me').speaker?.name, 'Kathleen Wynne');
    assert.equal(find(quotesOf('“Prices are the example,” said the premier, who acknowledged “many people are not happy with me.”'), 'not happy with me').speaker?.description, 'the premier');
  });
  it('reads "the prosecution" as someone who speaks, and "on its part" as no part of who', () => {
    assert.deepEqual(reportedBy('The prosecution on its part urged the court to proceed with the plea-taking, stating that the suspect was fit to stand trial.'), [['to proceed with the plea-taking', 'the prosecution'], ['that the suspect was fit to stand trial', 'the prosecution']]);
  });
  it('reads a subject pronoun right before the verb, after a clause opening the sentence without a comma ("If no resolution is found she says …")', () => {
    assert.deepEqual(reportedBy('Catherine Blaney spoke. If no resolution is found she says a concerned parent can contact her directly.'), [['a concerned parent can contact her directly', 'Catherine Blaney']]);
  });
  it('goes on past ", and" with a plural noun and its own verb, which is no second report nor another speaker ("and awareness messages were being disseminated")', () => {
    assert.deepEqual(reportedBy('He said that preparations were complete, and awareness messages were being disseminated.').map(([q]) => q), ['that preparations were complete, and awareness messages were being disseminated']);
    assert.deepEqual(reportedBy('He said that preparations were complete, and messages were being sent.').map(([q]) => q), ['that preparations were complete, and messages were being sent']);
  });
  it('reports what a participle of speech opening the sentence governs as the main clause subject\'s words ("Noting that …, he said …", "Alleging …, Labour says …"), not circumstances ("Warning of delays, …")', () => {
    assert.deepEqual(reportedBy('Mr Khaw spoke. Noting that two-thirds of his ministry is working from home, he said that productivity is not affected.'), [['that two-thirds of his ministry is working from home', 'Khaw'], ['that productivity is not affected', 'Khaw']]);
    assert.deepEqual(reportedBy('Alleging the government has failed to heed warnings, Labour says it is clear that the industry has been hit.').map(([q]) => q), ['the government has failed to heed warnings', 'it is clear that the industry has been hit']);
    assert.deepEqual(reportedBy('Warning of delays, the mayor said the roads were closed.').map(([q]) => q), ['the roads were closed']);
  });
  it('gives "they" the group that opens the sentence before ("City staff are recommending a delay. But they say …")', () => {
    assert.deepEqual(reportedBy('City staff are recommending a one-year delay for the plan. But they say plans for the West End are almost ready.'), [['plans for the West End are almost ready', 'City staff']]);
    assert.deepEqual(reportedBy('Residents have complained for years. They say the plan is unfair.'), [['the plan is unfair', 'Residents']]);
  });
  it('reads French-language papers ("La Presse") as bodies, whom a later "it" means', () => {
    assert.deepEqual(reportedBy('Sauvé told La Presse he did not make the payment.\n\nLa Presse didn’t name the people, but it stated police have opened an investigation.').at(-1), ['police have opened an investigation', 'La Presse']);
  });
  it('reads the clause a subject pronoun opens after "told" a recipient and where or when ("told reporters after practice he was fine")', () => {
    assert.deepEqual(reportedBy('McDavid told reporters after practice he was fine.'), [['he was fine', 'McDavid']]);
    assert.deepEqual(reportedBy('McDavid told media following morning skate Monday he woke to the news.'), [['he woke to the news', 'McDavid']]);
  });
  it('reads ", saying" after a quotation closing after its comma, past how often it was said ("… “more co-operative approach,” saying more than once that …")', () => {
    assert.deepEqual(reportedBy('Andrew Scheer spoke. He encouraged the prime minister to strike a “more co-operative approach with all provinces,” saying more than once that the Tories will keep up the fight.'), [['that the Tories will keep up the fight', 'Andrew Scheer']]);
    assert.deepEqual(reportedBy('He said more than 100 people died.').map(([q]) => q), ['more than 100 people died']);
  });
  it('gives quoted words followed by ", as <speaker> put it" to that speaker', () => {
    const q = find(quotesWithEntitiesOf('Doug Ford spoke on Friday. Ford backtracked on — or “updated,” as he put it — the standards in the framework.'), 'updated');
    assert.deepEqual([q.fragment, q.scare, q.speaker?.name], [true, undefined, 'Doug Ford']);
    assert.equal(find(quotesWithEntitiesOf('The plan, as it was called, was “updated” as planned.'), 'updated').speaker ?? null, null);
  });
  it('reads a headline opening with single-quoted words before its colon as a quotation, said by whoever the body\'s quotation holding them names', () => {
    const text = "'It's not appropriate here': Residents voice safety concerns\n\nResidents spoke.\n\n“We’re not against development, it’s just that it’s not appropriate here,” said Alan Kenney.\n";
    const q = find(quotesWithEntitiesOf(text), 'It\'s not appropriate');
    assert.deepEqual([q.kind, q.fragment, q.speaker?.name], ['direct', undefined, 'Alan Kenney']);
    // (A quotation's second sentence, tagged by the first's tag only, still names its speaker.)
    const second = "'There is an epidemic': Family challenges eviction\n\n“What it’s caused is a pivot,” Robert Patterson said. “There is an epidemic of this kind of eviction.”\n";
    const headline = quotesWithEntitiesOf(second).find((x) => x.start === 0);
    assert.equal(headline?.speaker?.name, 'Robert Patterson');
    // (A tag after the colon whose verb goes on with a clause reports that clause too.)
    const tagged = quotesWithEntitiesOf("'Didn't see it coming': Connor McDavid says Oilers coach firings came as a surprise\n\nEDMONTON — Connor McDavid was surprised.");
    assert.deepEqual(tagged.map((x) => [x.kind, x.text, x.speaker?.name]), [['direct', "'Didn't see it coming'", 'Connor McDavid'], ['indirect', 'Oilers coach firings came as a surprise', 'Connor McDavid']]);
  });
  it('reads no report in an elided comparison ("… higher than city reports say it is could support …") nor in a clause whose subject precedes the verb ("a year Mickelson thinks could be …")', () => {
    assert.deepEqual(reportedBy('A claim the city’s debt is higher than city reports say it is could support a total of $135 million in cuts.'), []);
    assert.deepEqual(reportedBy('He said it is going to be fine.').map(([q]) => q), ['it is going to be fine']);
    // (Nor a clause whose subject stands before the verb: "a year Mickelson thinks could be …".)
    assert.deepEqual(reportedBy('He is ramping up for 2019, a year Mickelson thinks could be one of his best.'), []);
    assert.deepEqual(reportedBy('The Corporation has claimed to have addressed 30 per cent of the complaints.').map(([q]) => q), ['to have addressed 30 per cent of the complaints']);
  });
  it('reads "the judge" as the one "Justice" named, and "the lawyer" as the one a role\'s apposition named ("his lawyer, Nate Whitling,"), though an unnamed one came first', () => {
    const text = 'Vader’s lawyer had argued for a mistrial.\n\nCourt of Queen’s Bench Justice Denny Thomas told Vader that he was vacating the convictions.\n\n“I accept that it was an error,” the judge said.\n\nHis lawyer, Nate Whitling, told court Vader would not co-operate.\n\n“It is a matter for another court,” the lawyer said.';
    assert.equal(find(quotesWithEntitiesOf(text), 'I accept').speaker?.name, 'Denny Thomas');
    assert.equal(find(quotesWithEntitiesOf(text), 'another court').speaker?.name, 'Nate Whitling');
  });
  it('gives a quote the name an aside gives its unnamed speaker ("one man, who identified himself as a 17-year employee named Clay, said")', () => {
    assert.equal(find(quotesWithEntitiesOf('“I just wish they would be straight with everybody,” one man, who identified himself as a 17-year employee named Clay, said.'), 'straight').speaker?.name, 'Clay');
    assert.equal(find(quotesWithEntitiesOf('“I just wish they would be straight,” a woman, who asked not to be named, said.'), 'straight').speaker?.description, 'a woman');
  });
  it('gives a plural description with a modifier to no one person ("The YDA leaders" is not the YDA president)', () => {
    const text = 'Addressing a press conference at the Peshawar Press Club, YDA President Dr Asfandyar, accompanied by General Secretary Dr Asif Khan, said that public hospitals remain under-equipped.\n\nThe YDA leaders further said, it is the government’s duty to ensure availability of equipment.\n';
    assert.equal(find(quotesWithEntitiesOf(text), 'government’s duty').speaker?.description, 'the YDA leaders');
  });
  it('reads "the lawyer" as the unnamed "the petitioner’s lawyer" introduced before, not the person in focus, and a named one as that person', () => {
    const text = 'Justice Shehram Sarwar Chaudhary heard the pleas. During the hearing, the court inquired the petitioner’s lawyer about the arrests. At this, the lawyer said the party has started a movement.';
    assert.deepEqual(reportedBy(text), [['the party has started a movement', 'the petitioner’s lawyer']]);
    assert.deepEqual(reportedBy('John Smith was charged. His lawyer, Jane Doe, said he was innocent. The lawyer said he would appeal.').map(([, sp]) => sp), ['Jane Doe', 'Jane Doe']);
    assert.deepEqual(reportedBy('John Smith was charged. His lawyer argued the case was weak. The lawyer said he would appeal.').map(([, sp]) => sp), ['his lawyer', 'his lawyer']);
  });
  it('reads a pronoun with its verb contracted after "said" as the clause\'s subject, never an inverted speaker ("…, said she\'s glad to see Mounties …")', () => {
    assert.deepEqual(reportedBy('Janice Jensen, a resident in the city, said she\'s glad to see Mounties in her neighbourhood.'), [['she\'s glad to see Mounties in her neighbourhood', 'Janice Jensen']]);
    assert.deepEqual(reportedBy('Janice Jensen, a resident in the city, said they’re glad to see Mounties here.'), [['they’re glad to see Mounties here', 'Janice Jensen']]);
  });
  it('reads a tag followed by when it was said, a time\'s phrase or a clause of the writer\'s ("…, Smart said this week after he lost …", "she said after the meeting")', () => {
    assert.deepEqual(reportedBy('This is one of the many differences between a remote trial and an in-person trial, Brennan Smart said this week after he lost what may be the first challenge in Ontario of a judge’s ruling ordering a trial to be conducted by Zoom.'), [['This is one of the many differences between a remote trial and an in-person trial', 'Brennan Smart']]);
    assert.deepEqual(reportedBy('The shop on Main Street will close next year, Mary Doe said after the meeting.'), [['The shop on Main Street will close next year', 'Mary Doe']]);
    // (Not a clause read as the inverted speaker: "says his son long battled addiction before …".)
    assert.deepEqual(reportedBy('Ernie LeBlanc, father of Jason LeBlanc, 42, says his son long battled addiction before his overdose death in a jail cell.'), [['his son long battled addiction before his overdose death in a jail cell', 'Ernie LeBlanc']]);
  });
  it('reads "according to" after a conjunction opening the sentence ("But according to police, …", "And, according to …"), and someone\'s own testimony as theirs', () => {
    assert.deepEqual(reportedBy('But according to police, the man was arrested at his home on Friday.'), [['the man was arrested at his home on Friday', 'police']]);
    assert.deepEqual(reportedBy('John Smith was charged. And, according to Smith’s own testimony, he went into the house willingly.'), [['he went into the house willingly', 'John Smith']]);
    // (An unnamed owner's document is no person, nor the one in focus.)
    assert.equal(find(quotesWithEntitiesOf('Greg Wilson, the defence lawyer, spoke. According to the teen’s own testimony, he went into the house willingly.'), 'house willingly').speaker?.name, null);
  });
  it('reads where a named speaker works after "of" as part of the tag, not a clause with its verb ("according to Sgt. Frank Jang of the … Team"; "said the Council of Rulers held …")', () => {
    assert.deepEqual(reportedBy('The recent spate of gun violence is keeping homicide investigators “very, very busy,” according to Sgt. Frank Jang of the Integrated Homicide Investigation Team.'), [['The recent spate of gun violence is keeping homicide investigators “very, very busy,”', 'Frank Jang']]);
    assert.deepEqual(reportedBy('Keeper of the Ruler’s Seal, Syed Danial Syed Ahmad, said the Council of Rulers held a meeting Monday and set Jan. 24 to elect a new king.'), [['the Council of Rulers held a meeting Monday and set Jan. 24 to elect a new king', 'Syed Danial Syed Ahmad']]);
    assert.deepEqual(reportedBy('Tara Gomes, a co-author of the report, said there’s a growing awareness of the risk of taking the two drugs together.'), [['there’s a growing awareness of the risk of taking the two drugs together', 'Tara Gomes']]);
  });
  it('reads a report with a quoted phrase inside it before ", adding: “…”" up to the participle ("said the company ‘completely understand’ residents’ concerns, adding: “…”")', () => {
    const text = 'A spokesman for Spitfire Bespoke Homes said the company ‘completely understand’ residents’ concerns, adding: “The site already has outline planning consent.”';
    assert.deepEqual(reportedBy(text), [['the company ‘completely understand’ residents’ concerns', 'a spokesman for Spitfire Bespoke Homes']]);
    assert.equal(find(quotesWithEntitiesOf(text), 'outline planning').speaker?.description, 'a spokesman for Spitfire Bespoke Homes');
  });
  it('reads a clause opening with a preposition\'s phrase before its subject pronoun ("said by the end of that meeting he wondered …")', () => {
    assert.deepEqual(reportedBy('Rick Webber said by the end of that meeting he wondered if council actually voted on remuneration.'), [['by the end of that meeting he wondered if council actually voted on remuneration', 'Rick Webber']]);
    assert.deepEqual(reportedBy('Rick Webber said it would be done by the end of the year.'), [['it would be done by the end of the year', 'Rick Webber']]);
  });
  it('reads a tag whose speaker a relative clause describes after a quoted phrase closing the report ("… are “very exciting,” says … Erin Kim, who is leading the “Activate” project …")', () => {
    const text = 'Results for the first 500 enrolled last May are “very exciting,” says Heart and Stroke senior manager Erin Kim, who is leading the “Activate” project in partnership with the MaRS Centre for Impact Investing.';
    assert.deepEqual(reportedBy(text), [['Results for the first 500 enrolled last May are “very exciting,”', 'Erin Kim']]);
  });
  it('reads a subject whose place has a relative clause with its own verb ("The owner of a … salmon farm where … fuel spilled on the weekend says"), and a farm as no person', () => {
    const text = 'Company ‘Highly Regrets’ Fuel Spill At B.C. Fish Farm, Will Review Procedures\n\nThe owner of a British Columbia salmon farm where hundreds of litres of fuel spilled on the weekend says it “highly regrets” the incident and will review its procedures.\n';
    assert.deepEqual(reportedBy(text), [['it “highly regrets” the incident and will review its procedures', 'the owner of a British Columbia salmon farm']]);
    assert.deepEqual(reportedBy('I was at the bar where a friend said the show was over.'), [['the show was over', 'a friend']]);
  });
  it('reads a closing tag without its comma ("… less buoyant according to recent surveys.", "… 30 minutes says Mario Posteraro, president of …"), and records as a source ("according to court documents")', () => {
    assert.deepEqual(reportedBy('Consumers, meanwhile, are feeling less buoyant according to recent surveys.'), [['Consumers, meanwhile, are feeling less buoyant', 'recent surveys']]);
    assert.deepEqual(reportedBy('A further 108 urgent calls for those with fractured hips waited longer than 30 minutes says Mario Posteraro, president of the Ontario Public Service Employees Union Local 256.'), [['A further 108 urgent calls for those with fractured hips waited longer than 30 minutes', 'Mario Posteraro']]);
    assert.deepEqual(reportedBy('The man was arrested in 2019, according to court documents.'), [['The man was arrested in 2019', 'court documents']]);
    // (Not a predicate joined by "and": the subject's second verb.)
    assert.deepEqual(reportedBy('Manitoba health officials announced no new cases of COVID-19, and say the number of recoveries now outnumber active cases.'), [['the number of recoveries now outnumber active cases', 'Manitoba health officials']]);
  });
  it('reads "the civic body" as the body named before', () => {
    assert.deepEqual(reportedBy('The Brihanmumbai Municipal Corporation said the road would close. The civic body said repairs were under way.').map(([, sp]) => sp), ['Brihanmumbai Municipal Corporation', 'Brihanmumbai Municipal Corporation']);
  });
  it('reads what a subject\'s own speech verb reports after a source\'s tag between commas as the subject\'s ("Security agents …, according to Elton Brobbey, noted that …")', () => {
    assert.deepEqual(reportedBy('Security agents stationed at the premises, according to Elton Brobbey, noted that there have always been police on the premises.'), [['that there have always been police on the premises', 'Security agents stationed at the premises']]);
    // (A predicate of no speech keeps the two parts the source's: "Some of those concerns, according to experts, include …".)
    assert.deepEqual(reportedBy('Some of those concerns, according to national security experts, include Huawei’s potential link to the Chinese government.').map(([q]) => q), ['Some of those concerns', 'include Huawei’s potential link to the Chinese government']);
  });
  it('reads a verb after a person\'s apposition and comma as that person\'s, not an inverted tag ("David Williams, executive director of …, said the NDP government, through …, intends")', () => {
    const text = 'At a Monday briefing on the amendments, David Williams, executive director of Campus Alberta, said the NDP government, through updated regulations, also intends to cap annual increases.';
    assert.deepEqual(reportedBy(text), [['the NDP government, through updated regulations, also intends to cap annual increases', 'David Williams']]);
    assert.deepEqual(reportedBy('At 2,300 feet, said Mary Smith, the plane began to fall.'), [['At 2,300 feet', 'Mary Smith'], ['the plane began to fall', 'Mary Smith']]);
  });
  it('reads a name, then a quotation going on in lower case with no mark between, as the subject and predicate of the clause said ("the teen said Grimard “started rubbing his back …” when …")', () => {
    const text = 'According to the facts, the teen said Grimard “started rubbing his back and then his side” when he went to the suite.';
    assert.deepEqual(reportedBy(text), [['Grimard “started rubbing his back and then his side” when he went to the suite', 'the teen']]);
    // (A recipient of "told" still hands a quotation over: "told Reuters “…”".)
    assert.equal(find(quotesWithEntitiesOf('Mary Smith told Reuters “we will not back down.”'), 'back down').kind, 'direct');
  });
  it('reads what a judge ruled ("McKay ruled that …", "The judge ruled the penalty would be …"), not "ruled the country" nor "the ruling party"', () => {
    assert.deepEqual(reportedBy('Justice Thomas McKay heard the case. McKay ruled that he will participate remotely.'), [['that he will participate remotely', 'Thomas McKay']]);
    assert.deepEqual(reportedBy('The judge ruled the penalty would be grossly disproportionate.'), [['the penalty would be grossly disproportionate', 'the judge']]);
    assert.deepEqual(reportedBy('He ruled the country for a decade. She ruled out a second term.'), []);
  });
  it('splits a second report joined by "and" and the very verb form that opened the first ("Lecce says … and says he’s not going to …")', () => {
    const text = 'Stephen Lecce spoke. Lecce says the people of Ontario support the government and says he’s not going to raise taxes.';
    assert.deepEqual(reportedBy(text), [['the people of Ontario support the government', 'Stephen Lecce'], ['he’s not going to raise taxes', 'Stephen Lecce']]);
    // (Not another form, which may be the clause's own subject's: "… the minister met the mayor and said …".)
    assert.deepEqual(reportedBy('Stephen Lecce says the minister met the mayor and said the deal was off.').length, 1);
  });
  it('reads the subject of a clause joined by "and" after another clause with its own verb ("The weather was bad and officials said"), and a short definite subject a copula describes as who admitted ("The experienced centre was brutally honest …, and admitted that …")', () => {
    assert.deepEqual(reportedBy('The weather was bad and officials said the game was off.'), [['the game was off', 'officials']]);
    const text = 'Jean de Villiers captains the team. The experienced centre was brutally honest after the defeat at Eden Park, and admitted that they have some way to go.';
    assert.deepEqual(reportedBy(text), [['that they have some way to go', 'Jean de Villiers']]);
  });
  it('reads the "that" clause after where it was posted and an aside between commas ("posted on X, formerly Twitter, that …")', () => {
    assert.deepEqual(reportedBy('Doug Beattie posted on X, formerly Twitter, that he did not believe the stance represents the majority view.'), [['that he did not believe the stance represents the majority view', 'Doug Beattie']]);
  });
  it('reads a long subject of two nouns joined by "and" before its plural auxiliary as a clause ("claiming the changing face of the high street and rising overheads have made …")', () => {
    assert.deepEqual(reportedBy('The owner has decided to downsize, claiming the changing face of the high street and rising overheads have made running a business unsustainable.'), [['the changing face of the high street and rising overheads have made running a business unsustainable', 'the owner']]);
    assert.deepEqual(reportedBy('The owner confirmed the sale of the shop and the move.'), []);
  });
  it('lets bosses speak ("…, union bosses have claimed.")', () => {
    assert.deepEqual(reportedBy('The NHS in Lincolnshire is on its knees, union bosses have claimed.'), [['The NHS in Lincolnshire is on its knees', 'union bosses']]);
  });
  it('reads the comma inside a number as no clause\'s comma ("… not the 1,500 litres the company reported earlier" is no tag)', () => {
    assert.deepEqual(reportedBy('Cermaq says the spill was not the 1,500 litres the company reported earlier.'), [['the spill was not the 1,500 litres the company reported earlier', 'Cermaq']]);
  });
  it('reads a speech verb\'s object before "but" and another clause as no report, and that clause\'s subject as the speaker ("Gardaí maintained a presence at the school but the principal has stressed that …")', () => {
    assert.deepEqual(reportedBy('Gardaí maintained a presence at the school but the principal has stressed that there was never any threat to the school.'), [['that there was never any threat to the school', 'the principal']]);
  });
  it('reads a subject pronoun right after a subordinator as the speaker of the verb after it ("accused of complacency after he insisted the SNP government had ended …")', () => {
    assert.deepEqual(reportedBy('Alex Salmond has been accused of complacency after he insisted the SNP government had ended hidden waiting lists.'), [['the SNP government had ended hidden waiting lists', 'Alex Salmond']]);
  });
  it('reads a report joined by "and" to a quotation\'s tag as the tag\'s speaker\'s ("“…,” he added and disclosed that …")', () => {
    assert.deepEqual(reportedBy('Eric Maiyo spoke. “We will continue training,” he added and disclosed that Kosgei was tested six times.'), [['that Kosgei was tested six times', 'Eric Maiyo']]);
  });
  it('gives what an absolute clause\'s participle reports to its own subject ("…, the government now claiming that …"), and "the government" to a body named so only', () => {
    const text = 'British Airways said the cancellations were made weeks ago. Airlines alleged that the true cause was a lack of help when the pandemic broke out, the government now claiming that billions were put into the industry.';
    assert.deepEqual(reportedBy(text).map(([, sp]) => sp), ['British Airways', 'Airlines', 'the government']);
  });
  it('reads "but said" after a tag that opens with its verb as the tag\'s subject\'s ("Phil Holloway, replied ‘Not per se’, but said staff ‘provided …’")', () => {
    assert.deepEqual(reportedBy('Director Infrastructure Services, Phil Holloway, replied ‘Not per se’, but said staff ‘provided regular updates to Council on the fire situation’.'), [['staff ‘provided regular updates to Council on the fire situation’', 'Phil Holloway']]);
  });
  it('reads a report in a clause opening the sentence with its subordinator for that clause\'s subject, up to a main clause whose bare subject can speak ("While the activists claimed …, police have termed …")', () => {
    assert.deepEqual(reportedBy('While the activists claimed the demonstrations are peaceful, police have termed them illegal.'), [['the demonstrations are peaceful', 'the activists']]);
  });
  it('reads the subject after a subordinator and a determiner ("The admission came as the province revealed …", "Much as the activists have claimed …, police …"), and a gerund subject before an irregular past ("admitted letting down the fans made him sick")', () => {
    assert.deepEqual(reportedBy('The admission came as the province revealed three-quarters of the fatalities reported Thursday were of nursing-home residents.'), [['three-quarters of the fatalities reported Thursday were of nursing-home residents', 'the province']]);
    assert.deepEqual(reportedBy('Much as the activists have claimed today’s demonstrations are peaceful, police have termed them illegal.'), [['today’s demonstrations are peaceful', 'the activists']]);
    assert.deepEqual(reportedBy('Captain Michael Bradley admitted letting down the fans made him sick to his stomach.'), [['letting down the fans made him sick to his stomach', 'Michael Bradley']]);
  });
  it('reads a speech verb\'s infinitive after an adjective of readiness as the copula\'s subject\'s ("He also was quick to point out that …")', () => {
    assert.deepEqual(reportedBy('Mark Saunders spoke. He also was quick to point out that the gun violence is typically linked to gang activity.'), [['that the gun violence is typically linked to gang activity', 'Mark Saunders']]);
    assert.deepEqual(reportedBy('He was quick to leave the room.'), []);
  });
  it('reads "Some said" / "Some suggested that …" as a group\'s report, as "Many said" is; "Some claims" stays a noun', () => {
    assert.deepEqual(reportedBy('Users were surveyed. Some suggested that the season could be extended.'), [['that the season could be extended', 'Some']]);
    assert.deepEqual(reportedBy('Some claims were false, the review found.'), []);
  });
  it('reads a headline\'s "Name on Topic: ‘…’" as that person\'s quotation', () => {
    const text = 'Dickenson on Mitchell: ‘There’s no reason he can’t get better’\n\nThe relief in Dave Dickenson’s voice was palpable.';
    const q = find(quotesWithEntitiesOf(text), 'no reason');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speaker?.name, 'Dave Dickenson');
  });
  it('reads a condition in inverted order after the verb, then its main clause, as the clause said ("Murray said should MacLellan proceed to sentence, he will not be …")', () => {
    assert.deepEqual(reportedBy('Justice Patrick Murray ruled. Murray said should MacLellan proceed to sentence, he will not be subject to the minimum sentence.'), [['should MacLellan proceed to sentence, he will not be subject to the minimum sentence', 'Patrick Murray']]);
    assert.deepEqual(reportedBy('He said should be fine.'), []);
  });
  it('reads a concession after a tag between commas as the writer\'s ("…, he said, though he did not name any individuals")', () => {
    assert.deepEqual(reportedBy('Justin Trudeau spoke. There are people trying to create fear about immigration, he said, though he did not name any individuals or groups.'), [['There are people trying to create fear about immigration', 'Justin Trudeau']]);
  });
  it('reads a pronoun\'s contracted "is" before a speech verb\'s progressive ("she’s reminding people that …"), and a closing "reports <body>" without its comma', () => {
    assert.deepEqual(reportedBy('Jean Strong spoke. She’s reminding people that others may be at risk by not following orders.'), [['that others may be at risk by not following orders', 'Jean Strong']]);
    assert.deepEqual(reportedBy('Ambulances wasted 30,549 hours in 2019, 2,696 more hours than the year before reports the Hamilton Paramedic Service.'), [['Ambulances wasted 30,549 hours in 2019, 2,696 more hours than the year before', 'Hamilton Paramedic Service']]);
  });
  it('reads a clause whose subject has a second one joined between commas before its auxiliary ("argued those factors, and the terrible nature of the crime, still do not push …")', () => {
    assert.deepEqual(reportedBy('The lawyer argued those factors, and the terrible nature of the crime, still do not push this case into adult sentences.'), [['those factors, and the terrible nature of the crime, still do not push this case into adult sentences', 'the lawyer']]);
    assert.deepEqual(reportedBy('The lawyer confirmed the factors, and the crime, the judge said.').map(([q]) => q), ['The lawyer confirmed the factors, and the crime']);
  });
  it('reads a condition ending at "then", and a main clause whose verb is a present after a determiner and noun, after "said if" ("said if the coroner rejects the request then she should …", "…, the word goes out …")', () => {
    assert.deepEqual(reportedBy('Nadine Touma spoke. Touma said if the coroner rejects the request to postpone the hearings then she should at least order a publication ban.'), [['if the coroner rejects the request to postpone the hearings then she should at least order a publication ban', 'Nadine Touma']]);
    assert.deepEqual(reportedBy('Jim Tokarchuk spoke. He said if investigators are needed, the word goes out for help from detachments.'), [['if investigators are needed, the word goes out for help from detachments', 'Jim Tokarchuk']]);
    assert.deepEqual(reportedBy('He said if so then fine.'), []);
  });
  it('reads a plural title with its adjective as a group that speaks ("but hereditary chiefs say …"), and a plural after joined modifiers with where they are ("University and college students in Windsor say …")', () => {
    assert.deepEqual(reportedBy('The pipeline would follow the route, but hereditary chiefs say the project does not have their consent.'), [['the project does not have their consent', 'hereditary chiefs']]);
    assert.deepEqual(reportedBy('University and college students in Windsor say they worry about changes to OSAP.'), [['they worry about changes to OSAP', 'University and college students in Windsor']]);
    assert.deepEqual(reportedBy('Tall and narrow houses in Windsor say little about the owners.'), []);
  });
  it('reads a plural before "who" without a comma as the relative clause\'s speaker ("criticism from several First Nations and environmental groups who said Tuesday that …"), and names a lede\'s description past that group\'s report', () => {
    const text = 'Alberta’s environment minister said Wednesday her government has not submitted its plan yet.\n\nShannon Phillips was reacting to criticism from several First Nations and environmental groups who said Tuesday that the federal government needs to step in.\n\nBut Phillips said her government’s plan will be ready in December.';
    assert.deepEqual(reportedBy(text), [
      ['her government has not submitted its plan yet', 'Shannon Phillips'],
      ['that the federal government needs to step in', 'environmental groups'],
      ['her government’s plan will be ready in December', 'Shannon Phillips'],
    ]);
  });
  it('names a lede\'s description past names inside its own sentence ("The lawyer for Colten Boushie’s family, who has been attending the trial of Gerald Stanley, …"), and after the person a role\'s apposition opening the next sentence gives ("BlackBerry’s boss says …¶The company’s chief executive officer, John Chen, was …")', () => {
    const lawyer = 'The lawyer for Colten Boushie’s family, who has been attending the trial of Gerald Stanley, spoke with reporters today, saying the jury is doing its job.\n\n“It’s very apparent the jury is taking their oath very seriously,” said Chris Murphy, a Toronto-based lawyer.\n\nThe jury is doing its job, said Murphy.';
    assert.deepEqual(reportedBy(lawyer)[0], ['the jury is doing its job', 'Chris Murphy']);
    const boss = 'BlackBerry’s boss says they’re not going anywhere, but there’s still a lot of work to do.\n\nThe company’s chief executive officer, John Chen, was candid in his chat on Thursday.\n\n“It takes time,” said Chen.';
    assert.deepEqual(reportedBy(boss)[0], ['they’re not going anywhere, but there’s still a lot of work to do', 'John Chen']);
  });
  it('reads "deadpanned", "chuckled" and "confided" as tags of a quotation', () => {
    const text = 'Wanda Nanibush and Georgiana Uhlyarik led the tour, said Uhlyarik.\n\n"We may get in crap for that," Nanibush deadpanned to her colleague.\n\n"Not this time," Uhlyarik chuckled.';
    assert.deepEqual(quotesWithEntitiesOf(text).filter((q) => q.kind === 'direct').map((q) => q.speaker?.name), ['Wanda Nanibush', 'Georgiana Uhlyarik']);
  });
  it('takes a person a sentence with no one as its subject introduces with a relative clause as the one a pronoun means ("It was a mixed bag of emotions for centreback Jose Aja, who was playing …¶“…,” he said")', () => {
    const text = 'Goaltender Brian Rowe saved a strike from winger Will Johnson.\n\nIt was a mixed bag of emotions for centreback Jose Aja, who was playing his former team for the first time.\n\n“It was a special game,” he said.';
    assert.equal(find(quotesWithEntitiesOf(text), 'special game').speaker?.name, 'Jose Aja');
    const coach = 'Coach Carl Robinson spoke.\n\nThe coach was pleased for centreback Jose Aja, who was playing his former team.\n\n“It was a special game,” he said.';
    assert.equal(find(quotesWithEntitiesOf(coach), 'special game').speaker?.name, 'Carl Robinson');
  });
  it('ends a report at a dash before another speaker\'s relative report ("— something the NSGEU said is unacceptable"), ends a relative report at the dash closing its aside, and leaves the focus on the sentence\'s speaker', () => {
    assert.deepEqual(reportedBy('The union said the authority enforces a directive during a code census — something the NSGEU said is unacceptable and puts patients at risk.'), [
      ['the authority enforces a directive during a code census', 'the union'],
      ['is unacceptable and puts patients at risk', 'NSGEU'],
    ]);
    const text = 'Lawyer Nate Whitling spoke to Justice Denny Thomas.\n\nAlthough Whitling said he will have to look at Thomas’ written decision — which the judge said would be issued “shortly” — he said he expects it will be the subject of an appeal.';
    assert.deepEqual(reportedBy(text), [
      ['he will have to look at Thomas’ written decision', 'Nate Whitling'],
      ['would be issued “shortly”', 'Denny Thomas'],
      ['he expects it will be the subject of an appeal', 'Nate Whitling'],
    ]);
    assert.deepEqual(reportedBy('The directive, which the union said is unacceptable, stays.'), [['is unacceptable', 'the union']]);
  });
  it('reads a date and its comma after any reporting verb, then the clause ("announced on Jan. 17, the average domestic college student will …")', () => {
    assert.deepEqual(reportedBy('Merrilee Fullerton, minister of training, colleges and universities announced on Jan. 17, the average domestic college student will be saving $340 per year.'), [['on Jan. 17, the average domestic college student will be saving $340 per year', 'Merrilee Fullerton']]);
    assert.deepEqual(reportedBy('The company announced on Monday, the deal would close.'), [['on Monday, the deal would close', 'the company']]);
    assert.deepEqual(reportedBy('The company announced on Monday, which was a holiday.'), []);
  });
  it('reads "discussed" and "questioned" as reporting a question\'s clause only ("Ibaka discussed how …", "questioned whether …"), not an object or a tag', () => {
    assert.deepEqual(reportedBy('Serge Ibaka spoke. Ibaka discussed how he and Leonard had become close during the season.'), [['how he and Leonard had become close during the season', 'Serge Ibaka']]);
    assert.deepEqual(reportedBy('Kwabena Frimpong-Boateng visited. Frimpong-Boateng questioned whether the excavators can be moved into the premises.'), [['whether the excavators can be moved into the premises', 'Kwabena Frimpong-Boateng']]);
    assert.deepEqual(reportedBy('Police questioned the man for hours, and the two discussed the budget.'), []);
    assert.equal(quotesOf('“Why now?” she questioned.')[0].speaker, null);
  });
  it('reads a headline\'s "…, Shopify CEO tells Ottawa audience" as a tag (a place, then the audience), and names the headline\'s description after the lede\'s once that is named', () => {
    const text = "Tech sector must replace 'cynicism with optimism,' Shopify CEO tells Ottawa audience\n\nIf you're applying for a job at Shopify Inc., the CEO says he doesn't care what degree you have.\n\n\"We are not here because of all the stuff we know,\" said Tobi Lütke.\n\n\"It matters,\" said Lütke.";
    assert.deepEqual(reportedBy(text), [
      ["Tech sector must replace 'cynicism with optimism,'", 'Tobi Lütke'],
      ["he doesn't care what degree you have", 'Tobi Lütke'],
    ]);
  });
  it('reads a headline\'s "BlackBerry CEO: …" (a body\'s word, then a role, then the colon) as that role\'s holder\'s claim, not "Quebec Election: …"', () => {
    const text = 'BlackBerry CEO: Innovation key to company’s turnaround\n\nBlackBerry’s boss says they’re not going anywhere.\n\nThe company’s chief executive officer, John Chen, was candid.';
    assert.deepEqual(reportedBy(text)[0], ['Innovation key to company’s turnaround', 'John Chen']);
    assert.deepEqual(reportedBy('Quebec Election: What you need to know about the vote\n\nThe vote is Monday.'), []);
  });
  it('ends a report at "and said" after another reporting verb, the second a report of its own ("He noted access to firearms is an issue and said there have been …")', () => {
    assert.deepEqual(reportedBy('Mark Saunders spoke. He noted access to firearms is an issue and said there have been 514 handguns seized this year.'), [
      ['access to firearms is an issue', 'Mark Saunders'],
      ['there have been 514 handguns seized this year', 'Mark Saunders'],
    ]);
  });
  it('reads a clause opening with a currency sign and a number after "said" ("He said $40 million comes from provincial grants")', () => {
    assert.deepEqual(reportedBy('Danny Smyth spoke. He said $40 million comes from provincial grants.'), [['$40 million comes from provincial grants', 'Danny Smyth']]);
  });
  it('reads "outside the courthouse" after a tag as where it was said, not as what was said ("…, McCann told reporters outside the courthouse.")', () => {
    assert.deepEqual(reportedBy('The verdict was a relief, their son Bret McCann told reporters outside the courthouse.'), [['The verdict was a relief', 'Bret McCann']]);
    assert.deepEqual(reportedBy('The verdict was a relief, McCann said outside the courthouse.'), [['The verdict was a relief', 'McCann']]);
  });
  it('ends a report where ", adding “…”" or ", saying “…”" (no colon) introduces a quotation, a second report before it a clause of its own', () => {
    assert.deepEqual(reportedBy('Cadmus Delorme spoke. He said Canada needs to have truth and reconciliation adding “there’s going to be many more stories.”'), [['Canada needs to have truth and reconciliation', 'Cadmus Delorme']]);
    const text = 'Donald Trump spoke. Trump said he planned to brief Thune about his call, and indicated he might not want lawmakers to push forward, saying “it may not be perfect timing.”';
    assert.deepEqual(reportedBy(text), [['he planned to brief Thune about his call', 'Donald Trump'], ['he might not want lawmakers to push forward', 'Donald Trump']]);
    assert.equal(find(quotesWithEntitiesOf(text), 'perfect timing').speaker?.name, 'Donald Trump');
  });
  it('reads no report in a noun\'s object with a condition ("emphasized the need for Islanders to stay home if they can"), in "says this about …", nor in an order put to the speaker ("when asked Wednesday to respond to …")', () => {
    assert.deepEqual(reportedBy('Heather Morrison spoke. Morrison emphasized the need for Islanders to stay home if they can.'), []);
    assert.deepEqual(reportedBy('Morrison warned people may get sick if they travel.').map(([q]) => q), ['people may get sick if they travel']);
    assert.deepEqual(reportedBy('Jim Iker spoke. Iker says this about yesterday’s bargaining session however.'), []);
    assert.deepEqual(reportedBy('“I thought so,” said Todd McLellan, when asked Wednesday to respond to suggestions that referees favour McDavid.'), []);
    assert.deepEqual(reportedBy('She asked the board to resign.').map(([q]) => q), ['to resign']);
  });
  it('reads a participle of speaking between subject and verb without commas ("Kinew later speaking to media said …"), and "…, then followed that up by saying you can’t …" as a second report', () => {
    assert.deepEqual(reportedBy('Wab Kinew spoke. Kinew later speaking to media said the province could have tabled the budget Wednesday.'), [['the province could have tabled the budget Wednesday', 'Wab Kinew']]);
    const text = 'Coach Randy Carlyle suggested before the series began that he expected the Oilers to be complaining, then followed that up Tuesday by saying you can’t touch McDavid these days.';
    assert.deepEqual(reportedBy(text), [['that he expected the Oilers to be complaining', 'Randy Carlyle'], ['you can’t touch McDavid these days', 'Randy Carlyle']]);
  });
  it('reads a pronoun with its contracted "is" as the subject a joined "and said" goes on with ("He’s hoping councillors heard the message and said …")', () => {
    assert.deepEqual(reportedBy('Fred Eisenberger spoke. He’s hoping councillors heard the message and said he’s confident it will be full steam ahead.'), [['he’s confident it will be full steam ahead', 'Fred Eisenberger']]);
  });
  it('reads a participle after a preposition\'s named object as the subject\'s ("Fougere paid tribute to retiring councillor Mike O’Donnell saying …"), and passes a sentence adverb between auxiliary and verb ("The group did however point out that …")', () => {
    assert.deepEqual(reportedBy('Michael Fougere spoke. Fougere paid tribute to retiring councillor Mike O’Donnell saying his service to the city has been outstanding.'), [['his service to the city has been outstanding', 'Michael Fougere']]);
    assert.deepEqual(reportedBy('He quotes Abraham Lincoln saying public sentiment is everything.'), [['public sentiment is everything', 'Abraham Lincoln']]);
    assert.deepEqual(reportedBy('Greenpeace Canada spoke. The group did however point out that positive steps have been taken.').map(([q]) => q), ['that positive steps have been taken']);
    assert.equal(quotesWithEntitiesOf('The group did however point out that positive steps have been taken.').find((q) => q.kind === 'indirect')?.speaker?.description, 'the group');
  });
  it('ends an inverted tag\'s speaker at a participle of speaking after the name ("said … MPP David Piccini speaking to Today’s Northumberland")', () => {
    assert.equal(find(quotesWithEntitiesOf('“My heart breaks,” said Northumberland-Peterborough South MPP David Piccini speaking to Today’s Northumberland.'), 'heart breaks').speaker?.name, 'David Piccini');
  });
  it('passes an adverb of manner between subject and verb by its ending ("Plante ironically called herself “the right man for the job”"), not a noun ending in -ly ("The family said")', () => {
    const q = find(quotesWithEntitiesOf('Valérie Plante spoke. Plante ironically called herself “the right man for the job” in the run-up.'), 'right man');
    assert.equal(q.speaker?.name, 'Valérie Plante');
    assert.deepEqual(reportedBy('The family said it was sad.'), [['it was sad', 'the family']]);
  });
  it('reads "referred to X as “…”" as the subject\'s characterisation, as "described X as “…”" is', () => {
    const q = find(quotesWithEntitiesOf('Danny Smyth presented. A woman at the town hall spoke, and Smyth referred to the plan as "a work in progress."'), 'work in progress');
    assert.equal(q.characterised, true);
    assert.equal(q.speaker?.name, 'Danny Smyth');
    assert.deepEqual(quotesWithEntitiesOf('He referred to the report in his speech.'), []);
  });
  it('resolves "he" to a person named once earlier in the same sentence when no one else is in focus ("… against Trustee Will Davies after he referred to …")', () => {
    const text = 'A complaint was filed against Trustee Will Davies after he referred to McCrimmon Middle School as "McCriminal" during a conversation.';
    assert.equal(find(quotesWithEntitiesOf(text), 'McCriminal').speaker?.name, 'Will Davies');
  });
  it('reads a bare clause after a verb other than "say" when its subject is a determiner\'s noun phrase and its verb a present in -s before an object ("allege the province’s back-to-school plan violates its own …"), not a noun phrase before "to" ("confirmed the city’s plans to …")', () => {
    assert.deepEqual(reportedBy('The unions allege the province’s back-to-school plan violates its own legislation.'), [['the province’s back-to-school plan violates its own legislation', 'the unions']]);
    assert.deepEqual(reportedBy('The mayor confirmed the city’s plans to build a new arena.'), []);
  });
  it('reads the "that" after how near in time and when ("tweeted shortly after 3 p.m. that …")', () => {
    assert.deepEqual(reportedBy('Police tweeted shortly after 3 p.m. that the situation had been resolved.'), [['that the situation had been resolved', 'Police']]);
  });
  it('reads a person with where they work and what that body serves, in lower case, as the subject ("Erick Thompson with the Emergency Operations Centre for the region said")', () => {
    assert.deepEqual(reportedBy('Erick Thompson with the Emergency Operations Centre for the region said anyone near wildfire areas should create a plan.'), [['anyone near wildfire areas should create a plan', 'Erick Thompson']]);
  });
  it('reads a plural that speaks, with a modifier in lower case, after "according to" ("according to local leaders"), but not a verb\'s plural object as an inverted speaker ("tried to reassure nurses, saying “…”")', () => {
    assert.deepEqual(reportedBy('Several buildings have also been lost, according to local leaders.'), [['Several buildings have also been lost', 'local leaders']]);
    assert.equal(find(quotesWithEntitiesOf('Quebec Treasury Board president Sonia LeBel on Thursday tried to reassure nurses, saying “you have been heard.”'), 'been heard').speaker?.name, 'Sonia LeBel');
  });
  it('resolves "police" before any force is named to the one force the text names later as a speaker\'s ("Const. Rob Carver of the Winnipeg Police Service"), not to where a suspect worked', () => {
    const text = 'Police said the situation had been resolved.\n\nConst. Rob Carver of the Winnipeg Police Service said the man was safe.';
    assert.equal(find(quotesWithEntitiesOf(text), 'situation had been resolved').speaker?.name, 'Winnipeg Police Service');
    const other = 'After a manhunt, police confirmed they were no longer looking for a suspect.\n\nThe suspect also worked part time for the Crandon Police Department.';
    assert.equal(find(quotesWithEntitiesOf(other), 'no longer looking').speaker?.name ?? null, null);
  });
  it('reads the "that" after a longer phrase of where it was said when a name ends the phrase and a subject follows ("said during a visit Friday to Pikangikum First Nation that Ottawa is …"), not a relative "that" ("agreed to a Budapest summit after a long phone call that both sides described as productive")', () => {
    assert.deepEqual(reportedBy('Trudeau said during a visit Friday to Pikangikum First Nation that Ottawa is serious about housing.'), [['that Ottawa is serious about housing', 'Trudeau']]);
    assert.deepEqual(reportedBy('Trump and Putin have agreed to a Budapest summit after a long phone call that both sides described as productive, with Washington and Moscow now preparing talks.'), []);
  });
  it('reads what is promised after an article as its object, not a clause ("is promising a remote reserve help with a housing shortage that the chief says is worse than ever"), while "claimed a study had been done" is a clause', () => {
    const text = 'Prime Minister Justin Trudeau is promising a remote northwestern Ontario reserve help with a housing shortage that the chief says is worse than ever.\n\nPikangikum Chief Dean Owen said the backlog has doubled.';
    assert.deepEqual(reportedBy(text), [['is worse than ever', 'Dean Owen'], ['the backlog has doubled', 'Dean Owen']]);
    assert.deepEqual(reportedBy('But the mayor claimed a study had been done to confirm this by TransLink.'), [['a study had been done to confirm this by TransLink', 'the mayor']]);
  });
  it('reads no finite verb in an infinitive\'s "be" nor in a past joined to an adjective\'s ("declared the situation to be an \'armed and barricaded\' situation", "reiterated his call for a private mediator to be brought in")', () => {
    assert.deepEqual(reportedBy("Police declared the situation to be an 'armed and barricaded' situation around 8:50 p.m., bringing in multiple police units."), []);
    assert.deepEqual(reportedBy('Lecce also reiterated his call for a private mediator to be brought in.'), []);
    assert.deepEqual(reportedBy('Lecce reiterated the mediator would be brought in.'), [['the mediator would be brought in', 'Lecce']]);
  });
  it('reads a clause opened by a word in -ing when a present in -s and its object or infinitive follow ("Suncor said continuing political risk continues to impede …")', () => {
    assert.deepEqual(reportedBy('But as of press time, Suncor said continuing political risk continues to impede its production in Libya.'), [['continuing political risk continues to impede its production in Libya', 'Suncor']]);
  });
  it('reads the titles of Irish, European and Scottish members ("MEP", "TD", "MSP") before a name opening a sentence, so the person is its subject for the next "he"', () => {
    for (const title of ['MEP', 'TD', 'MSP']) {
      const text = `Colm Horkan was shot dead. ${title} Luke Flanagan offered condolences.\n\n“Time will eventually heal,” he concluded.`;
      assert.equal(find(quotesWithEntitiesOf(text), 'eventually heal').speaker?.name, 'Luke Flanagan', title);
    }
  });
  it('makes a person after a role, where it is held and the employer\'s acronym the subject a following "he" means, in a body\'s report too ("According to the Local Democracy Reporting Service, director of operations at ULHT Simon Evans apologised")', () => {
    const text = 'Elliot Dean said the trust was struggling.\n\nAccording to the Local Democracy Reporting Service, director of operations at ULHT Simon Evans apologised for the trust’s performance.\n\n"Over recent months we have seen a significant increase in patients," he said.';
    assert.equal(find(quotesWithEntitiesOf(text), 'significant increase').speaker?.name, 'Simon Evans');
    // (Not a name after a verb in the capitalised run: "President Donald Trump meets Russian President Vladimir Putin".)
    const caption = 'President Donald Trump meets Russian President Vladimir Putin, to negotiate for an end to the war, in Anchorage, Alaska. Photo by Kevin Lamarque/Reuters\n\nSR\n\n“I understand what their needs are.” He’s being modest.';
    assert.notEqual(find(quotesWithEntitiesOf(caption), 'their needs').speaker?.name, 'Vladimir Putin');
  });
  it('names a part of a group after "according to" with its group ("one of the caretakers"), one person a later "he" means', () => {
    const text = 'Prof Frimpong-Boateng said his garden was destroyed by illegal miners.\n\nAccording to one of the caretakers, he has been on the job for seven years.\n\nHe further questioned how the excavators can be moved into the premises.';
    assert.deepEqual(reportedBy(text).slice(1), [['he has been on the job for seven years', 'one of the caretakers'], ['how the excavators can be moved into the premises', 'one of the caretakers']]);
  });
  it('reads a noun in -ing opening what was said as a subject ("Ontario reserve chief says housing shortage worse than ever"), not what was announced ("announced funding on Tuesday to help ranchers who are facing drought")', () => {
    assert.deepEqual(reportedBy('Ontario reserve chief says housing shortage worse than ever as PM visits\n\nPrime Minister Justin Trudeau is promising help.').map(([q]) => q), ['housing shortage worse than ever as PM visits']);
    assert.deepEqual(reportedBy('Nathalie Conroy spoke.\n\nHer government announced funding on Tuesday to help ranchers and farmers who are facing drought conditions.'), []);
  });
  it('resolves a headline\'s title, before anyone is named, to the one person the story gives it ("Ontario reserve chief says …" is Pikangikum Chief Dean Owen), not to a holder of another title with that head ("Canada\'s Immigration Minister" is no Prime Minister)', () => {
    const chief = 'Ontario reserve chief says housing shortage worse than ever as PM visits\n\nPrime Minister Justin Trudeau is promising help.\n\nPikangikum Chief Dean Owen said the backlog has doubled.';
    assert.deepEqual(reportedBy(chief)[0], ['housing shortage worse than ever as PM visits', 'Dean Owen']);
    const minister = "Canada's Immigration Minister denies his government was poorly prepared for the surge.\n\nPrime Minister Justin Trudeau spoke in Ottawa.";
    assert.notEqual(reportedBy(minister)[0]?.[1], 'Justin Trudeau');
  });
  it('reads "point" only with its particle: a question\'s clause after "pointed out" ("pointed out how the Blue Jays are …"), the clause after the particle in a second report ("and pointed out that …"), and "pointed to" as no report that ends the one before it', () => {
    assert.deepEqual(reportedBy('After Monday’s loss, Chris Bassitt pointed out how the Blue Jays are in the heart of the toughest part of our schedule.'), [['how the Blue Jays are in the heart of the toughest part of our schedule', 'Chris Bassitt']]);
    assert.deepEqual(reportedBy('Jane Smith said the plan was late, and pointed out that it was flawed.'), [['the plan was late', 'Jane Smith'], ['that it was flawed', 'Jane Smith']]);
    assert.deepEqual(reportedBy('Scott Moe also said he had been in open town halls, and also pointed to the meetings conducted by Allen Kerpan on provincial autonomy.'), [['he had been in open town halls', 'Scott Moe']]);
  });
  it('reads what was signalled as reported ("and signalled it would take a ‘conditional’ pause"), by the subject of the clause the "and" joins, not a phrase swept up to the joiner', () => {
    assert.deepEqual(reportedBy('The Bank of Canada raised interest rates in January and said it would take a pause.'), [['it would take a pause', 'Bank of Canada']]);
    assert.deepEqual(reportedBy('The Bank of Canada raised interest rates in January and signalled it would take a pause from raising rates.'), [['it would take a pause from raising rates', 'Bank of Canada']]);
    assert.deepEqual(reportedBy('The Bank of Canada signalled its intentions.'), []);
  });
  it('reads a name right after the "and" that joins a clause as the next verb\'s subject ("The election became a referendum on LRT and Eisenberger says …"), and a figure\'s comma as no end of a gerund\'s subject ("winning by a 20,000 vote margin shows …")', () => {
    assert.deepEqual(reportedBy('The election became a referendum on LRT and Eisenberger says winning by a 20,000 vote margin shows a strong mandate.'), [['winning by a 20,000 vote margin shows a strong mandate', 'Eisenberger']]);
    assert.deepEqual(reportedBy('The vote was close and Eisenberger says the mandate is strong.'), [['the mandate is strong', 'Eisenberger']]);
    assert.deepEqual(reportedBy('The Liberals won and Conservatives say the vote was unfair.').map(([, who]) => who).filter((w) => w === 'Conservatives'), []);
  });
  it('reads a second report joined by "and" and any reporting verb in the same tense with its "that" ("has said she would fight … and repeated Monday that …")', () => {
    assert.deepEqual(reportedBy('Coun. Diane Deans, the board chair, has said she would fight for more police resources and repeated Monday that the board should see what the chief needs.'), [['she would fight for more police resources', 'Diane Deans'], ['that the board should see what the chief needs', 'Diane Deans']]);
    // (Not a belief: "said … and thought that …" stays one report.)
    assert.equal(reportedBy('Jane Smith said the plan was late and thought that it would fail.').length, 1);
  });
});
