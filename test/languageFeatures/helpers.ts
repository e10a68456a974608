// Shared set-up for the language-feature tests: the five seeds indexed in memory, a host over
// them, and drafts as TextDocuments.
import { readFileSync, readdirSync } from 'node:fs';
import * as nodePath from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SourceIndex } from '../../server/src/core/sourceIndex';
import { defaultSettings, type ProvenanceSettings } from '../../server/src/config';
import { createLanguageService, type LanguageService } from '../../server/src/languageService';
import type { FeatureDocument, LanguageServiceHost } from '../../server/src/languageFeatures/types';

export const seedsDir = nodePath.resolve(__dirname, '../../seeds');

let seedIndex: SourceIndex | undefined;

/** The seeds, indexed once for all tests (paths as "seeds/<file>"). */
export function seeds(): SourceIndex {
  if (!seedIndex) {
    seedIndex = new SourceIndex();
    for (const file of readdirSync(seedsDir).sort()) seedIndex.updateFromText(`seeds/${file}`, readFileSync(nodePath.join(seedsDir, file), 'utf8'));
  }
  return seedIndex;
}

export const sourceUri = (path: string) => `memory:///${path}`;

export interface TestService {
  service: LanguageService;
  settings: ProvenanceSettings;
  open: FeatureDocument[];
}

export function testService(index: SourceIndex = seeds(), settings: ProvenanceSettings = defaultSettings()): TestService {
  const open: FeatureDocument[] = [];
  const host: LanguageServiceHost = {
    sourceIndex: () => index,
    sourceUri,
    sourcePathOf: (uri) => (uri.startsWith('memory:///') && index.has(uri.slice('memory:///'.length)) ? uri.slice('memory:///'.length) : undefined),
    openDocuments: () => open,
    settings: () => settings,
  };
  return { service: createLanguageService(host), settings, open };
}

export function draft(text: string, name = 'draft.md', version = 1): TextDocument {
  return TextDocument.create(`file:///drafts/${name}`, name.endsWith('.md') ? 'markdown' : 'plaintext', version, text);
}

/** The document as a source opened in the editor. */
export function sourceDoc(path: string): TextDocument {
  return TextDocument.create(sourceUri(path), 'plaintext', 1, seeds().get(path)!.doc.text);
}

/** Position of the n-th occurrence of `needle` (+ `delta` characters) in a document. */
export function at(doc: TextDocument, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = doc.getText().indexOf(needle, from + 1);
    if (from < 0) throw new Error(`not in the document: ${needle}`);
  }
  return doc.positionAt(from + delta);
}

export function lineOf(doc: TextDocument, needle: string): number {
  return at(doc, needle).line;
}
