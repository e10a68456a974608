// VS Code entry: starts the Provenance language server and adds what LSP has no words for —
// the status bar item, the index summary view and the client-side commands.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { REINDEX_COMMAND, REINDEX_REQUEST, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';
import { OPEN_SOURCE_COMMAND, createLanguageClient } from './languageClient';
import { openSourceAt } from './openSource';
import { IndexStatusBar } from './statusBar';
import { SUMMARY_SCHEME, SummaryView } from './summaryView';

export const SHOW_SUMMARY_COMMAND = 'provenance.showIndexSummary';

/** What activate() returns: lets tests (and other extensions) see the client and the last status. */
export interface ProvenanceApi {
  readonly client: LanguageClient;
  lastStatus(): StatusParams | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ProvenanceApi> {
  const output = vscode.window.createOutputChannel('Provenance');
  const languageClient = createLanguageClient(context, output);
  client = languageClient;
  const statusBar = new IndexStatusBar(SHOW_SUMMARY_COMMAND);
  const summary = new SummaryView(languageClient);

  context.subscriptions.push(
    output,
    statusBar,
    summary,
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summary),
    vscode.commands.registerCommand(SHOW_SUMMARY_COMMAND, () => summary.show()),
    vscode.commands.registerCommand(OPEN_SOURCE_COMMAND, openSourceAt),
    languageClient.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => statusBar.update(status)),
    languageClient.onDidChangeState((event) => {
      if (event.newState === State.Stopped) statusBar.stopped();
    }),
  );

  try {
    await languageClient.start();
  } catch (error) {
    statusBar.stopped();
    output.appendLine(`Provenance server failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    void vscode.window.showErrorMessage('Provenance: the language server failed to start. See the "Provenance" output.');
  }

  // When the server advertises provenance.reindex (workspace/executeCommand), vscode-languageclient
  // has registered the command already; otherwise the client provides it over the custom request.
  const advertised = languageClient.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!advertised.includes(REINDEX_COMMAND)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(REINDEX_COMMAND, () => languageClient.sendRequest(REINDEX_REQUEST)),
    );
  }

  return { client: languageClient, lastStatus: () => statusBar.last };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
