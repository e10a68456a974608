#!/usr/bin/env node
// Time from spawning the built language server (server/out/server.js, stdio) to its first "ready"
// status, with the benchmark corpus as its sources: what a writer waits for when the editor starts.
// Cold: no analysis cache. With --warm, a first run fills a temporary cache and a second one starts
// from it (both are printed). Each run also prints the load time the server logs.
//
//   node bench/server-ready.mjs [--corpus bench/corpus] [--warm] [--json]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { argv, ensureCorpus, option, root } from './common.mjs';

const corpus = resolve(root, option('corpus', 'bench/corpus'));
const asJson = argv.includes('--json');
ensureCorpus(corpus);

/** One server from spawn to ready: seconds to ready, and the server's own log line of the load. */
async function timeToReady(cacheDirectory) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const reader = new StreamMessageReader(child.stdout);
  const connection = createMessageConnection(reader, new StreamMessageWriter(child.stdin));
  const logs = [];
  const ready = new Promise((resolveReady) =>
    connection.onNotification('provenance/status', (s) => s.state === 'ready' && resolveReady(performance.now())),
  );
  connection.onNotification('window/logMessage', (p) => logs.push(p.message));
  connection.onNotification('window/showMessage', () => undefined);
  connection.onNotification('$/progress', () => undefined);
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    initializationOptions: { sources: [corpus], ...(cacheDirectory ? { cacheDirectory } : {}) },
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
  });
  await connection.sendNotification('initialized', {});
  const readyAt = await ready;
  await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000).unref())]);
  void connection.sendNotification('exit');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  reader.partialMessageTimeout = 0;
  connection.dispose();
  const loadLine = logs.find((l) => l.includes('indexed')) ?? '';
  const load = Number(/in ([\d.]+) s/.exec(loadLine)?.[1] ?? NaN);
  return { readySeconds: Number(((readyAt - started) / 1000).toFixed(2)), loadSeconds: load, log: loadLine };
}

const results = {};
if (argv.includes('--warm')) {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-ready-'));
  try {
    results.cold = await timeToReady(dir);
    results.warm = await timeToReady(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else results.cold = await timeToReady(undefined);

if (asJson) console.log(JSON.stringify(results));
else {
  for (const [label, r] of Object.entries(results)) {
    console.log(`${label.padEnd(5)} ready after ${r.readySeconds} s (load ${r.loadSeconds} s, then ${(r.readySeconds - r.loadSeconds).toFixed(1)} s to start, build the lookups and report)`);
    console.log(`      ${r.log}`);
  }
}
