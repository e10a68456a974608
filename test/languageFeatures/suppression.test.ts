import { strict as assert } from 'node:assert';
import { blankDirectives, findSuppressions, isSuppressed } from '../../server/src/languageFeatures/suppression';

describe('suppression directives', () => {
  it('applies a comment alone on its line to the next non-blank line', () => {
    const s = findSuppressions('<!-- provenance-ignore quote-unsourced -->\n\nText "x".\nMore.');
    assert.ok(isSuppressed(s, 2, 'quote-unsourced'));
    assert.ok(!isSuppressed(s, 2, 'quote-mismatch'));
    assert.ok(!isSuppressed(s, 3, 'quote-unsourced'));
  });

  it('applies a comment sharing its line with text to that line', () => {
    const s = findSuppressions('Text "x". <!-- provenance-ignore quote-unsourced role-conflict -->\nNext.');
    assert.ok(isSuppressed(s, 0, 'quote-unsourced') && isSuppressed(s, 0, 'role-conflict'));
    assert.ok(!isSuppressed(s, 1, 'quote-unsourced'));
  });

  it('reads the plain-text line form and the no-code form (every code)', () => {
    const s = findSuppressions('provenance-ignore: number-conflict, name-variant\nLine one.\nprovenance-ignore\nLine two.');
    assert.ok(isSuppressed(s, 1, 'number-conflict') && isSuppressed(s, 1, 'name-variant') && !isSuppressed(s, 1, 'claim-unsourced'));
    assert.ok(isSuppressed(s, 3, 'claim-unsourced') && isSuppressed(s, 3, 'quote-mismatch'));
  });

  it('blanks the directives for analysis without moving any offset', () => {
    const text = 'a <!-- provenance-ignore -->\nprovenance-ignore: name-variant\nb';
    const blanked = blankDirectives(text, findSuppressions(text));
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.replace(/\s+/g, ' ').trim(), 'a b');
  });
});
