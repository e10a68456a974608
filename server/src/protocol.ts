// Custom LSP messages between the Provenance client and server, beyond the standard protocol.
// Plain types only, so both sides (and other editors' users) can read them.

/** Server → client notification, sent when indexing starts and ends. */
export const STATUS_NOTIFICATION = 'provenance/status';
export interface StatusParams {
  state: 'indexing' | 'ready';
  documents: number;
  skipped: number;
  entities: number;
  quotes: number;
  /** Where the sources came from: 'initializationOptions' | 'settings' | 'bundled seeds'. */
  origin: string;
  /** The folders/globs in force. */
  sources: string[];
}

/** Client → server request: the readable index summary (Markdown). */
export const SUMMARY_REQUEST = 'provenance/summary';
export interface SummaryResult {
  markdown: string;
}

/** Client → server request: drop the index and load every source again. */
export const REINDEX_REQUEST = 'provenance/reindex';

/** workspace/executeCommand command ids the server handles (also usable from other editors). */
export const REINDEX_COMMAND = 'provenance.reindex';
