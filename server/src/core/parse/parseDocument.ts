// Chooses the parser by file extension.
import type { ParsedDocument } from '../types';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plainText';
import { parseHtml } from './html';

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export function isSourceFile(path: string): boolean {
  const lower = path.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function parseDocument(path: string, text: string): ParsedDocument {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return parseMarkdown(path, text);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return parseHtml(path, text);
  return parsePlainText(path, text);
}
