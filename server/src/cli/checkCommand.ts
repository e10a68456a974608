// `provenance check <draft>... [--sources <dir|glob>...] [--format text|json|sarif] [--cache <dir>]`: the editor's
// diagnostics for drafts on disk, for a newsroom's CI. Exit code 1 when any warning or error is
// found, 0 otherwise, 2 when the command itself cannot run (no draft, unreadable draft, no sources).
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SourceIndex } from '../core/sourceIndex';
import { decodeSource } from '../core/parse/decode';
import { NodeWorkspace } from '../node/nodeWorkspace';
import { createLanguageService } from '../languageService';
import { defaultSettings, type ProvenanceSettings } from '../config';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../languageFeatures/types';
import { openCache, readCacheArgument, reportCache } from './cacheOption';

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  drafts: string[];
  /** Folders or globs of sources; empty: the bundled seeds. */
  sources: string[];
  format: CheckFormat;
  cwd: string;
  /** The seeds shipped with the tool (used when no --sources is given). */
  bundledSeeds: string;
  settings?: ProvenanceSettings;
  /** Where to keep the sources' analyses between runs (--cache). */
  cache?: string;
}

export interface CheckedFile {
  path: string;
  diagnostics: Diagnostic[];
}

export function parseCheckArgs(args: string[]): { drafts: string[]; sources: string[]; format: string; cache?: string } | { error: string } {
  const drafts: string[] = [];
  const sources: string[] = [];
  let format = 'text';
  let cache: string | undefined;
  let mode: 'drafts' | 'sources' = 'drafts';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const cacheArgument = readCacheArgument(args, i);
    if (cacheArgument && 'error' in cacheArgument) return cacheArgument;
    if (cacheArgument) [cache, i] = [cacheArgument.dir, cacheArgument.last];
    else if (a === '--sources') mode = 'sources';
    else if (a.startsWith('--sources=')) sources.push(...a.slice('--sources='.length).split(',').filter(Boolean));
    else if (a === '--format') {
      if (i + 1 >= args.length) return { error: '--format needs a value: text, json or sarif' };
      format = args[++i];
    } else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else (mode === 'sources' ? sources : drafts).push(a);
  }
  if (!['text', 'json', 'sarif'].includes(format)) return { error: `unknown format ${format}: use text, json or sarif` };
  return cache === undefined ? { drafts, sources, format } : { drafts, sources, format, cache };
}

const severityName: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const sarifLevel: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

const ruleText: Record<string, string> = {
  'quote-unsourced': 'A quotation in the draft matches no source.',
  'quote-mismatch': 'A quotation is close to a source quote but its words differ.',
  'quote-misattributed': 'The quoted words are in the sources, said by someone else than the draft says.',
  'number-conflict': 'A number in the draft contradicts the sources for the same thing.',
  'claim-unsourced': 'A factual sentence that no source supports.',
  'role-conflict': 'A title or role given to a person in the draft that the sources contradict.',
  'name-variant': 'A name spelled differently from the sources or the draft’s own usage.',
};

export function toSarif(files: CheckedFile[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'provenance',
            rules: DIAGNOSTIC_CODES.map((id) => ({ id, shortDescription: { text: ruleText[id] } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: DIAGNOSTIC_CODES.indexOf(d.code),
            level: sarifLevel[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.path.split(nodePath.sep).join('/') },
                  region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

export function toText(files: CheckedFile[]): string {
  const lines: string[] = [];
  let count = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      count++;
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severityName[d.severity]} ${d.code}: ${d.message}`);
    }
  }
  lines.push(`${count} problem${count === 1 ? '' : 's'} in ${files.length} draft${files.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export async function runCheck(options: CheckOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (options.drafts.length === 0) {
    err('provenance check: name at least one draft');
    return 2;
  }
  const patterns = options.sources.length > 0 ? options.sources : [options.bundledSeeds];
  const index = new SourceIndex();
  const workspace = new NodeWorkspace(options.cwd);
  const cache = openCache(options.cache, patterns, options.cwd, err);
  const problems = await index.load(workspace, patterns, cache ? { cache } : {});
  reportCache(cache, index.cacheHits, index.analysed, err);
  for (const p of problems) err(`provenance: skipped source ${p.path}: ${p.reason}`);
  if (index.size === 0) {
    err('provenance check: no sources could be read');
    return 2;
  }
  const sourceAt = (path: string) => nodePath.resolve(options.cwd, index.location(path) ?? path);
  const pathByLocation = new Map(index.paths().map((p) => [sourceAt(p), p]));
  const settings = options.settings ?? defaultSettings();
  const service = createLanguageService({
    sourceIndex: () => index,
    sourceUri: (path) => pathToFileURL(sourceAt(path)).href,
    // A draft that is one of the sources gets no draft diagnostics.
    sourcePathOf: (uri) => (uri.startsWith('file:') ? pathByLocation.get(fileURLToPath(uri)) : undefined),
    openDocuments: () => [],
    settings: () => settings,
  });
  const files: CheckedFile[] = [];
  let failed = false;
  for (const path of options.drafts) {
    const abs = nodePath.resolve(options.cwd, path);
    let text: string;
    try {
      const decoded = decodeSource(await fs.readFile(abs));
      if (!decoded.ok) throw new Error(decoded.reason);
      text = decoded.text;
    } catch (e) {
      err(`provenance check: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      failed = true;
      continue;
    }
    const doc = TextDocument.create(pathToFileURL(abs).href, abs.endsWith('.md') ? 'markdown' : 'plaintext', 1, text);
    files.push({ path, diagnostics: service.computeDiagnostics(doc) ?? [] });
  }
  if (options.format === 'json') out(JSON.stringify({ files }, null, 1));
  else if (options.format === 'sarif') out(JSON.stringify(toSarif(files), null, 1));
  else out(toText(files));
  if (failed) return 2;
  return files.some((f) => f.diagnostics.some((d) => d.severity <= 2)) ? 1 : 0;
}
