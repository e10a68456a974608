// Token texts as one-byte strings where possible. A file with a single curly quote or dash decodes
// to a two-byte string, and so does every token sliced from it; V8 lower-cases, hashes and matches
// regular expressions on two-byte strings about three times slower than on one-byte ones, and the
// later stages (entities, quotes, numbers) lower-case and look up token texts many times over.
// Tokens whose characters are all Latin-1 are therefore sliced from a one-byte copy of the text:
// the same characters, a cheaper string.

export class TokenTexts {
  /**
   * `text` as a one-byte string of the same length: each character's low byte (Node's latin1
   * codec, native code). Exact for Latin-1 characters, which are the only ones ever sliced from it.
   */
  private readonly narrow: string;

  /**
   * The first character beyond Latin-1 at or after `searchedFrom` (Infinity: none). Tokens are
   * sliced in text order, so one search usually serves many tokens and each stretch of the text
   * is searched once, natively, instead of each token's characters being checked in turn.
   */
  private searchedFrom = Infinity;
  private nextWide = Infinity;

  constructor(readonly text: string) {
    this.narrow = Buffer.from(text, 'latin1').toString('latin1');
  }

  /** `text.slice(start, end)`, one-byte when every character is Latin-1. */
  slice(start: number, end: number): string {
    if (start < this.searchedFrom || this.nextWide < start) {
      beyondLatin1.lastIndex = start;
      this.searchedFrom = start;
      // One code unit a match, so it starts just before lastIndex (test builds no result array).
      this.nextWide = beyondLatin1.test(this.text) ? beyondLatin1.lastIndex - 1 : Infinity;
    }
    return this.nextWide < end ? this.text.slice(start, end) : this.narrow.slice(start, end);
  }
}

const beyondLatin1 = /[^\u0000-\u00ff]/g;
