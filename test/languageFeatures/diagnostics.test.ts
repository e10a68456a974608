import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { defaultSettings } from '../../server/src/config';
import { SourceIndex } from '../../server/src/core/sourceIndex';
import { claimWord } from '../../server/src/languageFeatures/claimIndex';
import { draft, testService } from './helpers';

const fixture = (name: string) => readFileSync(nodePath.resolve(__dirname, '../fixtures/drafts', name), 'utf8');
const codesByLine = (diags: Array<{ range: { start: { line: number } }; code: string }>) => diags.map((d) => `${d.range.start.line + 1} ${d.code}`).sort();

const planted = ['5 quote-unsourced', '7 quote-mismatch', '9 quote-misattributed', '11 number-conflict', '13 claim-unsourced', '15 role-conflict', '17 name-variant'].sort();

describe('diagnostics', () => {
  it('finds nothing in the clean draft (typographic variants, excerpts, interrupted quotes, ellipsis, brackets, paraphrase)', () => {
    const { service } = testService();
    assert.deepEqual(service.computeDiagnostics(draft(fixture('clean.md'), 'clean.md')), []);
  });

  it('finds nothing in a paraphrasing draft written in other words than the sources', () => {
    const { service } = testService();
    assert.deepEqual(service.computeDiagnostics(draft(fixture('clean-paraphrase.md'), 'clean-paraphrase.md')), []);
  });

  it('accepts pronoun speakers, nested quotes, brackets, block quotes, then finds five more planted errors', () => {
    const { service } = testService();
    const found = codesByLine(service.computeDiagnostics(draft(fixture('planted-more.md'), 'planted-more.md'))!);
    assert.deepEqual(found, ['15 quote-mismatch', '17 quote-misattributed', '19 number-conflict', '21 role-conflict', '23 name-variant']);
  });

  it('finds exactly the planted error on each line, in Markdown and plain text', () => {
    const { service } = testService();
    assert.deepEqual(codesByLine(service.computeDiagnostics(draft(fixture('planted.md'), 'planted.md'))!), planted);
    assert.deepEqual(codesByLine(service.computeDiagnostics(draft(fixture('planted.txt'), 'planted.txt'))!), planted);
  });

  it('carries the contract fields: source, code, default severities', () => {
    const { service } = testService();
    const diags = service.computeDiagnostics(draft(fixture('planted.md'), 'planted.md'))!;
    for (const d of diags) assert.equal(d.source, 'provenance');
    const severity = Object.fromEntries(diags.map((d) => [d.code, d.severity]));
    assert.deepEqual(severity, { 'quote-unsourced': 2, 'quote-mismatch': 2, 'quote-misattributed': 2, 'number-conflict': 2, 'claim-unsourced': 3, 'role-conflict': 2, 'name-variant': 4 });
  });

  it('quotes the source wording in a mismatch and names the sources’ speaker in a misattribution', () => {
    const { service } = testService();
    const diags = service.computeDiagnostics(draft(fixture('planted.md'), 'planted.md'))!;
    const mismatch = diags.find((d) => d.code === 'quote-mismatch')!;
    assert.match(mismatch.message, /“I believe great progress was made with today's telephone conversation”/);
    assert.match(mismatch.message, /“huge” for “great”/);
    assert.ok(mismatch.relatedInformation!.length >= 1);
    const misattributed = diags.find((d) => d.code === 'quote-misattributed')!;
    assert.match(misattributed.message, /Donald Trump, not Putin/);
  });

  it('checks words a draft says someone characterised something with, as the sources give them', () => {
    const { service } = testService();
    const codes = (text: string) => service.computeDiagnostics(draft(text))!.map((d) => d.code);
    // The seeds give “a direct blow to ongoing peace efforts” to Olga Stefanishyna, who called the strike so.
    const wrong = service.computeDiagnostics(draft('Zelenskyy called the overnight attack "a direct blow to ongoing peace efforts led by President Trump."'))!;
    assert.deepEqual(wrong.map((d) => d.code), ['quote-misattributed']);
    assert.match(wrong[0].message, /Olga Stefanishyna, not Zelenskyy/);
    assert.deepEqual(codes('Ukraine’s ambassador Olga Stefanishyna called the strike "a direct blow to ongoing peace talks."'), ['quote-mismatch']);
    assert.deepEqual(codes('Ukraine’s ambassador Olga Stefanishyna called the strike "a direct blow to ongoing peace efforts."'), []);
  });

  it('checks a pronoun speaker as the person the paragraph resolves it to', () => {
    const { service } = testService();
    const words = '“I believe great progress was made with today’s telephone conversation.”';
    const wrong = service.computeDiagnostics(draft(`Vladimir Putin was upbeat after the call on Thursday. He said: ${words}`))!;
    assert.deepEqual(wrong.map((d) => d.code), ['quote-misattributed']);
    assert.match(wrong[0].message, /Donald Trump, not Vladimir Putin \(“He” here\)/);
    const right = service.computeDiagnostics(draft(`Donald Trump was upbeat after the call on Thursday. He said: ${words}`))!;
    assert.deepEqual(right.map((d) => d.code), []);
    // Two people the pronoun could stand for: the resolver names no one, and nothing is claimed.
    const unsure = service.computeDiagnostics(draft(`Donald Trump spoke with Vladimir Putin on Thursday. He said: ${words}`))!;
    assert.ok(!unsure.some((d) => d.code === 'quote-misattributed'));
    // The paragraph before names the person when the quote's own paragraph does not.
    const before = service.computeDiagnostics(draft(`Vladimir Putin was upbeat after the call on Thursday.\n\n${words} he said.`))!;
    assert.deepEqual(before.map((d) => d.code), ['quote-misattributed']);
    assert.match(before[0].message, /Donald Trump, not Vladimir Putin \(“he” here\)/);
    assert.deepEqual(service.computeDiagnostics(draft(`Donald Trump was upbeat after the call on Thursday.\n\n${words} he said.`))!.map((d) => d.code), []);
    // A paragraph naming someone itself before the quote is not read with the one before it.
    const own = service.computeDiagnostics(draft(`Vladimir Putin was upbeat after the call on Thursday.\n\nIt was then that Zorbas spoke. ${words} he said.`))!;
    assert.ok(!own.some((d) => d.code === 'quote-misattributed' && /Vladimir Putin/.test(d.message)));
  });

  it('claims no misattribution for a pronoun the paragraph before read as a person of the other gender, nor for an abbreviated title', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'Judge Michael Block refused. Freelance reporter Tracy McLaughlin stood up; she asked for access.\n\n“I’m requesting access to court exhibits,” said McLaughlin.\n\n“You have no standing before this court,” he said.\n\nInspector General of Police (IGP) Ravi Kumar spoke later. “We are collecting video and other evidence,” the IGP said.\n');
    const { service } = testService(index);
    const codes = (text: string) => service.computeDiagnostics(draft(text))!.map((d) => d.code);
    // The draft's "he", read with the paragraph before, would be McLaughlin, whom the sources know as a woman.
    assert.deepEqual(codes('“I’m requesting access to court exhibits,” said McLaughlin.\n\n“You have no standing before this court,” he said.\n'), []);
    assert.deepEqual(codes('“We are collecting video and other evidence,” the IGP said.\n'), []);
    // A named person still is checked.
    assert.deepEqual(codes('“You have no standing before this court,” McLaughlin said.\n'), ['quote-misattributed']);
  });

  it('says when the sources carry only part of a longer quotation, and which words none has', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'The president said “it may not be perfect timing” for a summit, aides said.\n');
    const { service } = testService(index);
    const d = draft('“I’m just saying it may not be perfect timing,” the president said.');
    const [diag] = service.computeDiagnostics(d)!.filter((x) => x.code === 'quote-mismatch');
    assert.match(diag.message, /The sources carry only part of this quotation: “it may not be perfect timing” .*No source has “I’m just saying”\./);
    const fix = service.getCodeActions(d, diag.range, [diag]).find((a) => a.title === 'Keep only the words the sources carry');
    assert.ok(fix);
  });

  it('takes a common phrase or another speaker\'s similar words for no misquote', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', '"I actually believe that the Success in the Middle East will help," Trump posted.\n\n"To provide Tomahawks is as much a political decision as it is a military decision," Montgomery said.\n');
    const { service } = testService(index);
    const codes = (text: string) => service.computeDiagnostics(draft(text))!.map((d) => d.code);
    // Four equal words, two of them content words: a phrase, not the quote.
    assert.deepEqual(codes('Putin praised what he called the "Great Accomplishment of Peace in the Middle East."'), ['quote-unsourced']);
    // Eight equal words, but another speaker's: a statement of his own, not a misquote.
    const words = '"Providing Tomahawks is a political decision and a military decision,"';
    assert.deepEqual(codes(`${words} Trump said.`), ['quote-unsourced']);
    // The same words given to the source's speaker are his words misquoted.
    assert.deepEqual(codes(`${words} Montgomery said.`), ['quote-mismatch']);
  });

  it('takes a source naming the speaker by surname alone for the person the draft names in full', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'The diet changed everything.\n\n“No more white bread for me, ever again,” Farinloye said.\n');
    index.updateFromText('b.txt', 'Babatunji Farinloye and Mary Jones joined a diabetes programme in Toronto.\n');
    const { service } = testService(index);
    const codes = (text: string) => service.computeDiagnostics(draft(text))!.map((d) => d.code).filter((c) => c !== 'claim-unsourced');
    assert.deepEqual(codes('Babatunji Farinloye changed his diet.\n\n“No more white bread for me, ever again,” he said.\n'), []);
    assert.deepEqual(codes('“No more white bread for me, ever again,” Mary Jones said.\n'), ['quote-misattributed']);
  });

  it('reports added and dropped words against the source', () => {
    const { service } = testService();
    const d = draft('"We have a lot of them, but we really need them," Trump said.\n\n"I mean, we can\'t for our country," Trump said.\n');
    const diags = service.computeDiagnostics(d)!;
    assert.deepEqual(codesByLine(diags), ['1 quote-mismatch', '3 quote-mismatch']);
    assert.match(diags[0].message, /“really” added/);
    assert.match(diags[1].message, /“deplete” left out/);
  });

  it('keeps the final dot of an abbreviated name: "the U.S." is the sources’ spelling', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'The United States said on Monday it would respond to the strike.\n');
    index.updateFromText('b.txt', 'Officials in the U.S. said the plan would work. The U.S. Senate will vote on it.\n');
    index.updateFromText('c.txt', 'The U.S. said it would respond, a spokesperson for the State Department said.\n');
    const { service } = testService(index);
    const diags = service.computeDiagnostics(draft('Officials said the U.S. has a plan. The U.S. Senate will vote.'));
    assert.deepEqual(diags!.filter((d) => d.code === 'name-variant').map((d) => d.message), []);
  });

  it('takes no word the sources write for a misspelling of a name that sounds like it, nor an alias or a dropped dot for another spelling', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'Councillor Ben Myers said the plan was sound. Myers spoke for an hour.\n\nMayors of three cities met in London. Britain will host them.\n');
    index.updateFromText('b.txt', 'Ben Myers, a councillor, said the vote was close. Rogers Communications Inc. sold its stake, Myers said.\n');
    index.updateFromText('c.txt', 'Ben Myers said he would run again. Britain and the U.K. government agree.\n');
    index.updateFromText('d.txt', 'The US said on Monday that the talks would go on. The US envoy will travel.\n');
    for (const n of ['e', 'f']) index.updateFromText(`${n}.txt`, 'Gardai arrested two men. A spokesman for the Gardai said the men were held.\n');
    const { service } = testService(index);
    const variants = (text: string) => service.computeDiagnostics(draft(text))!.filter((d) => d.code === 'name-variant').map((d) => d.message);
    // "Mayors" sounds like "Myers", but the sources write it: an ordinary word.
    assert.deepEqual(variants('Mayors from the region met Ben Myers on Monday.'), []);
    // A spelling no source writes is still a misspelling of the name.
    assert.deepEqual(variants('Ben Meyers met the mayors on Monday.'), ['“Meyers”: the sources spell this name “Myers” (Ben Myers).']);
    // "Inc" for "Inc." and an alias ("U.K." for "Britain") are not other spellings.
    assert.deepEqual(variants('The U.K. was not told. Officials at Rogers Communications Inc declined to comment.'), []);
    // Marks: the draft's accent where the sources have none, or another apostrophe, is no other spelling.
    assert.deepEqual(variants('Gardaí were called. Officers spoke to Gardai later.'), []);
    // Acronyms: "USA" is no spelling of "US", and "Us" in a heading is no acronym at all.
    assert.deepEqual(variants('Talks in the USA\n\nJoin Us for the briefing. The US envoy spoke.'), []);
  });

  it('takes a person the draft names for no misspelling of a body the sources name ("Lt. Rick Torres" is not the "Tories")', () => {
    const index = new SourceIndex();
    for (const n of ['a', 'b']) index.updateFromText(`${n}.txt`, 'The Tories won the vote. A spokesman for the Tories said the party was pleased.\n');
    const { service } = testService(index);
    const variants = (text: string) => service.computeDiagnostics(draft(text))!.filter((d) => d.code === 'name-variant').map((d) => d.message);
    assert.deepEqual(variants('Upon confirmation from Lt. Rick Torres, police made an arrest. Torres said the suspect was not armed.'), []);
    // The same word the draft reads as the body is still a misspelling of it.
    assert.deepEqual(variants('The Toreis won the vote, the party said.'), ['“Toreis”: the sources spell this name “Tories”.']);
  });

  it('takes a bare surname as the person the draft introduced, not a namesake the corpus cites more', () => {
    const index = new SourceIndex();
    index.updateFromText('a.txt', 'Erin Kim, a nurse, joined the program last year. "It changed how I work with patients," Kim said.\n');
    for (const n of ['b', 'c', 'd']) index.updateFromText(`${n}.txt`, 'Economist Daniel Kim said rates would rise. "Inflation is not done," Kim said.\n');
    const { service } = testService(index);
    const diags = service.computeDiagnostics(draft('Erin Kim joined the program last year.\n\n"It changed how I work with patients," Kim said.'))!;
    assert.deepEqual(diags.filter((d) => d.code === 'quote-misattributed'), []);
  });

  it('takes a plural of a sourced name as that name, not as another spelling: "Tomahawks" beside "Tomahawk"', () => {
    const { service } = testService();
    const text = 'The Tomahawk has a long range. Kyiv asked for Tomahawks, and the White House weighed sending Tomahawks.';
    assert.deepEqual(service.computeDiagnostics(draft(text))!.filter((d) => d.code === 'name-variant'), []);
  });

  it('takes a possessive written in capitals ("ALAN BROWNE’S") for the name the sources write so', () => {
    const index = new SourceIndex();
    const source = 'ALAN BROWNE’S second-half goal maintained Preston’s push for the playoffs. Alan Browne was pleased.\n';
    index.updateFromText('a.txt', source);
    const { service } = testService(index);
    assert.deepEqual(service.computeDiagnostics(draft(source))!.filter((d) => d.code === 'name-variant'), []);
  });

  it('leaves the sentence framing a sourced quotation to the quote rules', () => {
    const { service } = testService();
    const framing = 'Yury Ushakov, the Kremlin aide who briefed reporters, said Putin had warned that Tomahawks "will not alter the battlefield situation."';
    assert.deepEqual(service.computeDiagnostics(draft(framing))!.map((d) => d.code), ['name-variant']);
    // The same frame around words no source carries: the quotation is flagged, not the frame.
    const invented = 'Yury Ushakov, the Kremlin aide who briefed reporters, said Putin had warned that Tomahawks "will change nothing at all for anyone."';
    assert.ok(service.computeDiagnostics(draft(invented))!.some((d) => d.code === 'quote-unsourced'));
  });

  it('reads a sentence next to a sourced quotation against the source passage around that quotation', () => {
    const { service } = testService();
    const intro = "Russia's deputy foreign minister had warned only a week earlier that the momentum from the Alaska meeting was fading.";
    const quote = '“The powerful impetus generated by Anchorage in favor of agreements has been largely exhausted,” Sergei Ryabkov said.';
    // Alone, the paraphrase shares too few words with any one source sentence.
    assert.deepEqual(service.computeDiagnostics(draft(intro))!.map((d) => d.code), ['claim-unsourced']);
    // Introducing Ryabkov's words, it restates what the source says around them.
    assert.deepEqual(service.computeDiagnostics(draft(`${intro} ${quote}`))!.map((d) => d.code), []);
    // In another paragraph, it is on its own again.
    assert.deepEqual(service.computeDiagnostics(draft(`${intro}\n\n${quote}`))!.map((d) => d.code), ['claim-unsourced']);
  });

  it('supports a figure restated in British spelling ("kilometres")', () => {
    const { service } = testService();
    for (const text of ['The Tomahawk’s range is roughly 1,000 miles, or 1600 kilometres.', 'The Tomahawk would allow Ukraine to strike deeper, with a range of roughly 1,600 km.']) {
      assert.deepEqual(service.computeDiagnostics(draft(text))!.map((d) => d.code), [], text);
    }
    assert.equal(claimWord('kilometres'), claimWord('kilometers'));
    assert.equal(claimWord('centre'), claimWord('center'));
    // A unit abbreviated or written out is one word; currencies and unit names that are also words are left as written.
    assert.equal(claimWord('km'), claimWord('kilometres'));
    assert.equal(claimWord('kg'), claimWord('kilograms'));
    assert.equal(claimWord('miles'), claimWord('mile'));
    assert.equal(claimWord('dollars'), 'dollar');
    assert.equal(claimWord('mi'), 'mi', 'not read as miles: also a word');
  });

  it('resolves surnames and variant spellings of the speaker: no misattribution', () => {
    const { service } = testService();
    const d = draft('"It was highlighted that the current state of affairs in bilateral relations looks paradoxical amid this," Yuri Ushakov told reporters.\n\n"Very frank and trusting," Ushakov said of the call.\n');
    assert.deepEqual(service.computeDiagnostics(d), []);
  });

  it('accepts a figure within the hedge and in other units', () => {
    const { service } = testService();
    const d = draft('The Tomahawk has a range of about 995 miles.\n\nThe ATACMS reaches about 300 kilometers.\n');
    assert.deepEqual(service.computeDiagnostics(d), []);
  });

  it('switches codes off and changes severities from the settings', () => {
    const settings = defaultSettings();
    settings.diagnostics['quote-unsourced'] = 'off';
    settings.diagnostics['role-conflict'] = 'error';
    const { service } = testService(undefined, settings);
    const diags = service.computeDiagnostics(draft(fixture('planted.md'), 'planted.md'))!;
    assert.ok(!diags.some((d) => d.code === 'quote-unsourced'));
    assert.equal(diags.find((d) => d.code === 'role-conflict')!.severity, 1);
    assert.equal(diags.length, planted.length - 1);
  });

  it('honours inline suppression: same line, next line, plain-text directive, all codes', () => {
    const { service } = testService();
    const text = [
      '"The war will be over by Christmas," Putin told reporters. <!-- provenance-ignore quote-unsourced -->',
      '',
      '<!-- provenance-ignore quote-unsourced, role-conflict -->',
      '"Peace is coming to Europe this winter," Putin told reporters.',
      '',
      'provenance-ignore: quote-unsourced',
      '"Our armies will stop at the border," Putin said.',
      '',
      '<!-- provenance-ignore -->',
      '"We will never sign that treaty with Kyiv," Putin said.',
      '',
      '<!-- provenance-ignore role-conflict -->',
      '"The Budapest meeting will end this war quickly," Putin said.',
    ].join('\n');
    const diags = service.computeDiagnostics(draft(text))!;
    // Only the last quotation stays: its directive names another code.
    assert.deepEqual(codesByLine(diags), ['13 quote-unsourced']);
  });

  it('returns undefined when cancelled, and the same result after an unrelated edit elsewhere', () => {
    const { service } = testService();
    const text = fixture('planted.md');
    assert.equal(service.computeDiagnostics(draft(text, 'planted.md'), { isCancellationRequested: true }), undefined);
    const edited = text.replace('# Draft with one planted error of each kind', '# Draft with one planted error of each kind\n\nA line the writer just added.');
    const lines = codesByLine(service.computeDiagnostics(draft(edited, 'planted.md', 2))!).map((l) => l.replace(/^\d+/, (n) => String(Number(n) - 2)));
    assert.deepEqual(lines.sort(), planted);
  });

  it('gives after each edit what a fresh check of the new text gives (words, moved lines, directives, joined wrapped lines)', () => {
    const fresh = (doc: ReturnType<typeof draft>) => testService().service.computeDiagnostics(doc);
    const { service } = testService();
    let text = fixture('planted.md');
    let version = 1;
    const check = (name: string) => {
      const doc = draft(text, name, version++);
      assert.deepEqual(service.computeDiagnostics(doc), fresh(doc));
    };
    check('edited.md');
    text = text.replace('Zelensky', 'Zelenskyy'); // a word changed: the lines stay
    check('edited.md');
    text = `A line the writer just added.\n\n${text}`; // everything below moves down two lines
    check('edited.md');
    text = text.replace('A line the writer just added.', '<!-- provenance-ignore -->'); // a directive for the next paragraph
    check('edited.md');
    // Plain text wrapped at the line: joining two lines leaves the analysed text (line breaks read as
    // spaces) as it was, yet the positions after the join move.
    const wrapped = [
      'Putin said the war',
      'would "end very soon and never come back", he said',
      'on the telephone.',
      '',
      'Trump said there were',
      '"two thousand missiles ready to fly to Kyiv",',
      'Ushakov said.',
      '',
      'The two leaders spoke',
      'for a long time.',
      '',
    ].join('\n');
    text = wrapped;
    check('wrapped.txt');
    text = wrapped.replace('war\nwould', 'war would');
    check('wrapped.txt');
  });

  it('runs in slices with the same result, and stops once cancelled', async () => {
    const { service } = testService();
    const text = fixture('planted.md');
    const sliced = await service.computeDiagnosticsAsync(draft(text, 'sliced.md'), { isCancellationRequested: false });
    assert.deepEqual(codesByLine(sliced!), planted);
    let steps = 0;
    const token = {
      get isCancellationRequested() {
        return ++steps > 3;
      },
    };
    assert.equal(await service.computeDiagnosticsAsync(draft(text, 'cancelled.md'), token), undefined);
  });

  it('never throws on odd input', () => {
    const { service } = testService();
    for (const text of ['', '"', '“”', '""""', '\u0000\uffff', '<!-- provenance-ignore', '```\n"unclosed', '# \n\n- "\n', 'a'.repeat(20000), '"'.repeat(500), '\r\n\r\n\r']) {
      assert.ok(Array.isArray(service.computeDiagnostics(draft(text))));
    }
  });
});
