import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from '../../server/src/languageFeatures/types';
import { draft, testService } from './helpers';

function apply(doc: TextDocument, action: CodeAction): string {
  return TextDocument.applyEdits(doc, action.edit.changes[doc.uri]);
}

function actionsFor(text: string, name = 'draft.md') {
  const { service } = testService();
  const doc = draft(text, name);
  const diagnostics = service.computeDiagnostics(doc)!;
  const actions = diagnostics.flatMap((d) => service.getCodeActions(doc, d.range, [d]));
  return { service, doc, diagnostics, actions };
}

describe('code actions', () => {
  it('replaces a misquote with the source wording', () => {
    const { doc, actions } = actionsFor('"I believe huge progress was made with today’s phone conversation," Trump wrote.\n');
    const fix = actions.find((a) => a.title === 'Replace with the source wording')!;
    assert.ok(fix.isPreferred);
    assert.equal(apply(doc, fix), '"I believe great progress was made with today’s telephone conversation," Trump wrote.\n');
  });

  it('restores dropped words and removes added ones', () => {
    const { doc, actions } = actionsFor('"We have a lot of them, but we really need them," Trump said.\n');
    assert.equal(apply(doc, actions.find((a) => a.title === 'Replace with the source wording')!), '"We have a lot of them, but we need them," Trump said.\n');
    const second = actionsFor('"I mean, we can\'t for our country," Trump said.\n');
    assert.equal(apply(second.doc, second.actions.find((a) => a.title === 'Replace with the source wording')!), '"I mean, we can\'t deplete for our country," Trump said.\n');
  });

  it('changes the speaker to the one the sources give (surname for surname)', () => {
    const { doc, actions } = actionsFor('"We have a lot of them, but we need them," Putin said.\n');
    const fix = actions.find((a) => a.title.startsWith('Change the speaker to'))!;
    assert.equal(fix.title, 'Change the speaker to Trump');
    assert.equal(apply(doc, fix), '"We have a lot of them, but we need them," Trump said.\n');
  });

  it('uses the house spelling of a name, and the sources’ title for a role', () => {
    const { doc, actions } = actionsFor('Kremlin aide Yury Ushakov confirmed that Putin and Trump discussed holding a summit meeting in Budapest.\n\nDefense Secretary Marco Rubio will lead the U.S. delegation at talks next week.\n');
    const spelling = actions.find((a) => a.title.startsWith('Use the house spelling'))!;
    assert.match(apply(doc, spelling), /^Kremlin aide Yuri Ushakov confirmed/);
    const role = actions.find((a) => a.title.startsWith('Use the sources\' title'))!;
    assert.match(apply(doc, role), /\n\nSecretary of State Marco Rubio will lead/);
  });

  it('inserts a citation to the source after the sentence', () => {
    const { doc, actions } = actionsFor('"I believe huge progress was made today," Trump wrote.\n', 'draft.txt');
    const cite = actions.find((a) => a.title.startsWith('Insert a citation to'))!;
    assert.match(apply(doc, cite), /Trump wrote\. \(Source: .+, 000_31177b0833f0709a\.txt\)\n$/);
  });

  it('suppresses one occurrence with the documented directive, in Markdown and plain text', () => {
    for (const name of ['draft.md', 'draft.txt']) {
      const { service, doc, actions } = actionsFor('"The war will be over by Christmas," Putin told reporters.\n', name);
      const suppress = actions.find((a) => a.title === 'Suppress quote-unsourced here')!;
      const fixed = apply(doc, suppress);
      assert.ok(fixed.includes(name.endsWith('.md') ? '<!-- provenance-ignore quote-unsourced -->' : 'provenance-ignore: quote-unsourced\n'));
      assert.deepEqual(service.computeDiagnostics(draft(fixed, name, 2)), []);
    }
  });

  it('ignores diagnostics from other tools and ranges without diagnostics', () => {
    const { service } = testService();
    const doc = draft('"The war will be over by Christmas," Putin said.\n');
    const foreign = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, severity: 2 as const, code: 'quote-unsourced' as const, source: 'provenance' as const, message: 'x' };
    assert.deepEqual(service.getCodeActions(doc, foreign.range, [{ ...foreign, source: 'other' as 'provenance' }]), []);
    assert.equal(service.getCodeActions(doc, foreign.range, [foreign]).length, 1);
  });
});
