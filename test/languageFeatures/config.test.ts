import { strict as assert } from 'node:assert';
import { DEFAULT_SEVERITIES, readSettings, severityOf } from '../../server/src/config';

describe('settings', () => {
  it('defaults to the contract severities, no sources, 300 ms debounce', () => {
    const s = readSettings(undefined);
    assert.deepEqual(s.diagnostics, DEFAULT_SEVERITIES);
    assert.deepEqual(s.sources, []);
    assert.equal(s.debounceMs, 300);
  });

  it('reads nested and flattened per-code severities, ignoring bad values', () => {
    const s = readSettings({ sources: ['a', 7, ''], diagnostics: { 'quote-unsourced': 'off', 'role-conflict': 'Error', 'name-variant': 'loud' }, 'diagnostics.claim-unsourced': 'hint', debounceMs: '150' });
    assert.deepEqual(s.sources, ['a']);
    assert.equal(s.diagnostics['quote-unsourced'], 'off');
    assert.equal(s.diagnostics['role-conflict'], 'error');
    assert.equal(s.diagnostics['name-variant'], 'hint');
    assert.equal(s.diagnostics['claim-unsourced'], 'hint');
    assert.equal(s.debounceMs, 150);
    assert.equal(readSettings({ debounceMs: -5 }).debounceMs, 300);
  });

  it('maps severities to LSP numbers', () => {
    assert.deepEqual(['error', 'warning', 'information', 'hint', 'off'].map((x) => severityOf(x as 'error')), [1, 2, 3, 4, undefined]);
  });
});
