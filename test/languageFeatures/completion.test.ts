import { strict as assert } from 'node:assert';
import { draft, testService } from './helpers';

describe('completion', () => {
  it('completes names in the sources’ spelling, full name and surname', () => {
    const { service } = testService();
    const d = draft('Talks with Zel');
    const labels = service.getCompletions(d, { line: 0, character: 14 }).items.map((i) => i.label);
    assert.ok(labels.includes('Volodymyr Zelenskyy'), labels.join(', '));
    assert.ok(labels.includes('Zelenskyy'));
    assert.ok(!labels.includes('Zelensky') && !labels.includes('Zelenskiy'));
  });

  it('replaces the typed prefix and says who the name is', () => {
    const { service } = testService();
    const d = draft('Ush');
    const item = service.getCompletions(d, { line: 0, character: 3 }).items.find((i) => i.label === 'Ushakov')!;
    assert.deepEqual(item.textEdit!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.match(item.detail!, /^Yuri Ushakov — /);
  });

  it('offers nothing after a lower-case word', () => {
    const { service } = testService();
    const d = draft('the zel');
    assert.deepEqual(service.getCompletions(d, { line: 0, character: 7 }).items, []);
  });
});
