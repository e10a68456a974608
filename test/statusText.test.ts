import { strict as assert } from 'node:assert';
import { statusText } from '../client/src/statusText';
import type { StatusParams } from '../server/src/protocol';

const ready: StatusParams = {
  state: 'ready',
  documents: 5,
  skipped: 0,
  entities: 1234,
  quotes: 1,
  origin: 'bundled seeds',
  sources: ['/ext/seeds'],
};

describe('status bar text', () => {
  it('shows the number of sources, and the counts and origin in the tooltip', () => {
    const { text, tooltip } = statusText(ready);
    assert.equal(text, '$(book) 5 sources');
    assert.match(tooltip, /5 sources, 1,234 entities, 1 quote\./);
    assert.match(tooltip, /Sources \(bundled seeds\): \/ext\/seeds/);
    assert.match(tooltip, /Click for the index summary/);
  });

  it('uses the singular for one source and mentions skipped files', () => {
    const { text, tooltip } = statusText({ ...ready, documents: 1, skipped: 2 });
    assert.equal(text, '$(book) 1 source');
    assert.match(tooltip, /1 source, 2 files skipped,/);
  });

  it('spins while indexing and names the sources being read', () => {
    const { text, tooltip } = statusText({ ...ready, state: 'indexing', origin: 'settings', sources: ['notes', '/abs/*.md'] });
    assert.match(text, /^\$\(sync~spin\) .*indexing/);
    assert.match(tooltip, /Sources \(settings\): notes, \/abs\/\*\.md/);
  });

  it('says so when no sources are configured', () => {
    assert.match(statusText({ ...ready, documents: 0, sources: [] }).tooltip, /\(none\)/);
  });
});
