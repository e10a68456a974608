// Document texts as the index keeps them. A news article is mostly ASCII, yet one curly quote or
// dash makes V8 store the whole string two bytes a character; as UTF-8 it takes about half (10,000
// articles: ~130 MB of strings → ~66 MB of bytes). The bytes are decoded when the text is read,
// and the last few texts decoded are kept, so that a reader going through one document's
// sentences, tokens and quotes decodes it once.

/** Something whose text can be read: a parsed document, a stored one. */
export interface TextSource {
  readonly text: string;
}

/** A text kept as UTF-8 bytes (only made when that is smaller than the string). */
export class Utf8Text implements TextSource {
  private constructor(private readonly bytes: Buffer) {}

  /** The text as bytes when that saves memory; otherwise the string itself. */
  static of(text: string): Utf8Text | string {
    // One-byte strings (Latin-1) are as small as their UTF-8; two-byte ones lose nothing below 2 bytes a character.
    if (!/[^\u0000-\u00ff]/.test(text)) return text;
    const length = Buffer.byteLength(text, 'utf8');
    if (length >= 2 * text.length) return text;
    // Unpooled: a pooled Buffer would share (and keep alive) an 8 KB slab with other allocations.
    const bytes = Buffer.allocUnsafeSlow(length);
    bytes.write(text, 'utf8');
    return new Utf8Text(bytes);
  }

  /** Bytes read from a file (valid UTF-8, `chars` characters once decoded), kept when smaller than the string. */
  static fromBytes(bytes: Uint8Array, chars: number): Utf8Text | string {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // ASCII makes a one-byte string as small as the bytes, and needs no decoding.
    return bytes.length === chars || bytes.length >= 2 * chars ? view.toString('utf8') : new Utf8Text(view);
  }

  get text(): string {
    return recentlyDecoded(this);
  }

  /** Decodes (the cache calls this). */
  decode(): string {
    return this.bytes.toString('utf8');
  }
}

/**
 * The last texts decoded, in a ring (the oldest replaced first). Arrays, not a Map: measured with a
 * large index in the heap, a Map's entries kept every decoded string alive until a full collection
 * (~70 MB for 6,000 texts read), while the ring's die young.
 */
const keptDecoded = 32;
const ringKeys: Array<Utf8Text | undefined> = new Array(keptDecoded).fill(undefined);
const ringValues: string[] = new Array(keptDecoded).fill('');
let ringNext = 0;

function recentlyDecoded(key: Utf8Text): string {
  // Most reads are of the text read last (a document's sentences and tokens one after another).
  const last = (ringNext + keptDecoded - 1) % keptDecoded;
  if (ringKeys[last] === key) return ringValues[last];
  for (let i = 0; i < keptDecoded; i++) if (ringKeys[i] === key) return ringValues[i];
  const value = key.decode();
  ringKeys[ringNext] = key;
  ringValues[ringNext] = value;
  ringNext = (ringNext + 1) % keptDecoded;
  return value;
}

/** The text of a stored document: the string, or bytes decoded on read. */
export function readText(stored: Utf8Text | string): string {
  return typeof stored === 'string' ? stored : stored.text;
}

/**
 * A copy of `s` that shares no memory with another string: V8 makes slices of 13 characters or
 * more as views into their parent, which they keep alive.
 */
export function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
