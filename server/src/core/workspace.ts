// The file system as the core sees it. Injected, so that tests run in memory and the server
// can substitute open editor buffers.

export interface SourceFile {
  /** Path as reported to users (relative to the corpus root when under it). */
  path: string;
  /** Absolute path or URI-like key used to read the file. */
  location: string;
}

export interface Workspace {
  /** Lists source files matched by folders or globs. Unreadable folders are reported, not thrown. */
  listSources(patterns: string[]): Promise<{ files: SourceFile[]; problems: FileProblem[] }>;
  readFile(location: string): Promise<Uint8Array>;
}

export interface FileProblem {
  path: string;
  reason: string;
}

/** An in-memory workspace for tests and for drafts that exist only in an editor. */
export class MemoryWorkspace implements Workspace {
  constructor(private readonly files: Map<string, Uint8Array | string>) {}

  async listSources(patterns: string[]): Promise<{ files: SourceFile[]; problems: FileProblem[] }> {
    const files: SourceFile[] = [];
    for (const path of [...this.files.keys()].sort()) {
      if (patterns.length === 0 || patterns.some((p) => path === p || path.startsWith(p.replace(/\/?$/, '/')))) {
        files.push({ path, location: path });
      }
    }
    return { files, problems: [] };
  }

  async readFile(location: string): Promise<Uint8Array> {
    const content = this.files.get(location);
    if (content === undefined) throw new Error(`no such file: ${location}`);
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }
}
