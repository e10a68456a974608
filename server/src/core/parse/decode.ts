// Turns a file's bytes into text, or says clearly why it cannot be indexed.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Files above this size are refused: they are not articles, and would stall the index. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; limit ${MAX_SOURCE_BYTES / 1048576} MB)` };
  }
  // A NUL byte in the first 8 KB is the usual sign of a binary file (what git and grep use).
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, text };
}
