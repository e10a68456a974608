// Analyses many sources in parallel on worker threads. Jobs are pulled lazily, so files are read
// while others are analysed. A worker is handed the file's bytes (transferred, not copied) and
// sends them back deflated, as the index keeps the document's text (storedText.ts): the main
// thread never holds the texts as strings. Results come back one by one, by structured clone with tokens,
// mentions and the deflated text in transferred buffers and without what is a slice of the text
// (the text itself, quote texts): less to clone on both sides, and less for the main thread to
// compact. They are handed over in job order, so that the index built is the same as a
// sequential load builds. Workers close as soon as no work is left for them.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from './types';
import { analysisFailure, analyzeDocument } from './analyze';
import { dropTokens, packTokens, type PackedTokens } from './tokenPacking';
import { mentionSpans, SLICE, type MentionSpans } from './compactAnalysis';
import { deflateUtf8, ownsBuffer } from './storedText';
import { quoteKey } from './clusters/quoteWords';

/** A document to analyse: its text, or its UTF-8 bytes (valid, BOM removed: see decodeSource). */
export interface AnalysisJob {
  path: string;
  text?: string;
  /**
   * The bytes, in a buffer of their own: they are transferred to a worker (and so gone from this
   * thread) rather than copied, since a copy kept for a fallback lived through the round trip
   * into the old generation, ~30 MB of dead buffers at a time over a 10,000-file load.
   */
  bytes?: Uint8Array;
  /** The bytes again, for analysis on this thread after a worker they went to failed. */
  reread?: () => Promise<Uint8Array>;
  /** Its result, already known (from the analysis cache): handed over in turn, never analysed. */
  result?: AnalysisResult;
}

// Job bytes come without the byte-order marks decodeSource drops; any other is text.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function jobText(job: AnalysisJob): string {
  return job.text ?? utf8.decode(job.bytes);
}

export type AnalysisResult =
  | {
      path: string;
      analysis: DocumentAnalysis;
      packed?: PackedTokens;
      sliced?: boolean;
      /** The entities' mentions (their lists then empty): compactAnalysis's `mentions` option. */
      mentions?: MentionSpans;
      /** It came from a worker by structured clone: its strings are copies, its arrays exact-size. */
      cloned?: boolean;
      /** The job's bytes deflated, for a result whose text is left out (`sliced`): the text to keep. */
      deflated?: Uint8Array;
      /** Each quote's quoteKey, for the quote index (read here, off the main thread, while the text is at hand). */
      quoteKeys?: string[];
      /**
       * Each quote's content, for the quote index: most are slices of the text, left out of the
       * analysis, and reading them there would inflate the text on the main thread.
       */
      quoteContents?: string[];
      /** The result as an analysis-cache entry (analysisCache.ts), when the load keeps them. */
      entry?: Uint8Array;
    }
  | { path: string; error: string };

export interface WorkerRequest {
  jobs: AnalysisJob[];
  /** Also return each result as an analysis-cache entry. */
  entries?: boolean;
}

/**
 * One document's result: a worker posts each as soon as it is done, rather than a batch's at its
 * end, so that finished results never outlive a scavenge in the worker's heap. Held there, they
 * were promoted and left for mark-compacts: over a cold load of the 10,000-article bench, 484 MB
 * promoted and 46 mark-compacts in the workers, against 21 MB and 8 posted one by one.
 */
export interface WorkerReply {
  result: AnalysisResult;
  /** The last result of its request. */
  last: boolean;
}

/** One job: analysis with tokens packed, or the error (never thrown). */
export function analyzeJob(job: AnalysisJob): AnalysisResult {
  try {
    const analysis = analyzeDocument(job.path, jobText(job));
    const packed = packTokens(analysis.doc);
    if (packed) dropTokens(analysis.doc);
    return packed ? { path: job.path, analysis, packed } : { path: job.path, analysis };
  } catch (err) {
    return { path: job.path, error: analysisFailure(err) };
  }
}

/**
 * One job as a worker does it: `analyzeJob`, then the strings that are slices of the job's text
 * replaced by a marker (the text itself too). Until `restoreSlices` runs with the job's text, the
 * analysis is incomplete: it is only for posting back.
 */
export function analyzeForTransfer(job: AnalysisJob): AnalysisResult {
  const result = analyzeJob(job);
  if ('error' in result || !canSlice(result.analysis)) return result;
  const { analysis } = result;
  const { text } = analysis.doc;
  result.quoteKeys = analysis.quotes.map((q) => quoteKey(q.content));
  result.quoteContents = analysis.quotes.map((q) => q.content);
  // Markers keep every object's properties in their order (and so their shape) once restored.
  for (const q of analysis.quotes) {
    if (q.text === text.slice(q.start, q.end)) q.text = SLICE;
    const part = q.parts[0];
    if (q.parts.length === 1 && q.content === text.slice(part.start, part.end)) q.content = SLICE;
  }
  const spans = mentionSpans(analysis.entities, text);
  if (spans) {
    for (const e of analysis.entities) e.mentions = [];
    result.mentions = spans;
  } else {
    for (const e of analysis.entities) {
      for (const m of e.mentions) {
        if (m.text === text.slice(m.start, m.end)) m.text = SLICE;
        if (m.key === e.key) m.key = SLICE;
      }
    }
  }
  // Sent bytes go back deflated, as the index keeps the text: deflating is work for a worker, not the main thread.
  if (job.bytes) result.deflated = deflateUtf8(job.bytes);
  analysis.doc.text = SLICE;
  result.sliced = true;
  return result;
}

/** The buffers a result can hand over instead of copying (postMessage's transfer list). */
export function transferables(result: AnalysisResult): ArrayBuffer[] {
  if ('error' in result) return [];
  const out: ArrayBuffer[] = [];
  if (result.packed) out.push(result.packed.buffer as ArrayBuffer);
  if (result.mentions) out.push(result.mentions.buffer as ArrayBuffer);
  if (result.deflated) out.push(result.deflated.buffer as ArrayBuffer);
  if (result.entry) out.push(result.entry.buffer as ArrayBuffer);
  return out;
}

/** An analysis holding the marker as a real value cannot use it (never seen in practice). */
function canSlice(analysis: DocumentAnalysis): boolean {
  if (analysis.doc.text === SLICE) return false;
  for (const q of analysis.quotes) if (q.text === SLICE || q.content === SLICE) return false;
  for (const e of analysis.entities) for (const m of e.mentions) if (m.text === SLICE || m.key === SLICE) return false;
  return true;
}

/**
 * Undoes `analyzeForTransfer`'s markers with the job's text (on the main thread). Packed mentions
 * are unpacked too, unless `keepPacked` (the index takes them packed).
 */
export function restoreSlices(result: AnalysisResult, text: string, keepPacked = false): AnalysisResult {
  if ('error' in result) return result;
  if (!result.sliced) return result;
  const { analysis } = result;
  analysis.doc.text = text;
  for (const q of analysis.quotes) {
    if (q.text === SLICE) q.text = text.slice(q.start, q.end);
    if (q.content === SLICE) q.content = text.slice(q.parts[0].start, q.parts[0].end);
  }
  if (result.mentions && !keepPacked) {
    const spans = result.mentions;
    let at = 0;
    for (const e of analysis.entities) {
      const count = spans[at++];
      for (let i = 0; i < count; i++, at += 2) e.mentions.push({ start: spans[at], end: spans[at + 1], text: text.slice(spans[at], spans[at + 1]), key: e.key });
    }
    delete result.mentions;
  }
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      if (m.text === SLICE) m.text = text.slice(m.start, m.end);
      if (m.key === SLICE) m.key = e.key;
    }
  }
  delete result.sliced;
  return result;
}

/** The bundled worker script next to the running bundle (server/out/indexWorker.js), if any. */
export function defaultWorkerScript(): string | undefined {
  // __dirname exists in the CommonJS bundles (and under tsx); not when the sources run as ESM.
  if (typeof __dirname === 'undefined') return undefined;
  const script = join(__dirname, 'indexWorker.js');
  return existsSync(script) ? script : undefined;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

// A batch is a few documents: fewer messages, yet work stays evenly spread.
const batchDocuments = 12;
const batchChars = 96_000;
/**
 * A worker holds one batch at a time, yet V8 lets an idle-ish heap grow to hundreds of MB before
 * collecting; a tight limit keeps the process's peak memory down. A worker that still runs out is
 * replaced by analysis on the main thread (see analyzeInWorkers), so the limit costs no file.
 * The young generation (three semi-spaces' worth: 9 MB is 3 MB semi-spaces) is where a document's
 * temporary objects die: measured over 1,500 articles on one thread, 3 MB semi-spaces collect as
 * cheaply as the default 5 MB (~0.7 s of pauses), while 2 MB ones cost ~1 s more (objects still in
 * use get promoted); 16 → 9 MB lowered the peak RSS of a load with two workers by ~20 MB.
 */
const workerHeapLimits = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 9 };
const maxRespawns = 4;
/** Batches queued per worker, so it never waits for the main thread between two. */
const inFlightPerWorker = 2;

/**
 * A job to analyse on this thread after its worker failed: bytes transferred to that worker are
 * gone (detached), so they are read again.
 */
async function retryHere(job: AnalysisJob): Promise<AnalysisResult> {
  if (job.bytes && job.bytes.buffer.byteLength === 0 && job.reread) {
    try {
      return analyzeJob({ path: job.path, bytes: await job.reread() });
    } catch (err) {
      return { path: job.path, error: analysisFailure(err) };
    }
  }
  return analyzeJob(job);
}

/**
 * Turns off V8's allocation-site pretenuring, once, before the first worker starts. A document's
 * tokens live through its whole analysis, so V8 soon judges their allocation sites long-lived and
 * allocates every token straight into the old generation, where it dies a few milliseconds later
 * and only a full mark-compact frees it: over 1,000 articles, 121 MB of objects (18 bytes per byte
 * of text) outlived the young generation with pretenuring and 5.7 MB without. A cold load of the
 * 10,000-article bench then does 47 mark-compacts in the workers instead of 164 and takes ~20% less
 * time and CPU. V8 flags belong to the process, so this thread runs without pretenuring too.
 */
let pretenuringOff = false;
function turnOffPretenuring(): void {
  if (pretenuringOff) return;
  pretenuringOff = true;
  setFlagsFromString('--no-allocation-site-pretenuring');
}

/** One worker thread; results come back in request order, as the worker handles messages in turn. */
class WorkerClient {
  private readonly worker: Worker;
  private readonly waiting: Array<{ resolve: (results: AnalysisResult[]) => void; reject: (err: Error) => void }> = [];
  private received: AnalysisResult[] = [];
  dead = false;

  constructor(script: string) {
    turnOffPretenuring();
    this.worker = new Worker(script, { resourceLimits: workerHeapLimits });
    this.worker.on('message', (reply: WorkerReply) => {
      this.received.push(reply.result);
      if (!reply.last) return;
      const results = this.received;
      this.received = [];
      this.waiting.shift()?.resolve(results);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`index worker exited (${code})`)));
  }

  request(jobs: AnalysisJob[], entries: boolean): Promise<AnalysisResult[]> {
    if (this.dead) return Promise.reject(new Error('index worker is gone'));
    if (jobs.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      const posted = jobs.map(({ path, text, bytes }): AnalysisJob => (bytes ? { path, bytes } : { path, text }));
      const transfer = jobs.flatMap((j) => (j.bytes && ownsBuffer(j.bytes) && j.reread ? [j.bytes.buffer as ArrayBuffer] : []));
      this.worker.postMessage({ jobs: posted, entries } satisfies WorkerRequest, transfer);
    });
  }

  private fail(err: Error): void {
    this.dead = true;
    this.received = [];
    for (const w of this.waiting.splice(0)) w.reject(err);
  }

  async close(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }
}

/**
 * Runs every job from `next()` (undefined: no more) on `workers` threads and calls `deliver` for
 * each result in job order. Jobs that come with their result are not sent anywhere; a worker is
 * started only when there is a job for it. Jobs of a worker that fails are analysed on this
 * thread instead. With `entries`, results come with their analysis-cache entries.
 */
export async function analyzeInWorkers(
  script: string,
  workers: number,
  next: () => Promise<AnalysisJob | undefined>,
  deliver: (result: AnalysisResult) => void,
  { entries = false }: { entries?: boolean } = {},
): Promise<void> {
  type Numbered = { seq: number; job: AnalysisJob };
  let issued = 0;
  let exhausted = false;
  let pulling: Promise<unknown> = Promise.resolve();

  let delivered = 0;
  const pending = new Map<number, AnalysisResult>();
  const settle = (seq: number, result: AnalysisResult) => {
    pending.set(seq, result);
    for (let r = pending.get(delivered); r; r = pending.get(delivered)) {
      pending.delete(delivered++);
      deliver(r);
    }
  };

  // Pulls are serialised: several lanes read the one job source. Known results settle on the way.
  const pullBatch = (): Promise<Numbered[]> => {
    const batch = pulling.then(async () => {
      const out: Numbered[] = [];
      let chars = 0;
      while (!exhausted && out.length < batchDocuments && chars < batchChars) {
        const job = await next();
        if (!job) exhausted = true;
        else if (job.result) settle(issued++, job.result);
        else {
          out.push({ seq: issued++, job });
          chars += job.text?.length ?? job.bytes?.length ?? 0;
        }
      }
      return out;
    });
    pulling = batch;
    return batch;
  };

  // A worker that dies (out of its heap limit on a huge file, say) is replaced a few times; the
  // batch it held is analysed here, so no file is lost.
  let respawns = 0;
  const clients: Array<WorkerClient | undefined> = Array.from({ length: Math.max(1, workers) }, () => undefined);
  const lane = async (slot: number) => {
    for (let batch = await pullBatch(); batch.length > 0 || !exhausted; batch = await pullBatch()) {
      if (batch.length === 0) continue;
      let results: AnalysisResult[];
      const client = (clients[slot] ??= new WorkerClient(script));
      try {
        results = (await client.request(batch.map((b) => b.job), entries)).map((r, i) => {
          if ('error' in r) return r;
          const { job } = batch[i];
          // Sent bytes came back deflated (compactAnalysis reads the markers); sent text: put back.
          if (!job.bytes) restoreSlices(r, jobText(job), true);
          r.cloned = true;
          return r;
        });
      } catch {
        results = await Promise.all(batch.map((b) => retryHere(b.job)));
        // The slot's other lane may have replaced this client already: one replacement per death.
        if (client.dead && clients[slot] === client && respawns < maxRespawns) {
          respawns++;
          void client.close();
          clients[slot] = new WorkerClient(script);
        }
      }
      results.forEach((r, i) => settle(batch[i].seq, r));
    }
  };

  try {
    // A worker is closed as soon as its lanes find no more work: its heap is given back while the
    // others finish their last batches, when the index here is at its largest.
    await Promise.all(
      clients.map(async (_, slot) => {
        await Promise.all(Array.from({ length: inFlightPerWorker }, () => lane(slot)));
        await clients[slot]?.close();
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c?.close()));
  }
}
