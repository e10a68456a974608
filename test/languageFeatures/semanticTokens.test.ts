import { strict as assert } from 'node:assert';
import { semanticTokenLegend } from '../../server/src/languageService';
import { draft, testService } from './helpers';

/** Decodes the LSP relative encoding into [line, char, length, type, modifiers]. */
function decode(data: number[]): number[][] {
  const out: number[][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push([line, char, data[i + 2], data[i + 3], data[i + 4]]);
  }
  return out;
}

describe('semantic tokens', () => {
  it('marks names by type and quotations by how they stand', () => {
    const { service } = testService();
    const d = draft('Yuri Ushakov met Trump.\n"Our armies will stop at the border," Putin said.');
    const tokens = decode(service.getSemanticTokens(d).data);
    const types = semanticTokenLegend.tokenTypes;
    const mods = semanticTokenLegend.tokenModifiers;
    assert.deepEqual(tokens[0], [0, 0, 12, types.indexOf('class'), 0]);
    assert.deepEqual(tokens[1], [0, 17, 5, types.indexOf('class'), 0]);
    const quote = tokens.find((t) => t[3] === types.indexOf('string'))!;
    assert.deepEqual(quote.slice(0, 2), [1, 1]);
    assert.equal(quote[4], 1 << mods.indexOf('deprecated'));
  });
});
