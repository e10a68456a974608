// The Provenance extension inside a real VS Code extension host (test-electron or code-server):
// activation, the index status, diagnostics, hover, definition, quick fix and the client's commands,
// through VS Code's own provider commands. The workspace is test/e2e/workspace plus seeds/.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');

const EXTENSION_ID = 'provenance.provenance';
const SEED = '000_31177b0833f0709a.txt';

function workspaceUri(relative) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

async function until(probe, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function codeOf(diagnostic) {
  return typeof diagnostic.code === 'object' && diagnostic.code !== null ? diagnostic.code.value : diagnostic.code;
}

function hoverText(hovers) {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Provenance in the VS Code extension host', function () {
  let api;
  let draft;

  /** The position `offset` characters into the first occurrence of `needle` in the draft. */
  function at(needle, offset = 0) {
    const index = draft.getText().indexOf(needle);
    assert.ok(index >= 0, `the draft contains ${needle}`);
    return draft.positionAt(index + offset);
  }

  before(async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
    draft = await vscode.workspace.openTextDocument(workspaceUri('draft.md'));
    await vscode.window.showTextDocument(draft);
  });

  it('activates and reports the index of the workspace seeds (provenance.sources = ["seeds"])', async function () {
    const status = await until(() => api.lastStatus() && api.lastStatus().state === 'ready' && api.lastStatus(), 60_000, 'a ready status');
    assert.equal(status.documents, 5);
    assert.equal(status.skipped, 0);
    assert.equal(status.origin, 'settings');
    assert.ok(status.entities > 0 && status.quotes > 0, `counts: ${JSON.stringify(status)}`);
  });

  it('registers its commands', async function () {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['provenance.reindex', 'provenance.openSourceAt', 'provenance.showIndexSummary']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  it('reports the planted misquote as quote-mismatch, with the source wording', async function () {
    const mismatch = await until(
      () => vscode.languages.getDiagnostics(draft.uri).find((d) => codeOf(d) === 'quote-mismatch'),
      60_000,
      'a quote-mismatch diagnostic',
    );
    assert.equal(mismatch.source, 'provenance');
    assert.equal(mismatch.range.start.line, at("yesterday's").line);
    assert.match(mismatch.message, /today/);
    assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('follows provenance.diagnostics.<code>: error, then off, then back to the default', async function () {
    const config = () => vscode.workspace.getConfiguration('provenance');
    const mismatch = () => vscode.languages.getDiagnostics(draft.uri).find((d) => codeOf(d) === 'quote-mismatch');
    try {
      await config().update('diagnostics.quote-mismatch', 'error', vscode.ConfigurationTarget.Workspace);
      await until(() => mismatch() && mismatch().severity === vscode.DiagnosticSeverity.Error, 30_000, 'an error-level quote-mismatch');
      await config().update('diagnostics.quote-mismatch', 'off', vscode.ConfigurationTarget.Workspace);
      await until(() => !mismatch(), 30_000, 'quote-mismatch switched off');
    } finally {
      await config().update('diagnostics.quote-mismatch', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(() => mismatch() && mismatch().severity === vscode.DiagnosticSeverity.Warning, 30_000, 'the warning back');
  });

  it('hovers a name with its card from the sources', async function () {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', draft.uri, at('Yuri Ushakov', 6));
    const text = hoverText(hovers);
    assert.match(text, /Ushakov/);
    assert.match(text, /foreign affairs adviser/);
    assert.match(text, /000\\?_31177b0833f0709a/);
  });

  it('goes from a quotation to the source that carries it, at the quote', async function () {
    const results = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', draft.uri, at('very frank and trusting', 3));
    const locations = results.map((r) => (r.targetUri ? { uri: r.targetUri, range: r.targetSelectionRange || r.targetRange } : r));
    const inSeed = locations.find((l) => l.uri.path.endsWith(`/seeds/${SEED}`));
    assert.ok(inSeed, `a location in ${SEED}: ${locations.map((l) => l.uri.path).join(', ')}`);
    const seed = await vscode.workspace.openTextDocument(inSeed.uri);
    assert.match(seed.getText(inSeed.range), /very frank and trusting/);
  });

  it('offers the source wording as a quick fix, and applying it fixes the quotation', async function () {
    const mismatch = vscode.languages.getDiagnostics(draft.uri).find((d) => codeOf(d) === 'quote-mismatch');
    assert.ok(mismatch, 'the misquote is still reported');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft.uri, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /source wording/i.test(a.title));
    assert.ok(fix && fix.edit, `a "source wording" fix with an edit among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(draft.getText(), /with today.s telephone conversation/);
    await until(() => !vscode.languages.getDiagnostics(draft.uri).some((d) => codeOf(d) === 'quote-mismatch'), 30_000, 'the misquote diagnostic to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opens a source at a span given as an index-export member ({ path, start, end })', async function () {
    const seedPath = workspaceUri(`seeds/${SEED}`).fsPath;
    const quote = 'very frank and trusting';
    const start = fs.readFileSync(seedPath, 'utf8').indexOf(quote);
    await vscode.commands.executeCommand('provenance.openSourceAt', { path: seedPath, start, end: start + quote.length });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor.document.uri.fsPath, seedPath);
    assert.equal(editor.document.getText(editor.selection), quote);
  });

  it('opens the source of the quotation under the cursor when called without arguments', async function () {
    const editor = await vscode.window.showTextDocument(draft);
    const position = at('very frank and trusting', 3);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('provenance.openSourceAt');
    const opened = vscode.window.activeTextEditor;
    assert.ok(opened.document.uri.path.endsWith(`/seeds/${SEED}`), opened.document.uri.path);
    assert.match(opened.document.getText(opened.selection), /very frank and trusting/);
  });

  it('re-indexes on provenance.reindex and reports ready again', async function () {
    // Each provenance/status notification replaces lastStatus() with a new object.
    const before = api.lastStatus();
    await vscode.commands.executeCommand('provenance.reindex');
    const after = await until(() => api.lastStatus() !== before && api.lastStatus().state === 'ready' && api.lastStatus(), 60_000, 'a new ready status');
    assert.equal(after.documents, 5);
  });

  it('shows the index summary in a read-only Markdown document', async function () {
    await vscode.commands.executeCommand('provenance.showIndexSummary');
    const summary = await until(
      () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'provenance-summary' && d.getText().length > 0),
      15_000,
      'the summary document',
    );
    assert.match(summary.getText(), /\b5 (documents|sources)\b/);
  });
});
