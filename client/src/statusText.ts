// What the status bar item says about the index. Pure, so it can be tested without VS Code.
import type { StatusParams } from '../../server/src/protocol';

export interface StatusText {
  /** The item's label, with a codicon. */
  text: string;
  /** Markdown-free tooltip: counts, where the sources came from, what a click does. */
  tooltip: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

export function statusText(status: StatusParams): StatusText {
  const sources = status.sources.length > 0 ? status.sources.join(', ') : '(none)';
  const origin = `Sources (${status.origin}): ${sources}`;
  if (status.state === 'indexing') {
    return {
      text: '$(sync~spin) Provenance: indexing…',
      tooltip: `Provenance is reading the sources.\n${origin}`,
    };
  }
  const skipped = status.skipped > 0 ? `, ${plural(status.skipped, 'file', 'files')} skipped` : '';
  return {
    text: `$(book) ${plural(status.documents, 'source', 'sources')}`,
    tooltip:
      `Provenance index: ${plural(status.documents, 'source', 'sources')}${skipped}, ` +
      `${plural(status.entities, 'entity', 'entities')}, ${plural(status.quotes, 'quote', 'quotes')}.\n` +
      `${origin}\nClick for the index summary.`,
  };
}

/** Shown before the server has reported anything, and after it stops. */
export const STARTING_TEXT: StatusText = {
  text: '$(sync~spin) Provenance: starting…',
  tooltip: 'The Provenance language server is starting.',
};
export const STOPPED_TEXT: StatusText = {
  text: '$(error) Provenance: stopped',
  tooltip: 'The Provenance language server is not running. See the "Provenance" output channel.',
};
