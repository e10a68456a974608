// @vscode/test-electron entry (npm run test:vscode): downloads VS Code, then runs the mocha suite in
// suite/ inside its extension host with this repository as the extension under development.
// Needs a machine that can reach VS Code's download servers; here it cannot, so it is not part of
// `npm test` — the same suite runs inside code-server in `npm run test:e2e` instead.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = mkdtempSync(path.join(tmpdir(), 'provenance-vscode-'));
cpSync(path.join(ROOT, 'test/e2e/workspace'), workspace, { recursive: true });
cpSync(path.join(ROOT, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });

let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test/vscode/suite/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`test:vscode failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
