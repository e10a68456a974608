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
    synchronize: {
      // didChangeConfiguration on every change under `provenance.*` (the server re-reads its settings).
      configurationSection: CLIENT_ID,
      // Sources edited, added or deleted on disk: the server decides whether they are in its index.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt,text,html,htm}'),
    },
    markdown: { isTrusted: { enabledCommands: [OPEN_SOURCE_COMMAND] }, supportHtml: false },
  };
  // The id makes vscode-languageclient honour the `provenance.trace.server` setting.
  return new LanguageClient(CLIENT_ID, 'Provenance', serverOptions, clientOptions);
}
