// Worker-thread entry for bulk indexing (bundled as server/out/indexWorker.js): analyses the
// documents it is sent and posts the analyses back, tokens and mentions packed and their buffers
// transferred, each with its analysis-cache entry when asked.
import { parentPort } from 'node:worker_threads';
import { analyzeForTransfer, transferables, type WorkerReply, type WorkerRequest } from './analysisPool';
import { encodeEntry } from './analysisCache';

parentPort?.on('message', (request: WorkerRequest) => {
  const results = request.jobs.map((job) => {
    const result = analyzeForTransfer(job);
    if (request.entries && !('error' in result)) result.entry = encodeEntry(result);
    return result;
  });
  const transfer = results.flatMap(transferables);
  parentPort!.postMessage({ results } satisfies WorkerReply, transfer);
});
