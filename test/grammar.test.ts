// The TextMate injection grammar, run through vscode-textmate + Oniguruma (the engine VS Code uses)
// on plain text, where syntaxes/plaintext.tmLanguage.json gives the root scope it attaches to.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

const root = path.resolve(__dirname, '..');
const grammarFiles: Record<string, string> = {
  'text.plain': 'syntaxes/plaintext.tmLanguage.json',
  'provenance.quotes.injection': 'syntaxes/quotes.injection.tmLanguage.json',
};

async function loadPlainText(): Promise<IGrammar> {
  const wasm = readFileSync(createRequire(__filename).resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      if (!file) return null;
      return parseRawGrammar(readFileSync(path.join(root, file), 'utf8'), path.join(root, file));
    },
    // As VS Code does for a grammar contributed with "injectTo": ["text.html.markdown", "text.plain"].
    getInjections: (scopeName) => (scopeName === 'text.plain' ? ['provenance.quotes.injection'] : undefined),
  });
  const grammar = await registry.loadGrammar('text.plain');
  assert.ok(grammar, 'the plain-text grammar loads');
  return grammar;
}

/** The text of every token whose innermost scope starts with `scope`, merged when adjacent. */
function spansWith(grammar: IGrammar, text: string, scope: string): string[] {
  const spans: string[] = [];
  let state: StateStack = INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    let current = '';
    let lastEnd = -1;
    for (const token of result.tokens) {
      const hit = token.scopes.some((s) => s.startsWith(scope));
      const piece = line.slice(token.startIndex, token.endIndex);
      if (hit && token.startIndex === lastEnd) current += piece;
      else if (hit) {
        if (current) spans.push(current);
        current = piece;
      }
      if (hit) lastEnd = token.endIndex;
    }
    if (current) spans.push(current);
    state = result.ruleStack;
  }
  return spans;
}

describe('TextMate grammar: quotations and attributions', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadPlainText();
  });

  it('scopes a straight-quoted quotation with its marks', () => {
    const line = `"I believe great progress was made with today's telephone conversation," Trump wrote on social media.`;
    assert.deepEqual(spansWith(grammar, line, 'string.quoted.double.provenance'), [
      `"I believe great progress was made with today's telephone conversation,"`,
    ]);
    assert.deepEqual(spansWith(grammar, line, 'punctuation.definition.string.begin'), ['"']);
  });

  it('scopes curly quotations and a nested single quotation', () => {
    const line = 'He said it was “a ‘very frank and trusting’ call” and left.';
    assert.deepEqual(spansWith(grammar, line, 'string.quoted.double.provenance'), ['“a ‘very frank and trusting’ call”']);
    assert.deepEqual(spansWith(grammar, line, 'string.quoted.single.provenance'), ['‘very frank and trusting’']);
  });

  it('does not take apostrophes or inch marks for quotations', () => {
    const line = `Russia’s war and Trump's call; the screen is 27" wide.`;
    assert.deepEqual(spansWith(grammar, line, 'string.quoted'), []);
  });

  it('scopes the speaker and the verb of an attribution, either order', () => {
    const line = `"We will see," said Yuri Ushakov. Trump wrote that it went well, according to Karoline Leavitt.`;
    assert.deepEqual(spansWith(grammar, line, 'variable.other.speaker.provenance'), ['Yuri Ushakov', 'Trump', 'Karoline Leavitt']);
    assert.deepEqual(spansWith(grammar, line, 'keyword.other.attribution.provenance'), ['said', 'wrote', 'according to']);
  });

  it('scopes pronoun speakers', () => {
    assert.deepEqual(spansWith(grammar, 'Later she said no.', 'variable.other.speaker.provenance'), ['she']);
  });

  it('continues a quotation over a hard-wrapped line and stops at a blank line', () => {
    const text = 'Trump wrote: "I believe great progress\nwas made today."\n\nAn unclosed "quote here\n\nNext paragraph.';
    assert.deepEqual(spansWith(grammar, text, 'string.quoted.double.provenance'), [
      '"I believe great progress',
      'was made today."',
      '"quote here',
    ]);
    assert.deepEqual(spansWith(grammar, 'Next paragraph.', 'string.quoted'), []);
  });

  it('matches what syntaxes/generate.cjs builds (no hand edits to the JSON)', () => {
    const { grammars } = createRequire(__filename)(path.join(root, 'syntaxes/generate.cjs')) as { grammars: Record<string, unknown> };
    for (const [name, grammar] of Object.entries(grammars)) {
      assert.deepEqual(JSON.parse(readFileSync(path.join(root, 'syntaxes', name), 'utf8')), grammar, name);
    }
  });
});
