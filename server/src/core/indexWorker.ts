// Worker-thread entry for bulk indexing (bundled as server/out/indexWorker.js): analyses the
// documents it is sent and posts the analyses back, tokens and mentions packed and their buffers transferred.
import { parentPort } from 'node:worker_threads';
import { analyzeForTransfer, transferables, type WorkerReply, type WorkerRequest } from './analysisPool';

parentPort?.on('message', (request: WorkerRequest) => {
  const results = request.jobs.map(analyzeForTransfer);
  const transfer = results.flatMap(transferables);
  parentPort!.postMessage({ results } satisfies WorkerReply, transfer);
});
