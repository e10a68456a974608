// What the throughput benchmark drives: the index and the real file system, bundled like the server.
export { SourceIndex } from '../server/src/core/sourceIndex';
export { NodeWorkspace } from '../server/src/node/nodeWorkspace';
