// The readable index summary (Markdown) the client shows on `provenance/summary`.
import type { SourceIndex } from '../core/sourceIndex';
import { escapeMarkdown } from './markdownEscape';

export function indexSummary(index: SourceIndex, origin: string, sources: string[]): string {
  const docs = index.documents();
  const quotes = docs.reduce((n, d) => n + d.quotes.length, 0);
  const numbers = docs.reduce((n, d) => n + d.numbers.length, 0);
  const { entities } = index.entities();
  const shared = index.quotes.clusters().filter((c) => c.members.length > 1);
  const lines = [
    '# Provenance index',
    '',
    `Sources (${escapeMarkdown(origin)}): ${sources.map((s) => `\`${s.replace(/`/g, '')}\``).join(', ')}`,
    '',
    `- ${docs.length} documents, ${index.skipped().length} skipped`,
    `- ${entities.length} entities, ${quotes} quotations (${shared.length} carried by several sources), ${numbers} number claims`,
  ];
  const top = [...entities].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name)).slice(0, 20);
  if (top.length) {
    lines.push('', '## Most mentioned', '');
    for (const e of top) {
      const variants = e.variants.filter((v) => v !== e.name);
      lines.push(`- **${escapeMarkdown(e.name)}** (${e.type}, ${e.documents} sources)${variants.length ? ` — also ${variants.map(escapeMarkdown).join(', ')}` : ''}${e.roles[0] ? ` — ${escapeMarkdown(e.roles[0])}` : ''}`);
    }
  }
  const skipped = index.skipped();
  if (skipped.length) {
    lines.push('', '## Skipped', '');
    for (const s of skipped.slice(0, 50)) lines.push(`- ${escapeMarkdown(s.path)}: ${escapeMarkdown(s.reason)}`);
  }
  return lines.join('\n');
}
