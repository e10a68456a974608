// Which documents the Provenance server sees: Markdown and plain text, saved or untitled.
// The scheme list keeps VS Code's own plain-text buffers (output channels, git diffs, settings
// previews) away from the checker, which would otherwise treat every log line as a draft.
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'] as const;
export const DRAFT_SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

export interface DocumentFilter {
  language: string;
  scheme: string;
}

export const documentSelector: DocumentFilter[] = DRAFT_LANGUAGES.flatMap((language) =>
  DRAFT_SCHEMES.map((scheme) => ({ language, scheme })),
);
