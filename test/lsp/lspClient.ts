// A minimal LSP client for the tests: spawns the built server as an editor would (stdio or Node
// IPC), speaks JSON-RPC with vscode-jsonrpc, and collects what the server publishes.
import { spawn, fork, type ChildProcess } from 'node:child_process';
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const serverPath = nodePath.resolve(__dirname, '../../server/out/server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; source: string; message: string; data?: unknown }>;
}

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  /** Every status notification received. */
  statuses: Array<{ state: string; documents: number; origin: string; sources: string[] }>;
  /** Every window/logMessage text received. */
  logs: string[];
  /** Resolves with the next diagnostics published for `uri` after this call. */
  nextDiagnostics(uri: string, timeoutMs?: number): Promise<PublishedDiagnostics>;
  /** Resolves when the server reports the index ready (at least `count` times in all). */
  ready(count?: number, timeoutMs?: number): Promise<void>;
  open(uri: string, text: string, languageId?: string): Promise<PublishedDiagnostics>;
  /** Sets what the fake editor answers to workspace/configuration from now on. */
  setSettings(value: unknown): void;
  stop(): Promise<void>;
}

export interface StartOptions {
  transport?: 'stdio' | 'ipc';
  rootPath?: string;
  initializationOptions?: unknown;
  /** Answer to workspace/configuration for section "provenance". */
  settings?: unknown;
}

export async function startServer(options: StartOptions = {}): Promise<TestClient> {
  const transport = options.transport ?? 'stdio';
  const child =
    transport === 'stdio'
      ? spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
      : fork(serverPath, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  const streamReader = transport === 'stdio' ? new StreamMessageReader(child.stdout!) : undefined;
  const connection = streamReader
    ? createMessageConnection(streamReader, new StreamMessageWriter(child.stdin!))
    : createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  child.stderr?.on('data', () => undefined);
  const statuses: TestClient['statuses'] = [];
  const waiters: Array<{ uri: string; resolve: (p: PublishedDiagnostics) => void }> = [];
  const readyWaiters: Array<{ count: number; resolve: () => void }> = [];
  let settings: unknown = options.settings ?? {};
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
    for (const w of waiters.filter((x) => x.uri === p.uri)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p);
    }
  });
  connection.onNotification('provenance/status', (s: TestClient['statuses'][number]) => {
    statuses.push(s);
    const readyCount = statuses.filter((x) => x.state === 'ready').length;
    for (const w of readyWaiters.filter((x) => readyCount >= x.count)) {
      readyWaiters.splice(readyWaiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  connection.onNotification('window/showMessage', () => undefined);
  connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map(() => settings));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', () => undefined);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const root = options.rootPath ?? process.cwd();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'root' }],
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown'] } },
    },
  });
  await connection.sendNotification('initialized', {});
  const client: TestClient = {
    connection,
    process: child,
    statuses,
    logs,
    nextDiagnostics: (uri, timeoutMs = 15000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
        waiters.push({ uri, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      }),
    ready: (count = 1, timeoutMs = 30000) =>
      new Promise((resolve, reject) => {
        if (statuses.filter((x) => x.state === 'ready').length >= count) return resolve();
        const timer = setTimeout(() => reject(new Error('the index never got ready')), timeoutMs);
        readyWaiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    open: (uri, text, languageId = uri.endsWith('.md') ? 'markdown' : 'plaintext') => {
      const next = client.nextDiagnostics(uri);
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return next;
    },
    setSettings: (value) => {
      settings = value;
    },
    stop: async () => {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000).unref())]);
        void connection.sendNotification('exit');
      } catch {
        // already gone
      }
      // Let the server finish writing and exit before letting go of its output.
      await new Promise((r) => {
        if (child.exitCode !== null || child.signalCode !== null) return r(undefined);
        child.once('exit', r);
        setTimeout(r, 2000).unref();
      });
      // A message cut short (the server killed mid-write) would otherwise re-arm vscode-jsonrpc's
      // partial-message timer every 10 s for ever, even after dispose, and keep mocha from exiting
      // (seen in a CI-style run).
      if (streamReader) streamReader.partialMessageTimeout = 0;
      connection.dispose();
      child.kill();
    },
  };
  return client;
}
