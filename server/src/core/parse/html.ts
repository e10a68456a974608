// Saved web pages, parsed with rehype. Prose is taken from paragraphs, headings, list items and
// block quotes; scripts, styles, navigation and page chrome are skipped. Offsets stay those of the
// raw HTML file. Known limit: a character reference inside a word ("don&rsquo;t") is masked to
// spaces, so that word is seen as two.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root, Element, ElementContent, RootContent } from 'hast';
import type { Block, DocumentMeta, ParsedDocument } from '../types';
import { makeBlock } from './prose';
import { TokenTexts } from './tokenText';
import { guessTitle } from './title';

const processor = unified().use(rehypeParse, { fragment: false });

const skipped = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'template', 'iframe', 'figure']);
const proseBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'dd', 'dt', 'td', 'figcaption', 'pre']);

export function parseHtml(path: string, text: string): ParsedDocument {
  const tree = processor.parse(text) as Root;
  const blocks: Block[] = [];
  const meta: DocumentMeta = {};
  const texts = new TokenTexts(text);
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      if (node.tagName === 'title' && !meta.title) meta.title = textOf(node).trim();
      if (node.tagName === 'meta') readMeta(node, meta);
      if (skipped.has(node.tagName)) return;
      if (proseBlocks.has(node.tagName) && !hasBlockChild(node)) {
        const block = proseBlock(texts, node);
        if (block) blocks.push(block);
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  const doc: ParsedDocument = { path, text, format: 'html', meta, blocks };
  if (!meta.title) {
    const title = guessTitle(doc);
    if (title) meta.title = title;
  }
  return doc;
}

function hasBlockChild(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (proseBlocks.has(c.tagName) || hasBlockChild(c)));
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

function readMeta(node: Element, meta: DocumentMeta): void {
  const key = String(node.properties.property ?? node.properties.name ?? '');
  const content = node.properties.content;
  if (typeof content !== 'string') return;
  if (key === 'og:title') meta.title = content;
  else if (key === 'og:site_name') meta.outlet = content;
  else if (key === 'og:url') meta.url = content;
  else if (key === 'article:published_time' || key === 'date') meta.date = content.slice(0, 10);
}

function proseBlock(texts: TokenTexts, node: Element): Block | undefined {
  const { text } = texts;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const chars = new Array<string>(end - start).fill(' ');
  const walk = (n: Element | ElementContent) => {
    if (n.type === 'text' && n.position) {
      const from = n.position.start.offset!;
      const raw = text.slice(from, n.position.end.offset!);
      // Keep the raw characters, except character references, which are masked.
      const masked = raw.replace(/&[#\w]+;/g, (m) => ' '.repeat(m.length)).replace(/[\r\n\t]/g, ' ');
      for (let i = 0; i < masked.length; i++) chars[from - start + i] = masked[i];
    } else if (n.type === 'element' && !skipped.has(n.tagName)) {
      for (const c of n.children) walk(c);
    }
  };
  for (const c of node.children) walk(c);
  const blockStart = node.children[0]?.position?.start.offset ?? start;
  const blockEnd = node.children[node.children.length - 1]?.position?.end.offset ?? end;
  const block = makeBlock(texts, chars.join(''), start, end, /^h\d$/.test(node.tagName) ? 'heading' : 'paragraph');
  if (block) {
    block.start = blockStart;
    block.end = blockEnd;
  }
  return block;
}
