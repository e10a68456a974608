// Plain data shared by the index and the language features. No LSP or vscode types here.
// All offsets are UTF-16 code-unit offsets into `ParsedDocument.text` (the file as decoded from
// UTF-8, BOM removed): `start` inclusive, `end` exclusive.

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'punctuation' | 'symbol';

/** A word or punctuation mark from parse-english (whitespace is not kept). */
export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

export interface Sentence extends Span {
  tokens: Token[];
}

/** A block of prose: a paragraph, heading, list item or a line of a plain-text article. */
export interface Block extends Span {
  kind: 'paragraph' | 'heading';
  sentences: Sentence[];
}

export type DocumentFormat = 'text' | 'markdown' | 'html';

export interface DocumentMeta {
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

/** A source or draft file after parsing: its text and its prose structure. */
export interface ParsedDocument {
  /** Path as given by the workspace (relative to the corpus root where possible). */
  path: string;
  text: string;
  format: DocumentFormat;
  meta: DocumentMeta;
  blocks: Block[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One mention of a named entity inside one document. */
export interface Mention extends Span {
  text: string;
  /** Document-local entity key; mapped to a corpus entity id by the index. */
  key: string;
}

/** A named entity as seen inside one document (before corpus-wide merging). */
export interface DocEntity {
  key: string;
  /** Best full name in this document, titles stripped ("Yuri Ushakov"). */
  name: string;
  type: EntityType;
  /** Surface forms seen in this document ("Yuri Ushakov", "Ushakov"). */
  variants: string[];
  /** Roles the document gives ("Putin's foreign affairs adviser"). */
  roles: string[];
  /** Grammatical gender when known (from pronouns that refer to the person or a first-name list). */
  gender?: 'male' | 'female';
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'indirect';

export interface Speaker extends Span {
  /** Resolved full name, or null when the quote's speaker is unknown. */
  name: string | null;
  /** Document-local entity key of the speaker, when resolved to an entity. */
  key?: string;
  /** How the text describes an unnamed speaker ("a spokesperson", "a justice official"); name is null. */
  description?: string;
}

export interface Quote extends Span {
  /** The text as in the file, quotation marks included for direct quotes. */
  text: string;
  kind: QuoteKind;
  /** The quoted words without marks; pieces of an interrupted quote joined by a space. */
  content: string;
  /** Pieces of the quote (two or more when interrupted by its attribution). Content spans. */
  parts: Span[];
  speaker: Speaker | null;
  /** True when the quote looks like scare quotes ("soon") rather than a statement. */
  scare?: boolean;
  /** True for a partial quotation woven into the writer's own sentence (said she had "a very
   * emotional conversation"): real quoted words, but not a standalone statement. */
  fragment?: boolean;
  /** True for a fragment its speaker is said to have characterised something with (called the
   * plan “bold”, described the meeting as "a shambles"): their own words, listed with the quotes. */
  characterised?: boolean;
}

export type Hedge = 'about' | 'up to' | 'more than' | 'less than' | 'at least' | 'nearly' | 'exact';

export interface NumberClaim extends Span {
  text: string;
  /** The value in the claim's own unit. */
  value: number;
  /** Canonical unit name ("km", "mile", "usd", "percent", "" for a bare count). */
  unit: string;
  /** Value in the unit's base for comparison (km for lengths, usd for money...). */
  baseValue: number;
  baseUnit: string;
  hedge: Hedge;
  /** A few words saying what is measured ("range", "ERAMs", "missiles"). */
  measure: string;
  /** Upper bound of a range ("20-30 drones", "$2-300 million", "thousands"), in the claim's unit. */
  high?: number;
  /** `high` in the base unit. */
  baseHigh?: number;
  /** Granularity implied by how the number is written (1,600 → 100), in the base unit. */
  baseStep?: number;
  /** True for vague amounts ("thousands", "several hundred"): `value`–`high` is a loose guess. */
  vague?: boolean;
  /** The same quantity restated in another unit inside the claim: "995 miles (1,600 kilometers)". */
  converted?: { value: number; unit: string; baseValue: number; baseStep: number; hedge: Hedge };
  /** What the measure belongs to, when the sentence names it ("Tomahawk" for "range"). */
  subject?: string;
  /** Where `measure` came from: the counted noun, "<noun> of/at", a parallel claim, or nearby words (weakest). */
  measureFrom?: 'noun' | 'of' | 'parallel' | 'context';
}

/** Everything extracted from one document: what the index keeps per file. */
export interface DocumentAnalysis {
  doc: ParsedDocument;
  entities: DocEntity[];
  quotes: Quote[];
  numbers: NumberClaim[];
}
