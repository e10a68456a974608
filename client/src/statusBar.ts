// The status bar item: the index size, a spinner while indexing, a click opens the summary.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';
import { STARTING_TEXT, STOPPED_TEXT, statusText, type StatusText } from './statusText';

export class IndexStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  /** The last report, for tests and for commands that want the counts. */
  last: StatusParams | undefined;

  constructor(clickCommand: string) {
    this.item = vscode.window.createStatusBarItem('provenance.index', vscode.StatusBarAlignment.Left, 0);
    this.item.name = 'Provenance index';
    this.item.command = clickCommand;
    this.show(STARTING_TEXT);
    this.item.show();
  }

  update(status: StatusParams): void {
    this.last = status;
    this.show(statusText(status));
  }

  stopped(): void {
    this.show(STOPPED_TEXT);
  }

  private show(text: StatusText): void {
    this.item.text = text.text;
    this.item.tooltip = text.tooltip;
  }

  dispose(): void {
    this.item.dispose();
  }
}
