// What the throughput benchmark drives: the index and the real file system, bundled like the server,
// plus the analysis stages, timed one by one to show where indexing time goes.
export { SourceIndex } from '../server/src/core/sourceIndex';
export { NodeWorkspace } from '../server/src/node/nodeWorkspace';
export { parseDocument } from '../server/src/core/parse/parseDocument';
export { extractEntities } from '../server/src/core/entities/extractEntities';
export { extractQuotes } from '../server/src/core/quotes/extractQuotes';
export { extractNumbers } from '../server/src/core/numbers/extractNumbers';
export { QuoteIndex } from '../server/src/core/clusters/quoteIndex';
export { DiskAnalysisStore, analyserVersion } from '../server/src/node/diskAnalysisStore';
