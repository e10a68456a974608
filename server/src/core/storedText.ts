// Document texts as the index keeps them: deflated UTF-8. News prose compresses to ~40% of its
// UTF-8 bytes (10,000 bench articles: 66 MB → ~27 MB; as JavaScript strings they took ~130 MB, since
// one curly quote or dash makes V8 store a whole string two bytes a character). A text is inflated
// when read (~30 µs for an article), and the last few texts read are kept decoded, so that a
// reader going through one document's sentences, tokens and quotes inflates it once.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Something whose text can be read: a parsed document, a stored one. */
export interface TextSource {
  readonly text: string;
}

/**
 * Level 1: on news text it compresses nearly as well as the default level (41.4% vs 40.5% of the
 * bytes) at about twice the speed; the indexing workers pay it once per file.
 */
const deflateOptions = { level: 1 };
/** Below this many characters a text stays a string: the compressed form saves next to nothing. */
const minDeflatedChars = 256;
/** The bytes a string takes in V8: one a character for Latin-1, two otherwise. */
const stringBytes = (text: string) => (/[^\u0000-\u00ff]/.test(text) ? 2 : 1) * text.length;

/** UTF-8 bytes deflated, in an exact-size buffer of their own (zlib's output is a slice of a 16 KB chunk). */
export function deflateUtf8(bytes: Uint8Array): Uint8Array {
  return withOwnBuffer(deflateRawSync(bytes, deflateOptions));
}

/** Whether a view is its whole buffer: only then does transferring or keeping it take nothing else along. */
export function ownsBuffer(view: Uint8Array | Int32Array): boolean {
  return view.byteOffset === 0 && view.byteLength === view.buffer.byteLength;
}

/** The view itself when it is its whole buffer, else a copy that is. */
export function withOwnBuffer<T extends Uint8Array | Int32Array>(view: T): T {
  if (ownsBuffer(view)) return view;
  // Not `slice`: on a Buffer (what zlib returns) it makes another view.
  return (view instanceof Int32Array ? view.slice() : new Uint8Array(view)) as T;
}

/** A text kept deflated (only made when that is smaller than the string). */
export class DeflatedText implements TextSource {
  private constructor(private readonly deflated: Uint8Array) {}

  /** The text deflated when that saves memory; otherwise the string itself. */
  static of(text: string): DeflatedText | string {
    if (text.length < minDeflatedChars) return text;
    const deflated = deflateUtf8(Buffer.from(text, 'utf8'));
    return deflated.length < stringBytes(text) ? new DeflatedText(deflated) : text;
  }

  /** A text deflated elsewhere (an indexing worker) with `deflateUtf8`. */
  static fromDeflated(deflated: Uint8Array): DeflatedText {
    return new DeflatedText(deflated);
  }

  get text(): string {
    return recentlyDecoded(this);
  }

  /** Inflates and decodes (the cache calls this). */
  decode(): string {
    return inflateRawSync(this.deflated).toString('utf8');
  }
}

/**
 * The last texts decoded, in a ring (the oldest replaced first). Arrays, not a Map: measured with a
 * large index in the heap, a Map's entries kept every decoded string alive until a full collection
 * (~70 MB for 6,000 texts read), while the ring's die young.
 */
const keptDecoded = 32;
const ringKeys: Array<DeflatedText | undefined> = new Array(keptDecoded).fill(undefined);
const ringValues: string[] = new Array(keptDecoded).fill('');
let ringNext = 0;

function recentlyDecoded(key: DeflatedText): string {
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

/** The text of a stored document: the string, or deflated bytes decoded on read. */
export function readText(stored: DeflatedText | string): string {
  return typeof stored === 'string' ? stored : stored.text;
}

/**
 * A copy of `s` that shares no memory with another string: V8 makes slices of 13 characters or
 * more as views into their parent, which they keep alive.
 */
export function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
