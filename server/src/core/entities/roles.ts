// Roles the text gives a name: the title phrase before it ("Kremlin foreign policy aide Yuri Ushakov"),
// an appositive after it ("Yuri Ushakov, Putin's foreign affairs adviser, said") or before it
// ("Ukraine's ambassador to the U.S., Olga Stefanishyna, said"). Role text is kept as written.
import type { ParsedDocument, Token } from '../types';
import { DEMONYMS, FUNCTION_WORDS, HONORIFICS, KNOWN_ORGS, SPEECH_VERBS } from './lexicon';
import { foldWord, possessiveLength } from './normalize';
import { isGivenName } from './givenNames';
import { DEMONYM, HONORIFIC, PERSON_TITLE, ROLE_HEAD, ROLE_MODIFIER, titleClass, wordClass } from './wordClass';

const MAX_PRE_WORDS = 6;
const MAX_APPOSITIVE_WORDS = 16;
const STARTS_UPPER = /^\p{Lu}/u;
// Regular expressions with \p{...} live in module constants: the bundler turns such a literal into
// `new RegExp(...)`, which inside a function would build the expression again on every call.
/** Lower-case compounds that open a role: "then-Surrey", "long-time", "ex-wife". */
const ROLE_PREFIXED = /^(?:then|co|ex|vice|long|former|non)-\p{L}+$/u;
const LONE_INITIAL = /^\p{Lu}\.$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'where', 'when', 'and', 'but', 'or', 'as', 'while', 'if', 'because', 'although', 'though', 'after', 'before', 'since', 'until', 'so', 'then', 'not', 'also', 'too', 'however', 'meanwhile', 'is', 'was', 'has', 'had', 'have', 'will', 'would']);
const ARTICLES = new Set(['a', 'an', 'the']);
const PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'in', 'to', 'from', 'on', 'and', 'under', 'since', 'during']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

function isHead(folded: string): boolean {
  return classIsHead(titleClass(folded));
}

/** Word k heads a role: a role word, or "lady" in "first lady" (elsewhere an honorific). */
function isHeadAt(folded: string[], k: number): boolean {
  return isHead(folded[k]) || (folded[k] === 'lady' && folded[k - 1] === 'first');
}

/** A role head by its lexicon bits: a role word, or a person title that is no honorific. */
function classIsHead(c: number): boolean {
  return (c & ROLE_HEAD) !== 0 || (c & (PERSON_TITLE | HONORIFIC)) === PERSON_TITLE;
}

/** A word that can modify a role head: a known modifier, a capitalised word, a possessive, "then-Surrey". */
function isRoleModifier(t: Token, folded: string): boolean {
  if (t.kind !== 'word') return false;
  const c = wordClass(folded);
  if ((c & (ROLE_MODIFIER | DEMONYM)) !== 0 || classIsHead(c)) return true;
  if (possessiveLength(t.text) > 0) return true;
  if (STARTS_UPPER.test(t.text)) return !FUNCTION_WORDS.has(folded) && !SPEECH_VERBS.has(folded);
  // Lower-case compounds that open a role: "then-Surrey mayoral candidate", "long-time adviser".
  return ROLE_PREFIXED.test(t.text);
}

export function readRoles(
  doc: ParsedDocument,
  tokens: Token[],
  folded: string[],
  runFirst: number,
  nameFirst: number,
  nameLast: number,
  possessive: boolean,
  sentenceStart: ArrayLike<number>,
): string[] {
  const roles: string[] = [];
  const pre = preNameRole(doc, tokens, folded, runFirst, nameFirst, sentenceStart);
  if (pre) roles.push(pre);
  if (!possessive) {
    const after = appositiveAfter(doc, tokens, folded, nameLast);
    if (after) roles.push(after);
  }
  if (nameFirst === runFirst) {
    const before = appositiveBefore(doc, tokens, folded, nameFirst, nameLast);
    if (before) roles.push(before);
  }
  return roles;
}

/** "Kremlin foreign policy aide" + "Yuri Ushakov": title words inside the run plus modifiers to its left. */
function preNameRole(doc: ParsedDocument, tokens: Token[], folded: string[], runFirst: number, nameFirst: number, sentenceStart: ArrayLike<number>): string | undefined {
  let from = runFirst;
  let hasHead = false;
  for (let k = runFirst; k < nameFirst; k++) hasHead ||= isHeadAt(folded, k);
  // Lower-case role words right before the run ("aide", "mayoral candidate") and what modifies them.
  let k = runFirst - 1;
  // (Past the role's abbreviation in brackets: "Deputy public prosecutor (DPP) Faridz Gohim Abdullah".)
  if (k >= 3 && tokens[k].text === ')' && tokens[k - 2].text === '(' && CAPITALS.test(tokens[k - 1].text) && !sentenceStart[k - 2]) k -= 3;
  let steps = 0;
  while (k >= 0 && steps < MAX_PRE_WORDS && !sentenceStart[k + 1]) {
    const t = tokens[k];
    const head = isHeadAt(folded, k);
    // A lone initial left of a title ended the sentence before ("posted on X. Secretary of State");
    // an unknown acronym there is a credit ("CP"), not part of the role.
    if ((!head && !isRoleModifier(t, folded[k])) || LONE_INITIAL.test(t.text)) break;
    if (CAPITALS.test(t.text) && !DEMONYMS.has(folded[k]) && !KNOWN_ORGS.has(folded[k]) && !head) break;
    // Capitalised words only count when a head word follows them in the phrase.
    if (steps === 0 && !head && nameFirst === runFirst) break;
    hasHead ||= head;
    from = k;
    steps++;
    if (possessiveLength(t.text) > 0) break;
    k--;
  }
  if (!hasHead || from === nameFirst) return undefined;
  // Honorifics alone are not roles ("Mr.", "Mrs.").
  const end = tokens[nameFirst - 1].end;
  let onlyHonorific = true;
  for (let j = from; j < nameFirst; j++) onlyHonorific &&= HONORIFICS.has(folded[j]);
  if (onlyHonorific) return undefined;
  return cleanRole(doc.text.slice(tokens[from].start, end));
}

/** "Yuri Ushakov, Putin's foreign affairs adviser, said": a comma, a noun phrase headed by a role word. */
function appositiveAfter(doc: ParsedDocument, tokens: Token[], folded: string[], nameLast: number): string | undefined {
  if (tokens[nameLast + 1]?.text !== ',') return undefined;
  let k = nameLast + 2;
  if (k < tokens.length && ARTICLES.has(folded[k])) k++;
  const from = k;
  let head = -1;
  for (; k < tokens.length && k - from < MAX_APPOSITIVE_WORDS; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if (t.text === '.' && k === tokens.length - 1) break;
      if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–' || t.text === '(' || t.text === ')' || t.text === ':') break;
      if (t.text === '-' || t.text === '&' || t.text === '/') continue;
      return undefined;
    }
    if (SPEECH_VERBS.has(folded[k]) || (CLAUSE_WORDS.has(folded[k]) && head < 0)) return undefined;
    // "a fellow who ...": the role ends where a clause begins; "diplomat, and Michael Spavor" ends it too.
    if (head >= 0 && (folded[k] === 'who' || folded[k] === 'which' || folded[k] === 'that' || folded[k] === 'whose')) break;
    if (head >= 0 && folded[k] === 'and' && STARTS_UPPER.test(tokens[k + 1]?.text ?? '') && isGivenName(folded[k + 1] ?? '')) break;
    if (head < 0) {
      if (isHeadAt(folded, k)) head = k;
      else if (!isRoleModifier(t, folded[k])) return undefined;
    } else if (k === head + 1 && !PREPOSITIONS.has(folded[k]) && !isHead(folded[k])) {
      // After its head an appositive goes on with a preposition ("fellow at the ...") or ends;
      // "Senate Minority Leader Chuck Schumer has ..." is a clause about someone else.
      return undefined;
    }
  }
  if (head < 0 || k === from || k - from >= MAX_APPOSITIVE_WORDS) return undefined;
  if (head - from > 5) return undefined;
  return cleanRole(doc.text.slice(tokens[from].start, tokens[k - 1].end));
}

/** "Ukraine's ambassador to the U.S., Olga Stefanishyna, said": a role phrase opening the clause, then the name. */
function appositiveBefore(doc: ParsedDocument, tokens: Token[], folded: string[], nameFirst: number, nameLast: number): string | undefined {
  if (tokens[nameFirst - 1]?.text !== ',') return undefined;
  const next = tokens[nameLast + 1];
  // "writers A, B and C": B is in a list of names, not after an appositive.
  const afterNext = tokens[nameLast + 2];
  if (next && (next.text === ',' || next.text === 'and') && afterNext && STARTS_UPPER.test(afterNext.text)) return undefined;
  if (STARTS_UPPER.test(tokens[nameFirst - 2]?.text ?? '') && next?.text === ',' && !SPEECH_VERBS.has(folded[nameLast + 2] ?? '')) return undefined;
  if (next && !(next.text === ',' || next.text === '.' || (next.kind === 'word' && SPEECH_VERBS.has(folded[nameLast + 1])))) return undefined;
  // "Musk's brother, Kimbal,": a role word right before the comma, with its modifiers.
  if (nameFirst >= 2 && isHeadAt(folded, nameFirst - 2)) {
    let from = nameFirst - 2;
    while (from > 0 && nameFirst - 2 - from < 5 && tokens[from - 1].kind === 'word' && isRoleModifier(tokens[from - 1], folded[from - 1]) && !FUNCTION_WORDS.has(folded[from - 1])) {
      from--;
      if (possessiveLength(tokens[from].text) > 0) break;
    }
    if (from < nameFirst - 2 || possessiveLength(tokens[from - 1]?.text ?? '') > 0 || ARTICLES.has(folded[from - 1] ?? '') || POSSESSIVE_DETERMINERS.has(folded[from - 1] ?? '')) {
      return cleanRole(doc.text.slice(tokens[from].start, tokens[nameFirst - 2].end));
    }
  }
  let k = nameFirst - 2;
  while (k >= 0 && tokens[k].kind === 'word' && nameFirst - 2 - k < 12) k--;
  if (k >= 0 && tokens[k].kind === 'word') return undefined;
  const from = k + 1 + (ARTICLES.has(folded[k + 1] ?? '') ? 1 : 0);
  if (from > nameFirst - 2) return undefined;
  for (let j = from; j <= nameFirst - 2 && j < from + 5; j++) {
    if (isHeadAt(folded, j)) {
      // As after a name: the head ends the phrase or a preposition follows ("ambassador to the U.S.").
      if (j < nameFirst - 2 && !PREPOSITIONS.has(folded[j + 1]) && !isHead(folded[j + 1])) return undefined;
      return cleanRole(doc.text.slice(tokens[from].start, tokens[nameFirst - 2].end));
    }
    if (!isRoleModifier(tokens[j], folded[j])) return undefined;
  }
  return undefined;
}

function cleanRole(text: string): string | undefined {
  const role = text.replace(/\s+/g, ' ').trim();
  return role.length >= 2 ? role : undefined;
}

/** Roles as written, each once (case, dots and apostrophe style ignored when comparing). */
export function dedupeRoles(roles: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of roles) {
    const k = roleKey(r);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

const roleKeys = new Map<string, string>();

export function roleKey(role: string): string {
  let key = roleKeys.get(role);
  if (key === undefined) {
    key = foldWord(role).replace(/\./g, '').replace(/\s+/g, ' ').trim();
    if (roleKeys.size > 100_000) roleKeys.clear();
    roleKeys.set(role, key);
  }
  return key;
}
