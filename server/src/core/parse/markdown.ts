// Markdown drafts and sources, parsed with remark: code, HTML, link targets and front matter are
// not prose. Each paragraph/heading is masked (markup replaced by spaces, offsets unchanged) and
// handed to parse-english.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Root, RootContent, Heading, Paragraph, PhrasingContent, Yaml } from 'mdast';
import type { Block, DocumentMeta, ParsedDocument } from '../types';
import { makeBlock } from './prose';
import { TokenTexts } from './tokenText';
import { guessTitle } from './title';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(path: string, text: string): ParsedDocument {
  return isPlainParagraph(text) ? plainParagraph(path, text) : parseWithRemark(path, text);
}

// Characters that can open inline markup (emphasis, code, links, images, autolinks, HTML, escapes,
// character references). Mid-line "#", "!", "~", "|" and "-" are literal in CommonMark.
const markupCharacters = /[*_`[\]<>\\&\r\t]/;
// What every line must start with so that no block construct (heading, quote, list, code, fence,
// thematic break, setext underline, HTML, definition) can begin there: a letter, a digit that does
// not number a list item, or an opening quotation mark or parenthesis.
const plainLineStart = /^(?:[\p{L}"'“‘(]|\d(?!\d{0,8}[.)](?:\s|$)))/u;

/**
 * Text that Markdown reads as one paragraph of plain text, every character of it prose: no markup
 * character, no blank line, no white space remark would trim, every line starting plainly. The
 * language server parses a draft paragraph by paragraph and most paragraphs are such prose; they
 * need no syntax tree (test/markdown.test.ts checks the two paths agree).
 */
export function isPlainParagraph(text: string): boolean {
  if (text.length === 0 || markupCharacters.test(text)) return false;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd === lineStart || !plainLineStart.test(text.slice(lineStart, lineStart + 11))) return false;
    if (text.charCodeAt(lineEnd - 1) === 32) return false;
    if (newline < 0) return true;
    lineStart = newline + 1;
  }
}

function plainParagraph(path: string, text: string): ParsedDocument {
  const block = makeBlock(new TokenTexts(text), text.replace(/\n/g, ' '), 0, text.length, 'paragraph');
  const doc: ParsedDocument = { path, text, format: 'markdown', meta: {}, blocks: block ? [block] : [] };
  const title = guessTitle(doc);
  if (title) doc.meta.title = title;
  return doc;
}

/** The general path: remark's syntax tree, prose blocks masked out of it. */
export function parseWithRemark(path: string, text: string): ParsedDocument {
  const blocks: Block[] = [];
  const meta: DocumentMeta = {};
  const texts = new TokenTexts(text);
  for (const [from, to] of sections(text)) {
    const tree = processor.parse(from === 0 && to === text.length ? text : text.slice(from, to)) as Root;
    const visit = (node: Root | RootContent): void => {
      if (node.type === 'yaml') Object.assign(meta, frontMatter(node));
      if (node.type === 'paragraph' || node.type === 'heading') {
        const block = proseBlock(texts, node, from);
        if (block) blocks.push(block);
        return;
      }
      // code, html, definitions, thematic breaks and the like hold no prose.
      if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    };
    visit(tree);
  }
  const doc: ParsedDocument = { path, text, format: 'markdown', meta, blocks };
  if (!meta.title) {
    const title = guessTitle(doc);
    if (title) meta.title = title;
  }
  return doc;
}

/**
 * Where a long document may be parsed in parts: [start, end) ranges that cover it. remark's parser
 * (micromark) takes time that grows with the square of a list's or block quote's length (an
 * outline of 8,000 bullets five deep took 11 s, 30,000 took 89 s and 2 GB); a part ends, after
 * `sectionLines` lines or more, where a top-level list item or block quote line starts outside a
 * fenced code block. A list so cut in two is two lists: the same prose. A document of fewer
 * lines is one part, parsed whole.
 */
export function sections(text: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let partStart = 0;
  let lines = 0;
  let fence: string | undefined;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(at, Math.min(lineEnd, at + 12));
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined;
    else if (fence === undefined && lines >= sectionLines && CONTAINER_START.test(line)) {
      parts.push([partStart, at]);
      partStart = at;
      lines = 0;
    }
    lines++;
    at = lineEnd + 1;
  }
  parts.push([partStart, text.length]);
  return parts;
}

const sectionLines = 400;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A top-level list item ("- ", "* ", "+ ", "12. ", "3) ") or block quote (">") opening a line. */
const CONTAINER_START = /^(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>)/;

/** A paragraph or heading of a part starting at `offset` in the text, as a block. */
function proseBlock(texts: TokenTexts, node: Paragraph | Heading, offset: number): Block | undefined {
  const { text } = texts;
  const nodeStart = node.position?.start.offset;
  const nodeEnd = node.position?.end.offset;
  if (nodeStart === undefined || nodeEnd === undefined) return undefined;
  const start = nodeStart + offset;
  const end = nodeEnd + offset;
  const chars = new Array<string>(end - start).fill(' ');
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = text[i];
      chars[i - start] = c === '\n' || c === '\r' ? ' ' : c;
    }
  };
  const walk = (children: PhrasingContent[]) => {
    for (const child of children) {
      if (child.type === 'text' && child.position) keep(child.position.start.offset! + offset, child.position.end.offset! + offset);
      else if (child.type === 'break') continue;
      else if ('children' in child) walk(child.children as PhrasingContent[]);
      // inlineCode, html, images, footnote references: not prose, left masked.
    }
  };
  walk(node.children);
  return makeBlock(texts, chars.join(''), start, end, node.type === 'heading' ? 'heading' : 'paragraph');
}

function frontMatter(node: Yaml): DocumentMeta {
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object') return {};
  const record = data as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = record[k];
      if (typeof v === 'string' || typeof v === 'number') return String(v);
      if (v instanceof Date) return v.toISOString().slice(0, 10);
    }
    return undefined;
  };
  const meta: DocumentMeta = {};
  const title = pick('title', 'headline');
  const outlet = pick('outlet', 'source', 'publisher', 'site');
  const date = pick('date', 'published', 'pubDate');
  const url = pick('url', 'link', 'canonical');
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (date) meta.date = date;
  if (url) meta.url = url;
  return meta;
}
