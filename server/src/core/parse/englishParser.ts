// parse-english with a faster first step. ParseLatin's `tokenize` classifies every character with
// three large Unicode regular expressions and copies a position object per character run; on news
// text that was a third of all parsing. This subclass does the same classification from a table
// (filled by asking the library's own tokenizer about each character, so the classes are exactly
// the library's) and builds the same nodes. The sentence and paragraph plugins are untouched.
import { ParseEnglish } from 'parse-english';
import type { Point } from 'unist';

type RunType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';
type Content = ReturnType<ParseEnglish['tokenize']>[number];

const reference = new ParseEnglish();
const runTypes: RunType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
/** Class of each UTF-16 code unit seen so far, as an index into `runTypes` (+1; 0 = not yet known). */
const classes = new Uint8Array(0x10000);

/** The class of a UTF-16 code unit as ParseLatin#tokenize sees it: WHITE, PUNCTUATION, WORD or SYMBOL. */
export function classOf(code: number): number {
  let c = classes[code];
  if (c === 0) {
    const [node] = ParseEnglish.prototype.tokenize.call(reference, String.fromCharCode(code));
    c = runTypes.indexOf(node.type as RunType) + 1;
    classes[code] = c;
  }
  return c - 1;
}

export const WHITE = runTypes.indexOf('WhiteSpaceNode');
export const PUNCTUATION = runTypes.indexOf('PunctuationNode');
export const WORD = runTypes.indexOf('WordNode');
export const SYMBOL = runTypes.indexOf('SymbolNode');

type ParagraphPlugin = ParseEnglish['tokenizeParagraphPlugins'][number];

/**
 * The paragraph plugin that breaks a sentence at a blank line (parse-latin's
 * breakImplicitSentences), found by trying each plugin on a sentence holding one; undefined if none
 * or several do. It splits every white-space node on line breaks, a tenth of all parsing, and can
 * only act on text that has line breaks.
 */
function blankLineBreaker(plugins: ParagraphPlugin[]): ParagraphPlugin | undefined {
  const word = (value: string) => ({ type: 'WordNode' as const, children: [{ type: 'TextNode' as const, value }] });
  const found = plugins.filter((plugin) => {
    const paragraph = { type: 'ParagraphNode' as const, children: [{ type: 'SentenceNode' as const, children: [word('a'), { type: 'WhiteSpaceNode' as const, value: '\n\n' }, word('b')] }] };
    try {
      plugin(paragraph);
    } catch {
      return false;
    }
    return paragraph.children.length > 1;
  });
  return found.length === 1 ? found[0] : undefined;
}

export class EnglishParser extends ParseEnglish {
  private readonly withBreaks = this.tokenizeParagraphPlugins;
  private readonly withoutBreaks: ParagraphPlugin[];

  constructor() {
    super();
    const breaker = blankLineBreaker(this.withBreaks);
    this.withoutBreaks = this.withBreaks.filter((p) => p !== breaker);
  }

  /** Text without line breaks (all that parse/ hands over: it masks them) skips the blank-line plugin. */
  override parse(value: string | null | undefined): ReturnType<ParseEnglish['parse']> {
    this.tokenizeParagraphPlugins = value && /[\r\n]/.test(value) ? this.withBreaks : this.withoutBreaks;
    return super.parse(value);
  }

  override tokenize(value: string | null | undefined): Content[] {
    const children: Content[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    let from = 0;
    let start: Point = { line, column, offset: 0 };
    let previousType = -1;
    let previous = -1;
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const type = classOf(code);
      // A run continues while the class stays the same: words and white space always, punctuation
      // and symbols only as the same character repeated or a surrogate (as ParseLatin#tokenize).
      if (
        from < index &&
        !(type === previousType && (type === WORD || type === WHITE || code === previous || (code >= 0xd800 && code <= 0xdfff)))
      ) {
        children.push(makeNode(runTypes[previousType], value.slice(from, index), start, { line, column, offset: index }));
        from = index;
        start = { line, column, offset: index };
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++;
        column = 1;
      } else if (code !== 10) column++;
      previousType = type;
      previous = code;
    }
    if (from < value.length) children.push(makeNode(runTypes[previousType], value.slice(from), start, { line, column, offset: value.length }));
    return children;
  }
}

function makeNode(type: RunType, value: string, start: Point, end: Point): Content {
  if (type === 'WordNode') {
    return { type, children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end: { ...end } } };
  }
  return { type, value, position: { start, end } };
}
