// The card shown on hovering a name: canonical name, other spellings, roles per source, then the
// quotes and facts the sources attribute to the entity, each naming its source with a link to the
// line. Short and scannable: quotes carried by most sources first, then facts where the entity is
// the subject. All source text is escaped.
import type { Sentence } from '../core/types';
import type { CorpusView } from './corpusView';
import { clip, escapeMarkdown, sourceLink } from './markdownEscape';

const maxRoles = 4;
const maxQuotes = 3;
const maxFacts = 3;
const lineLength = 160;

/** "[Title](file:///…#L12) · 000_x.txt": which source, and a link that opens it at the line. */
export function sourceRef(view: CorpusView, path: string, offset: number, sourceUri: (path: string) => string): string {
  const line = view.lines(path).positionAt(offset).line;
  const file = path.split('/').pop() ?? path;
  return `${sourceLink(clip(view.title(path), 60), sourceUri(path), line)} · ${escapeMarkdown(file)}`;
}

const typeLabel: Record<string, string> = { person: 'person', organization: 'organisation', place: 'place', other: 'name' };

function normalized(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Documents read for roles and facts: a name in thousands of articles needs only the first few hundred. */
const maxDocuments = 300;
const maxQuotesRead = 2000;

const cards = new WeakMap<CorpusView, Map<string, string | undefined>>();

/** The card for an entity, built once per corpus version (hovers repeat on the same names). */
export function entityCard(view: CorpusView, entityId: string, sourceUri: (path: string) => string): string | undefined {
  let byId = cards.get(view);
  if (!byId) cards.set(view, (byId = new Map()));
  if (!byId.has(entityId)) byId.set(entityId, buildCard(view, entityId, sourceUri));
  return byId.get(entityId);
}

function buildCard(view: CorpusView, entityId: string, sourceUri: (path: string) => string): string | undefined {
  const entity = view.entity(entityId);
  if (!entity) return undefined;
  const docs = view.inDocuments(entityId).slice(0, maxDocuments);
  const total = view.index.size;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity.name)}** — ${typeLabel[entity.type] ?? 'name'}, in ${entity.documents} of ${total} source${total === 1 ? '' : 's'}`);
  const others = entity.variants.filter((v) => v !== entity.name);
  if (others.length) lines.push('', `Also written: ${others.map((v) => `*${escapeMarkdown(v)}*`).join(', ')}`);

  // Roles: each with the sources that give it, most widely given first.
  const roles = new Map<string, { role: string; paths: string[]; offset: number; path: string }>();
  for (const { path, entity: local } of docs) {
    for (const role of local.roles) {
      const key = normalized(role);
      const seen = roles.get(key);
      if (seen) {
        if (!seen.paths.includes(path)) seen.paths.push(path);
      } else roles.set(key, { role, paths: [path], path, offset: local.mentions[0]?.start ?? 0 });
    }
  }
  const roleList = [...roles.values()].sort((a, b) => b.paths.length - a.paths.length).slice(0, maxRoles);
  if (roleList.length) {
    lines.push('', '**Roles**');
    for (const r of roleList) {
      const more = r.paths.length > 1 ? ` (+${r.paths.length - 1} more)` : '';
      lines.push(`- ${escapeMarkdown(r.role)} — ${sourceRef(view, r.path, r.offset, sourceUri)}${more}`);
    }
  }

  // Quotes: one line per distinct quote, the most widely carried first.
  const quotes = new Map<string, { text: string; path: string; offset: number; carriers: Set<string>; direct: boolean; fragment: boolean }>();
  for (const { path, quote } of view.quotesBy(entityId).slice(0, maxQuotesRead)) {
    if (quote.scare) continue;
    const cluster = view.clusterOf(quote);
    const key = cluster ? `c:${cluster.id}` : `t:${normalized(quote.content)}`;
    const seen = quotes.get(key);
    if (seen) {
      seen.carriers.add(path);
      continue;
    }
    const carriers = new Set<string>(cluster ? cluster.members.map((m) => m.path) : [path]);
    const text = quote.content.trim().replace(/[,;:]+$/, '');
    quotes.set(key, { text, path, offset: quote.start, carriers, direct: quote.kind === 'direct', fragment: !!quote.fragment });
  }
  const quoteList = [...quotes.values()]
    // Widely carried first, whole statements before fragments, then the fuller wording.
    .sort((a, b) => b.carriers.size - a.carriers.size || Number(a.fragment) - Number(b.fragment) || Number(b.direct) - Number(a.direct) || b.text.length - a.text.length)
    .slice(0, maxQuotes);

  // Facts: sentences where the entity is the subject (named in the first words), numbers first.
  const facts: Array<{ text: string; path: string; offset: number; score: number }> = [];
  const seenFacts = new Set<string>();
  for (const { path, entity: local } of docs) {
    const analysis = view.analysis(path);
    if (!analysis) continue;
    const quoteSpans = analysis.quotes.filter((q) => q.kind === 'direct');
    for (const block of analysis.doc.blocks) {
      if (block.kind === 'heading') continue;
      for (const sentence of block.sentences) {
        const mention = local.mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end);
        if (!mention) continue;
        const fact = factScore(sentence, mention.start, analysis.numbers.some((n) => n.start >= sentence.start && n.end <= sentence.end));
        if (fact === undefined) continue;
        // Sentences that are mostly a quotation are shown as quotes, not facts.
        const quoted = quoteSpans.reduce((n, q) => n + Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start)), 0);
        if (quoted > (sentence.end - sentence.start) / 2) continue;
        const text = analysis.doc.text.slice(sentence.start, sentence.end);
        const key = normalized(text).slice(0, 80);
        if (seenFacts.has(key)) continue;
        seenFacts.add(key);
        facts.push({ text, path, offset: sentence.start, score: fact });
      }
    }
  }
  facts.sort((a, b) => b.score - a.score || a.text.length - b.text.length);

  if (quoteList.length || facts.length) lines.push('', '**In the sources**');
  for (const q of quoteList) {
    const carried = q.carriers.size > 1 ? ` (${q.carriers.size} sources)` : '';
    const shown = q.direct ? `“${escapeMarkdown(clip(q.text, lineLength))}”` : `*said that* ${escapeMarkdown(clip(q.text, lineLength))}`;
    lines.push(`- ${shown}${carried} — ${sourceRef(view, q.path, q.offset, sourceUri)}`);
  }
  for (const f of facts.slice(0, maxFacts)) lines.push(`- ${escapeMarkdown(clip(f.text, lineLength))} — ${sourceRef(view, f.path, f.offset, sourceUri)}`);
  return lines.join('\n');
}

/** How good a sentence is as a fact about the entity mentioned at `at`; undefined: not a fact. */
function factScore(sentence: Sentence, at: number, hasNumber: boolean): number | undefined {
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  if (words.length < 6 || words.length > 45) return undefined;
  const position = words.findIndex((t) => t.start >= at);
  // The subject: named within the first few words (after a title or a dateline).
  const subject = position >= 0 && position <= 5;
  if (!subject && !hasNumber) return undefined;
  return (subject ? 2 : 0) + (hasNumber ? 1 : 0) - words.length / 100;
}
