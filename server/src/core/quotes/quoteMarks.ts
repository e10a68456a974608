// Pairs quotation marks inside one block. Marks are punctuation tokens, so apostrophes inside
// words ("war’s", "Trump’s", "'90s") never count; a lone closing single mark with nothing open
// ("the players’ union") is a plural possessive, not a quote. Double marks make quotes; single
// marks pair only inside them (nested quotes) or, outside any double quote, as British-style or
// headline quotes. A double quote still open at the end of its paragraph runs to the paragraph's
// end: news style for a quote that continues in the next paragraph.
import { isQuoteMarkChar, TokenClass, type TokenStream } from './tokenStream';

export interface QuoteSpan {
  /** Token index of the opening mark (first token of it). */
  openToken: number;
  /** Token index after the closing mark; for an unclosed quote, the block's token count. */
  afterClose: number;
  /** Token index of the first token of the closing mark, or -1 when unclosed. */
  closeToken: number;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  double: boolean;
  closed: boolean;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  token: number;
  /** Tokens the mark takes up (two for "‘’" written as a double mark). */
  width: number;
  start: number;
  end: number;
  double: boolean;
  role: Role;
}

const doubleMarks: Record<string, Role> = Object.assign(Object.create(null) as Record<string, Role>, {
  '“': 'open', '”': 'close', '„': 'open', '«': 'open', '»': 'close', '"': 'either',
  "''": 'either', '’’': 'close', '‘‘': 'open', '””': 'close', '““': 'open',
});
const singleMarks: Record<string, Role> = Object.assign(Object.create(null) as Record<string, Role>, { '‘': 'open', '’': 'close', "'": 'either', '‹': 'open', '›': 'close' });

// The token classes flag punctuation starting like a mark (TokenClass.quoteMark): other punctuation
// (commas, stops) needs no lookup, and a block without any skips the scan.
for (const m of [...Object.keys(doubleMarks), ...Object.keys(singleMarks)]) {
  if (!isQuoteMarkChar(m.charCodeAt(0))) throw new Error(`quote mark the token classes miss: ${m}`);
}

const spaceBefore = /[\s([{—–\-\/]/u;
const spaceAfter = /[\s.,;:!?)\]}—–\-\/…]/u;

function findMarks(stream: TokenStream): Mark[] {
  const { tokens, text, block } = stream;
  const marks: Mark[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((stream.classes[i] & TokenClass.quoteMark) === 0) continue;
    const t = tokens[i];
    let role = doubleMarks[t.text];
    let double = role !== undefined;
    let width = 1;
    if (!role) {
      role = singleMarks[t.text];
      if (!role) continue;
      // Two single marks written side by side ("‘’It’s", "’ ’") stand for one double mark.
      const next = tokens[i + 1];
      if (next && next.start === t.end && singleMarks[next.text]) {
        double = true;
        width = 2;
        role = t.text === '‘' && next.text === '‘' ? 'open' : t.text === '’' && next.text === '’' ? 'close' : 'either';
      }
    }
    const start = t.start;
    const end = tokens[i + width - 1].end;
    // ("… said Branchaud. ”There are a lot of gaps.”": a closing double mark written where a
    // quotation opens, after a space and before a capital, opens it.)
    if (role === 'close' && double && width === 1 && (start <= block.start || spaceBefore.test(text[start - 1])) && end < block.end && /\p{Lu}/u.test(text[end])) role = 'open';
    if (role === 'either' || (width === 2 && role !== 'open' && role !== 'close')) {
      const before = start <= block.start ? ' ' : text[start - 1];
      const after = end >= block.end ? ' ' : text[end];
      const openLike = spaceBefore.test(before) && !spaceAfter.test(after);
      const closeLike = !spaceBefore.test(before) && spaceAfter.test(after);
      role = openLike ? 'open' : closeLike ? 'close' : 'either';
    }
    marks.push({ token: i, width, start, end, double, role });
    i += width - 1;
  }
  return marks;
}

interface Open {
  mark: Mark;
}

export function scanQuotes(stream: TokenStream): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  if ((stream.present & TokenClass.quoteMark) === 0) return quotes;
  const marks = findMarks(stream);
  const stack: Open[] = [];
  const nTokens = stream.tokens.length;
  const make = (open: Mark, close: Mark | undefined): void => {
    const contentStart = open.end;
    const contentEnd = close ? close.start : stream.block.end;
    const span: QuoteSpan = {
      openToken: open.token,
      afterClose: close ? close.token + close.width : nTokens,
      closeToken: close ? close.token : -1,
      start: open.start,
      end: close ? close.end : lastContentEnd(stream, open.token + open.width),
      contentStart,
      contentEnd: close ? contentEnd : lastContentEnd(stream, open.token + open.width),
      double: open.double,
      closed: close !== undefined,
    };
    if (span.contentEnd > span.contentStart) quotes.push(span);
  };
  const doubleOpen = (): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].mark.double) return k;
    return -1;
  };
  for (let n = 0; n < marks.length; n++) {
    const m = marks[n];
    if (m.double) {
      const k = doubleOpen();
      const closes = m.role === 'close' || (m.role === 'either' && k >= 0);
      if (closes) {
        if (k < 0) continue; // a stray closing mark (its opening was lost); nothing to pair
        const open = stack[k].mark;
        stack.length = k;
        make(open, m);
      } else {
        if (k >= 0) {
          // A second opening mark while one is open: the first quote was never closed.
          const open = stack[k].mark;
          stack.length = k;
          makeUnclosedBefore(stream, open, m, quotes);
        }
        stack.push({ mark: m });
      }
      continue;
    }
    // Single marks: pair with an open single mark on top of the stack.
    const top = stack[stack.length - 1];
    const closes = m.role === 'close' || (m.role === 'either' && top !== undefined && !top.mark.double);
    // ‘Our members’ jobs are at stake,’: a plural possessive inside an open single quote, which
    // a later mark closes.
    if (closes && top && !top.mark.double && pluralPossessive(stream, m) && marks[n + 1]?.double === false && marks[n + 1].role !== 'open') continue;
    if (closes) {
      if (top && !top.mark.double) {
        stack.pop();
        // Only top-level single quotes become quotes; nested ones stay inside their double quote.
        if (doubleOpen() < 0) make(top.mark, m);
      }
      // else: an apostrophe after a plural ("players’ union") — ignore
    } else {
      stack.push({ mark: m });
    }
  }
  const k = doubleOpen();
  if (k >= 0) make(stack[k].mark, undefined);
  // "Morais said: ‘I’m very proud of the team. …¶‘I think …’": a single mark opening a sentence
  // and still open at the paragraph's end, where single marks quote speech (the caller keeps it
  // only in such documents: `keepsUnclosedSingle`).
  else if (stack.length > 0 && stack[0].mark.role === 'open' && opensClause(stream, stack[0].mark.token)) make(stack[0].mark, undefined);
  quotes.sort((a, b) => a.start - b.start);
  return quotes;
}

/** Token i opens its block, or follows a colon, a comma or a sentence's end. */
function opensClause(stream: TokenStream, i: number): boolean {
  if (i === 0) return true;
  const before = stream.tokens[i - 1].text;
  return before === ':' || before === ',' || (stream.classes[i - 1] & TokenClass.sentenceEnd) !== 0;
}

/** An unclosed single-mark quote (made above) stands only where the document quotes speech with single marks. */
export function keepsUnclosedSingle(span: QuoteSpan, singleMarkSpeech: boolean): boolean {
  return span.double || span.closed || singleMarkSpeech;
}

/** A closing single mark right after a word's "s" and before a lower-case word: "members’ jobs". */
function pluralPossessive(stream: TokenStream, m: Mark): boolean {
  const { text } = stream;
  const before = text.charCodeAt(m.start - 1);
  return (before === 115 || before === 83) && text.charCodeAt(m.end) === 32 && LOWER_CASE_LETTER.test(text[m.end + 1] ?? '');
}
// Hoisted: a bundled \p{…} literal inside a function is rebuilt (new RegExp) on every call.
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** End of the last non-mark token from `from` on (an unclosed quote's end). */
function lastContentEnd(stream: TokenStream, from: number): number {
  const toks = stream.tokens;
  for (let i = toks.length - 1; i >= from; i--) {
    if (!doubleMarks[toks[i].text] && !singleMarks[toks[i].text]) return toks[i].end;
  }
  return toks.length > 0 ? toks[toks.length - 1].end : stream.block.end;
}

function makeUnclosedBefore(stream: TokenStream, open: Mark, next: Mark, out: QuoteSpan[]): void {
  let last = next.token - 1;
  while (last > open.token && stream.tokens[last].start >= next.start) last--;
  if (last <= open.token + open.width - 1) return;
  out.push({
    openToken: open.token,
    afterClose: next.token,
    closeToken: -1,
    start: open.start,
    end: stream.tokens[last].end,
    contentStart: open.end,
    contentEnd: stream.tokens[last].end,
    double: true,
    closed: false,
  });
}
