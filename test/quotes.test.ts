import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { extractQuotes } from '../server/src/core/quotes/extractQuotes';
import type { Quote } from '../server/src/core/types';

const quotesOf = (text: string, path = 'a.txt'): Quote[] => extractQuotes(parseDocument(path, text), []);
const seed = (name: string): Quote[] => quotesOf(readFileSync(`seeds/${name}`, 'utf8'), name);
/** Each direct quote of the text: its words, whether they are characterised words, its speaker. */
const said = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => [q.content, q.characterised ?? false, q.speaker?.name ?? null]);
const find = (qs: Quote[], words: string): Quote => {
  const q = qs.find((x) => x.kind === 'direct' && x.content.includes(words)) ?? qs.find((x) => x.content.includes(words));
  assert.ok(q, `no quote containing ${JSON.stringify(words)}`);
  return q;
};

describe('extractQuotes: quotation marks', () => {
  it('joins a quote interrupted by its attribution into one quote in two parts', () => {
    const text = 'Treasury Secretary Scott Bessent spoke. “We will respond,” Bessent said, “if our European partners join us.”';
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    assert.equal(qs.length, 1);
    const q = qs[0];
    assert.equal(q.parts.length, 2);
    assert.equal(text.slice(q.parts[0].start, q.parts[0].end), 'We will respond,');
    assert.equal(text.slice(q.parts[1].start, q.parts[1].end), 'if our European partners join us.');
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.ok(q.text.startsWith('“We will respond,”') && q.text.endsWith('join us.”'));
    assert.equal(q.speaker?.name, 'Scott Bessent');
  });

  it('joins the pieces across a tag that says what the words were about ("Ujiri said about winning the title, “…”"), not across a sentence of the writer\'s', () => {
    const text = 'Masai Ujiri spoke. “When you taste it,” Ujiri said about winning the title, “you want to do it over and over again.”';
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    assert.deepEqual(qs.map((q) => [q.parts.map((p) => text.slice(p.start, p.end)), q.speaker?.name]), [[['When you taste it,', 'you want to do it over and over again.'], 'Masai Ujiri']]);
    const apart = 'Masai Ujiri spoke. “When you taste it,” Ujiri said. About the title, “you want more.”';
    assert.equal(quotesOf(apart).filter((q) => q.kind === 'direct' && q.parts.length === 2).length, 0);
  });
  it('opens a quotation at a closing double mark written where one opens, after a space and before a capital ("said Branchaud. ”There are a lot of gaps.”")', () => {
    const text = 'Alain Branchaud spoke. “There’s a lot of them,” said Branchaud. ”There are a lot of gaps.” The plan is late.';
    assert.deepEqual(said(text), [['There’s a lot of them,', false, 'Alain Branchaud'], ['There are a lot of gaps.', false, 'Alain Branchaud']]);
    // A closing mark after a word still closes.
    assert.deepEqual(said('“We are done,” she said.').map(([c]) => c), ['We are done,']);
  });
  it('reads a slogan in title case a speech verb introduces as a statement when it opens with a person ("chanted “We Believe Survivors.”"), not a title ("wrote “The Kid Who Would Be King.”")', () => {
    const chant = quotesOf('Demonstrators gathered on the steps and chanted “We Believe Survivors.” One protestor left.').filter((q) => q.kind === 'direct');
    assert.deepEqual(chant.map((q) => [q.content, q.fragment ?? false]), [['We Believe Survivors.', false]]);
    const title = quotesOf('He wrote “The Kid Who Would Be King.”').filter((q) => q.kind === 'direct');
    assert.deepEqual(title.map((q) => q.fragment ?? false), [true]);
  });
  it('reads straight, curly and nested quotes, keeping apostrophes inside words', () => {
    const qs = seed('001_918f0212adf51184.txt');
    const q = find(qs, 'I might say');
    assert.equal(q.kind, 'direct');
    assert.ok(q.content.includes('‘Look, if the war’s not going to get settled, I may send them Tomahawks,’'));
    assert.ok(q.text.endsWith('Tomahawks,’”'));
    assert.equal(q.speaker?.name, 'Donald Trump');
    // The nested quote is not a quote of its own.
    assert.ok(!qs.some((x) => x.content.startsWith('Look, if the war')));
    const straight = quotesOf('"I believe great progress was made," Trump wrote on social media.');
    assert.equal(straight.length, 1);
    assert.equal(straight[0].content, 'I believe great progress was made,');
  });

  it('never takes an apostrophe for a quotation mark', () => {
    const text = 'The players’ union met. “It’s the war’s end, and Trump’s too,” she said. The ’90s are over.';
    const qs = quotesOf(text);
    assert.equal(qs.length, 1);
    assert.equal(qs[0].content, 'It’s the war’s end, and Trump’s too,');
    const inglorious = find(seed('002_f7178084b3e2d7fe.txt'), 'inglorious');
    assert.ok(inglorious.content.includes('this ‘inglorious’ War, between Russia and Ukraine, to an end,'));
  });

  it('keeps a quote left open at a paragraph end as a quote of its own paragraph', () => {
    const text = 'Mayor Jane Doe spoke at length.\n\n“The first paragraph of the quote goes on.\n\n“The second paragraph ends it,” Doe said.\n';
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    assert.equal(qs.length, 2);
    assert.equal(qs[0].content, 'The first paragraph of the quote goes on.');
    assert.equal(qs[0].speaker?.name, 'Jane Doe');
    assert.equal(qs[1].speaker?.name, 'Jane Doe');
  });

  it('flags scare quotes and keeps statements unflagged', () => {
    const qs4 = seed('004_16130c3233a1c415.txt');
    assert.equal(find(qs4, 'red line').scare, true);
    // "what Trump described as a “productive” phone conversation": his word, not scare quotes.
    const productive = find(qs4, 'productive');
    assert.ok(!productive.scare && productive.characterised);
    assert.equal(productive.speaker?.name, 'Donald Trump');
    const soon = seed('001_918f0212adf51184.txt').find((x) => x.text === '“soon,”');
    assert.equal(soon?.scare, true);
    const ready = find(qs4, 'We are ready!');
    assert.ok(!ready.scare && !ready.fragment);
  });

  it('marks quoted words inside the writer’s own clause as a fragment, not a statement', () => {
    const qs = quotesOf('Freeland said she had "a very emotional conversation with his family" on Monday.');
    const frag = find(qs, 'a very emotional conversation');
    assert.equal(frag.fragment, true);
    assert.equal(frag.kind, 'direct');
  });

  it('reads reported speech as indirect quotes', () => {
    const text = 'Mark Montgomery is an analyst. Montgomery said Ukraine could be better served with other missiles.';
    const q = quotesOf(text).find((x) => x.kind === 'indirect');
    assert.ok(q);
    assert.equal(q.text, 'Ukraine could be better served with other missiles');
    assert.equal(q.speaker?.name, 'Mark Montgomery');
    const that = quotesOf('Stanovaya noted that the talks reflected growing instability.').find((x) => x.kind === 'indirect');
    assert.equal(that?.text, 'that the talks reflected growing instability');
    const after = quotesOf('A location has not yet been decided, Trump said.').find((x) => x.kind === 'indirect');
    assert.equal(after?.text, 'A location has not yet been decided');
    assert.equal(after?.speaker?.name, 'Trump');
    // "admitted", "admitting": a doubled consonant; "forecast that".
    const admitted = quotesOf('Some teachers admitted they knew what was going on.').find((x) => x.kind === 'indirect');
    assert.equal(admitted?.text, 'they knew what was going on');
    const admitting = quotesOf('The group failed to convince the market after admitting that next year would see another fall in sales.').find((x) => x.kind === 'indirect');
    assert.equal(admitting?.text, 'that next year would see another fall in sales');
    const forecast = quotesOf('Johnathan Barrett, an analyst, forecast that revenues would contract some 7 per cent.').find((x) => x.kind === 'indirect');
    assert.equal(forecast?.speaker?.name, 'Johnathan Barrett');
    // A clause whose subject runs past the usual window, up to its auxiliary; a participle is no verb.
    const warned = quotesOf('The company warned the cycle of job losses among its customers in Europe had not bottomed out.').find((x) => x.kind === 'indirect');
    assert.equal(warned?.text, 'the cycle of job losses among its customers in Europe had not bottomed out');
    assert.deepEqual(quotesOf('Suncor reported a profit of $3.3-billion on revenue of $38.98-billion for the 12 months ended Dec. 31, 2018.'), []);
    // Inside the writer’s clause (even one opening a comma chunk), any reporting verb with its "that" reports, with the clause’s subject.
    const clerk = quotesOf('Relatives held hands, some sobbing, as the court clerk announced Monday that John Allen Muhammad was guilty.').find((x) => x.kind === 'indirect');
    assert.equal(clerk?.text, 'that John Allen Muhammad was guilty');
    assert.equal(clerk?.speaker?.description, 'the court clerk');
  });

  it('splits a second report by the same speaker off the first (", saying ...", ", but added that ...")', () => {
    const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect');
    const gallant = indirect("Brian Gallant announced recently that he'll be stepping down as leader, saying the party needs to move on.");
    assert.deepEqual(gallant.map((q) => q.text), ["that he'll be stepping down as leader", 'the party needs to move on']);
    assert.ok(gallant.every((q) => q.speaker?.name === 'Brian Gallant'));
    const mahathir = indirect('Mahathir Mohamad said that it was up to the rulers to pick the king, but added that he hoped it would be done quickly.');
    assert.deepEqual(mahathir.map((q) => q.text), ['that it was up to the rulers to pick the king', 'that he hoped it would be done quickly']);
    // A participle with no clause after it reports nothing more.
    // After a dash, with its joiner; a present form after a joiner.
    const mcclaren = indirect("Manager Steve McClaren says Newcastle will go down if they play like that - and admits he is struggling to see any positives.");
    assert.deepEqual(mcclaren.map((q) => q.text), ['Newcastle will go down if they play like that', 'he is struggling to see any positives']);
    // A second verb joined by "and"/"but" to a clause in any tense, or after its comma.
    const joined = (text: string) => indirect(text).map((q) => [q.text, q.speaker?.name]);
    assert.deepEqual(joined("Kinew wouldn't reveal details but says the province has to take the threat seriously."), [['the province has to take the threat seriously', 'Kinew']]);
    assert.deepEqual(joined('Horgan continues to oppose the project and argues it threatens the coast.'), [['it threatens the coast', 'Horgan']]);
    assert.deepEqual(joined('Trudeau responded by offering a mea culpa to Reid, and said reform is something all members feel passionately about.'), [['reform is something all members feel passionately about', 'Trudeau']]);
    assert.deepEqual(joined('Following his conviction Keys branded the process unfair and said that any sentence would be absurd.'), [['that any sentence would be absurd', 'Keys']]);
    // A noun in -ing opening the clause, when its verb follows.
    assert.deepEqual(joined('Director of engineering Fraser Work said timing of the construction is dictated by cost.'), [['timing of the construction is dictated by cost', 'Fraser Work']]);
    // A second report past the mark closing a quotation, with a verb of estimate and its "that".
    assert.deepEqual(joined('Oman said she was “pretty used to this,” estimating that twice a month she ends up here.').map(([t]) => t), ['she was “pretty used to this,”', 'that twice a month she ends up here']);
    // A report in a clause opening the sentence ends where the main clause begins, which may report too.
    assert.deepEqual(joined('While some critics say government should not be paying a middle man, Jagelewski says the premium makes everyone work harder.'), [
      ['government should not be paying a middle man', null],
      ['the premium makes everyone work harder', 'Jagelewski'],
    ]);
    // A long tag with its circumstances, after a dateline; a dash after a subject is no dateline.
    assert.deepEqual(joined('Bhopal (Madhya Pradesh): Congress always slings mud at the state government, said chief minister Shivraj Singh Chouhan while addressing the media here on Tuesday.'), [['Congress always slings mud at the state government', 'Shivraj Singh Chouhan']]);
    assert.deepEqual(joined('DETROIT — A person waiting for the bus was shot, police said.').map(([t]) => t), ['A person waiting for the bus was shot']);
    assert.deepEqual(joined('Sixteen Kenyans — including a policeman — were killed, Joseph Boinnet said.').map(([t]) => t), ['Sixteen Kenyans — including a policeman — were killed']);
    // A medium then "saying"; "signalled"; an authority; a recipient and where they were told before "that".
    assert.deepEqual(joined('The Mounties later issued a statement saying the suspects could be travelling in a Ford.').map(([t]) => t), ['the suspects could be travelling in a Ford']);
    assert.deepEqual(joined('Premier Stephen McNeil signalled that he hoped such a deal could be made.'), [['that he hoped such a deal could be made', 'Stephen McNeil']]);
    assert.deepEqual(joined('The provincial health authority announced Tuesday that one of the 12 ERs would reopen.').map(([t]) => t), ['that one of the 12 ERs would reopen']);
    assert.deepEqual(joined('Trudeau told disaffected MPs at a caucus meeting last night that he had heard their concerns.'), [['that he had heard their concerns', 'Trudeau']]);
    // A bank, a school district … can speak; what someone thought or felt is no statement.
    assert.deepEqual(joined('The crash was bad.\n\nThe bank said it did not change its interest rates.').map(([t]) => t), ['it did not change its interest rates']);
    assert.deepEqual(indirect('The school district thought it was done with cuts for the year. She felt the co-worker should be held responsible.'), []);
    // "I believe …" outside quotation marks is the writer's view.
    assert.deepEqual(indirect('In fact, I believe it works better in changing our views of men.'), []);
    // An aside in brackets after the recipient of "told".
    const abshire = indirect('Matt Abshire, 21, told the Colorado Springs Gazette (http://tinyurl.com/p5xpaua) he looked outside his window.');
    assert.equal(abshire[0]?.text, 'he looked outside his window');
    // "who added that": the person the relative clause is about.
    const cronin = indirect('“I have no doubt he is mistaken,” said Sgt Cronin who added that the garda was highly experienced.');
    assert.equal(cronin[0]?.text, 'that the garda was highly experienced');
    assert.equal(cronin[0]?.speaker?.name, 'Cronin');
    const rally = indirect('Trump said the talks were going well, saying goodbye to the fans at the rally.');
    assert.equal(rally.length, 1);
    assert.ok(rally[0].text.startsWith('the talks were going well'));
  });

  it('reads a plural of a role as a speaker ("protesters say"), not a plural of a document ("documents say"), though news reports speak', () => {
    const protesters = quotesOf('However, protesters say there’s misinformation on both sides of the debate.').filter((q) => q.kind === 'indirect');
    assert.deepEqual(protesters.map((q) => q.text), ['there’s misinformation on both sides of the debate']);
    assert.equal(protesters[0].speaker?.description ?? protesters[0].speaker?.name, 'protesters');
    assert.deepEqual(quotesOf('The original cost was $35 million, city documents say.').filter((q) => q.kind === 'indirect'), []);
    // (With where their words come from in an aside: "The reports, citing unnamed sources …, said".)
    const citing = quotesOf('The reports, citing unnamed sources close to the matter, said the discussions were meant to pave the way for meetings.').filter((q) => q.kind === 'indirect');
    assert.deepEqual(citing.map((q) => [q.text, q.speaker?.description]), [['the discussions were meant to pave the way for meetings', 'the reports']]);
    // News reports speak, as the media do ("Local reports say", "Reports from Kampala also say").
    const reports = quotesOf('Local reports say the suspect may have known his victims.').filter((q) => q.kind === 'indirect');
    assert.deepEqual(reports.map((q) => [q.text, q.speaker?.description]), [['the suspect may have known his victims', 'Local reports']]);
  });

  it('takes a nickname inside a name for no quotation ("Joaquin “El Chapo” Guzman")', () => {
    const qs = quotesOf('Joaquin “El Chapo” Guzman was convicted, prosecutors said. Founder Dennis "Chip" Wilson voted against.');
    const nicknames = qs.filter((q) => q.kind === 'direct');
    assert.deepEqual(nicknames.map((q) => [q.content, q.scare]), [['El Chapo', true], ['Chip', true]]);
  });

  it('gives a clause that opens with its own "X said" to X, not to the reporter tagged after it', () => {
    const text = 'Police Lt. Chris Cammock said the suspect walked into the mall without a weapon, Merrit says. The mall was closed, Merrit says.';
    const indirect = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.deepEqual(indirect.map((q) => [q.text, q.speaker?.name]), [
      ['the suspect walked into the mall without a weapon', 'Chris Cammock'],
      ['The mall was closed', 'Merrit'],
    ]);
  });

  it('reads what follows a tag inside the sentence as speech only when it goes on with the sentence', () => {
    const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    // an apposition to the speaker, though it holds a possessive
    assert.deepEqual(indirect("The majority were in Paktika, said Mohammad Nassim Haqqani, the head of the Taliban administration's disaster authority."), ['The majority were in Paktika']);
    // the sentence's own verb after the tag
    assert.deepEqual(indirect('Some of those concerns, according to national security experts, include Huawei’s potential link to the Chinese government.'), ['Some of those concerns', 'include Huawei’s potential link to the Chinese government']);
    // a clause of the writer's
    assert.deepEqual(indirect('The toll has risen to 11, officials said on Monday, as local authorities began wrapping up search efforts.'), ['The toll has risen to 11']);
    // what a relative clause's speaker said
    assert.deepEqual(indirect('Most of the dead were women and children, according to rescue officials, who said the death toll was expected to rise.'), ['Most of the dead were women and children', 'the death toll was expected to rise']);
  });

  it('reads a plural opening the sentence, with where they are, as the speaker ("Officials in Rakhine state said"), and a head with its participle ("The lawyer representing the family said")', () => {
    const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.description ?? q.speaker?.name]);
    assert.deepEqual(indirect('Officials in Rakhine state said the clashes continued.'), [['the clashes continued', 'Officials in Rakhine state']]);
    assert.deepEqual(indirect('Witnesses at the scene said the gunman fled.'), [['the gunman fled', 'Witnesses at the scene']]);
    // ("those" or a plural with a present participle and where they are.)
    assert.deepEqual(indirect('Those living in mega townships and high rise buildings say that they have been spending a lot on water.'), [['that they have been spending a lot on water', 'Those living in mega townships and high rise buildings']]);
    assert.deepEqual(indirect('Residents living near the plant say the smell is bad.'), [['the smell is bad', 'Residents living near the plant']]);
    // (With a modifier or two before the plural, described by its head.)
    assert.deepEqual(indirect('With the cloudy skies overhead, Liberal cabinet ministers meeting in the midst of the Rocky Mountains said the prospects are looking brighter.'), [['the prospects are looking brighter', 'Liberal cabinet ministers']]);
    // (A head that can speak with its present participle and the participle's object, described by its head.)
    assert.deepEqual(indirect('The lawyer representing the family said they would appeal the ruling.'), [['they would appeal the ruling', 'the lawyer']]);
    assert.deepEqual(indirect('The law firm representing Sears Canada pensioners told the agency that the pension deficit must be paid first.'), [['that the pension deficit must be paid first', 'the law firm']]);
    assert.deepEqual(indirect('The winter railroading report said trains slow down.').map(([, who]) => who), ['the winter railroading report']);
    // (Where they are may be a long body's name.)
    assert.deepEqual(indirect('Experts at the University of Saskatchewan’s Toxicology Centre said the acute effects of the spill will be gone within weeks.'), [['the acute effects of the spill will be gone within weeks', 'Experts at the University of Saskatchewan’s Toxicology Centre']]);
    // "state" after a name is the noun, not a speech verb
    assert.deepEqual(indirect('Former New York state Senate leader Dean Skelos was sentenced to four years.'), []);
  });

  it('gives ", adding that ..." the speaker of the verb before it, and reports no participle lead-in before a tag', () => {
    const qs = quotesOf('"Honestly, it is a shame," Ma Hao, a college student who volunteered, told the official news agency, Xinhua, adding that he had helped pull 40 people out.');
    assert.equal(find(qs, 'helped pull').speaker?.name, 'Ma Hao');
    const maverick = quotesOf('Andre Campbell draws comics. “There are few disabled characters,” says the bow-tied maverick, noting that his disability doesn’t define who he is.');
    assert.equal(find(maverick, 'his disability').speaker?.name, 'Andre Campbell');
    // a verb that reports nothing, or a subject no name: the sentence's subject
    const thune = quotesOf('Senate Majority Leader John Thune on Thursday offered the most upbeat prospects yet for the bill, saying senators will consider it soon.');
    assert.equal(find(thune, 'senators will consider').speaker?.name, 'John Thune');
    const modi = quotesOf('Dismayed over the disruption, Modi said, it should make everyone proud that women became ministers.').filter((q) => q.kind === 'indirect');
    assert.deepEqual(modi.map((q) => q.text), ['it should make everyone proud that women became ministers']);
  });

  it('takes ", saying that ..." for the same sentence going on, never for an inverted tag ("saying X")', () => {
    const koome = quotesOf('Police Commander Japheth Koome urged Kenyans to ignore the claims, saying that such allegations could cause panic and incite Kenyans.').filter((q) => q.kind === 'indirect');
    // (The appeal itself is reported too, from its "to".)
    assert.deepEqual(koome.map((q) => [q.text, q.speaker?.name]), [['to ignore the claims', 'Japheth Koome'], ['that such allegations could cause panic and incite Kenyans', 'Japheth Koome']]);
    const dia = quotesOf('Mamadou Dia spoke. As armed officers escorted them out, the attackers shot at them, he said, adding that police fired back.').filter((q) => q.kind === 'indirect');
    assert.deepEqual(dia.map((q) => [q.text, q.speaker?.name]), [['As armed officers escorted them out, the attackers shot at them', 'Mamadou Dia'], ['that police fired back', 'Mamadou Dia']]);
  });

  it('reads what someone was quoted as saying, past who quoted them ("was quoted as saying by local media that …")', () => {
    const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.name ?? q.speaker?.description]);
    assert.deepEqual(indirect('Mohamad Fuzi Harun spoke on Monday. He was quoted as saying by local media that police had received several reports.'), [['that police had received several reports', 'Mohamad Fuzi Harun']]);
    assert.deepEqual(indirect('The minister was quoted as saying the plan would go ahead.'), [['the plan would go ahead', 'the minister']]);
  });

  it('passes over the recipient of "told" to reach "that" ("told local reporters that")', () => {
    const q = quotesOf('Disaster officials told local reporters that at least 300 people were injured on Thursday.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'that at least 300 people were injured on Thursday');
  });

  it('passes over where words were written to reach "that" ("stated in the company’s blog post that", "said in a statement Friday (Nov. 9) that")', () => {
    const q = quotesOf('Jason Schultz, a researcher at Talos, stated in the company’s blog post that some of the threats came from the same addresses.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'that some of the threats came from the same addresses');
    assert.equal(q?.speaker?.name, 'Jason Schultz');
    // (A date in brackets there too.)
    const dated = quotesOf('Brenda Butterworth-Carr said in a statement Friday afternoon (Nov. 9) that people are already reluctant to come forward.').find((x) => x.kind === 'indirect');
    assert.equal(dated?.text, 'that people are already reluctant to come forward');
  });

  it('reads a tag between commas as reporting the clauses around it', () => {
    const text = 'Dr. Robert Strang spoke. The drugs have a limited set of uses, he says, and are mostly meant for short use.';
    const qs = quotesOf(text).filter((q) => q.kind === 'indirect');
    assert.deepEqual(qs.map((q) => q.text), ['The drugs have a limited set of uses', 'are mostly meant for short use']);
    assert.ok(qs.every((q) => q.speaker?.name === 'Robert Strang'));
  });

  it('reports no words before a tag that introduces a quotation after its colon ("At one point, he simply said: “Secret.”")', () => {
    const qs = quotesOf('Gamboa spoke at length. At one point, he simply said: “Secret.”');
    assert.deepEqual(qs.map((q) => [q.kind, q.text]), [['direct', '“Secret.”']]);
  });

  it('does not report the circumstances opening a sentence ("Asked whether he would run, Doe said")', () => {
    const text = 'John Doe spoke. Asked whether he would run, Doe said: “No.” Reached by phone, Doe said the company would not comment. The deal is fair, Doe said.';
    const qs = quotesOf(text);
    assert.deepEqual(qs.map((q) => [q.kind, q.content]), [['direct', 'No.'], ['indirect', 'the company would not comment'], ['indirect', 'The deal is fair']]);
    assert.ok(qs.every((q) => q.speaker?.name === 'John Doe'));
  });

  it('reads single marks as speech in a document that quotes with them (British style), a plural possessive inside included', () => {
    const british = quotesOf('Jane Smith leads the union. ‘Our members’ jobs are at stake,’ Smith said. ‘We will not back down.’\n\nThe so-called ‘experts’ disagree.');
    assert.deepEqual(
      british.map((q) => [q.content, q.speaker?.name ?? null, q.scare === true]),
      [['Our members’ jobs are at stake,', 'Jane Smith', false], ['We will not back down.', 'Jane Smith', false], ['experts', null, true]],
    );
    // Where double marks quote speech, a single-quoted sentence with no tag is no statement.
    const american = quotesOf('Jane Smith leads the union. “We will strike,” Smith said. ‘We will not back down.’');
    assert.equal(american.find((q) => q.content.startsWith('We will not'))?.speaker ?? null, null);
  });

  it('runs a single-marked quote left open at its paragraph’s end on to the paragraph’s end where single marks quote speech, not elsewhere', () => {
    const text = 'Jose Morais was delighted.\n\nMorais said: ‘I’m very proud of the team. I am happy for the boys.\n\n‘I think they always wanted it.’\n\nSmith said: ‘Our final ball let us down.’\n';
    assert.deepEqual(
      quotesOf(text).map((q) => [q.content, q.speaker?.name ?? null]),
      [['I’m very proud of the team. I am happy for the boys.', 'Jose Morais'], ['I think they always wanted it.', 'Jose Morais'], ['Our final ball let us down.', 'Smith']],
    );
    // A document quoting speech in double marks: a lone single mark opens nothing.
    const american = quotesOf('Jane Smith spoke. “We will strike,” Smith said.\n\nShe said: ‘We will not back down and we never will.\n');
    assert.ok(!american.some((q) => q.content.includes('back down')));
  });

  it('gives words a speaker characterised something with to that speaker, and no tag across a sentence end', () => {
    const qs = quotesOf('Yuri Ushakov spoke. Ushakov described the call as "very frank and trusting." Zelenskyy said nothing. What the commission described as a “package of remedies and relief” was late.');
    assert.deepEqual(
      qs.map((q) => [q.content, q.speaker?.name ?? null, q.speaker?.description ?? null]),
      [['very frank and trusting.', 'Yuri Ushakov', null], ['package of remedies and relief', null, 'the commission']],
    );
    // “....” Zelenskyy said on Thursday. is a tag: only a time after its verb.
    assert.equal(quotesOf('Volodymyr Zelenskyy spoke. "We are ready." Zelenskyy said on Thursday.')[0].speaker?.name, 'Volodymyr Zelenskyy');
  });

  it('gives even a word or two a speaker characterised something with, and keeps a phrase in a report part of the report', () => {
    assert.deepEqual(said('Michael Pilon spoke. Crown prosecutor Michael Pilon called the conclusion “bold” on Monday.'), [['bold', true, 'Michael Pilon']]);
    assert.deepEqual(said('Lydia Hyde spoke. Lydia Hyde described the meeting as "a shambles".'), [['a shambles', true, 'Lydia Hyde']]);
    // "dismissed … as" may hold a long object; "accusing … of" wants its "of".
    assert.deepEqual(
      said('François Legault spoke. Legault dismissed the Liberals’ creation of a secretariat for English-speaking Quebecers as a “marketing decision” unlikely to work.'),
      [['marketing decision', true, 'François Legault']],
    );
    // An opening participle's subject is the tag after the words.
    assert.deepEqual(said('Calling Channi “an arrogant CM”, Bikram Majithia said the remarks were expunged.'), [['an arrogant CM', true, 'Bikram Majithia']]);
    // A participle after a tag goes on with the tag's speaker.
    assert.deepEqual(
      said('Olga Stefanishyna spoke. “It exposes Moscow,” Ukraine’s ambassador, Olga Stefanishyna, said in a statement, calling it “a direct blow.”').map((q) => q[2]),
      ['Olga Stefanishyna', 'Olga Stefanishyna'],
    );
    // Not characterisations: a headline's "called after", a passive, a wish, "called for".
    for (const text of [
      "Police called after council meeting 'pantomime'\n\nPolice were called to a meeting.",
      'The arrest was described as “basically kidnapping” in state media.',
      'Whenever a passenger would call a porter by the name “George” he answered.',
      'Jane Doe called for “calm” on Monday.',
    ]) assert.deepEqual(said(text).filter((q) => q[1]), [], text);
    // Inside a report, the words are the report's, not a quote of their own.
    const report = quotesOf('Chrystia Freeland says Canada has asked China to spare the man, calling capital punishment "inhumane."');
    assert.ok(report.some((q) => q.kind === 'indirect' && q.text.includes('inhumane')));
    assert.ok(!report.some((q) => q.characterised));
  });

  it('gives words characterised in a relative clause, after a long object or "of" and a gerund to their speaker, but not a phrase only mentioned', () => {
    assert.deepEqual(said('Scott Walker spoke. Walker, speaking after he signed the bills, brushed aside what he called "high-pitched hysteria".'), [['high-pitched hysteria', true, 'Scott Walker']]);
    assert.deepEqual(
      said('Mick Wallace spoke. Mick Wallace described the Land Development Agency (LDA), which was announced two weeks ago, as "croney capitalism at its finest". He equated it to a fox minding chickens and described as "nuts" the plan.'),
      [['croney capitalism at its finest', true, 'Mick Wallace'], ['nuts', true, 'Mick Wallace']],
    );
    assert.deepEqual(said('Labour accused a Scottish Government minister of getting her facts “completely wrong”.'), [['completely wrong', true, 'Labour']]);
    // A list goes on with the first words' speaker; an infinitive's subject is the sentence's.
    assert.deepEqual(
      said('But while provincial court Judge Doug Agnew described all child porn as “horrific,” “vile” and “filth” he said otherwise.').map((q) => q[2]),
      ['Doug Agnew', 'Doug Agnew', 'Doug Agnew'],
    );
    assert.deepEqual(said('E. Leroy VanHorne spoke. VanHorne went on to call Wheaton’s version of the meeting “very one-sided.”'), [['very one-sided.', true, 'E. Leroy VanHorne']]);
    assert.deepEqual(said('Mark Ciavarella spoke. Ciavarella attacked the case, accusing the prosecution of coining the phrase "kids for cash".').filter((q) => q[1]), []);
    // Inside a report, a long characterised quotation stays one of its own.
    const vickers = quotesOf('Kevin Vickers spoke. He said he found himself in tears the morning after the shooting in what he called "the loneliest moment of my life."');
    assert.deepEqual(vickers.map((q) => [q.kind, q.speaker?.name]), [['indirect', 'Kevin Vickers'], ['direct', 'Kevin Vickers']]);
    assert.ok(vickers[1].characterised);
  });

  it('reads "denied that" as a report but no tag in "…, denied the reports", and no speech in a story link', () => {
    const reported = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.content, q.speaker?.name ?? null]);
    assert.deepEqual(reported('Jeremy Hunt spoke. Mr Hunt denied that the NHS is on the brink of collapse.'), [['that the NHS is on the brink of collapse', 'Jeremy Hunt']]);
    assert.deepEqual(reported('The Minister of Information, Mohammed Idris, and his counterpart, Senator David Umahi, denied the reports during a briefing.'), []);
    const link = quotesOf("WATCH: 'Great progress' was made during the call, Leavitt says\n\nKaroline Leavitt spoke.");
    assert.deepEqual(link.map((q) => [q.content, q.fragment ?? false, q.speaker?.name ?? null]), [['Great progress', true, null]]);
  });

  it('ends a reported clause after a quotation that closes its sentence, so the clause holds the quotation whole', () => {
    const qs = quotesOf('Yuri Ushakov said the call was "very frank and trusting." Doe said the plan was fine.');
    assert.deepEqual(qs.filter((q) => q.kind === 'indirect').map((q) => q.text), ['the call was "very frank and trusting."', 'the plan was fine']);
    // (A quotation of several sentences opened inside the clause: up to its closing mark.)
    const long = quotesOf('The ministry emailed boards to say that the “provision of education has become complex. We recognize the importance of leadership.” Boards replied.');
    assert.deepEqual(long.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.description]), [['that the “provision of education has become complex. We recognize the importance of leadership.”', 'the ministry']]);
  });

  it('reads an ellipsis going on in lower case as no sentence end ("“absolutely … the right call,” Ford said")', () => {
    const qs = quotesOf('Watson’s decision to call in the army was “absolutely … the right call,” Ford said.');
    assert.deepEqual(qs.filter((q) => q.kind === 'indirect').map((q) => q.text), ['Watson’s decision to call in the army was “absolutely … the right call,”']);
    // (Before a capital it still ends one: "… we left. … The next day …".)
    assert.equal(quotesOf('He said the roads were closed … The next day, the mayor said schools would open.').filter((q) => q.kind === 'indirect').length, 2);
  });

  it('reads "to say" after what the subject did to say it ("emailed boards to say that …", "took to Twitter to say …")', () => {
    const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.name ?? q.speaker?.description]);
    assert.deepEqual(indirect('Following legislation unveiled Wednesday, the education ministry emailed boards to say that the rules have changed.'), [['that the rules have changed', 'the education ministry']]);
    assert.deepEqual(indirect('The mayor took to Twitter to say the plan is dead.'), [['the plan is dead', 'the mayor']]);
    assert.deepEqual(indirect('He went there to say goodbye.'), []);
  });

  it('does not take an object after a verb like "posted" for reported speech', () => {
    const qs = quotesOf('Tesla posted a fun little video to its Twitter feed on Thursday.');
    assert.equal(qs.length, 0);
    // (A past after a determiner is an adjective, no verb of a clause: "an emailed statement".)
    assert.deepEqual(quotesOf('The province also confirmed the incident through an emailed statement on Tuesday.'), []);
  });

  it('reads no speech into hearsay, denials, story links, appositions or "complained about it"', () => {
    const text = [
      'Rogers is said to have two interested parties.',
      'The president has not said he would veto the legislation.',
      'READ MORE: Justin Trudeau says people around the world are disturbed.',
      'It is too early to quantify the effect, said Mark Garthwaite, executive director of the Brewers Guild.',
      'I have complained about it to him, but he hasn’t changed anything.',
      // (An infinitive is no clause: hopes, hearsay, orders received.)
      'Zelenskiy is also said to reiterate appeals to Trump to ratchet up sanctions on Russia, a move the US leader has been loathe to take.',
      'Residents told to leave early as NSW burns',
    ].join('\n\n');
    const reported = quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepEqual(reported, ['It is too early to quantify the effect']);
    // (Though what was claimed or vowed is: "vowed to ensure …".)
    const vowed = quotesOf('The Transport Ministry has vowed to ensure maintenance work is done regularly.').filter((q) => q.kind === 'indirect');
    assert.deepEqual(vowed.map((q) => q.text), ['to ensure maintenance work is done regularly']);
    // ("hoped to finish by June but Bennett confirmed …": Bennett's words, none of the hope.)
    const hoped = quotesOf('The government hoped to finish the work by June but Bennett confirmed on Thursday no policies would be rushed.').filter((q) => q.kind === 'indirect');
    assert.deepEqual(hoped.map((q) => [q.text, q.speaker?.name]), [['no policies would be rushed', 'Bennett']]);
  });

  it('does not take a title in quotes for a statement', () => {
    const q = quotesOf('“The Kid Who Would Be King” reclaims the fantasy genre for kids.')[0];
    assert.ok(q && (q.fragment || q.scare));
  });

  it('survives odd input', () => {
    // Paragraphs a rule read before their first token or past their last (each had thrown, and
    // the article was skipped): cut short, or opening with a verb or a conjunction.
    for (const text of [
      'called a “thorough, expansive process in searching for its new independent directors,” Tesla has named Kathleen Wilson-Thompson to its board.',
      '“We can reduce costs considerably,” he said. When told of TransLink’s statement they had never',
      'As armed officers escorted them out, the attackers shot at them "like snipers," he said, adding',
      'and argues it threatens B.C.’s coast.',
      // (A draft being typed: a tag whose speaker is only its article so far.)
      '“Every publisher rejected me,” says the',
      'The deal was done largely to get Houston under the luxury tax threshold, according to the',
      // (A closing tag's "told" with nothing after it: the audience check read past the end.)
      'The deadline to submit the draft plan was in October, but Phillips told',
    ]) {
      assert.doesNotThrow(() => quotesOf(text), text);
    }
    for (const text of ['', '“', '”', '"""', '‘’', 'said', '“unclosed', 'He said: “', '\u2019\u2019\u2018']) {
      assert.doesNotThrow(() => quotesOf(text));
    }
  });
});
