// Small helpers for the index's typed-array structures (posting lists, arenas, open-addressing
// tables), shared by the core and the language features.

/** A copy of the array with room for at least `size` values (doubling). */
export function grown<T extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(array: T, size: number): T {
  const out = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  out.set(array);
  return out;
}

/**
 * FNV-1a over `s`'s UTF-16 code units from `start` to `end`, as a 32-bit pattern: callers take it
 * signed (`| 0`), unsigned (`>>> 0`) or masked, as their table keeps it.
 */
export function fnv1a(s: string, start = 0, end = s.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  return hash;
}
