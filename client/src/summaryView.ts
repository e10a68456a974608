// "Provenance: Show Index Summary": asks the server for its Markdown summary of the index and shows
// it as a read-only Markdown preview. The text lives in a virtual document (scheme below), so it is
// never saved by accident and the checker (file/untitled only) does not treat it as a draft.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, type SummaryResult } from '../../server/src/protocol';

export const SUMMARY_SCHEME = 'provenance-summary';
const SUMMARY_URI = vscode.Uri.parse(`${SUMMARY_SCHEME}:Provenance%20index%20summary.md`);

export class SummaryView implements vscode.TextDocumentContentProvider {
  private markdown = '';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  provideTextDocumentContent(): string {
    return this.markdown;
  }

  async show(): Promise<void> {
    const result = await this.client.sendRequest<SummaryResult>(SUMMARY_REQUEST);
    this.markdown = result.markdown;
    this.changed.fire(SUMMARY_URI);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', SUMMARY_URI);
    } catch {
      // The built-in Markdown extension may be disabled: show the source text instead.
      const document = await vscode.workspace.openTextDocument(SUMMARY_URI);
      await vscode.window.showTextDocument(document, { preview: true });
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
