import { strict as assert } from 'node:assert';
import { parseDocument } from '../server/src/core/parse/parseDocument';
import { extractEntities } from '../server/src/core/entities/extractEntities';
import type { DocEntity } from '../server/src/core/types';

const entitiesOf = (text: string) => extractEntities(parseDocument('t.txt', text));
const named = (es: DocEntity[], name: string) => es.find((e) => e.name === name);

describe('extractEntities', () => {
  it('resolves surname-only and possessive mentions to the full name, with offsets', () => {
    const text = 'Hamish Telford, a political scientist at the University of the Fraser Valley, spoke first. "It is odd," Telford said. Telford’s view was shared.';
    const es = entitiesOf(text);
    const telford = named(es, 'Hamish Telford');
    assert.ok(telford, JSON.stringify(es.map((e) => e.name)));
    assert.equal(telford.type, 'person');
    assert.deepEqual(telford.mentions.map((m) => text.slice(m.start, m.end)), ['Hamish Telford', 'Telford', 'Telford']);
    assert.ok(telford.mentions.every((m) => m.key === telford.key && m.text === text.slice(m.start, m.end)));
    assert.deepEqual(telford.roles, ['political scientist at the University of the Fraser Valley']);
    assert.equal(named(es, 'University of the Fraser Valley')?.type, 'organization');
    assert.equal(es.filter((e) => e.type === 'person').length, 1);
  });

  it('resolves the last part of a double surname alone to the person, unless someone has it as surname', () => {
    const text = 'Senate Minority Leader Juan Ponce-Enrile spoke. Enrile was the first to raise it.';
    assert.deepEqual(named(entitiesOf(text), 'Juan Ponce-Enrile')?.mentions.map((m) => text.slice(m.start, m.end)), ['Juan Ponce-Enrile', 'Enrile']);
    const two = 'Juan Ponce-Enrile spoke, then Jack Enrile. Enrile was the first to raise it.';
    assert.deepEqual(named(entitiesOf(two), 'Juan Ponce-Enrile')?.mentions.map((m) => two.slice(m.start, m.end)), ['Juan Ponce-Enrile']);
  });

  it('reads letters after a name ("Tom Jones KC", "Jane Smith MSP") as no part of it and no name of their own, but a title before a name as a title', () => {
    const es = entitiesOf('The case opened. Prosecutor Tom Jones KC spoke, then Jane Smith MSP and Sir John Brown OBE. Bridgwater MP Ian Liddell-Grainger left.');
    assert.deepEqual(es.map((e) => `${e.type} ${e.name}`).sort(), ['person Ian Liddell-Grainger', 'person Jane Smith', 'person John Brown', 'person Tom Jones']);
    assert.deepEqual(named(es, 'Tom Jones')?.mentions.map((m) => [m.start, m.end]), [[28, 37]]);
  });
  it('reads initials written together after a title as the name’s ("Attorney General KK Venugopal"), not other capitals ("the BBC News team")', () => {
    const es = entitiesOf('The court heard Attorney General KK Venugopal. Chief Justice DY Chandrachud said no. The BBC News team left.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), ['KK Venugopal', 'DY Chandrachud']);
  });
  it('keeps "King" between two words of a name ("Tiong King Sing"), not after a country ("Jordan King Abdullah")', () => {
    const es = entitiesOf('Tourism minister Tiong King Sing denied it. Jordan King Abdullah spoke.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), ['Tiong King Sing', 'Abdullah']);
  });
  it('types a name no list knows as a person when its surname alone is a person’s ("Abiodun Alabi … Alabi said"), not a plural ("MPs") or a studio', () => {
    const es = entitiesOf('Police arrested Sanni Gafar on Sunday. The commissioner, Abiodun Alabi, commended residents. Alabi said vigilance helped. Gafar said he was an engineer.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name).sort(), ['Abiodun Alabi', 'Sanni Gafar']);
    const mps = entitiesOf('Canadian MPs met on Monday. MPs said the vote would pass. Studio Schicketanz built it. Schicketanz said so.');
    assert.equal(mps.find((e) => e.name === 'Canadian MPs')?.type, 'other');
    assert.equal(mps.find((e) => e.name === 'Studio Schicketanz')?.type, 'organization');
  });
  it('strips titles of other lands and of sport ("Taoiseach Leo Varadkar", "Kabaka Ronald Mutebi", "Datuk Seri Anwar Ibrahim", "Halfback Daly Cherry-Evans") and a portfolio "for" ("Minister for Health Simon Harris")', () => {
    const es = entitiesOf('Minister for Health Simon Harris spoke. Taoiseach Leo Varadkar met Kabaka Ronald Mutebi. Halfback Daly Cherry-Evans scored. Datuk Seri Anwar Ibrahim spoke. Alhaji Aminu Maifata spoke.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name).sort(), ['Aminu Maifata', 'Anwar Ibrahim', 'Daly Cherry-Evans', 'Leo Varadkar', 'Ronald Mutebi', 'Simon Harris']);
  });
  it('types an undecided name listed with people by "and" or between two of them as a person ("… Abdul Katumba and Arafat Ssali"), not one after a comma alone ("Elliot Dean, East Midlands …")', () => {
    const es = entitiesOf('Police named the suspects as Muhammed Kalyango, Abdul Katumba and Hamidu Muyonde. Elliot Dean, East Midlands regional organiser for Unison, spoke.');
    assert.equal(es.find((e) => e.name === 'Hamidu Muyonde')?.type, 'person');
    // ("Villagers Baran Bharath, Yogesh, Chinnalli Harish, …": a plural of people opens the list, its
    // word no part of the first name, and single names between do not break it.)
    const villagers = entitiesOf('Villagers Baran Bharath, Yogesh, Chinnalli Harish, Pramod, Narur Eerappa and Prakash were present.');
    for (const n of ['Baran Bharath', 'Chinnalli Harish', 'Narur Eerappa']) assert.equal(villagers.find((e) => e.name === n)?.type, 'person', n);
    assert.notEqual(es.find((e) => e.name === 'East Midlands')?.type, 'person');
    assert.equal(entitiesOf('Kware MCA Rose Kula defended her. Congress corporator Niyaz Vanu was detained.').filter((e) => e.type === 'person').length, 2);
  });
  it('reads a dateline’s place of several words in capitals as one place ("PORT HARDY, B.C. —")', () => {
    const es = entitiesOf('PORT HARDY, B.C. — Cermaq Canada says a spill happened at its farm.');
    assert.equal(es.find((e) => e.name === 'PORT HARDY')?.type, 'place');
    assert.equal(es.some((e) => e.name === 'HARDY' || e.name === 'PORT'), false);
  });
  it('keeps an acronym opening a company’s name that ends in its legal form or precedes its officer’s title ("TC Energy Corp.", "TC Energy CEO"), and names the company without its legal form', () => {
    const es = entitiesOf('Work is suspended, Calgary-based TC Energy Corp. said Wednesday. Francois Poirier, who took over as TC Energy CEO this year, spoke.');
    // (Named as the news names it after, without its legal form, unless one word alone is left: "Guess Inc.".)
    assert.deepEqual(es.filter((e) => e.type === 'organization').map((e) => [e.name, e.variants.includes('TC Energy Corp')]), [['TC Energy', true]]);
    assert.ok(!es.some((e) => e.name === 'TC' || e.name === 'Energy Corp'));
    assert.deepEqual(entitiesOf('Guess Inc. late Thursday said earnings rose.').filter((e) => e.type === 'organization').map((e) => e.name), ['Guess Inc']);
  });
  it('keeps a union local’s number in its name, an organisation ("UFCW Local 832", "Unifor Local 444")', () => {
    const es = entitiesOf('A release sent to media from UFCW Local 832 late Friday said workers voted. Unifor Local 444 president Dave Cassidy spoke.');
    assert.deepEqual(es.filter((e) => e.type === 'organization').map((e) => e.name), ['UFCW Local 832', 'Unifor Local 444']);
  });
  it('types a province’s or state’s abbreviation after a town as a place, though a verb of saying follows it ("Oshawa, Ont., says")', () => {
    const es = entitiesOf('The mayor of Oshawa, Ont., says he was given no heads-up. A man from Fresno, Calif., said so too.');
    assert.deepEqual(es.filter((e) => e.name === 'Ont' || e.name === 'Calif').map((e) => `${e.type} ${e.name}`), ['place Ont', 'place Calif']);
  });
  it('joins an acronym to a hyphenated name it spells ("K-Electric (KE)")', () => {
    const es = entitiesOf('Citizens remained without power as K-Electric (KE) restored supply. The KE said supply was restricted.');
    assert.deepEqual(es.map((e) => `${e.type} ${e.name}`), ['organization K-Electric']);
    assert.equal(es[0].mentions.length, 3);
  });
  it('keeps Filipino particles ("dela", "delos") inside a name', () => {
    const text = 'PNP Director General Ronald dela Rosa spoke about Kian Loyd delos Santos. Dela Rosa told the senators he was hurt.';
    const es = entitiesOf(text);
    assert.deepEqual(named(es, 'Ronald dela Rosa')?.mentions.map((m) => text.slice(m.start, m.end)), ['Ronald dela Rosa', 'Dela Rosa']);
    assert.ok(named(es, 'Kian Loyd delos Santos'), JSON.stringify(es.map((e) => e.name)));
  });

  it('types a name ending in a company word as an organisation, but not one with it elsewhere', () => {
    const text = 'Three employees with Canadian Pacific Railway were killed near Beijing Railway Station, under the Railway Safety Act. Suncor Energy said so.';
    const es = entitiesOf(text);
    assert.equal(named(es, 'Canadian Pacific Railway')?.type, 'organization');
    assert.equal(named(es, 'Suncor Energy')?.type, 'organization');
    assert.notEqual(named(es, 'Railway Safety Act')?.type, 'organization');
    assert.equal(named(es, 'Beijing Railway Station')?.type, 'place');
    // Two words that open sentence after sentence are a name, though the text writes the first in lower case.
    const weight = entitiesOf('Weight Watchers shares fell. Weight Watchers said it would start 2013 on a weak note. The company offers weight management plans.');
    assert.equal(named(weight, 'Weight Watchers')?.mentions.length, 2);
    assert.equal(named(weight, 'Watchers'), undefined);
    // A sporting event is no person, though a kin word stands before it ("Father/Son Challenge").
    assert.equal(entitiesOf('He caddies for Mike Furyk at the PNC Father/Son Challenge in Orlando.').filter((e) => e.type === 'person').map((e) => e.name).join(), 'Mike Furyk');
    // The short name joins the company's full one; a nationality does not.
    const short = entitiesOf('Calgary-based Suncor Energy was paid. Suncor declined to comment. Canadian Pacific Railway is Canadian.');
    assert.deepEqual(short.filter((e) => /suncor/i.test(e.name)).map((e) => e.mentions.length), [2]);
    assert.ok(!named(short, 'Canadian Pacific Railway')?.mentions.some((m) => m.text === 'Canadian'));
    // ("Teck Resources": a resources firm; "Teck says" is the firm, not a person named Teck.)
    const teck = entitiesOf('Mining firm Teck Resources has decided to withdraw its application. Teck says it will write down the project.');
    assert.deepEqual(teck.filter((e) => /teck/i.test(e.name)).map((e) => [e.type, e.mentions.length]), [['organization', 2]]);
  });

  it('reads a body’s name without its organisation word ("Heart and Stroke") as that body, not as two names', () => {
    const text = 'A program sponsored by the Heart and Stroke Foundation of Canada is working. The Heart and Stroke Foundation said so. ' +
      '“It is exciting,” says Heart and Stroke senior manager Erin Kim. Heart and Stroke is enrolling its second cohort. Heart disease is common.';
    const es = entitiesOf(text);
    assert.deepEqual(es.filter((e) => /heart|stroke/i.test(e.name)).map((e) => e.name).sort(), ['Heart and Stroke Foundation', 'Heart and Stroke Foundation of Canada']);
    assert.equal(named(es, 'Heart and Stroke Foundation')?.mentions.length, 3);
    assert.equal(es.filter((e) => e.type === 'person').map((e) => e.name).join(), 'Erin Kim');
  });

  it('takes no capitalised common word for a name when the text also writes it in lower case', () => {
    const text = 'The war has lasted years. Trump posted that the War would end and Peace would come, and that the Tomahawk was not needed. Nobody wants peace less than them.';
    const es = entitiesOf(text);
    assert.equal(named(es, 'War'), undefined, JSON.stringify(es.map((e) => e.name)));
    assert.equal(named(es, 'Peace'), undefined);
    assert.equal(named(es, 'Tomahawk')?.type, 'other', 'a capitalised word never written in lower case stays a name');
  });

  it('takes no compound ending in a lower-case word, nor two names joined, for a name of its own', () => {
    const es = entitiesOf('Putin met Trump in Alaska. The U.S.-Russia talks, a Senate-passed bill and an Amblin-esque film came up, as did Harley-Davidson, Wi-Fi and Kathleen Wilson-Thompson.');
    const names = es.map((e) => e.name);
    for (const junk of ['U.S.-Russia', 'Senate-passed', 'Amblin-esque']) assert.ok(!names.includes(junk), `${junk} in ${names.join(', ')}`);
    for (const kept of ['Harley-Davidson', 'Wi-Fi', 'Kathleen Wilson-Thompson']) assert.ok(names.includes(kept), `${kept} missing from ${names.join(', ')}`);
  });

  it('strips titles from names and keeps them as roles', () => {
    const es = entitiesOf('Kremlin foreign policy aide Yuri Ushakov confirmed it. Hungarian Prime Minister Viktor Orbán posted on X. Secretary of State Marco Rubio will lead.');
    assert.deepEqual(named(es, 'Yuri Ushakov')?.roles, ['Kremlin foreign policy aide']);
    assert.deepEqual(named(es, 'Viktor Orbán')?.roles, ['Hungarian Prime Minister']);
    assert.deepEqual(named(es, 'Marco Rubio')?.roles, ['Secretary of State']);
    assert.ok(!es.some((e) => /Minister|Secretary|aide/.test(e.name)));
    // ("Executive Assistant": an assistant is a role's head too, not a first name.)
    const assistant = entitiesOf('Unifor National Executive Assistant Scott Doherty called the layoffs disappointing. Doherty said so.');
    assert.equal(assistant.find((e) => e.type === 'person')?.name, 'Scott Doherty');
  });

  it('ends a role where another name or a clause begins, and keeps a department name in the title', () => {
    const es = entitiesOf('They detained Michael Kovrig, a former diplomat, and Michael Spavor, an entrepreneur. Minister of Crown-Indigenous Relations Carolyn Bennett spoke.');
    assert.deepEqual(named(es, 'Michael Kovrig')?.roles, ['former diplomat']);
    assert.deepEqual(named(es, 'Michael Spavor')?.roles, ['entrepreneur']);
    assert.deepEqual(named(es, 'Carolyn Bennett')?.roles, ['Minister of Crown-Indigenous Relations']);
  });

  it('does not give a relative of someone else to a person who shares the first name', () => {
    const es = entitiesOf('Police Chief Joseph Boinnet spoke. Spindler’s father, Joseph, said his son loved Kenya.');
    assert.equal(named(es, 'Joseph Boinnet')?.mentions.length, 1);
    assert.equal(named(es, 'Joseph')?.type, 'person');
  });

  it('reads appositive roles after and before a name', () => {
    const es = entitiesOf("Yuri Ushakov, Putin's foreign affairs adviser, said the call was frank. Ukraine’s ambassador to the U.S., Olga Stefanishyna, said in a statement.");
    assert.deepEqual(named(es, 'Yuri Ushakov')?.roles, ["Putin's foreign affairs adviser"]);
    assert.deepEqual(named(es, 'Olga Stefanishyna')?.roles, ['Ukraine’s ambassador to the U.S.']);
  });

  it('reads "first lady" as a role, though "Lady" alone is an honorific', () => {
    const es = entitiesOf('He met former first lady Michelle Obama on Monday. The first lady, Jill Biden, spoke. Melania Trump, the first lady, waved. Lady Jane Grey did not.');
    assert.deepEqual(named(es, 'Michelle Obama')?.roles, ['former first lady']);
    assert.deepEqual(named(es, 'Jill Biden')?.roles, ['first lady']);
    assert.deepEqual(named(es, 'Melania Trump')?.roles, ['first lady']);
    assert.deepEqual(named(es, 'Jane Grey')?.roles, []);
  });

  it('keeps two people who share a surname apart and gives a bare surname to the dominant one', () => {
    const text = 'President Donald Trump spoke. Trump thanked First Lady Melania Trump for her work. Trump said he was pleased.';
    const es = entitiesOf(text);
    const donald = named(es, 'Donald Trump');
    const melania = named(es, 'Melania Trump');
    assert.ok(donald && melania);
    assert.equal(donald.mentions.length, 3);
    assert.equal(melania.mentions.length, 1);
    assert.deepEqual(melania.roles, ['First Lady']);
    assert.equal(donald.gender, 'male');
    assert.equal(melania.gender, 'female');
  });

  it('reads co- roles as roles: "Co-star Sonakshi Sinha", "David Rowland, co-owner of …"', () => {
    const es = entitiesOf('Co-star Sonakshi Sinha added that the film would do well. David Rowland, co-owner of SoMe Brewing Co. in York, agreed.');
    assert.deepEqual(named(es, 'Sonakshi Sinha')?.roles, ['Co-star']);
    assert.deepEqual(named(es, 'David Rowland')?.roles, ['co-owner of SoMe Brewing Co. in York']);
  });

  it('takes an occupation before a first name for no part of the name ("Astronomer Mary Barsony"), but keeps "Baker Mayfield"', () => {
    const es = entitiesOf('Astronomer Mary Barsony said the pair was a surprise. Housewife Carol Ann Armstrong sued. Baker Mayfield threw for 300 yards.');
    assert.ok(named(es, 'Mary Barsony') && named(es, 'Carol Ann Armstrong') && named(es, 'Baker Mayfield'));
    assert.ok(!es.some((e) => /Astronomer|Housewife/.test(e.name)));
  });

  it('reads ranks joined by a hyphen as a title ("Major-General Tommy Mthombeni", "Lt-Col Jane Doe")', () => {
    const es = entitiesOf('Major-General Tommy Mthombeni said the team did well. Lt-Col Jane Doe agreed.');
    assert.deepEqual(named(es, 'Tommy Mthombeni')?.roles, ['Major-General']);
    assert.deepEqual(named(es, 'Jane Doe')?.roles, ['Lt-Col']);
    // A rank alone names no one.
    assert.deepEqual(entitiesOf('The Major-General said the team did well.').map((e) => e.name), []);
  });

  it('keeps a sentence-opening word the text also writes in lower case when the name it opens appears inside a sentence too ("Rally Canada")', () => {
    const es = entitiesOf('Rally Canada, the group that organized the event, said it had emails. The rally drew hundreds. In a news release, Rally Canada said the survey is flawed.');
    assert.ok(named(es, 'Rally Canada'));
    assert.ok(!named(es, 'Canada'));
  });

  it('counts only the lead gender of a sentence with he- and she-pronouns', () => {
    // The judge is "she"; "his" and "him" are the man she sentenced, who is not named here: without
    // the rule the three male pronouns outvote the one female.
    const judge = named(entitiesOf('U.S. District Judge Kimba M. Wood announced the penalty, citing his health as reason to reduce his sentence from the five years she gave him.'), 'Kimba M. Wood');
    assert.equal(judge?.gender, 'female');
  });

  it('gives a shared surname to the person just named in the same paragraph', () => {
    const text = 'Martin Jones made 30 saves. Martin Jones was calm.\n\nDefenceman Caleb Jones scored late. "It felt good," Jones said.';
    const es = entitiesOf(text);
    const caleb = named(es, 'Caleb Jones');
    assert.ok(caleb);
    assert.equal(caleb.mentions.length, 2);
    assert.equal(named(es, 'Martin Jones')?.mentions.length, 2);
  });

  it('resolves a first name used alone when it is unambiguous', () => {
    const es = entitiesOf('"Let\'s go," Trump said to his envoy Steve Witkoff. "Steve, focus on Russia first."');
    const steve = named(es, 'Steve Witkoff');
    assert.ok(steve);
    assert.deepEqual(steve.variants.sort(), ['Steve', 'Steve Witkoff']);
  });

  it('merges spelling variants of one person inside a document', () => {
    const es = entitiesOf('Volodymyr Zelenskyy arrived. Later Volodymyr Zelensky spoke, and Zelenskiy left.');
    const people = es.filter((e) => e.type === 'person');
    assert.equal(people.length, 1);
    assert.equal(people[0].mentions.length, 3);
  });

  it('treats photo credits and bylines as people, with the byline role for each name of the list', () => {
    const es = entitiesOf('Photo by Kevin Lamarque/Reuters\n\nAssociated Press writers Mary Clare Jalonick, Fatima Hussein and Nathan Ellgren contributed to this report.');
    assert.equal(named(es, 'Kevin Lamarque')?.type, 'person');
    for (const n of ['Mary Clare Jalonick', 'Fatima Hussein', 'Nathan Ellgren']) assert.deepEqual(named(es, n)?.roles, ['Associated Press writers'], n);
    assert.equal(named(es, 'Reuters')?.type, 'organization');
  });

  it('does not make a person of boilerplate lines, dates or sentence openers', () => {
    const es = entitiesOf('Support PBS News Hour\n\nOn Thursday, officials met in Kyiv. Emboldened by this, Moscow waited.');
    assert.ok(!es.some((e) => e.type === 'person'), JSON.stringify(es.map((e) => [e.name, e.type])));
    assert.ok(!es.some((e) => /Support|Thursday|Emboldened/.test(e.name)));
    assert.equal(named(es, 'Kyiv')?.type, 'place');
    assert.equal(named(es, 'Moscow')?.type, 'place');
  });

  it('takes no plural opening a sentence for a person ("Meteorologists said", "Shoppers said"), while a surname in -s stays one', () => {
    const es = entitiesOf(
      'Forecasters said it would rain. Meteorologists said the storm was weakening. Pediatricians said children need sleep. Canadians agreed. ' +
        'Shoppers said prices were up. Paramedics said two were hurt. Bystanders said the car sped away. Bernie Sanders spoke. Sanders said it was time. Hughes, a nurse, said it was hard.',
    );
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), ['Bernie Sanders', 'Hughes']);
    assert.equal(named(es, 'Bernie Sanders')?.mentions.length, 2);
    assert.ok(!es.some((e) => /Forecasters|Meteorologists|Pediatricians|Shoppers|Paramedics|Bystanders/.test(e.name)), JSON.stringify(es.map((e) => [e.name, e.type])));
    assert.equal(named(entitiesOf('Meteorologist Jane Doe said it would rain.'), 'Jane Doe')?.roles[0], 'Meteorologist');
  });

  it('types a name opened by a feature word as a place ("Mount Everest", "Lake Louise", "St James"), unless an honorific makes it a person', () => {
    const es = entitiesOf('Climbers left Mount Everest for Lake Louise, then Fort McMurray and the Gulf of Mexico. The Port Authority said nothing. Ms. Lake Bell said it was fine.');
    for (const n of ['Mount Everest', 'Lake Louise', 'Fort McMurray', 'Gulf of Mexico']) assert.equal(named(es, n)?.type, 'place', n);
    assert.equal(named(es, 'Port Authority')?.type, 'organization');
    assert.equal(named(es, 'Lake Bell')?.type, 'person');
    // ("Cermaq Canada": a firm's arm in a country is an organisation; "Central Canada" a region.)
    const arms = entitiesOf('Cermaq Canada says the spill was small. Voters in Central Canada and Modern Canada agreed.');
    assert.equal(named(arms, 'Cermaq Canada')?.type, 'organization');
    for (const n of ['Central Canada', 'Modern Canada']) assert.notEqual(named(arms, n)?.type, 'organization', n);
    // ("St James", "Saint John": a saint's name first is a place, or a church's, not a person.)
    const saints = entitiesOf('Investigators will assist their St James counterparts in St James. Officials in Saint John agreed.');
    for (const n of ['St James', 'Saint John']) assert.equal(named(saints, n)?.type, 'place', n);
  });

  it('keeps "Mr. Trump" apart from the only Trump named in full when she is Melania, and "President Trump ... his" with him', () => {
    const text = 'President Trump told governors that his administration would step in. He spoke beside first lady Melania Trump. "We are happy," Mr. Trump added. Mrs. Trump spoke next.';
    const es = entitiesOf(text);
    const melania = named(es, 'Melania Trump');
    const him = es.find((e) => e.type === 'person' && e !== melania && e.name === 'Trump');
    assert.ok(melania && him, es.map((e) => e.name).join(', '));
    const starts = (e: DocEntity) => e.mentions.map((m) => m.start);
    assert.deepEqual(starts(melania), [text.indexOf('Melania'), text.indexOf('Mrs. Trump') + 5]);
    assert.deepEqual(starts(him), [text.indexOf('Trump'), text.indexOf('Mr. Trump') + 4]);
  });

  it('types a field word before a country or province as a public body ("Health Canada", "Public Health Ontario")', () => {
    const es = entitiesOf('Parks Canada closed the trail. Public Health Ontario reported 40 cases and Statistics Canada said unemployment rose. Sport England funds it. Paul Ontario said so.');
    for (const n of ['Parks Canada', 'Public Health Ontario', 'Statistics Canada', 'Sport England']) assert.equal(named(es, n)?.type, 'organization', n);
    assert.notEqual(named(es, 'Paul Ontario')?.type, 'organization');
  });

  it('keeps "on" inside a body\'s name but not before a date, and "do" inside a place\'s name', () => {
    const es = entitiesOf('Deaths rose, according to the National Institute on Drug Abuse. The Council on Foreign Relations met. The Council on Nov. 3 voted. Floods hit Rio Grande do Sul and Mato Grosso do Sul.');
    for (const n of ['National Institute on Drug Abuse', 'Council on Foreign Relations']) assert.equal(named(es, n)?.type, 'organization', n);
    assert.ok(!es.some((e) => e.name.endsWith(' on')), es.map((e) => e.name).join(', '));
    for (const n of ['Rio Grande do Sul', 'Mato Grosso do Sul']) assert.equal(named(es, n)?.type, 'place', n);
  });

  it('types a wire dateline as a place, and leaves a nationality before a first name out of the name', () => {
    const es = entitiesOf("O'FALLON, Mo. — Synergetics posted revenue.\n\nFLORENCE, Jan 30 (Reuters) - A court convicted Briton Meredith Kercher's killers and Canadian Michael Kovrig.\n\nSixteen Kenyans — including a policeman — died. White Bear First Nation said so.");
    for (const n of ["O'FALLON", 'FLORENCE']) assert.equal(named(es, n)?.type, 'place', n);
    for (const n of ['Meredith Kercher', 'Michael Kovrig']) assert.equal(named(es, n)?.type, 'person', n);
    assert.notEqual(named(es, 'Sixteen Kenyans')?.type, 'place');
    assert.ok(!es.some((e) => e.name === 'Bear First Nation'));
  });

  it('strips British titles written without a full stop ("Det Con James Bennett", "Lt Mike Hawley", "Cllr Jane Smith")', () => {
    const es = entitiesOf('Det Con James Bennett said the attack was cowardly. Lt Mike Hawley said. Cllr Jane Smith spoke. Shoppers collect PC Optimum points.');
    assert.deepEqual(named(es, 'James Bennett')?.roles, ['Det Con']);
    assert.deepEqual(named(es, 'Mike Hawley')?.roles, ['Lt']);
    assert.deepEqual(named(es, 'Jane Smith')?.roles, ['Cllr']);
    assert.ok(!es.some((e) => e.type === 'person' && e.name.startsWith('Optimum')));
  });

  it('reads a title word that is also a first name, after another title and before one more word, as the first name ("Pikangikum Chief Dean Owen")', () => {
    const es = entitiesOf('Pikangikum Chief Dean Owen said the backlog has doubled.');
    const owen = es.find((e) => e.type === 'person');
    assert.equal(owen?.name, 'Dean Owen');
    assert.deepEqual(owen?.roles, ['Pikangikum Chief']);
  });
  it('types street and venue names by their last word as places ("Talbot Ave", "Byron Crescent", "Kensington Market", "Camden Yards"), and no person in "Queen Street West"', () => {
    const es = entitiesOf('The shop is on Queen Street West near Kensington Market. Police closed Talbot Ave and Byron Crescent. The game is at Camden Yards.');
    for (const name of ['Talbot Ave', 'Byron Crescent', 'Kensington Market', 'Camden Yards']) assert.equal(named(es, name)?.type, 'place', name);
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), []);
  });
  it('keeps a law named after a title word whole ("Youth Criminal Justice Act" is no person "Act")', () => {
    const es = entitiesOf('The boy, who can’t be named under the Youth Criminal Justice Act, was 15. Justice Minister David Lametti spoke.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), ['David Lametti']);
    assert.ok(named(es, 'Youth Criminal Justice Act'));
  });
  it('reads a party word after a first name as a surname ("John Tory" is a person)', () => {
    const es = entitiesOf('Toronto city council voted in favour of John Tory’s initiative. Tory said shovels could be in the ground next year.');
    assert.equal(named(es, 'John Tory')?.type, 'person');
  });
  it('reads a title with a hyphened prefix as a title ("co-president Bill Shine", "ex-premier Brian Pallister")', () => {
    const es = entitiesOf('In a letter to Fox News co-president Bill Shine, she wrote. The ex-premier Brian Pallister spoke.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => [e.name, e.roles]), [['Bill Shine', ['Fox News co-president']], ['Brian Pallister', ['ex-premier']]]);
  });
  it('strips a coroner\'s title and an age opening the sentence from a name, and a joiner left after a role ("Coroner Gehane Kamel", "Forty-eight-year-old Terrence McArthur", "Residents of Richmond Hill")', () => {
    const es = entitiesOf('Coroner Gehane Kamel said she would decide. Forty-eight-year-old Terrence McArthur was led from the courthouse. Residents of Richmond Hill and Forest Hill voted.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => [e.name, e.roles]), [['Gehane Kamel', ['Coroner']], ['Terrence McArthur', []]]);
    assert.ok(es.every((e) => !/^of /.test(e.name)), es.map((e) => e.name).join(', '));
  });
  it('reads a title word right after a given name as a surname ("Martin Luther King Jr.", "Larry King")', () => {
    const es = entitiesOf('The Rev. Martin Luther King Jr. spoke in 1963. Larry King interviewed him. New Zealand Prime Minister Jacinda Ardern and Jordan’s King Abdullah met.');
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), ['Martin Luther King Jr.', 'Larry King', 'Jacinda Ardern', 'Abdullah']);
    assert.deepEqual(named(es, 'Martin Luther King Jr.')?.roles, ['The Rev.']);
  });

  it('splits a hyphenated pair of known names into two mentions', () => {
    const text = 'Donald Trump called Vladimir Putin. The Trump-Putin call was long.';
    const es = entitiesOf(text);
    assert.equal(named(es, 'Donald Trump')?.mentions.length, 2);
    const putin = named(es, 'Vladimir Putin');
    assert.ok(putin);
    assert.equal(text.slice(putin.mentions[1].start, putin.mentions[1].end), 'Putin');
  });

  it('joins a name the parser split after an initial', () => {
    const es = entitiesOf('Analyst Harry J. Kazianis said the talks would fail. Kazianis added more.');
    const harry = es.find((e) => e.type === 'person');
    assert.equal(harry?.name, 'Harry J. Kazianis');
    assert.equal(harry?.mentions.length, 2);
  });

  it("takes no title abbreviation the parser ended a sentence at for a name (\"Const. Andrew Vickers\")", () => {
    const es = entitiesOf("Vickers' son, Const. Andrew Vickers, has been commended for saving two women.");
    assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => e.name), ['Andrew Vickers']);
  });

  it('keeps a day or month abbreviation without its stop that opens a name ("Coun. Jan Harder", "Sun Media"), not one with it', () => {
    const es = entitiesOf('Coun. Jan Harder met Sun Media editors. On Jan. 5 Jan Egeland said aid was blocked.');
    assert.deepEqual(named(es, 'Jan Harder')?.roles, ['Coun.']);
    assert.equal(named(es, 'Jan Harder')?.type, 'person');
    assert.ok(named(es, 'Sun Media'), JSON.stringify(es.map((e) => e.name)));
    assert.ok(named(es, 'Jan Egeland'), JSON.stringify(es.map((e) => e.name)));
    assert.ok(!es.some((e) => e.name.startsWith('Jan.') || e.name === 'Media'));
  });

  it('ends a body’s name at its organisation word when a person’s given name and surname follow ("the Australian Medical Association Stephen Parnis")', () => {
    const es = entitiesOf('Former vice-president of the Australian Medical Association Stephen Parnis said budgets were tight.');
    assert.equal(named(es, 'Australian Medical Association')?.type, 'organization', JSON.stringify(es.map((e) => [e.name, e.type])));
    assert.equal(named(es, 'Stephen Parnis')?.type, 'person');
  });

  it('reads a line whose stop sits inside its closing quotation mark as prose, not a headline', () => {
    const es = entitiesOf('The city voted on Tuesday.\n\nAdded Mary Harder, “We did what we had to do.”\n');
    assert.equal(named(es, 'Mary Harder')?.type, 'person', JSON.stringify(es.map((e) => e.name)));
  });

  it('never throws on odd input', () => {
    for (const t of ['', '   ', '"""', 'A', 'Mr.', 'The The The', '\u0000\u0001', 'Ø'.repeat(50)]) assert.ok(Array.isArray(entitiesOf(t)));
  });
  it('joins a name that opens one longer name ("Syed Saddiq" in "Syed Saddiq Syed Abdul Rahman"), and reads a role past its abbreviation in brackets', () => {
    const text =
      'Former youth and sports minister Syed Saddiq Syed Abdul Rahman pleaded not guilty at the sessions court here today.\n\n' +
      'Deputy public prosecutor (DPP) Faridz Gohim Abdullah asked judge Azura Alwi to impose bail on Syed Saddiq.\n\n' +
      'Faridz said the amount was reasonable. Syed Saddiq’s lawyer disagreed.\n';
    const es = entitiesOf(text);
    const syed = es.filter((e) => e.name.startsWith('Syed Saddiq'));
    assert.equal(syed.length, 1);
    assert.equal(syed[0].name, 'Syed Saddiq Syed Abdul Rahman');
    assert.ok(syed[0].variants.includes('Syed Saddiq'));
    const faridz = named(es, 'Faridz Gohim Abdullah');
    assert.equal(faridz?.type, 'person');
    assert.ok(faridz?.roles.some((r) => r.startsWith('Deputy public prosecutor')));
    assert.equal(named(es, 'Faridz'), undefined);
    // Two longer names opening the same way: no telling which.
    const two = entitiesOf('Mary Ann Smith and Mary Ann Jones spoke.\n\nMary Ann said it was over.\n');
    assert.ok(named(two, 'Mary Ann Smith') && named(two, 'Mary Ann Jones'));
    assert.ok(!named(two, 'Mary Ann Smith')?.variants.includes('Mary Ann'));
  });
});

describe('extractEntities: cues that tell people from other names', () => {
  it('takes kin and aides as roles and as evidence of a person named alone', () => {
    const es = entitiesOf('Yet aside from Musk’s brother, Kimbal, the board was new. He carries on the legacy of his father, Bill, who began it.');
    assert.equal(named(es, 'Kimbal')?.type, 'person');
    assert.deepEqual(named(es, 'Kimbal')?.roles, ['Musk’s brother']);
    assert.deepEqual(named(es, 'Bill')?.roles, ['father']);
    assert.equal(named(es, 'Musk')?.type, 'person');
  });

  it('types teams, brands and bodies as organisations, not people', () => {
    const es = entitiesOf('Brent Burns scored as the San Jose Sharks beat the Oilers. Riders took the SkyTrain, and Congress met. The US and Russia will talk. Kenya became a target for al-Shabaab.');
    assert.equal(named(es, 'Brent Burns')?.type, 'person');
    for (const n of ['San Jose Sharks', 'Oilers', 'SkyTrain', 'Congress', 'al-Shabaab']) assert.equal(named(es, n)?.type, 'organization', n);
    assert.equal(named(es, 'US')?.type, 'place');
  });

  it('takes a name before a role noun after a speech verb for a modifier, not the speaker ("says Cambridge cartoonist Andre Campbell")', () => {
    const es = entitiesOf('“Every publisher rejected me,” says Cambridge cartoonist Andre Campbell, whose hero uses a wheelchair.');
    assert.equal(named(es, 'Andre Campbell')?.type, 'person');
    assert.notEqual(named(es, 'Cambridge')?.type, 'person');
  });

  it('keeps "A and B Foundation" one organisation before a possessive', () => {
    const es = entitiesOf("He signed up for the Heart and Stroke Foundation's Activate program last May.");
    assert.equal(named(es, 'Heart and Stroke Foundation')?.type, 'organization');
    assert.equal(named(es, 'Heart'), undefined);
    assert.equal(named(es, 'Stroke Foundation'), undefined);
  });

  it('gives a surname alone to the person the honorific fits', () => {
    const es = entitiesOf('John Smith and Mary Smith arrived. Mrs. Smith spoke first, then Mr. Smith.');
    assert.equal(named(es, 'Mary Smith')?.mentions.length, 2);
    assert.equal(named(es, 'John Smith')?.mentions.length, 2);
  });

  it('resolves a family name written first ("Kim" for Kim Jong-un)', () => {
    const es = entitiesOf('North Korean leader Kim Jong-un met Kim Yong-chol. Later Kim Jong-un spoke, and Kim said talks would go on.');
    assert.equal(named(es, 'Kim Jong-un')?.mentions.length, 3);
    assert.ok(!es.some((e) => e.name === 'Kim'));
  });
});

describe('extractEntities on Markdown and HTML', () => {
  it('finds names in headings only when the prose or the lexicons know them', () => {
    const html = '<html><body><h1>Zelensky Visits Washington Today</h1><p>Ukrainian President Volodymyr Zelensky met Sen. Lindsey Graham on Friday.</p></body></html>';
    const es = extractEntities(parseDocument('a.html', html));
    const z = named(es, 'Volodymyr Zelensky');
    assert.ok(z);
    assert.deepEqual(z.mentions.map((m) => html.slice(m.start, m.end)), ['Zelensky', 'Volodymyr Zelensky']);
    assert.equal(named(es, 'Washington')?.type, 'place');
    assert.ok(!es.some((e) => /Visits|Today/.test(e.name)));
    const md = '# Trump Meets Putin\n\nPresident **Donald Trump** met [Vladimir Putin](https://example.org) in Budapest.\n';
    const mes = extractEntities(parseDocument('b.md', md));
    assert.deepEqual(named(mes, 'Donald Trump')?.mentions.map((m) => md.slice(m.start, m.end)), ['Trump', 'Donald Trump']);
    assert.deepEqual(named(mes, 'Vladimir Putin')?.mentions.map((m) => md.slice(m.start, m.end)), ['Putin', 'Vladimir Putin']);
  });

  it('joins an acronym to the name it abbreviates, spelled out or by initials, never to a person', () => {
    const text = 'The national export agency, Export Development Canada (EDC), paid the claim. EDC declined to comment. Officers of the Royal Canadian Mounted Police arrived; the RCMP said nothing. Rachel Ann Patel spoke, and RAP played.';
    const es = entitiesOf(text);
    const edc = es.find((e) => e.variants.includes('EDC'));
    assert.ok(edc && /Development Canada$/.test(edc.name), JSON.stringify(es.map((e) => [e.name, e.variants])));
    assert.equal(edc.mentions.filter((m) => m.text === 'EDC').length, 2);
    assert.equal(es.find((e) => e.variants.includes('RCMP'))?.name, 'Royal Canadian Mounted Police');
    assert.ok(!named(es, 'Rachel Ann Patel')?.variants.includes('RAP'));
  });

  it('takes no page label in capitals for a name ("READ MORE:", "WATCH:"), but keeps "US"', () => {
    const es = entitiesOf('READ MORE: Scam uses old passwords. WATCH: Police respond to threats. The US said it was fine.');
    assert.deepEqual(es.map((e) => e.name), ['US']);
  });

  it('reads a dateline of several words in capitals as one place ("NEW YORK –", "LOS ANGELES (Reuters)")', () => {
    const es = entitiesOf('Shares fall\n\nNEW YORK – Research In Motion Ltd. cut its forecasts.\n\nLOS ANGELES (Reuters) - Sales fell.\n');
    assert.equal(named(es, 'NEW YORK')?.type, 'place');
    assert.equal(named(es, 'LOS ANGELES')?.type, 'place');
    assert.equal(named(es, 'YORK'), undefined);
    assert.equal(named(es, 'LOS'), undefined);
  });

  it('reads a person’s name written in capitals from a given name on as that person, written as prose writes it', () => {
    const es = entitiesOf('JEREMY HUNT admitted his failings today. Mr Hunt said more. RIM CEO Thorsten Heins spoke. MARY O\'BRIEN-SMITH agreed.');
    assert.equal(named(es, 'Jeremy Hunt')?.type, 'person');
    assert.deepEqual(named(es, 'Jeremy Hunt')?.mentions.map((m) => m.text), ['JEREMY HUNT', 'Hunt']);
    assert.equal(named(es, "Mary O'Brien-Smith")?.type, 'person');
    // An inverted tag's verb opening the sentence is no part of the name; a noun stays.
    const tagged = entitiesOf('Added Shani Tager on Monday, “The reef is dying.” State Health Services director Jane Doe agreed.');
    assert.equal(named(tagged, 'Shani Tager')?.type, 'person');
    assert.ok(named(tagged, 'State Health Services'));
    // An acronym of three letters that is also a name stays apart ("RIM CEO").
    assert.equal(es.some((e) => /^Rim/i.test(e.name) && e.type === 'person'), false);
  });

  it('types newspapers, financial firms and photo credits named after a given name as organisations', () => {
    const es = entitiesOf('The storm hit, according to The Charlotte Observer. Analysts polled by Thomson Financial expected more. Image copyright Submitted Image.');
    assert.equal(named(es, 'Charlotte Observer')?.type, 'organization');
    assert.equal(named(es, 'Thomson Financial')?.type, 'organization');
    assert.notEqual(named(es, 'Submitted Image')?.type, 'person');
    // With a role, a given name and a newspaper's word are a person ("Defence lawyer Phil Star").
    assert.equal(named(entitiesOf('Defence lawyer Phil Star said the sentence was fair.'), 'Phil Star')?.type, 'person');
  });

  it('drops a participle opening the sentence before a given name ("Quoting Steve Sarkisian"), but keeps places in -ing', () => {
    const es = entitiesOf('Quoting Steve Sarkisian, the paper said the team was ready. Beijing Daily reported the visit.');
    assert.equal(named(es, 'Steve Sarkisian')?.type, 'person');
    assert.equal(named(es, 'Quoting Steve Sarkisian'), undefined);
  });

  it('reads a name written around a nickname as one person ("Dennis “Chip” Wilson"), its mention spanning the nickname', () => {
    const text = 'Lululemon founder Dennis “Chip” Wilson voted against the board. Wilson said he was unhappy.';
    const wilson = named(entitiesOf(text), 'Dennis Wilson');
    assert.equal(wilson?.type, 'person');
    assert.deepEqual(wilson?.roles, ['Lululemon founder']);
    assert.equal(text.slice(wilson!.mentions[0].start, wilson!.mentions[0].end), 'Dennis “Chip” Wilson');
    assert.equal(wilson?.mentions.length, 2);
  });

  it('names a body made of title words and an organisation word ("The Canadian Press"), without the article after a credit', () => {
    const es = entitiesOf('The Canadian Press A train derailment is shown near Field on Monday. The White House said nothing. Police said the Prime Minister was safe.');
    assert.equal(named(es, 'Canadian Press')?.type, 'organization');
    assert.equal(named(es, 'White House')?.type, 'organization');
    assert.equal(named(es, 'Canadian Press A'), undefined);
    assert.equal(named(es, 'Prime Minister'), undefined);
    assert.equal(named(es, 'Police'), undefined);
  });

  it('keeps a possessive inside a body’s name ("Union County Sheriff’s Office"), not after a person ("Trump’s Office")', () => {
    const es = entitiesOf("The Union County Sheriff's Office said the boy was found. The Children's Hospital of Eastern Ontario said he was well. Trump's Office said no.");
    assert.equal(named(es, "Union County Sheriff's Office")?.type, 'organization');
    assert.equal(named(es, "Children's Hospital of Eastern Ontario")?.type, 'organization');
    assert.equal(named(es, 'Office')?.type, 'organization');
    assert.equal(named(es, 'Union County Sheriff'), undefined);
  });

  it('joins a company’s short name to its full one, shown by the full name without its legal form (as a person is by a full name; "Suncor Energy", not "Suncor"), and drops a lone legal suffix', () => {
    const es = entitiesOf('Synutra International, Inc. said its formula was safe. Synutra products are tested, Synutra said. Cisco Systems Inc cut jobs. Cisco Systems Inc said so in a filing.');
    const synutra = named(es, 'Synutra International');
    assert.equal(synutra?.type, 'organization');
    assert.deepEqual(synutra?.variants, ['Synutra International', 'Synutra']);
    // (Named without its legal form, which stays a variant.)
    assert.equal(named(es, 'Cisco Systems')?.type, 'organization');
    assert.ok(named(es, 'Cisco Systems')?.variants.includes('Cisco Systems Inc'));
    assert.equal(named(es, 'Inc'), undefined);
    assert.equal(es.filter((e) => e.type === 'person').length, 0);
    const suncor = entitiesOf('Suncor suspended operations. Suncor Energy as much as said so. Suncor said the risk continues. Suncor reported a profit.');
    assert.deepEqual(suncor.filter((e) => e.type === 'organization').map((e) => e.name), ['Suncor Energy']);
  });

  it('gives a bare surname to the namesake the text calls by surname, wherever it stands', () => {
    const text = 'Trump tells governors: "We will step in"\nPresident Trump spoke alongside first lady Melania Trump. "We are ready," Mr. Trump said.';
    const es = entitiesOf(text);
    const donald = es.find((e) => e.name === 'Trump' && e.type === 'person');
    assert.ok(donald?.mentions.some((m) => m.start === 0), 'the opening "Trump" is the namesake');
    assert.equal(named(es, 'Melania Trump')?.mentions.length, 1);
  });

  it('types a named fire, agreement or act as no person ("Thompson Fire", "Paris Agreement")', () => {
    const es = entitiesOf('The Thompson Fire in Oroville had grown to 3,568 acres. The Camp Fire killed 85. The Paris Agreement was signed.');
    for (const name of ['Thompson Fire', 'Camp Fire', 'Paris Agreement']) assert.equal(named(es, name)?.type, 'other', name);
  });

  it('reads "Minister of State for <area>" as a title before the name, and an area ending before a given name as a place ("Harare Metropolitan Province Oliver Chidawu")', () => {
    const es = entitiesOf('Minister of State for Harare Metropolitan Province Oliver Chidawu has said. Secretary of State for Transport Grant Shapps agreed. Officials in Harare Metropolitan Province Oliver Chidawu spoke. US Secretary of State Marco Rubio called.');
    assert.equal(named(es, 'Oliver Chidawu')?.type, 'person');
    assert.equal(named(es, 'Grant Shapps')?.type, 'person');
    assert.equal(named(es, 'Marco Rubio')?.type, 'person');
    assert.equal(named(es, 'Harare Metropolitan Province')?.type, 'place');
    assert.deepEqual(es.filter((e) => /Secretary|Minister/.test(e.name)).map((e) => e.name), []);
  });

  it('reads a legal form of other lands after a name as a company ("Prasarana Malaysia Berhad", "Premform Limited"), its bracketed short name with it', () => {
    const es = entitiesOf('A session with Prasarana Malaysia Berhad (Prasarana) will be held. Premform Limited declined to comment. Prasarana said it would help.');
    assert.equal(named(es, 'Prasarana Malaysia')?.type, 'organization');
    assert.ok(named(es, 'Prasarana Malaysia')?.variants.includes('Prasarana'));
    assert.equal(named(es, 'Premform Limited')?.type, 'organization');
  });

  it('types an undecided name written each time before a role in lower case as an organisation ("Projet Montréal leader Richard Bergeron"), not a region ("East York councillor")', () => {
    const es = entitiesOf('Former Projet Montréal city councillor and executive committee member Luc Ferrandez spoke. Plante named former Projet Montréal leader Richard Bergeron. East York councillor Jane Doe agreed.');
    assert.equal(named(es, 'Projet Montréal')?.type, 'organization');
    assert.equal(named(es, 'Luc Ferrandez')?.type, 'person');
    assert.notEqual(named(es, 'East York')?.type, 'organization');
  });

  it('keeps "First" in "First Nations" opening a sentence: a people’s name, not an ordinal', () => {
    const es = entitiesOf('First Nations leaders say they will fight the pipeline. He was first.');
    assert.equal(named(es, 'First Nations')?.type, 'organization');
    assert.equal(named(es, 'Nations'), undefined);
  });

  it('reads three capitals as a body’s acronym though their letters spell a role ("Ministry of Manpower (MOM) … MOM said"), not a role’s own abbreviation ("CEO")', () => {
    const text = 'Singapore’s Ministry of Manpower (MOM) refuted claims. MOM said the police are investigating. The CEO said no.';
    const es = entitiesOf(text);
    assert.deepEqual(named(es, 'Ministry of Manpower')?.mentions.map((m) => text.slice(m.start, m.end)), ['Ministry of Manpower', 'MOM', 'MOM']);
    assert.equal(named(es, 'CEO'), undefined);
  });

  it('reads a title with a department after "of" and no first name as all title ("Minister of Information and National Orientation")', () => {
    const es = entitiesOf('The Minister of Information and National Orientation, Mohammed Idris, spoke. General Manager of Corporate Communications of the TTPS, Ellen Lewis, said no. Minister of Diversification Smith agreed.');
    assert.equal(named(es, 'Mohammed Idris')?.type, 'person');
    assert.equal(named(es, 'Ellen Lewis')?.type, 'person');
    assert.equal(named(es, 'Smith')?.type, 'person');
    assert.equal(named(es, 'Information and National Orientation'), undefined);
    assert.equal(named(es, 'Corporate Communications'), undefined);
  });

  it('reads a common East Asian family name written first as a person cue ("Wang Zhenyao"), not an English word ("Song Contest")', () => {
    const es = entitiesOf('Wang Zhenyao, a ministry official, spoke. Nguyen Van An said so. Song Contest winners sang.');
    assert.equal(named(es, 'Wang Zhenyao')?.type, 'person');
    assert.equal(named(es, 'Nguyen Van An')?.type, 'person');
    assert.notEqual(named(es, 'Song Contest')?.type, 'person');
  });
  it('drops a preposition or a past participle opening the sentence ("Outside St. George station", "Frustrated Hamilton steel workers") and types a speaking given name before a place as a person ("Victoria Oman")', () => {
    const es = entitiesOf('Outside St. George station, crowds stretched down the street.\n\nFrustrated Hamilton steel workers want an inquiry.\n\nDeep in the line, Victoria Oman told the Star she had waited. United Steelworkers said the same.\n');
    const names = es.map((e) => e.name);
    assert.ok(!names.includes('Outside St. George') && names.includes('St. George'));
    assert.ok(!names.includes('Frustrated Hamilton'));
    assert.equal(named(es, 'Victoria Oman')?.type, 'person');
    assert.ok(names.includes('United Steelworkers'));
  });
});
