// Worker-thread entry for bulk indexing (filled in with the parallel loader).
export {};
