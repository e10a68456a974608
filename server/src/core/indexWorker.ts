// Worker-thread entry for bulk indexing (bundled as server/out/indexWorker.js): analyses the
// documents it is sent and posts each analysis back as soon as it is done, tokens and mentions
// packed and their buffers transferred, with its analysis-cache entry when asked.
import { parentPort } from 'node:worker_threads';
import { analyzeForTransfer, transferables, type WorkerReply, type WorkerRequest } from './analysisPool';
import { encodeEntry } from './analysisCache';

parentPort?.on('message', (request: WorkerRequest) => {
  // The pool sends no empty request, so each request gets a reply marked last.
  request.jobs.forEach((job, i) => {
    const result = analyzeForTransfer(job);
    if (request.entries && !('error' in result)) result.entry = encodeEntry(result);
    parentPort!.postMessage({ result, last: i === request.jobs.length - 1 } satisfies WorkerReply, transferables(result));
  });
});
