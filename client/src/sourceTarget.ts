// Reads the arguments of the "Provenance: Open Source at…" command. The command is called from
// the palette (no arguments), from hover/code-lens links the server writes, and by users' key
// bindings, so it accepts the shapes those callers naturally have: an LSP Location, a URI with an
// LSP Range, a URI with UTF-16 offsets, or an index-export member ({ path, start, end }).
// Pure (no vscode import) so the parsing is unit-tested.

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export type SourceTarget =
  | { uri: string; range: LspRange }
  | { uri: string; offsets: { start: number; end: number } }
  | { uri: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isPosition(value: unknown): value is LspPosition {
  return isRecord(value) && isCount(value.line) && isCount(value.character);
}

export function isRange(value: unknown): value is LspRange {
  return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

/** A file-system path becomes a file: URI; anything with a scheme is kept as it is. */
export function toUriString(pathOrUri: string): string {
  if (/^[a-zA-Z][\w+.-]+:/.test(pathOrUri) && !/^[a-zA-Z]:[\\/]/.test(pathOrUri)) return pathOrUri;
  const forward = pathOrUri.replace(/\\/g, '/');
  const absolute = forward.startsWith('/') ? forward : `/${forward}`;
  return `file://${encodeURI(absolute).replace(/[?#]/g, encodeURIComponent)}`;
}

function fromLocationLike(value: Record<string, unknown>): SourceTarget | undefined {
  const where = typeof value.uri === 'string' ? value.uri : typeof value.path === 'string' ? value.path : undefined;
  if (where === undefined || where.length === 0) return undefined;
  const uri = toUriString(where);
  if (isRange(value.range)) return { uri, range: value.range };
  if (isCount(value.start)) {
    const end = isCount(value.end) && value.end >= value.start ? value.end : value.start;
    return { uri, offsets: { start: value.start, end } };
  }
  return { uri };
}

/** undefined when the arguments name no document (then the command works from the cursor). */
export function parseSourceTarget(args: readonly unknown[]): SourceTarget | undefined {
  const [first, second, third] = args;
  if (isRecord(first)) return fromLocationLike(first);
  if (typeof first !== 'string' || first.length === 0) return undefined;
  const uri = toUriString(first);
  if (isRange(second)) return { uri, range: second };
  if (isCount(second)) {
    const end = isCount(third) && third >= second ? third : second;
    return { uri, offsets: { start: second, end } };
  }
  return { uri };
}
