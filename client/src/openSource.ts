// "Provenance: Open Source at…": opens a source text at a span. With arguments (from hover links,
// code lenses, key bindings) it opens that span; from the palette it asks the server for the
// definitions under the cursor — every source span carrying the name or quotation — and offers
// a pick when there are several.
import * as vscode from 'vscode';
import { parseSourceTarget, type SourceTarget } from './sourceTarget';

async function showTarget(target: SourceTarget): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
  let selection: vscode.Range | undefined;
  if ('range' in target) {
    selection = document.validateRange(
      new vscode.Range(target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character),
    );
  } else if ('offsets' in target) {
    selection = new vscode.Range(document.positionAt(target.offsets.start), document.positionAt(target.offsets.end));
  }
  await vscode.window.showTextDocument(document, { selection, preview: true });
}

type DefinitionResult = vscode.Location | vscode.LocationLink;

function asLocation(result: DefinitionResult): vscode.Location {
  return result instanceof vscode.Location ? result : new vscode.Location(result.targetUri, result.targetSelectionRange ?? result.targetRange);
}

async function pickDefinitionAtCursor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Provenance: put the cursor on a name or quotation first.');
    return;
  }
  const results =
    (await vscode.commands.executeCommand<DefinitionResult[]>('vscode.executeDefinitionProvider', editor.document.uri, editor.selection.active)) ?? [];
  const locations = results.map(asLocation);
  if (locations.length === 0) {
    void vscode.window.showInformationMessage('Provenance: no source carries the name or quotation under the cursor.');
    return;
  }
  let chosen = locations[0];
  if (locations.length > 1) {
    const items = await Promise.all(
      locations.map(async (location) => {
        const document = await vscode.workspace.openTextDocument(location.uri);
        return {
          label: vscode.workspace.asRelativePath(location.uri),
          description: `line ${location.range.start.line + 1}`,
          detail: document.lineAt(location.range.start.line).text.trim().slice(0, 160),
          location,
        };
      }),
    );
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Open which source?', matchOnDetail: true });
    if (!picked) return;
    chosen = picked.location;
  }
  await showTarget({ uri: chosen.uri.toString(), range: { start: chosen.range.start, end: chosen.range.end } });
}

export async function openSourceAt(...args: unknown[]): Promise<void> {
  const target = parseSourceTarget(args);
  if (target) await showTarget(target);
  else await pickDefinitionAtCursor();
}
