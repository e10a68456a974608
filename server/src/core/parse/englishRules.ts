// parse-english's sentences and words, without its syntax tree. ParseEnglish tokenizes text into
// runs of one character class, then runs seven sentence plugins and thirteen paragraph plugins, each
// a walk over the whole tree through unist-util-modify-children, building position objects and
// joining strings (nlcst-to-string) for every comparison; that was most of all parsing. Here the
// same rules, in the same order and with the same walking semantics (which index each plugin visits
// next after it changes the list), run over plain {kind, start, end} pieces compared in place in
// the text. Only what the plugins can observe is kept: a word's parts (the runs it was merged from)
// matter to one rule (initialisms), and positions are offsets.
//
// Scope: text without line breaks, which is all parse/ hands over (it masks them). With line
// breaks ParseLatin also splits paragraphs and breaks sentences at blank lines; englishSentences
// then returns undefined and callers use the library (see prose.ts).
//
// test/englishRules.test.ts checks the equivalence with ParseEnglish (sentences, tokens and each
// word's parts) on the seed, eval and bench articles, edge cases and random text;
// scratch/rules-compare.ts does the same on more (node_modules' Markdown, 300k random texts).
import { classOf, WORD, WHITE, PUNCTUATION, SYMBOL } from './englishParser';
import {
  abbreviations,
  abbreviationsSensitive,
  affixSymbol,
  elisionAffix,
  elisionPrefix,
  lowerInitial,
  numerical,
  terminalMarker,
  wordSymbolInner,
} from './latinExpressions';

/** A token while the rules run: a run of one character class, or a word grown by merging. */
export interface Piece {
  kind: number;
  start: number;
  end: number;
  /**
   * A word's parts (parse-english's word children), as the start offset of each; each part ends
   * where the next starts, the last at `end`. Undefined while the word is its one run (always
   * present as a property, so that every piece has one shape).
   */
  parts: number[] | undefined;
}

type Sentence = Piece[];

const digitStart = /^\d/;
/** parse-latin's mergePrefixExceptions list (not exported by the package). */
const abbreviationPrefix =
  /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

const FULL_STOP = 0x2e;

/** Whether `wordSymbolInner` accepts each UTF-16 code unit alone: 0 not yet asked, 1 no, 2 yes. */
const innerMarks = new Uint8Array(0x10000);

/**
 * The sentences of `text` as parse-english splits them, each the list of its top-level pieces,
 * white space included; undefined if `text` holds a line break (not covered: use the library).
 */
export function englishSentences(text: string): Sentence[] | undefined {
  const pieces = tokenize(text);
  if (pieces === undefined) return undefined;
  if (pieces.length === 0) return [];
  const rules = new Rules(text);
  rules.sentencePlugins(pieces);
  const paragraph = rules.splitAtTerminalMarkers(pieces);
  rules.paragraphPlugins(paragraph);
  return paragraph;
}

/**
 * ParseLatin#tokenize: runs of one class; punctuation and symbols continue only as the same
 * character (or surrogates). Undefined at a line break.
 */
function tokenize(text: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const start = index;
    let previous = text.charCodeAt(index++);
    const kind = classOf(previous);
    if (kind === WORD) {
      while (index < length && classOf(text.charCodeAt(index)) === WORD) index++;
    } else if (kind === WHITE) {
      // Line breaks are white space, so only white runs need checking for them.
      if (previous === 10 || previous === 13) return undefined;
      for (let code; index < length && classOf((code = text.charCodeAt(index))) === WHITE; index++) {
        if (code === 10 || code === 13) return undefined;
      }
    } else {
      // A mark continues only as the same character again, or a surrogate.
      for (let code; index < length && classOf((code = text.charCodeAt(index))) === kind; index++) {
        if (code !== previous && (code < 0xd800 || code > 0xdfff)) break;
        previous = code;
      }
    }
    pieces.push({ kind, start, end: index, parts: undefined });
  }
  return pieces;
}

const isMark = (p: Piece | undefined): p is Piece => p !== undefined && (p.kind === PUNCTUATION || p.kind === SYMBOL);
const isWord = (p: Piece | undefined): p is Piece => p !== undefined && p.kind === WORD;
const hasWord = (sentence: Sentence): boolean => sentence.some(isWord);
const partsOf = (p: Piece): number[] => p.parts ?? [p.start];

/** `word` takes `next` (which follows it in the text) as its last part(s). */
function append(word: Piece, next: Piece): void {
  // Each word owns its parts array (an absorbed word's parts are copied), so it can grow in place.
  const parts = (word.parts ??= [word.start]);
  if (next.parts) parts.push(...next.parts);
  else parts.push(next.start);
  word.end = next.end;
}

/** `word` takes `mark` (which precedes it in the text) as its first part. */
function prepend(word: Piece, mark: Piece): void {
  word.parts = [mark.start, ...partsOf(word)];
  word.start = mark.start;
}

/**
 * The plugins, one method each, named as in parse-latin/parse-english. A loop index set to `n - 1`
 * mirrors a modify-children plugin returning `n` (the next index it visits); plugins of
 * visit-children kind never move the index.
 */
class Rules {
  constructor(private readonly text: string) {}

  private value(p: Piece): string {
    return this.text.slice(p.start, p.end);
  }

  private is(p: Piece | undefined, code: number): boolean {
    return p !== undefined && p.end - p.start === 1 && this.text.charCodeAt(p.start) === code;
  }

  /** `wordSymbolInner` on the piece's text; single characters (nearly all marks) from a table. */
  private isInnerMark(p: Piece): boolean {
    if (p.end - p.start !== 1) return wordSymbolInner.test(this.value(p));
    const code = this.text.charCodeAt(p.start);
    let known = innerMarks[code];
    if (known === 0) innerMarks[code] = known = wordSymbolInner.test(String.fromCharCode(code)) ? 2 : 1;
    return known === 2;
  }

  private isApostrophe(p: Piece): boolean {
    return this.is(p, 0x27) || this.is(p, 0x2019);
  }

  sentencePlugins(s: Sentence): void {
    // Most plugins act only at one or two characters; a text without them is not walked for them.
    const { text } = this;
    const slash = text.includes('/');
    if (slash || text.includes("'") || text.includes('\u2019')) this.mergeEnglishElisionExceptions(s);
    if (text.includes('&')) this.mergeInitialWordSymbol(s);
    if (text.includes('-')) this.mergeFinalWordSymbol(s);
    this.mergeInnerWordSymbol(s);
    if (slash) this.mergeInnerWordSlash(s);
    if (text.includes('.')) this.mergeInitialisms(s);
  }

  paragraphPlugins(p: Sentence[]): void {
    this.mergeEnglishPrefixExceptions(p);
    mergeNonWordSentences(p);
    this.mergeAffixSymbol(p);
    this.mergeInitialLowerCaseLetterSentences(p);
    this.mergeInitialDigitSentences(p);
    this.mergePrefixExceptions(p);
    this.mergeAffixExceptions(p);
    for (const sentence of p) this.mergeRemainingFullStops(sentence);
    // The rest (white space moved out of sentences, empty sentences removed, positions patched)
    // changes nothing but white space and empty sentences, which callers skip.
  }

  /** ParseLatin's splitNode: a sentence ends after each punctuation run of terminal markers, and at the end. */
  splitAtTerminalMarkers(pieces: Piece[]): Sentence[] {
    const sentences: Sentence[] = [];
    let start = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (i === pieces.length - 1 || (p.kind === PUNCTUATION && this.isTerminal(p))) {
        sentences.push(pieces.slice(start, i + 1));
        start = i + 1;
      }
    }
    return sentences;
  }

  private isTerminal(p: Piece): boolean {
    const c = this.text.charCodeAt(p.start);
    // Cheap first-character check before the library's expression.
    return (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203d) && terminalMarker.test(this.value(p));
  }

  // Sentence plugins (over the whole text's pieces, before it is split into sentences).

  /** "w/", "ol'", "'tis", "'90s", "'n'" become one word. */
  private mergeEnglishElisionExceptions(s: Sentence): void {
    for (let index = 0; index < s.length; index++) {
      const child = s[index];
      if (!isMark(child)) continue;
      if (this.is(child, 0x2f)) {
        const sibling = s[index - 1];
        if (isWord(sibling) && this.value(sibling).toLowerCase() === 'w') {
          s.splice(index, 1);
          append(sibling, child);
        }
      } else if (this.isApostrophe(child)) {
        const length = s.length;
        const sibling = s[index - 1];
        if (
          index > 2 &&
          index < length - 1 &&
          sibling.kind === WORD &&
          s[index - 2].kind === WHITE &&
          s[index + 1].kind === WHITE &&
          elisionPrefix.test(this.value(sibling).toLowerCase())
        ) {
          s.splice(index, 1);
          append(sibling, child);
          continue;
        }
        if (index !== length - 1 && s[index + 1].kind === WORD && (index === 0 || s[index - 1].kind !== WORD)) {
          const next = s[index + 1];
          const value = this.value(next).toLowerCase();
          const other = s[index + 2];
          if (elisionAffix.test(value)) {
            s.splice(index, 1);
            prepend(next, child);
          } else if (value === 'n' && other !== undefined && other.kind === PUNCTUATION && this.isApostrophe(other)) {
            s.splice(index, 1);
            s.splice(index + 1, 1);
            prepend(next, child);
            append(next, other);
          }
        }
      }
    }
  }

  /** "&" before a word that follows no word joins it ("&c"). */
  private mergeInitialWordSymbol(s: Sentence): void {
    for (let index = 0; index < s.length; index++) {
      const child = s[index];
      if (!isMark(child) || !this.is(child, 0x26)) continue;
      const next = s[index + 1];
      if ((index > 0 && s[index - 1].kind === WORD) || !isWord(next)) continue;
      s.splice(index, 1);
      prepend(next, child);
      index = Math.max(index - 1, 0) - 1;
    }
  }

  /** A hyphen after a word and before no word ends that word ("pre- and post-war"). */
  private mergeFinalWordSymbol(s: Sentence): void {
    // Compacted in place (see `kept`) rather than spliced: the walk sees the same neighbours.
    let kept = 1;
    for (let index = 1; index < s.length; index++) {
      const child = s[index];
      const previous = s[kept - 1];
      if (isMark(child) && this.is(child, 0x2d) && !isWord(s[index + 1]) && isWord(previous)) append(previous, child);
      else s[kept++] = child;
    }
    s.length = Math.min(kept, s.length);
  }

  /** Words joined by inner marks ("don't", "e-mail", "U.S", "a@b") become one word. */
  private mergeInnerWordSymbol(s: Sentence): void {
    // Compacted in place: `kept` pieces stay, the last of them the word a merge grows; pieces
    // from `index` on are still unread. The library splices each merge out and walks on from the
    // grown word, which sees the same neighbours, without moving the rest of the list each time.
    let kept = 1;
    for (let index = 1; index < s.length; index++) {
      const child = s[index];
      const previous = s[kept - 1];
      if (isMark(child) && isWord(previous)) {
        // Take words and inner marks while they alternate; marks not followed by a word stay.
        let end = index; // just past the last word taken
        for (let position = index; position < s.length; position++) {
          const sibling = s[position];
          if (sibling.kind === WORD) end = position + 1;
          else if (!(isMark(sibling) && this.isInnerMark(sibling))) break;
        }
        if (end > index) {
          for (let taken = index; taken < end; taken++) append(previous, s[taken]);
          index = end - 1;
          continue;
        }
      }
      s[kept++] = child;
    }
    s.length = Math.min(kept, s.length);
  }

  /** A slash between short words joins them ("and/or" no, "km/h" yes, "w/o"). */
  private mergeInnerWordSlash(s: Sentence): void {
    for (let index = 1; index < s.length; index++) {
      const child = s[index];
      const previous = s[index - 1];
      if (!isWord(previous) || !isMark(child) || !this.is(child, 0x2f)) continue;
      const next = s[index + 1];
      const nextLength = isWord(next) ? next.end - next.start : 0;
      if (previous.end - previous.start < 3 && nextLength < 3) {
        append(previous, child);
        if (isWord(next)) append(previous, next);
        s.splice(index, isWord(next) ? 2 : 1);
        index--;
      }
    }
  }

  /** A full stop after "U.S" or "e.g" (single characters and full stops, not all digits) joins it. */
  private mergeInitialisms(s: Sentence): void {
    const { text } = this;
    for (let index = 1; index < s.length; index++) {
      const child = s[index];
      if (child.kind !== PUNCTUATION || !this.is(child, FULL_STOP)) continue;
      const previous = s[index - 1];
      if (previous.kind !== WORD || !previous.parts || previous.parts.length % 2 === 0) continue;
      const parts = previous.parts;
      const count = parts.length;
      let isAllDigits = true;
      let initialism = true;
      for (let position = count - 1; position >= 0; position--) {
        const from = parts[position];
        const to = position + 1 < count ? parts[position + 1] : previous.end;
        if (position % 2 === 0) {
          if (to - from > 1) {
            initialism = false;
            break;
          }
          if (!numerical.test(text.slice(from, to))) isAllDigits = false;
        } else if (!(to - from === 1 && text.charCodeAt(from) === FULL_STOP)) {
          if (position < count - 2) break;
          initialism = false;
          break;
        }
      }
      if (initialism && !isAllDigits) {
        s.splice(index, 1);
        append(previous, child);
        index--;
      }
    }
  }

  // Paragraph plugins (over the sentences).

  /** A sentence ending in an abbreviation and a full stop ("Mr.", "Inc.", "Sept.") runs on into the next. */
  private mergeEnglishPrefixExceptions(p: Sentence[]): void {
    this.mergeAbbreviationStops(p, (sentence) => {
      const period = sentence[sentence.length - 1];
      const word = sentence[sentence.length - 2];
      if (period === undefined || period.kind !== PUNCTUATION || !this.is(period, FULL_STOP) || !isWord(word)) return undefined;
      const value = this.value(word);
      return abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value) ? word : undefined;
    });
  }

  /**
   * Both prefix-exception plugins: when `abbreviationBefore(sentence)` gives the word before the
   * sentence's final full stop, the stop joins that word and the next sentence joins this one
   * (then the previous sentence is visited again, as the plugins' walk does).
   */
  private mergeAbbreviationStops(p: Sentence[], abbreviationBefore: (sentence: Sentence) => Piece | undefined): void {
    for (let index = 0; index < p.length; index++) {
      const sentence = p[index];
      const word = abbreviationBefore(sentence);
      if (word === undefined) continue;
      append(word, sentence[sentence.length - 1]);
      sentence.pop();
      const next = p[index + 1];
      if (next !== undefined) {
        sentence.push(...next);
        p.splice(index + 1, 1);
        index = Math.max(index - 1, 0) - 1;
      }
    }
  }

  /** A closing mark after a sentence's terminal marker ('."', '.)') belongs to that sentence. */
  private mergeAffixSymbol(p: Sentence[]): void {
    for (let index = 1; index < p.length; index++) {
      const sentence = p[index];
      const first = sentence[0];
      if (isMark(first) && affixSymbol.test(this.value(first))) {
        sentence.shift();
        p[index - 1].push(first);
        index = Math.max(index - 2, 0); // revisit index - 1 (visiting 0 does nothing)
      }
    }
  }

  /** A sentence whose first word starts in lower case (before any mark) continues the previous one. */
  private mergeInitialLowerCaseLetterSentences(p: Sentence[]): void {
    for (let index = 1; index < p.length; index++) {
      const sentence = p[index];
      for (const node of sentence) {
        if (node.kind === WORD) {
          if (lowerInitial.test(this.value(node))) {
            p[index - 1].push(...sentence);
            p.splice(index, 1);
            index--;
          }
          break;
        }
        if (isMark(node)) break;
      }
    }
  }

  /** A sentence starting with a digit ("1.5 million" split at "1.") continues the previous one. */
  private mergeInitialDigitSentences(p: Sentence[]): void {
    for (let index = 1; index < p.length; index++) {
      const head = p[index][0];
      if (isWord(head) && digitStart.test(this.value(head))) {
        p[index - 1].push(...p[index]);
        p.splice(index, 1);
        index--;
      }
    }
  }

  /** parse-latin's own abbreviations and single letters or short numbers before a full stop ("etc.", "a.", "12."). */
  private mergePrefixExceptions(p: Sentence[]): void {
    this.mergeAbbreviationStops(p, (sentence) => {
      if (sentence.length < 2) return undefined;
      const period = sentence[sentence.length - 1];
      if (!isMark(period) || !this.is(period, FULL_STOP)) return undefined;
      const node = sentence[sentence.length - 2];
      return isWord(node) && abbreviationPrefix.test(this.value(node).toLowerCase()) ? node : undefined;
    });
  }

  /** A sentence whose first mark, before any word, is a comma or semicolon continues the previous one. */
  private mergeAffixExceptions(p: Sentence[]): void {
    for (let index = 1; index < p.length; index++) {
      const sentence = p[index];
      for (const node of sentence) {
        if (node.kind === WORD) break;
        if (isMark(node)) {
          if (this.is(node, 0x2c) || this.is(node, 0x3b)) {
            p[index - 1].push(...sentence);
            p.splice(index, 1);
            index--;
          }
          break;
        }
      }
    }
  }

  /** Full stops inside a sentence (not its last terminal marker) join the word before, else the word after. */
  private mergeRemainingFullStops(sentence: Sentence): void {
    let hasFoundDelimiter = false;
    for (let position = sentence.length - 1; position >= 0; position--) {
      const piece = sentence[position];
      if (piece.kind === WORD || piece.kind === WHITE) {
        if (piece.kind === WORD) hasFoundDelimiter = true;
        continue;
      }
      if (!this.isTerminal(piece)) continue;
      if (!hasFoundDelimiter) {
        hasFoundDelimiter = true;
        continue;
      }
      if (!this.is(piece, FULL_STOP)) continue;
      const previous = sentence[position - 1];
      const next = sentence[position + 1];
      if (isWord(previous)) {
        // "word . ." (a spaced ellipsis) stays apart.
        const nextNext = sentence[position + 2];
        if (next !== undefined && nextNext !== undefined && next.kind === WHITE && this.is(nextNext, FULL_STOP)) continue;
        sentence.splice(position, 1);
        append(previous, piece);
        position--;
      } else if (isWord(next)) {
        sentence.splice(position, 1);
        prepend(next, piece);
      }
    }
  }
}

/** A sentence without words joins the previous sentence, or, for the first, the next. */
function mergeNonWordSentences(p: Sentence[]): void {
  for (let index = 0; index < p.length; index++) {
    const sentence = p[index];
    if (hasWord(sentence)) continue;
    if (index > 0) {
      p[index - 1].push(...sentence);
      p.splice(index, 1);
      index--;
    } else if (p.length > 1) {
      // The library does not revisit this index: the merged sentence is not checked again.
      p[1].unshift(...sentence);
      p.splice(0, 1);
    }
  }
}
