// Token texts as one-byte strings where possible. A file with a single curly quote or dash decodes
// to a two-byte string, and so does every token sliced from it; V8 lower-cases, hashes and matches
// regular expressions on two-byte strings about three times slower than on one-byte ones, and the
// later stages (entities, quotes, numbers) lower-case and look up token texts many times over.
// Tokens whose characters are all Latin-1 are therefore sliced from a one-byte copy of the text:
// the same characters, a cheaper string.

/** Characters per String.fromCharCode call (argument lists have engine limits). */
const chunk = 8192;

export class TokenTexts {
  /** `text` with every character above U+00FF replaced by a space: same offsets, one byte a character. */
  private readonly narrow: string;

  constructor(readonly text: string) {
    const parts: string[] = [];
    const codes: number[] = new Array<number>(Math.min(chunk, text.length));
    for (let from = 0; from < text.length; from += chunk) {
      const n = Math.min(chunk, text.length - from);
      codes.length = n;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(from + i);
        codes[i] = c > 0xff ? 32 : c;
      }
      parts.push(String.fromCharCode.apply(null, codes));
    }
    this.narrow = parts.join('');
  }

  /** `text.slice(start, end)`, one-byte when every character is Latin-1. */
  slice(start: number, end: number): string {
    const { text } = this;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0xff) return text.slice(start, end);
    return this.narrow.slice(start, end);
  }
}
