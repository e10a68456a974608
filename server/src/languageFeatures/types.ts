// Plain data shapes the language features produce. They mirror the LSP types field for field
// (so server.ts hands them to the connection unchanged) without importing any LSP package:
// the features stay a pure library that tests drive in memory.
import type { SourceIndex } from '../core/sourceIndex';
import type { ProvenanceSettings } from '../config';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code-unit column. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  uri: string;
  range: Range;
}

/** The text of an open document, as the editor holds it (vscode-languageserver-textdocument fits). */
export interface FeatureDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

export const DIAGNOSTIC_CODES = [
  'quote-unsourced',
  'quote-mismatch',
  'quote-misattributed',
  'number-conflict',
  'claim-unsourced',
  'role-conflict',
  'name-variant',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface DiagnosticRelatedInformation {
  location: Location;
  message: string;
}

/** A text change the quick fixes can apply, in draft offsets (converted to ranges at the edge). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** What a diagnostic carries for its quick fixes (LSP `Diagnostic.data`). */
export interface FixData {
  /** Each fix: a title and the edits that make it. */
  fixes: Array<{ title: string; edits: Array<{ range: Range; newText: string }>; preferred?: boolean }>;
}

export interface Diagnostic {
  range: Range;
  severity: DiagnosticSeverity;
  code: DiagnosticCode;
  source: 'provenance';
  message: string;
  relatedInformation?: DiagnosticRelatedInformation[];
  data?: FixData;
}

export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

export interface Hover {
  contents: MarkupContent;
  range?: Range;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface WorkspaceEdit {
  changes: Record<string, TextEdit[]>;
}

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit: WorkspaceEdit;
}

export const CompletionItemKind = { Text: 1, Class: 7, Module: 9, Reference: 18, EnumMember: 20, Constant: 21 } as const;
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export interface CompletionItem {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: MarkupContent;
  filterText?: string;
  sortText?: string;
  textEdit?: TextEdit;
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

export interface InlayHint {
  position: Position;
  label: string;
  /** 1 = type, 2 = parameter (LSP InlayHintKind); omitted: plain. */
  kind?: 1 | 2;
  tooltip?: MarkupContent;
  paddingLeft?: boolean;
}

export interface SemanticTokens {
  data: number[];
}

/** Cooperative cancellation: a newer edit makes the running work pointless. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = { isCancellationRequested: false };

/**
 * What the language service needs from its surroundings. Injected, so the features run the same
 * in the server, the CLI and tests (in memory).
 */
export interface LanguageServiceHost {
  /** The corpus as indexed now (a re-index may swap it for another between calls). */
  sourceIndex(): SourceIndex;
  /** The URI under which a source path (as the index names it) opens in the editor. */
  sourceUri(path: string): string;
  /** The source path of a document URI, when the document is one of the sources. */
  sourcePathOf(uri: string): string | undefined;
  /** Drafts open in the editor (for references across drafts). */
  openDocuments(): FeatureDocument[];
  settings(): ProvenanceSettings;
}
