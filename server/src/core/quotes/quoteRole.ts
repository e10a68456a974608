// Is a quoted stretch somebody's statement, a partial quotation woven into the writer's own
// sentence, or scare quotes around a word or two ("soon", "red line")? Statements open their
// sentence (or follow a colon or a speech verb); anything else is embedded, and short embedded
// quotes with no speech verb in front are scare quotes.
import type { QuoteSpan } from './quoteMarks';
import { endsSentence, isCapitalised, type TokenStream, wordsIn } from './tokenStream';

// Hoisted: a bundled \p{…} literal inside a function is rebuilt (new RegExp) on every call.
const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\d]/u;

export type QuoteRole = 'statement' | 'fragment' | 'scare';

const openers = new Set([':', '—', '–', '(', '[', '-', '…', ')', ']']);

function wordCount(stream: TokenStream, q: QuoteSpan): number {
  return wordsIn(stream, q.openToken + 1, q.closeToken >= 0 ? q.closeToken : q.afterClose);
}

/** True when the quote begins its sentence (or paragraph, or follows a colon or another quote). */
export function opensSentence(stream: TokenStream, q: QuoteSpan): boolean {
  const i = q.openToken - 1;
  if (i < 0) return true;
  const t = stream.tokens[i];
  if (openers.has(t.text)) return true;
  if (/^[”"’']+$/u.test(t.text)) return true;
  return endsSentence(stream, i);
}

/** Content ends like a sentence or a clause handed to an attribution: “...,” / “...?” / “....” */
export function endsAsClause(stream: TokenStream, q: QuoteSpan): boolean {
  if (q.closeToken < 0) return true;
  const last = stream.tokens[q.closeToken - 1];
  return last !== undefined && /^[.,!?…]$/.test(last.text);
}

/** Pronouns a chanted or shouted slogan may open with, as no title does after a speech verb. */
const PERSON_OPENERS = new Set(['I', 'We', 'You', 'He', 'She', 'They']);

const smallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'be', 'but', 'as']);

/** “The Kid Who Would Be King”, “Face the Nation”: a title, not a statement. */
function isTitle(stream: TokenStream, q: QuoteSpan): boolean {
  const end = q.closeToken >= 0 ? q.closeToken : q.afterClose;
  let words = 0;
  for (let i = q.openToken + 1; i < end; i++) {
    const t = stream.tokens[i];
    if (t.kind !== 'word') {
      if (/^[,!?;:]$/.test(t.text)) return false;
      continue;
    }
    words++;
    if (!CAPITAL_OR_DIGIT_START.test(t.text) && !smallWords.has(t.text.toLowerCase())) return false;
  }
  return words >= 2 && words <= 10;
}

/** The marks that quote speech in a document (extractQuotes's quoteStyle). */
export type QuoteStyle = 'double' | 'single';

/** 'Joaquin “El Chapo” Guzman': a nickname inside a name, between its capitalised words. */
function isNickname(stream: TokenStream, q: QuoteSpan, words: number): boolean {
  if (words > 3 || q.closeToken < 0) return false;
  const before = stream.tokens[q.openToken - 1];
  const after = stream.tokens[q.afterClose];
  if (!before || !after || !isCapitalised(before) || !isCapitalised(after)) return false;
  for (let i = q.openToken + 1; i < q.closeToken; i++) {
    const t = stream.tokens[i];
    if (t.kind === 'word' ? !isCapitalised(t) : t.text !== '-' && t.text !== '.') return false;
  }
  return true;
}

export function quoteRole(stream: TokenStream, q: QuoteSpan, introduced: boolean, attributedAfter: boolean, style: QuoteStyle = 'double'): QuoteRole {
  const words = wordCount(stream, q);
  if (!introduced && isNickname(stream, q, words)) return 'scare';
  // (Not words a speech verb introduces that open with a person: "chanted “We Believe Survivors.”".)
  if (!attributedAfter && isTitle(stream, q) && !(introduced && PERSON_OPENERS.has(stream.tokens[q.openToken + 1]?.text ?? ''))) return 'fragment';
  // Single marks outside any double quote mostly mark headlines and terms; they quote someone
  // only with a tag of their own, unless the document quotes speech with them.
  const speechMarks = q.double || style === 'single';
  // ("'It's not appropriate here': Residents voice safety concerns …": a headline opening with a
  // quotation before its colon quotes someone.)
  if (!speechMarks && q.openToken === 0 && stream.tokens[q.afterClose]?.text === ':' && words >= 3) return 'statement';
  if (!speechMarks && !attributedAfter && !introduced) return words <= 3 ? 'scare' : 'fragment';
  if (introduced) return words <= 1 && !endsAsClause(stream, q) ? 'scare' : 'statement';
  if (opensSentence(stream, q)) {
    if (attributedAfter || words >= 4 || (endsAsClause(stream, q) && words >= 2)) return speechMarks || attributedAfter ? 'statement' : 'fragment';
    return 'scare';
  }
  return words <= 3 ? 'scare' : 'fragment';
}
