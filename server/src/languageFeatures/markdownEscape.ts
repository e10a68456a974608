// Source text shown in hovers is untrusted: an article may hold Markdown, HTML, link syntax, bare
// URLs or `command:` links. Everything taken from a source goes through `escapeMarkdown`, so it
// renders as the literal text and can never become a link, an image, HTML or a command.

/**
 * Escapes the Markdown and HTML metacharacters with a backslash (CommonMark allows one before any
 * ASCII punctuation). `.`, `:` and `@` are escaped only inside a run ("www.x", "http://", "a@b"),
 * which is what an autolink needs; "U.S. President" stays readable in editors that show the raw text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>&~$]|[.:@](?=\S)/g, (c) => `\\${c}`);
}

/** A link target we build ourselves (a file URI), made safe for the `(...)` of a Markdown link. */
export function linkTarget(uri: string): string {
  return uri.replace(/[()\s<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A Markdown link to a line of a source: VS Code opens `file:///x#L12` at line 12. */
export function sourceLink(label: string, uri: string, line: number): string {
  return `[${escapeMarkdown(label)}](${linkTarget(uri)}#L${line + 1})`;
}

/** Shortens long source text for a card line, at a word boundary. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
