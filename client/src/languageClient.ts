// Builds the LanguageClient: the bundled server over Node IPC, Markdown and plain-text documents,
// the `provenance` settings section kept in sync, and hover Markdown allowed to run only the
// client's own "open source" command.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector } from './documentSelector';

export const CLIENT_ID = 'provenance';
export const OPEN_SOURCE_COMMAND = 'provenance.openSourceAt';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    // didChangeConfiguration on every change under `provenance.*` (the server re-reads its settings).
    // No client-side file watcher: the server registers watchers for exactly its source folders
    // (dynamic registration), including those outside the workspace such as the bundled seeds.
    synchronize: { configurationSection: CLIENT_ID },
    markdown: { isTrusted: { enabledCommands: [OPEN_SOURCE_COMMAND] }, supportHtml: false },
    // Analyses kept between sessions, in this workspace's own storage (none without a workspace).
    initializationOptions: context.storageUri ? { cacheDirectory: vscode.Uri.joinPath(context.storageUri, 'analyses').fsPath } : {},
  };
  // The id makes vscode-languageclient honour the `provenance.trace.server` setting.
  return new LanguageClient(CLIENT_ID, 'Provenance', serverOptions, clientOptions);
}
