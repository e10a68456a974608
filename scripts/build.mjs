// Bundles the client, the server, the CLI and the index worker into CommonJS files with esbuild.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';
import { nodeBundle } from './esbuildOptions.mjs';

const common = { ...nodeBundle, sourcemap: true };

await Promise.all([
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: `#!/usr/bin/env node\n${nodeBundle.banner.js}` } }),
  build({ ...common, entryPoints: ['server/src/core/indexWorker.ts'], outfile: 'server/out/indexWorker.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
]);
// `npx provenance` runs the CLI through package.json's "bin", which must be executable: npm only
// marks it so when it installs, and on a fresh clone the file does not exist yet at `npm ci`.
chmodSync('server/out/cli.js', 0o755);
