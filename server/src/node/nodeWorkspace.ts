// The real file system: folders are walked for source files, globs expanded with tinyglobby.
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FileProblem, SourceFile, Workspace } from '../core/workspace';
import { isSourceFile } from '../core/parse/parseDocument';

const ignoredDirs = ['**/node_modules/**', '**/.git/**'];

export class NodeWorkspace implements Workspace {
  /** @param root folder that patterns and reported paths are relative to. */
  constructor(private readonly root: string) {}

  async listSources(patterns: string[]): Promise<{ files: SourceFile[]; problems: FileProblem[] }> {
    const seen = new Map<string, SourceFile>();
    const problems: FileProblem[] = [];
    for (const pattern of patterns) {
      let matches: string[];
      try {
        matches = await this.expand(pattern);
      } catch (err) {
        problems.push({ path: pattern, reason: describe(err) });
        continue;
      }
      if (matches.length === 0) problems.push({ path: pattern, reason: 'no source files (.txt, .md, .html) found' });
      for (const abs of matches) {
        if (!seen.has(abs)) seen.set(abs, { path: this.display(abs), location: abs });
      }
    }
    const files = [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
    return { files, problems };
  }

  readFile(location: string): Promise<Uint8Array> {
    return fs.readFile(location);
  }

  private async expand(pattern: string): Promise<string[]> {
    const abs = nodePath.resolve(this.root, pattern);
    if (!isDynamicPattern(pattern)) {
      const stat = await fs.stat(abs);
      if (stat.isFile()) return [abs];
      const found = await glob('**/*', { cwd: abs, absolute: true, ignore: ignoredDirs, dot: false });
      return found.filter(isSourceFile).sort();
    }
    const found = await glob(pattern, { cwd: this.root, absolute: true, ignore: ignoredDirs });
    return found.filter(isSourceFile).sort();
  }

  private display(abs: string): string {
    const rel = nodePath.relative(this.root, abs);
    return rel && !rel.startsWith('..') && !nodePath.isAbsolute(rel) ? rel.split(nodePath.sep).join('/') : abs;
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'not found';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.message ?? String(err);
}
