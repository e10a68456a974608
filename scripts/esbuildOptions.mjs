// The esbuild settings every bundle shares (the extension, the server, the benches' entries).
// The unified ecosystem is ESM-only; bundling to CommonJS lets VS Code and plain `node` load it.
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // Some ESM dependencies read import.meta.url, which CommonJS output lacks.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
