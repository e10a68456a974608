// What the entity benchmark drives, bundled like the server.
export { parseDocument } from '../server/src/core/parse/parseDocument';
export { extractEntities } from '../server/src/core/entities/extractEntities';
export { mergeEntities } from '../server/src/core/entities/corpusEntities';
export { createEntityLookup } from '../server/src/core/entities/entityLookup';
