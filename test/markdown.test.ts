import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes } from 'mdast';
import { isPlainParagraph, parseMarkdown, parseWithRemark, sections } from '../server/src/core/parse/markdown';

const root = resolve(__dirname, '..');
/** Paragraphs of real prose: the seeds, the eval articles, the test drafts. */
function paragraphs(): string[] {
  const dirs = [join(root, 'seeds'), join(root, 'test/fixtures/drafts'), join(root, '../shared/eval/quotes-ggt-dev/articles')];
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // the eval set lives outside the repository
    }
    for (const name of names) out.push(...readFileSync(join(dir, name), 'utf8').split(/\n\s*\n|\n/));
  }
  return out;
}

describe('parseMarkdown', () => {
  it('reads a plain prose paragraph without remark, exactly as remark would', () => {
    let plain = 0;
    const texts = paragraphs();
    // Hard-wrapped paragraphs too: two or three lines joined by line breaks.
    for (let i = 0; i + 2 < texts.length; i += 7) texts.push(`${texts[i]}\n${texts[i + 1]}`, `${texts[i]}\n${texts[i + 1]}\n${texts[i + 2]}`);
    for (const text of texts) {
      if (!isPlainParagraph(text)) continue;
      plain++;
      assert.deepEqual(parseMarkdown('draft.md', text), parseWithRemark('draft.md', text), text);
    }
    assert.ok(plain > 100, `most prose paragraphs are plain (${plain} of ${texts.length})`);
  });

  it('leaves anything remark could read differently to remark', () => {
    const notPlain = [
      'Some *emphasis* here.', 'Snake_case words.', 'A `code` span.', 'A [link](http://x.y).', 'An <b>html</b> tag.', 'An escaped \\* star.',
      'Fish &amp; chips.', '# A heading', '> A quote', '- An item', '+ An item', '1. First', '12) Twelfth', '    indented code', ' one space in',
      'Trailing space ', 'Two lines\n---', 'Two lines\n===', 'Tabs\tinside', 'Windows\r\nline ends', 'A paragraph\n\nand another', 'Ends with a break\n', '',
      '~~~ fence', '```js', '***', '[ref]: http://x.y',
    ];
    for (const text of notPlain) assert.equal(isPlainParagraph(text), false, JSON.stringify(text));
    for (const text of ['Plain prose, with “quotes” and numbers: 1,600 km!', '2024 was a year.', '1.5 million people came.', '"We will win," he said.\nThen he left.', '(An aside.)']) {
      assert.equal(isPlainParagraph(text), true, text);
      assert.deepEqual(parseMarkdown('d.md', text), parseWithRemark('d.md', text), text);
    }
  });
});

describe('parseWithRemark on long lists', () => {
  it('parses a long outline in parts, with the same prose blocks as remark reads from the whole, never cutting a fenced code block', () => {
    const lines: string[] = ['---', 'title: Notes', '---', '', '# Notes from the summit', ''];
    for (let i = 0; i < 1200; i++) {
      const depth = i % 4;
      lines.push(`${'  '.repeat(depth)}- Item ${i}: Putin said the talks were *frank* on day ${i}.`);
      if (i === 395) lines.push('', '```', '- not a list item, code', '> not a quote, code', ...Array.from({ length: 30 }, (_, k) => `- code line ${k}`), '```', '');
      if (i % 300 === 299) lines.push('', `> A quoted line ${i}, said Zelenskyy.`, '', `Plain paragraph ${i} about [the summit](https://example.com).`, '');
    }
    const text = lines.join('\n');
    assert.ok(sections(text).length > 1, 'the outline is parsed in parts');
    const doc = parseWithRemark('notes.md', text);
    assert.equal(doc.meta.title, 'Notes');
    // The reference: remark over the whole text.
    const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
    const spans: Array<[number, number]> = [];
    const visit = (node: Nodes): void => {
      if (node.type === 'paragraph' || node.type === 'heading') spans.push([node.position!.start.offset!, node.position!.end.offset!]);
      else if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
    assert.deepEqual(doc.blocks.map((b) => [b.start, b.end]), spans);
    assert.ok(!doc.blocks.some((b) => text.slice(b.start, b.end).includes('code line')));
    for (const b of doc.blocks) for (const s of b.sentences) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });
});
