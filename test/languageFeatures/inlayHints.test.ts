import { strict as assert } from 'node:assert';
import { draft, testService } from './helpers';

describe('inlay hints', () => {
  it('says after each quotation how many sources carry it', () => {
    const { service } = testService();
    const d = draft('"I believe great progress was made with today\'s telephone conversation," Trump wrote.\n\n"We are ready!" Orban said.\n\n"Our armies will stop at the border," Putin said.\n\n"I believe huge progress was made with today\'s telephone conversation," Trump wrote.\n');
    const hints = service.getInlayHints(d, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
    assert.deepEqual(
      hints.map((h) => [h.position.line, h.label]),
      [
        [0, '3 sources'],
        [2, '2 sources'],
        [4, 'no source'],
        [6, 'worded differently in the sources'],
      ],
    );
    assert.equal(hints[0].position.character, '"I believe great progress was made with today\'s telephone conversation,"'.length);
  });

  it('only inside the requested range', () => {
    const { service } = testService();
    const d = draft('"We are ready!" Orban said.\n\n"We are ready!" Orban said.\n');
    assert.equal(service.getInlayHints(d, { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } }).length, 1);
  });
});
